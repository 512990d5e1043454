"""What a visitor may see: one definition used by every listing, block, sitemap and search.

A page is visible when it is live, not past its expiry date (Wagtail's ``publish_scheduled`` unpublishes
expired pages only when it runs) and neither it nor an ancestor has a view restriction.
Wagtail's ``.public()`` queries every restriction on each call. Here the restricted paths are cached
(dropped whenever a restriction or a page's place in the tree changes): querysets exclude them with
plain path-prefix conditions, none at all when nothing is restricted (``visible``), and pages already
in memory are checked in Python (``is_visible``). A correlated subquery was tried first: PostgreSQL
ran it as a nested loop over the whole page table per row (seconds at 10,000 questions).
"""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

RESTRICTED_PATHS_KEY = "visibility:restricted-paths"


def unrestricted():
    """A filter: no view restriction on the page or on any of its ancestors."""
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition


def not_expired():
    """A filter: no expiry date, or one still in the future."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def visible(queryset):
    """Live, unexpired pages without view restrictions, from any page queryset."""
    return queryset.live().filter(not_expired(), unrestricted())


def restricted_paths():
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(RESTRICTED_PATHS_KEY, paths, timeout=None)
    return paths


def is_visible(page, restricted=None):
    """The same rule as ``visible`` for a page already loaded."""
    restricted = restricted_paths() if restricted is None else restricted
    expired = page.expire_at is not None and page.expire_at <= timezone.now()
    return page.live and not expired and not any(page.path.startswith(path) for path in restricted)


def _forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)


post_save.connect(_forget_restricted_paths, sender=PageViewRestriction)
post_delete.connect(_forget_restricted_paths, sender=PageViewRestriction)
post_page_move.connect(_forget_restricted_paths)
