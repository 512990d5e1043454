"""The pages the front-end judges look at (axe-core in tests/browser/test_accessibility.py, the W3C Nu
checker in tests/portal/test_html_validity.py): in each language, the first visible page of every page
type, then the views a visitor meets that are not pages (search results, a 404, log in, sign up)."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, get_page_models

from portal.visibility import visible


def judged_paths(language_code):
    """``(name, path)`` for each page type with a visible page in this language, then the views."""
    locale = Locale.objects.get(language_code=language_code)
    paths = []
    for model in get_page_models():
        if model._meta.abstract or model.is_creatable is False:
            continue
        page = visible(model.objects.filter(locale=locale)).order_by("path").first()
        if page is not None:
            paths.append((model.__name__, page.url))
    with translation.override(language_code):
        paths += [
            ("search", reverse("search:search") + "?q=python"),
            ("404", f"/{language_code}/no-such-page/"),
            ("login", reverse("account_login")),
            ("sign-up", reverse("account_signup")),
        ]
    return paths
