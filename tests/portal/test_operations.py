import pytest

from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_healthz_answers_while_the_process_is_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_is_ok_when_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        }
    }
)
def test_readyz_is_503_with_a_reason_when_the_cache_is_unreachable(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert any(reason.startswith("cache unreachable") for reason in body["reasons"])


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text  # the configured site


def test_robots_txt_names_the_configured_site_whatever_the_host_header(client, site):
    text = client.get("/robots.txt", HTTP_HOST="localhost:99999").text
    assert "Sitemap: http://localhost/sitemap.xml" in text
    assert "99999" not in text


@pytest.mark.parametrize("path", ["/robots.txt", "/sitemap.xml", "/healthz", "/readyz"])
def test_get_endpoints_answer_head(client, site, path):
    response = client.head(path)
    assert response.status_code == 200
    assert response.content == b""


def test_probes_are_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/robots.txt").status_code == 301  # everything else still goes to HTTPS
