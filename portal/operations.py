"""Endpoints for load balancers, crawlers and monitoring: health, readiness, robots.txt."""

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

READINESS_KEY = "readyz-probe"


@never_cache
@require_GET
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
    try:
        cache.set(READINESS_KEY, "1", timeout=5)
        if cache.get(READINESS_KEY) != "1":
            return "cache did not return what was written"
    except Exception as error:  # any client error means "not ready"
        return f"cache unreachable: {error.__class__.__name__}"
    return None


@never_cache
@require_GET
def readyz(request):
    """200 only when the database and the cache both answer; 503 with the reasons otherwise."""
    reasons = [reason for reason in (_database_reason(), _cache_reason()) if reason]
    if reasons:
        return JsonResponse({"status": "unavailable", "reasons": reasons}, status=503)
    return JsonResponse({"status": "ok"})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
