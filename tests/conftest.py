from io import StringIO

import pytest
import redis

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase, override_settings

from wagtail.models import Locale, Site

LANGUAGES = ("en", "de", "fr")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests on the shared demo content run last (after pytest-django's own ordering): the demo lives
    in a transaction that stays open until the session ends, which every other test must not see."""
    items.sort(key=lambda item: "_demo_content" in getattr(item, "fixturenames", ()))


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (real Redis, a database of its own)."""
    cache.clear()
    yield


@pytest.fixture(autouse=True, scope="session")
def _media_root(tmp_path_factory):
    """Uploaded files (images, their renditions) go to a temporary folder, not media/; one for the
    session, so the shared demo's logos stay where its image records say they are."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(scope="session")
def _demo_content(django_db_setup, django_db_blocker):
    """``load_demo`` run once per session (it takes 15–50 s) inside a transaction that is rolled back
    when the session ends. Each test using it runs in a savepoint of that transaction, as any
    database test does, so what one test writes is gone for the next.

    What ``load_demo`` leaves for its commit (the imported questions' search index entries, the
    content version) is done when it returns, as a real commit would."""
    out = StringIO()
    with django_db_blocker.unblock():
        _restore_migrated_content()
        atomic = transaction.atomic()
        atomic.__enter__()
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=out)
    yield out.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


def _restore_migrated_content():
    """Transactional tests (browser, live server) run before the demo's and end by flushing the
    database; bring back what the migrations created (locales, site, home pages), as their
    ``serialized_rollback`` does at the start of each of them."""
    if Site.objects.exists():
        return
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents:
        connection.creation.deserialize_db_from_string(contents)


@pytest.fixture
def demo(_demo_content, db):
    """The demo content in every language (built once per session); the value is what
    ``load_demo`` printed."""
    return _demo_content


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get(language_code=code) for code in LANGUAGES}


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_pages(site, locales):
    """The home page of each language, as the data migration made them."""
    root = site.root_page
    return {code: root.get_translation(locale).specific for code, locale in locales.items()}


@pytest.fixture
def redis_commands(monkeypatch):
    """The Redis commands sent while the test runs (the real server still answers them)."""
    sent = RedisCommands()
    execute = redis.Redis.execute_command

    def counting(self, *args, **options):
        sent.append(" ".join(map(str, args[:2])))
        return execute(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", counting)
    return sent


class RedisCommands(list):
    """Commands as ``"NAME key"``, in the order they were sent."""

    def writes(self):
        return [command for command in self if command.split()[0].upper() not in {"GET", "MGET"}]
