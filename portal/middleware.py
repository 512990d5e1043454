import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

ADMIN_PREFIX = "/admin/"
LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)(?:/|$)")


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus one redirect.

    On a 404 LocaleMiddleware redirects ``/xx/`` to ``/en/xx/`` because Wagtail's catch-all URL pattern
    matches any path. A path that starts with something shaped like a language code we do not serve is
    a dead end, not a page to send the visitor to, so it stays a 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(ADMIN_PREFIX):
            return response  # the admin has no language prefix: its 404s are final
        if response.status_code == 404:
            match = LANGUAGE_PREFIX.match(request.path_info)
            served = {code for code, _name in settings.LANGUAGES}
            if match and match.group(1).lower() not in served:
                return response
        return super().process_response(request, response)
