"""Django's Redis cache, for a site where the cache is an optimisation, never a dependency.

- Any Redis error is a cache miss (reads) or does nothing (writes): pages are computed without it.
- Short connect and socket timeouts, and after a failure Redis is left alone for ``RETRY_SECONDS``,
  so a frozen Redis costs a request at most one timeout, and a dead one almost nothing.
- The outage is logged once when it starts and once when it ends, not per call.
- A write lost during an outage (a version bump, an invalidation) would leave stale entries behind:
  the first process that lost one empties the cache when Redis answers again.
- ``clear()`` deletes the keys under this cache's ``KEY_PREFIX``, not the whole Redis database.
- One Redis client object per process instead of one per call (Django builds a new one each time),
  and each request reads a key from Redis once, the keys every page needs in one round trip
  (``portal.request_cache``).
"""

import logging
import re
import threading
import time
from functools import partial

from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from portal.request_cache import keys_read_together, request_memo

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


class _OutageState:
    def __init__(self):
        self.lock = threading.Lock()
        self.down_since = None  # time.monotonic() of the failure that started the outage
        self.last_attempt = 0.0
        self.writes_lost = False


_states = {}  # per Redis location
_states_lock = threading.Lock()


class MemoisingRedisCacheClient(RedisCacheClient):
    """One client object per connection pool (clients are thread-safe), and reads answered from
    the request's memo of raw values when there is one (``portal.request_cache``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def prefetch(self, memo, keys):
        keys = [key for key in keys if key not in memo]
        if keys:
            memo.update(zip(keys, self.get_client(None).mget(keys), strict=True))

    def get(self, key, default):
        memo = request_memo()
        if memo is None:
            return super().get(key, default)
        if key not in memo:
            memo[key] = self.get_client(key).get(key)
        raw = memo[key]
        return default if raw is None else self._serializer.loads(raw)

    def get_many(self, keys):
        memo = request_memo()
        if memo is None:
            return super().get_many(keys)
        self.prefetch(memo, keys)
        return {key: self._serializer.loads(memo[key]) for key in keys if memo[key] is not None}

    def set(self, key, value, timeout):
        super().set(key, value, timeout)
        self._remember(key, None if timeout == 0 else self._serializer.dumps(value))

    def set_many(self, data, timeout):
        super().set_many(data, timeout)
        for key, value in data.items():
            self._remember(key, self._serializer.dumps(value))

    def add(self, key, value, timeout):
        added = super().add(key, value, timeout)
        self._forget(key)
        return added

    def incr(self, key, delta):
        value = super().incr(key, delta)
        self._remember(key, value)
        return value

    def delete(self, key):
        deleted = super().delete(key)
        self._remember(key, None)
        return deleted

    def delete_many(self, keys):
        super().delete_many(keys)
        for key in keys:
            self._remember(key, None)

    def clear(self, pattern):
        """Deletes the keys matching ``pattern`` (Redis's glob), not the whole database (Django's
        ``clear``): ``ResilientRedisCache`` passes its own keys' pattern."""
        client = self.get_client(None, write=True)
        keys = list(client.scan_iter(match=pattern, count=1000))
        for start in range(0, len(keys), 1000):
            client.unlink(*keys[start : start + 1000])
        cleared = bool(keys)
        memo = request_memo()
        if memo is not None:
            memo.clear()
            memo[_LOADED] = True
        return cleared

    def _remember(self, key, raw):
        memo = request_memo()
        if memo is not None:
            memo[key] = raw

    def _forget(self, key):
        memo = request_memo()
        if memo is not None:
            memo.pop(key, None)


