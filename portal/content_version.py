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


def key(name, *parts):
    """The cache key of ``name`` and ``parts`` under the current content version."""
    return ":".join([name, *map(str, parts), f"v{content_version()}"])


def cached(name, compute, *parts, timeout=TIMEOUT):
    """``compute()``, cached under ``key(name, *parts)`` until the content changes (or ``timeout``)."""
    key_ = key(name, *parts)
    value = cache.get(key_)
    if value is None:
        value = compute()
        cache.set(key_, value, timeout)
    return value


def cached_many(name, compute, ids, *parts):
    """{id: value} for many ids, each cached like ``cached`` under ``name``, the id and ``parts``:
    one cache round trip for all of them, and one ``compute(missing ids)`` call (returning
    {id: value}) for those not cached."""
    version = f"v{content_version()}"
    keys = {id_: ":".join([name, str(id_), *map(str, parts), version]) for id_ in ids}
    found = cache.get_many(list(keys.values()))
    values = {id_: found[key] for id_, key in keys.items() if key in found}
    missing = [id_ for id_ in keys if id_ not in values]
    if missing:
        computed = compute(missing)
        cache.set_many({keys[id_]: computed[id_] for id_ in missing if id_ in computed}, TIMEOUT)
        values.update(computed)
    return values
