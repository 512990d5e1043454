"""The test suite: real PostgreSQL and real Redis, never SQLite or a mock."""

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
CACHES = {
    "default": {
        "BACKEND": "portal.redis_cache.ResilientRedisCache",
        "LOCATION": environment.REDIS_URL or "redis://127.0.0.1:6379/15",
        "KEY_PREFIX": "portal-test",
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
