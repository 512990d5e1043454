"""The anonymous page cache: whole responses in Redis, answered before routing.

The way Django's cache middleware and wagtail-cache do it, kept to what this portal needs. The
middleware sits right after the security and static-file middleware: a hit skips sessions, locale,
CSRF, URL resolution, Wagtail's routing and rendering. A response is stored only when nothing about it
belongs to one visitor, so a hit can be given to anybody:

- the request is an anonymous GET or HEAD for a page under a language prefix (``/en/…``) with no session
  or messages cookie and no ``Authorization`` header;
- the response is a 200 that sets no cookie, used no CSRF token, says neither ``private``, ``no-cache``
  nor ``no-store`` (candidates' pages say so), varies on nothing but cookies and encoding, and is not a
  page a visitor may not see (a preview, a restricted or expired page: ``before_serve_page`` below).

Entries are keyed on scheme, host, path and the query string with its parameters sorted, so filtered
listings are cached too; search results for a minute only. Each entry remembers the content version
(``portal.cache``) it was rendered under and is served only while that is still the current version:
publishing anything makes every entry a miss at once, saving a draft does not. Reading the version and
the entry is one Redis round trip (``get_many``). ``PAGE_CACHE=off`` in the environment turns it off.

Cacheable responses say ``Cache-Control: public, max-age=0, s-maxage=…``: browsers revalidate with the
``ETag`` / ``Last-Modified`` given here (and get a 304), the edge cache (Varnish or a CDN) keeps the page
until it is purged on publish. Responses for signed-in visitors or that set cookies say ``private,
no-store``. ``X-Page-Cache`` says ``hit`` or ``miss``.
"""

import hashlib
import re
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from wagtail import hooks

from portal import visibility
from portal.content_version import VERSION_KEY, content_version

HEADER = "X-Page-Cache"
TIMEOUT = 60 * 10  # bounds staleness from anything that does not bump the version (expiry dates)
SEARCH_TIMEOUT = 60
MAX_QUERY_STRING = 512
PERSONAL_COOKIES = ("messages",)  # plus the session cookie, whatever its name
ALLOWED_VARY = {"cookie", "accept-encoding"}
UNCACHEABLE_DIRECTIVES = re.compile(r"\b(private|no-store|no-cache)\b", re.IGNORECASE)
KEPT_HEADERS_OUT = {"set-cookie", "date", "content-length", HEADER.lower()}


def is_enabled():
    return settings.PAGE_CACHE


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def may_use_cache(request):
    """Whether this request may be answered from, and stored in, the shared page cache."""
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return False
    if any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, *PERSONAL_COOKIES)):
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return False
    return request.path.startswith(_language_prefixes())


def entry_key(request):
    query = sorted(parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True))
    address = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(query)}"
    return "page:" + hashlib.sha256(address.encode()).hexdigest()


def timeout_for(request):
    if request.path.startswith(tuple(f"{prefix}search/" for prefix in _language_prefixes())):
        return SEARCH_TIMEOUT
    return TIMEOUT


def is_storable(request, response):
    """Whether ``response`` holds nothing that belongs to this visitor alone."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "page_cache_exempt", False):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if UNCACHEABLE_DIRECTIVES.search(response.get("Cache-Control", "")):
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    return vary <= ALLOWED_VARY


def _entry(response, version):
    content = response.content
    return {
        "version": version,
        "status": response.status_code,
        "headers": [
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in KEPT_HEADERS_OUT
        ],
        "content": content,
        "etag": f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"',
        "stored_at": int(time.time()),
    }


def _response_from(entry, request, state):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["stored_at"])
    response["Content-Length"] = str(len(entry["content"]))
    response[HEADER] = state
    response = get_conditional_response(
        request, etag=entry["etag"], last_modified=entry["stored_at"], response=response
    )
    if request.method == "HEAD" and response.status_code == 200:
        response.content = b""
        response["Content-Length"] = str(len(entry["content"]))
    return response


class PageCacheMiddleware:
    """Answers anonymous page requests from Redis before anything else runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (is_enabled() and may_use_cache(request)):
            return self._mark_personal(request, self.get_response(request))
        try:
            key = entry_key(request)
        except DisallowedHost:  # let Django answer the bad Host header its own way (400)
            return self.get_response(request)

        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        entry = found.get(key)
        if entry is not None and entry["version"] == version:
            return _response_from(entry, request, "hit")

        response = self.get_response(request)
        if not is_storable(request, response):
            return self._mark_personal(request, response)
        timeout = timeout_for(request)
        if "max-age" not in response.get("Cache-Control", ""):
            # A view that chose its own lifetime (search suggestions) keeps it.
            patch_cache_control(response, public=True, max_age=0, s_maxage=timeout)
        # Stored under the version read before rendering: if content changed meanwhile, the entry
        # is already out of date and will never be served.
        entry = _entry(response, version)
        cache.set(key, entry, timeout)
        return _response_from(entry, request, "miss")

    @staticmethod
    def _mark_personal(request, response):
        """Keep shared caches (and the browser's disk) away from anything personal."""
        personal = response.cookies or (
            getattr(request, "user", None) is not None and request.user.is_authenticated
        )
        if personal and not UNCACHEABLE_DIRECTIVES.search(response.get("Cache-Control", "")):
            patch_cache_control(response, private=True, no_store=True)
        return response


@hooks.register("before_serve_page")
def _exempt_hidden_pages(page, request, serve_args, serve_kwargs):
    """Never store a preview or a page some visitors may not see (restricted, expired)."""
    if getattr(request, "is_preview", False) or not visibility.is_visible(page):
        request.page_cache_exempt = True
