"""Endpoints for load balancers, crawlers and monitoring: health, readiness, robots.txt; and the
page a visitor sees while the database is down."""

import sys

from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.models import Site

RETRY_AFTER_SECONDS = 30

READINESS_KEY = "readyz-probe"


@never_cache
@require_safe
def healthz(request):
    """The process is up and serving requests; nothing else is checked."""
    return JsonResponse({"status": "ok"})


def _database_reason():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver error means "not ready"
        return f"database unreachable: {error.__class__.__name__}"
    return None


def _cache_reason():
    unavailable_reason = getattr(cache, "unavailable_reason", None)
    if unavailable_reason is not None:  # portal.redis_cache: errors are misses, so ask Redis itself
        return unavailable_reason()
    try:
        cache.set(READINESS_KEY, "1", timeout=5)
        if cache.get(READINESS_KEY) != "1":
            return "cache did not return what was written"
    except Exception as error:  # any client error means "not ready"
        return f"cache unreachable: {error.__class__.__name__}"
    return None


@never_cache
@require_safe
def readyz(request):
    """200 only when the database and the cache both answer; 503 with the reasons otherwise."""
    reasons = [reason for reason in (_database_reason(), _cache_reason()) if reason]
    if reasons:
        return JsonResponse({"status": "unavailable", "reasons": reasons}, status=503)
    return JsonResponse({"status": "ok"})


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /*/search/"]
    site = Site.find_for_request(request)
    if site is not None:
        # From the configured site, never from the Host header a client may set to anything.
        lines.append(f"Sitemap: {site.root_url}{reverse('sitemap')}")
    return HttpResponse("\n".join([*lines, ""]), content_type="text/plain; charset=utf-8")


def server_error(request):
    """``handler500``: a database outage is a 503 to wait out, anything else Django's 500 page."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):  # unreachable, restarting, timed out
        return temporarily_unavailable(request)
    return defaults.server_error(request)


def temporarily_unavailable(request):
    """A static page in the visitor's language that needs neither the database nor the cache."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        html = render_to_string("503.html", {"language_code": language})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