_LOADED = object()  # in a memo once the keys read together have been fetched


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._class = MemoisingRedisCacheClient
        # Django makes a backend per thread; the outage is the process's, whatever the thread.
        with _states_lock:
            self._state = _states.setdefault(repr(self._servers), _OutageState())

    # State of the outage ---------------------------------------------------------------------

    def _failed(self, error, write):
        with self._state.lock:
            self._state.last_attempt = time.monotonic()
            self._state.writes_lost = self._state.writes_lost or write
            if self._state.down_since is None:
                self._state.down_since = self._state.last_attempt
                logger.warning(
                    "Redis cache unreachable (%s: %s); serving without it and retrying every %s s.",
                    error.__class__.__name__,
                    error,
                    RETRY_SECONDS,
                )

    def _skipping(self):
        """True while Redis is down and the last attempt is too recent to try again."""
        return time.monotonic() - self._state.last_attempt < RETRY_SECONDS

    def _ping(self):
        """Ask Redis now; after an outage, leave it (emptying the cache if a write was lost)."""
        try:
            self._cache.get_client(write=True).ping()
            if self._state.down_since is not None:
                with self._state.lock:
                    seconds = time.monotonic() - self._state.down_since
                    self._state.down_since = None
                    clear, self._state.writes_lost = self._state.writes_lost, False
                if clear:
                    # Entries from before the outage may have missed an invalidation lost in it.
                    self._cache.clear(self._own_keys())
                logger.warning("Redis cache answers again after %.0f s.", seconds)
        except RedisError as error:
            self._failed(error, write=False)
            return f"cache unreachable: {error.__class__.__name__}"
        return None

    def _call(self, operation, fallback, write):
        if self._state.down_since is not None and (self._skipping() or self._ping() is not None):
            self._state.writes_lost = self._state.writes_lost or write
            return fallback
        try:
            return operation()
        except RedisError as error:
            self._failed(error, write)
            return fallback

    def unavailable_reason(self):
        """For readiness probes: why the cache does not answer now, or None."""
        return self._ping()

    # Reads: a failure is a miss --------------------------------------------------------------

    def get(self, key, default=None, version=None):
        self._prefetch([key], version)
        return self._call(partial(super().get, key, default, version), default, write=False)

    def get_many(self, keys, version=None):
        self._prefetch(keys, version)
        return self._call(partial(super().get_many, keys, version), {}, write=False)

    def _prefetch(self, keys, version):
        """On a request's first read, fetch the keys every page reads with the ones asked for, in
        one round trip."""
        memo = request_memo()
        if memo is not None and _LOADED not in memo:
            memo[_LOADED] = True
            made = [self.make_and_validate_key(key, version) for key in keys]
            made += [self.make_and_validate_key(k, v) for k, v in keys_read_together()]
            self._call(partial(self._cache.prefetch, memo, made), None, write=False)

    def has_key(self, key, version=None):
        return self._call(partial(super().has_key, key, version), False, write=False)

    # Writes: a failure does nothing (and is remembered) -------------------------------------

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(partial(super().add, key, value, timeout, version), False, write=True)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call(partial(super().set, key, value, timeout, version), None, write=True)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(partial(super().set_many, data, timeout, version), list(data), write=True)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(partial(super().touch, key, timeout, version), False, write=True)

    def delete(self, key, version=None):
        return self._call(partial(super().delete, key, version), False, write=True)

    def delete_many(self, keys, version=None):
        self._call(partial(super().delete_many, keys, version), None, write=True)

    def incr(self, key, delta=1, version=None):
        # None when Redis is down: the lost increment empties the cache on recovery.
        return self._call(partial(super().incr, key, delta, version), None, write=True)

    def clear(self):
        """Deletes this cache's entries, the keys under its ``KEY_PREFIX``, and nothing else of the
        Redis database (Django's ``clear`` empties the database): a test run, another site or an
        app sharing the database keeps its own."""
        return self._call(partial(self._cache.clear, self._own_keys()), False, write=True)

    def _own_keys(self):
        """The glob matching every key ``make_key`` builds (``prefix:version:key``)."""
        return re.sub(r"([*?\[\]\\])", r"\\\1", self.key_prefix) + ":*"
