"""What a visitor may see: one definition used by every listing, block, sitemap, search and route.

A page is visible when it **and every ancestor** are live, not past their expiry date (Wagtail's
``publish_scheduled`` unpublishes expired pages only when it runs) and without a view restriction.

Wagtail's ``.public()`` queries every restriction on each call, and asking the same of every ancestor
in SQL means a correlated subquery: tried first, PostgreSQL ran it as a nested loop over the whole page
table per row (seconds at 10,000 questions). Instead the roots of the *hidden subtrees* are cached:
restricted pages, and pages with children that are not live or carry an expiry date (with that date:
expiry depends on the time of the request, so the dates are cached, not a yes/no). A page with no
children hides nothing but itself, which ``live`` and ``expire_at`` on its own row already say, so
drafts among 10,000 questions cost nothing here. Querysets exclude the hidden roots with plain
path-prefix conditions (none at all when nothing is hidden, the usual case), pages already in memory
are checked in Python (``is_visible``). The cached list is dropped whenever a page, a restriction or
the tree changes; the cache is shared by every process (production requires Redis, see
``docs/operations.md``), so no process keeps a stale list.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, Value
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.request_cache import read_together

HIDDEN_ROOTS_KEY = "visibility:hidden-roots"
read_together(HIDDEN_ROOTS_KEY)


def hidden_roots():
    """[(path, expire_at or None)] of every page that hides its subtree (now or once it expires)."""
    roots = cache.get(HIDDEN_ROOTS_KEY)
    if roots is None:
        # One query for both kinds: a restricted page hides its subtree whatever its state.
        restricted = (
            Page.objects.filter(view_restrictions__isnull=False)
            .order_by()
            .values_list("path", Value(True), Value(False), "expire_at")
        )
        with_children = (
            Page.objects.filter(Q(live=False) | Q(expire_at__isnull=False), numchild__gt=0)
            .order_by()
            .values_list("path", Value(False), "live", "expire_at")
        )
        found = {}
        for path, is_restricted, live, expire_at in restricted.union(with_children, all=True):
            hidden_until = None if is_restricted or not live else expire_at
            found[path] = None if path in found else hidden_until
        roots = sorted(found.items())
        cache.set(HIDDEN_ROOTS_KEY, roots, timeout=None)
    return roots


def hidden_paths(now=None):
    """Paths whose subtrees are hidden at ``now``, without paths already inside another one."""
    now = now or timezone.now()
    paths = []
    for path, expire_at in hidden_roots():  # sorted: a subtree's root comes before its pages
        if expire_at is not None and expire_at > now:
            continue
        if paths and path.startswith(paths[-1]):
            continue
        paths.append(path)
    return paths


def outside_hidden_subtrees(now=None):
    """A filter on ``path`` only (search indexes can apply it): not in any hidden subtree."""
    condition = Q()
    for path in hidden_paths(now):
        condition &= ~Q(path__startswith=path)
    return condition


def not_expired(now=None):
    """A filter: no expiry date, or one still in the future."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=now or timezone.now())


def visible(queryset):
    """The visible pages of any page queryset."""
    now = timezone.now()
    return queryset.live().filter(not_expired(now), outside_hidden_subtrees(now))


def visible_to_search(queryset):
    """``visible`` written with the fields a search index filters on (``id``, ``live``, ``path``):
    expiry becomes an ``id`` exclusion."""
    now = timezone.now()
    expired = Page.objects.filter(expire_at__lte=now).values("pk")
    return queryset.live().filter(outside_hidden_subtrees(now)).exclude(id__in=expired)


def is_visible(page, hidden=None):
    """The same rule as ``visible`` for a page already loaded; ``hidden`` is a ``hidden_paths()``
    taken once for many pages."""
    hidden = hidden_paths() if hidden is None else hidden
    expired = page.expire_at is not None and page.expire_at <= timezone.now()
    return page.live and not expired and not any(page.path.startswith(path) for path in hidden)


def hides_descendants(page):
    """Whether a page on the way to another one hides it: not live, or expired. (A restricted
    ancestor does not hide: Wagtail asks for the password or a login before serving.)"""
    return not page.live or (page.expire_at is not None and page.expire_at <= timezone.now())


def _forget_hidden_roots(**kwargs):
    cache.delete(HIDDEN_ROOTS_KEY)
    # Again once the change is committed: another request may have cached the old tree meanwhile.
    transaction.on_commit(lambda: cache.delete(HIDDEN_ROOTS_KEY))


def _on_save_or_delete(sender, instance, **kwargs):
    if isinstance(instance, Page | PageViewRestriction):
        _forget_hidden_roots()


post_save.connect(_on_save_or_delete, dispatch_uid="portal-visibility-save")
post_delete.connect(_on_save_or_delete, dispatch_uid="portal-visibility-delete")
page_published.connect(_forget_hidden_roots, dispatch_uid="portal-visibility-publish")
page_unpublished.connect(_forget_hidden_roots, dispatch_uid="portal-visibility-unpublish")
post_page_move.connect(_forget_hidden_roots, dispatch_uid="portal-visibility-move")
