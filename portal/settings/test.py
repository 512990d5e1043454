"""The test suite: real PostgreSQL and real Redis, never SQLite or a mock."""

import os
from urllib.parse import urlsplit

import dj_database_url

from . import environment
from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
DATABASES = {
    "default": dj_database_url.parse(
        # pytest creates and drops its own "test_<name>" database next to this one.
        environment.DATABASE_URL or "postgres://postgres@127.0.0.1:5432/postgres"
    )
}


def worker_redis_url(url, worker):
    """The Redis database of one pytest-xdist worker, so workers running side by side each empty a
    small database of their own before every test. Worker ``gwN`` uses the Nth database after
    the one ``url`` names, counting round Redis's 16; without xdist, ``url`` as it is."""
    if not worker:
        return url
    parts = urlsplit(url)
    database = (int(parts.path.strip("/") or 0) + int(worker.removeprefix("gw"))) % 16
    return parts._replace(path=f"/{database}").geturl()


CACHES = {
    "default": {
        "BACKEND": "portal.redis_cache.ResilientRedisCache",
        # Databases 14 and 15 for ``make test``'s two workers unless REDIS_URL names another.
        "LOCATION": worker_redis_url(
            environment.REDIS_URL or "redis://127.0.0.1:6379/14", environment.TEST_WORKER
        ),
        # Each test process keys its entries apart and empties only those (ResilientRedisCache.clear):
        # a second test run sharing the database (pytest beside make test) neither reads this
        # run's pages, sites and routes, computed from its own test database, nor deletes them.
        "KEY_PREFIX": f"portal-test-{os.getpid()}",
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
}
# Search index updates run at once, so what a test saves is searchable; the queue's own tests
# switch the "search" backend to the database queue.
TASKS = {
    **TASKS,  # noqa: F405
    "search": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["search"]},
}
# Tests measure what a page renders (its context, its queries); the page cache's own tests
# (tests/portal/test_page_cache.py, test_edge_cache.py) switch it on.
PAGE_CACHE = False
