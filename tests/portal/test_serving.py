"""The production serving set-up: Django's deployment checks, hashed static files, database health."""

import importlib
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import call_command
from django.db import connection
from django.templatetags.static import static

from portal.settings import environment

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def production(monkeypatch):
    """The production settings module, imported with the variables it requires."""
    monkeypatch.setattr(environment, "SECRET_KEY", "x" * 50)
    monkeypatch.setattr(environment, "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
    monkeypatch.setattr(environment, "REDIS_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.delitem(sys.modules, "portal.settings.production", raising=False)
    yield importlib.import_module("portal.settings.production")
    sys.modules.pop("portal.settings.production", None)


def test_deployment_checks_pass_apart_from_hsts_preload():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/portal",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "ALLOWED_HOSTS": "jobfutures.example",
    }
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
        + ["--tag", "security"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    reported = {
        line.split(")")[0].strip("?: (") for line in result.stderr.splitlines() if ": (" in line
    }
    assert reported == {"security.W021"}, result.stderr


def test_production_redirects_to_https_and_checks_connections(production):
    assert production.SECURE_SSL_REDIRECT is True
    assert production.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    assert production.DATABASES["default"]["CONN_MAX_AGE"] > 0


@pytest.mark.django_db
def test_hashed_static_files_are_served_with_a_far_future_cache_lifetime(
    production, settings, tmp_path, client
):
    settings.STORAGES = production.STORAGES
    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", "--no-input", stdout=StringIO())
    stylesheet = min((ROOT / "static").glob("css/*.css")).relative_to(ROOT / "static").as_posix()
    url = static(stylesheet)
    assert url != f"/static/{stylesheet}"  # the name carries the content hash
    response = client.get(url)
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
    compressed = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert compressed["Content-Encoding"] == "gzip"


def test_deploy_gunicorn_preloads_the_app_and_recycled_workers_keep_answering(db, tmp_path):
    """deploy/gunicorn.conf.py preloads the app in the master; workers forked from it open their
    own database and Redis connections, so every request is answered while workers recycle."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = connection.settings_dict
    log = tmp_path / "gunicorn.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/"
        f"{settings['NAME']}",
    }
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603 (our own arguments)
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
            + ["--bind", f"127.0.0.1:{port}", "--workers", "2", "--access-logfile", "/dev/null"]
            + ["--max-requests", "2", "--max-requests-jitter", "0", "--log-level", "debug"]
            + ["portal.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        statuses = [readyz(port, process) for _ in range(8)]
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text()
    assert statuses == [200] * 8, text
    assert text.count("Autorestarting worker") >= 2, text
    assert "preload_app: True" in text  # the config's setting, as gunicorn printed it


def readyz(port, process, seconds=60):
    """GET /readyz (database and Redis), waiting while gunicorn starts or forks a worker."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=30) as response:  # noqa: S310
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)
