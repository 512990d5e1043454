"""Each request reads a cache entry from Redis once, and the entries every page needs together.

A page asks for the content version, the hidden subtrees and Wagtail's site root paths many times
(each listing, block and link does). ``portal.redis_cache`` answers repeated reads of a request
from this memo of raw values (each read still gets its own copy), and the first read of a request
fetches every key registered with ``read_together`` in one round trip. Writes update the memo.
Outside a request (commands, tests calling functions) there is no memo.
"""

from contextvars import ContextVar

from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

_memo = ContextVar("portal_request_memo", default=None)
_read_together = []


def read_together(key, version=None):
    """Register a key most requests read: fetched with the others on a request's first read."""
    if (key, version) not in _read_together:
        _read_together.append((key, version))


def keys_read_together():
    return list(_read_together)


def request_memo():
    """This request's memo {cache key: raw value or None}, or None outside a request."""
    return _memo.get()


# Wagtail reads its site root paths for nearly every link it builds.
read_together(SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION)


class RequestMemoMiddleware:
    """Gives each request its own memo, dropped when the response is ready."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
