"""Local development and the zero-setup demo: SQLite unless DATABASE_URL is set."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
