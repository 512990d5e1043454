"""Varnish with deploy/varnish/default.vcl in front of a live test server, purged on publish."""

import http.client
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import factories

ROOT = Path(__file__).resolve().parents[2]
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
# The host name of the default site: purges carry it, so requests through Varnish do too.
HOST = "localhost"

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("page_cache_on"),
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(port, path, method="GET", headers=None, source="127.0.0.1"):
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=10, source_address=(source, 0)
    )
    connection.request(method, path, headers={"Host": HOST, **(headers or {})})
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    return response, body


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    if not os.path.exists(VARNISHD):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the edge cache tests but {VARNISHD} is missing.")
        pytest.skip("varnish is not installed (apt-get install varnish)")
    backend_port = urlsplit(live_server.url).port
    vcl = (ROOT / "deploy/varnish/default.vcl").read_text()
    assert '.port = "8000";' in vcl
    (tmp_path / "test.vcl").write_text(vcl.replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - a fixed program with arguments built here
        [VARNISHD, "-F", "-j", "none", "-a", f"127.0.0.1:{port}", "-f", str(tmp_path / "test.vcl")]
        + ["-n", str(tmp_path / "varnish"), "-s", "malloc,32m", "-p", "ban_lurker_sleep=0.01"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stdout.read().decode()}")
            time.sleep(0.1)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{port}",
        }
    }
    yield port
    process.terminate()
    process.wait(timeout=10)


def test_published_change_shows_through_varnish_at_once(varnish, page):
    request(varnish, page.url)
    response, body = request(varnish, page.url)
    assert response.getheader("X-Cache") == "hit"
    assert "We hire juniors." in body

    page.intro = "We hire seniors."
    page.save_revision().publish()
    response, body = request(varnish, page.url)
    assert response.getheader("X-Cache") == "miss"
    assert "We hire seniors." in body


def test_draft_save_keeps_the_edge_cache(varnish, page):
    request(varnish, page.url)
    page.intro = "Draft: we hire everyone."
    page.save_revision()
    response, body = request(varnish, page.url)
    assert response.getheader("X-Cache") == "hit"
    assert "We hire juniors." in body


def test_publishing_a_snippet_purges_the_edge_cache(varnish, page):
    faq = factories.FAQFactory()
    request(varnish, page.url)
    faq.save_revision().publish()
    response, _body = request(varnish, page.url)
    assert response.getheader("X-Cache") == "miss"


def test_purge_is_refused_from_any_other_address(varnish, page):
    request(varnish, page.url)
    response, _body = request(varnish, "/", method="PURGE", source="127.0.0.2")
    assert response.status == 403
    response, _body = request(varnish, page.url)
    assert response.getheader("X-Cache") == "hit"


def test_session_holders_and_the_admin_pass_through(varnish, page):
    request(varnish, page.url)
    response, body = request(varnish, page.url, headers={"Cookie": "sessionid=abc"})
    assert response.getheader("X-Cache") == "pass"
    for _ in range(2):
        response, _body = request(varnish, "/admin/login/")
        assert response.getheader("X-Cache") == "pass"


def test_error_pages_are_not_kept(varnish, home_pages):
    for _ in range(2):
        response, _body = request(varnish, "/en/no-such-page/")
        assert response.status == 404
        assert response.getheader("X-Cache") == "pass"
