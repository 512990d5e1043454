"""What an admin user may read: one rule for every admin screen that names pages, snippets or files.

Wagtail checks permissions before it *changes* anything, but many of its screens *name* whatever
they are addressed with: a confirmation screen shows the title of any page id, a chooser lists
every draft, the admin API lists every file. Ids are sequential, so that enumerates every draft.
An editor given one section of the tree (a company's hiring page) may read:

* pages: what visitors see (``portal.visibility.visible``) plus the sections they have page
  permissions on (``readable_pages``, ``may_read_page``);
* snippets with drafts: the live ones, unless they may change that model (``readable_snippets``);
* images and documents: those in collections they have permissions on (``readable_files``).

Editors of the whole tree (superusers, groups with permissions on the root page, i.e. portal
staff) read everything. The admin hooks in ``portal.wagtail_hooks`` apply these rules.
"""

from django.db.models import Q

from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from portal.visibility import visible


def edits_the_whole_tree(user):
    """Superusers and groups with permissions on the root page, unlike editors given one section
    (a company's hiring page)."""
    if user.is_superuser:
        return True
    root = PagePermissionPolicy().explorable_root_instance(user)
    return root is not None and root.is_root()


def _sections(user):
    """A filter: the pages at or under a page the user has any permission on."""
    sections = Q(pk__in=[])
    for permission in PagePermissionPolicy().get_cached_permissions_for_user(user):
        sections |= Q(path__startswith=permission.page.path)
    return sections


def readable_pages(pages, user):
    """The pages of ``pages`` (any page queryset) that ``user`` may read in the admin."""
    if edits_the_whole_tree(user):
        return pages
    return pages.filter(Q(pk__in=visible(Page.objects.all()).values("pk")) | _sections(user))


def may_read_page(page, user):
    return readable_pages(Page.objects.filter(pk=page.pk), user).exists()


def readable_snippets(snippets, user):
    """Drafts of a snippet model stay with the people who may change that model."""
    model = snippets.model
    if not issubclass(model, DraftStateMixin):
        return snippets
    policy = policy_registry.get_by_type(model)
    if policy.user_has_any_permission(user, ["add", "change", "delete", "publish"]):
        return snippets
    return snippets.filter(live=True)


def readable_files(files, user):
    """Images or documents in the collections where ``user`` may choose, add or change them."""
    policy = policy_registry.get_by_type(files.model)
    return files.filter(
        pk__in=policy.instances_user_has_any_permission_for(user, ["choose", "add", "change"])
    )


def may_translate(user):
    """Translation is portal staff's job (see ``careers.onboarding``): the translation reports
    list every page and snippet of the site, so they are for those who may translate."""
    return user.has_perm("wagtail_localize.submit_translation")
