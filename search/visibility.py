"""Which pages search may show: the portal's visibility rule, in one locale."""

from wagtail.models import Page

from portal.visibility import visible_to_search


def visible_pages(locale):
    """Visible pages of the locale (not the tree's root), in terms a search index can filter on."""
    return visible_to_search(Page.objects.filter(locale=locale, depth__gt=1))
