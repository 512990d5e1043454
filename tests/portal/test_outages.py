"""A dependency's outage degrades the site, never takes it down: real Redis servers killed and
frozen, a real server pointed at a PostgreSQL port that refuses connections."""

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from django.core.cache import cache

from portal import redis_cache
from portal.redis_cache import ResilientRedisCache
from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


class RedisServer:
    """A redis-server of the test's own, on a free port, that the test may kill or freeze."""

    def __init__(self):
        self.port = free_port()
        command = [shutil.which("redis-server"), "--bind", "127.0.0.1", "--port", str(self.port)]
        self.process = subprocess.Popen(  # noqa: S603 (our own arguments)
            [*command, "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def kill(self):
        self.process.kill()
        self.process.wait()

    def freeze(self):
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        if self.process.poll() is None:
            self.thaw()
            self.kill()


@pytest.fixture
def redis_server(settings):
    """The site's cache on a Redis server of this test's own (the settings change resets caches)."""
    server = RedisServer()
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.redis_cache.ResilientRedisCache",
            "LOCATION": server.url,
            "KEY_PREFIX": "outage-test",
            # Short enough for the suite, long enough for a busy machine to answer in time.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    yield server
    server.stop()


@pytest.fixture
def questions(home_pages):
    bank = factories.QuestionIndexPageFactory(parent=home_pages["en"], slug="questions")
    factories.QuestionPageFactory(parent=bank, title="What is a generator?", slug="generators")
    return bank


@pytest.fixture
def hang_guard():
    """Fails the test instead of hanging it when a request waits on a frozen server."""

    def alarm(signum, frame):
        raise AssertionError("the request hung on a frozen Redis")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_pages_use_the_test_redis_while_it_answers(client, questions, redis_server):
    assert client.get("/en/questions/").status_code == 200
    assert cache.get("content-version") is not None  # written to this test's own server
    assert client.get("/readyz").status_code == 200


def test_pages_are_served_without_a_killed_redis_and_readyz_says_why(
    client, questions, redis_server, caplog
):
    assert client.get("/en/questions/").status_code == 200
    redis_server.kill()

    with caplog.at_level(logging.WARNING, logger="portal.redis_cache"):
        for url in ("/en/questions/", "/en/questions/generators/", "/en/", "/en/search/?q=gen"):
            response = client.get(url)
            assert response.status_code == 200, url
        assert "What is a generator?" in client.get("/en/questions/").text

    readyz = client.get("/readyz")
    assert readyz.status_code == 503
    assert readyz.json()["reasons"] == ["cache unreachable: ConnectionError"]
    outage_messages = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(outage_messages) == 1  # once per outage, not once per cache call


def test_a_frozen_redis_costs_a_request_one_timeout_at_most(
    client, questions, redis_server, hang_guard, caplog
):
    assert client.get("/en/questions/").status_code == 200
    redis_server.freeze()

    with caplog.at_level(logging.WARNING, logger="portal.redis_cache"):
        assert client.get("/en/questions/").status_code == 200
        assert client.get("/en/questions/generators/").status_code == 200
    outage_messages = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(outage_messages) == 1
    assert "TimeoutError" in outage_messages[0].getMessage()


def test_cache_is_used_again_when_redis_answers_and_lost_invalidations_empty_it(
    client, questions, redis_server, monkeypatch, caplog
):
    monkeypatch.setattr(redis_cache, "RETRY_SECONDS", 0)
    cache.set("navigation", "stale menu", timeout=None)
    redis_server.freeze()
    cache.delete("navigation")  # lost: Redis does not answer
    redis_server.thaw()

    with caplog.at_level(logging.WARNING, logger="portal.redis_cache"):
        assert cache.get("navigation") is None  # emptied on recovery, not the stale entry
        cache.set("navigation", "fresh menu")
        assert cache.get("navigation") == "fresh menu"
    assert any("answers again" in r.getMessage() for r in caplog.records)
    assert client.get("/readyz").status_code == 200


def test_clearing_the_cache_leaves_other_prefixes_on_the_same_database_alone(redis_server):
    """Two caches on one Redis database (a test run beside make test, two sites): emptying one,
    by hand or after an outage, deletes its own keys only."""
    location = {"LOCATION": redis_server.url}
    portal = ResilientRedisCache(redis_server.url, {**location, "KEY_PREFIX": "portal"})
    other = ResilientRedisCache(redis_server.url, {**location, "KEY_PREFIX": "other*[site]"})
    portal.set("route:/en/", "portal's", timeout=None)
    other.set("route:/en/", "the other site's", timeout=None)

    other.clear()
    assert other.get("route:/en/") is None
    assert portal.get("route:/en/") == "portal's"

    portal.set("route:/de/", "portal's too", timeout=None)
    other.set("route:/en/", "the other site's", timeout=None)
    portal.clear()
    assert portal.get("route:/en/") is None and portal.get("route:/de/") is None
    assert other.get("route:/en/") == "the other site's"


# PostgreSQL down: a real server process whose database port refuses connections.


@pytest.fixture(scope="module")
def server_without_database():
    port, refused = free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{refused}/portal",
    }
    process = subprocess.Popen(  # noqa: S603 (our own arguments)
        [
            sys.executable,
            *("-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1"),
            *("--timeout", "60", "portal.wsgi"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process, seconds=60)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=30)


def fetch(url, method="GET", **headers):
    request = urllib.request.Request(url, method=method, headers=headers)  # noqa: S310 (http only)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/en/", "en", "Temporarily unavailable"),
        ("/en/questions/generators/", "en", "Temporarily unavailable"),
        ("/de/", "de", "Vorübergehend nicht verfügbar"),
        ("/fr/", "fr", "Temporairement indisponible"),
        ("/admin/login/", "en", "Temporarily unavailable"),
    ],
)
def test_database_outage_is_a_translated_503_with_retry_after(
    server_without_database, path, language, text
):
    status, headers, html = fetch(server_without_database + path, **{"Accept-Language": "en"})
    assert status == 503
    assert headers["Retry-After"] == "30"
    assert text in html
    assert f'<html lang="{language}">' in html


def test_probes_answer_during_a_database_outage(server_without_database):
    assert fetch(server_without_database + "/healthz")[0] == 200
    status, _headers, body = fetch(server_without_database + "/readyz")
    assert status == 503
    assert "database unreachable: OperationalError" in body
