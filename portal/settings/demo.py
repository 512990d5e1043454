"""``make demo``: development settings with DEBUG off, so visitors see the portal's own 404 and 500
pages instead of Django's debug pages. whitenoise serves the static files from the apps' folders
(no collectstatic) and Django serves uploaded media (company logos)."""

from .dev import *  # noqa: F403

DEBUG = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
