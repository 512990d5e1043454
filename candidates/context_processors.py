"""The language switcher on account (allauth) and profile pages."""

from portal.i18n import language_links_for_path

# Views under /<lang>/accounts/ and /<lang>/profile/; the admin's pool pages have no switcher.
ACCOUNT_VIEW_MODULES = ("allauth.", "candidates.views")


def language_links(request):
    """These pages are Django views, not Wagtail pages, so no page gives the header its language
    links: each one links to the same address under the other language prefixes."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.func.__module__.startswith(ACCOUNT_VIEW_MODULES):
        return {}
    return {"language_links": language_links_for_path(request)}
