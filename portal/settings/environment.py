"""Every environment variable the portal reads, in one place.

Settings modules import from here; nothing else calls ``os.environ``.
"""

import os


def env(name, default=None):
    """Return the variable, treating an empty string as unset."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_list(name, default=()):
    value = env(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY")
DATABASE_URL = env("DATABASE_URL")
REDIS_URL = env("REDIS_URL")
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
OPENSEARCH_URL = env("OPENSEARCH_URL")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
DEEPL_API_KEY = env("DEEPL_API_KEY")
# E-mail: SMTP when EMAIL_HOST is set (production), else the settings module's backend.
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", "true").lower() in ("1", "true", "yes")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if env("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "JobFutures <noreply@jobfutures.example>")
# The anonymous page cache (portal/page_cache.py); "off" serves every request uncached.
PAGE_CACHE = env("PAGE_CACHE", "on").lower() != "off"
# Where to send PURGE requests on publish (Varnish, deploy/varnish/default.vcl), e.g. http://127.0.0.1:6081
EDGE_CACHE_PURGE_URL = env("EDGE_CACHE_PURGE_URL")
# "on": Django serves uploaded media (logos, images) itself, as the demo does: for `make serve` and
# `make audit` on one machine. A real deployment serves media from object storage or the web server.
SERVE_MEDIA = env("SERVE_MEDIA", "off").lower() == "on"
# How many proxies in front of the app append to X-Forwarded-For (Varnish alone: 1; a TLS proxy and
# Varnish: 2). 0 ignores the header: rate limits then key on the connecting address.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
# Production redirects plain HTTP to HTTPS unless this is "off" (make serve on 127.0.0.1).
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", "on").lower() != "off"
# Set by pytest-xdist in each of its workers ("gw0", "gw1", …); the test settings read it.
TEST_WORKER = env("PYTEST_XDIST_WORKER")
