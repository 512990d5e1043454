"""The content version: one number that says whether derived data is still current.

It is bumped whenever something a visitor can see changes (``portal.cache`` says when). Every cache
key for derived data carries it, so bumping it is one cache write: old entries are never read again
and expire on their own. This module imports no models, so anything may use it (``portal.i18n``,
which ``portal.models`` imports, included).
"""

from django.core.cache import cache

from portal.request_cache import read_together

VERSION_KEY = "content-version"
read_together(VERSION_KEY)  # every page reads it: fetched with the others in one round trip
TIMEOUT = 60 * 60 * 24


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def cached(name, compute, *parts):
    """``compute()``, cached under ``name`` and ``parts`` until the content changes."""
    key = ":".join([name, *map(str, parts), f"v{content_version()}"])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
