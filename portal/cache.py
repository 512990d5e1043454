"""Caching of derived data (navigation, filter counts) that is dropped whenever content changes.

Every cache key carries the current *content version*, a number bumped whenever a page, a snippet,
a tag or a view restriction is saved, deleted or moved. Bumping is one cache write; old entries are
never read again and expire on their own. Nothing user-specific is ever cached here.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.models import FAQ, PageRole, PageTopic, Role, Topic
from portal.request_cache import read_together

VERSION_KEY = "content-version"
read_together(VERSION_KEY)  # every page reads it: fetched with the others in one round trip
TIMEOUT = 60 * 60 * 24
CONTENT_MODELS = (Page, FAQ, Topic, Role, PageTopic, PageRole, PageViewRestriction, Locale)


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump_content_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any fresh value will do
        cache.set(VERSION_KEY, 1, timeout=None)


def _on_model_change(sender, instance, **kwargs):
    if isinstance(instance, CONTENT_MODELS):
        bump_content_version()


def cached(name, compute, *parts):
    """``compute()``, cached under ``name`` and ``parts`` until the content changes."""
    key = ":".join([name, *map(str, parts), f"v{content_version()}"])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


post_save.connect(_on_model_change, dispatch_uid="portal-content-version-save")
post_delete.connect(_on_model_change, dispatch_uid="portal-content-version-delete")
page_published.connect(bump_content_version, dispatch_uid="portal-content-version-publish")
page_unpublished.connect(bump_content_version, dispatch_uid="portal-content-version-unpublish")
post_page_move.connect(bump_content_version, dispatch_uid="portal-content-version-move")
