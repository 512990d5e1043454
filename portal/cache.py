"""When the content version (``portal.content_version``) is bumped, and the edge cache purged.

Every cache key carries the current *content version*, a number bumped whenever something a visitor can
see changes: a page or snippet is published, unpublished, moved or deleted, a live page or a tag is
saved, a view restriction, a locale or a promoted search result changes. Saving a draft (which the
admin also does while an editor types) does not bump it, so editing never empties the cache. Bumping is one cache write; old entries are
never read again and expire on their own. Nothing user-specific is ever cached here.

The version is bumped when the change happens and once more when its transaction commits: a request
that read the old rows while the transaction was open must not leave them cached under the new version.
After the commit the edge cache (``wagtail.contrib.frontend_cache``, when configured) is purged too.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from portal.content_version import VERSION_KEY
from portal.models import FAQ, PageRole, PageTopic, Role, Topic

CONTENT_MODELS = (
    Page,
    FAQ,
    Topic,
    Role,
    PageTopic,
    PageRole,
    PageViewRestriction,
    Locale,
    Site,
    SearchPromotion,  # an editor's pick, shown first in search results
)
# What saving a draft, autosaving, locking or commenting writes: nothing a visitor sees.
EDITORIAL_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def _increment():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any fresh value will do
        cache.set(VERSION_KEY, 1, timeout=None)


def _after_commit():
    _increment()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        # The edge cache bans a whole host on any purge (deploy/varnish/default.vcl): a publish
        # changes listings, navigation and related content on other pages too.
        purge_urls_from_cache([site.root_url + "/" for site in Site.objects.all()])


def bump_content_version(**kwargs):
    _increment()
    connection = transaction.get_connection()
    # One purge per transaction, however many rows it saved.
    if not any(callback is _after_commit for _sids, callback, _robust in connection.run_on_commit):
        transaction.on_commit(_after_commit)


def is_visible_change(instance, update_fields=None):
    """Whether saving or deleting ``instance`` changes anything a visitor can see."""
    if update_fields is not None and set(update_fields) <= EDITORIAL_FIELDS:
        return False
    if isinstance(instance, PageTopic | PageRole):
        instance = instance.page
    # A page or snippet that is not live is a draft: publishing it sends its own signal.
    return getattr(instance, "live", True)


def _on_model_change(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, CONTENT_MODELS) and is_visible_change(instance, update_fields):
        bump_content_version()


post_save.connect(_on_model_change, dispatch_uid="portal-content-version-save")
post_delete.connect(_on_model_change, dispatch_uid="portal-content-version-delete")
page_published.connect(bump_content_version, dispatch_uid="portal-content-version-publish")
page_unpublished.connect(bump_content_version, dispatch_uid="portal-content-version-unpublish")
post_page_move.connect(bump_content_version, dispatch_uid="portal-content-version-move")
published.connect(bump_content_version, dispatch_uid="portal-content-version-publish-snippet")
unpublished.connect(bump_content_version, dispatch_uid="portal-content-version-unpublish-snippet")
