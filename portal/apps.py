from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Connect the signal handlers that keep cached content, locales and visibility fresh.
        from portal import cache, i18n, page_cache, visibility  # noqa: F401
