"""What a visitor may see: one definition used by every listing, block, sitemap and search.

A page is visible when it is live and neither it nor an ancestor has a view restriction.
Wagtail's ``.public()`` loads every restriction on each call. Here, querysets get the same rule as
one SQL subquery (``visible``), and pages already in memory are checked against the list of
restricted paths, cached and dropped whenever a restriction or a page's place in the tree changes
(``is_visible``).
"""

from django.core.cache import cache
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from django.db.models.signals import post_delete, post_save

from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

RESTRICTED_PATHS_KEY = "visibility:restricted-paths"


def unrestricted():
    """A filter: no view restriction on the page or on any of its ancestors."""
    restriction_above = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(prefix=F("page__path"))
    return ~Exists(restriction_above)


def visible(queryset):
    """Live pages without view restrictions, from any page queryset."""
    return queryset.live().filter(unrestricted())


def restricted_paths():
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(RESTRICTED_PATHS_KEY, paths, timeout=None)
    return paths


def is_visible(page, restricted=None):
    """The same rule as ``visible`` for a page already loaded."""
    restricted = restricted_paths() if restricted is None else restricted
    return page.live and not any(page.path.startswith(path) for path in restricted)


def _forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)


post_save.connect(_forget_restricted_paths, sender=PageViewRestriction)
post_delete.connect(_forget_restricted_paths, sender=PageViewRestriction)
post_page_move.connect(_forget_restricted_paths)
