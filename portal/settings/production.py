"""Production: refuses to start without SECRET_KEY and DATABASE_URL."""

from django.core.exceptions import ImproperlyConfigured

from . import environment
from .base import *  # noqa: F403

for _name in ("SECRET_KEY", "DATABASE_URL"):
    if not getattr(environment, _name):
        raise ImproperlyConfigured(f"{_name} must be set in production.")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Off only where TLS ends elsewhere and plain HTTP is wanted (make serve on 127.0.0.1).
SECURE_SSL_REDIRECT = environment.SECURE_SSL_REDIRECT
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Hashed file names: WhiteNoise serves them with a far-future, immutable Cache-Control.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
