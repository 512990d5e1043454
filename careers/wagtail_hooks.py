"""Admin hooks that keep each company's editors inside their own hiring page."""

from django.db.models import Q

from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_outside_the_users_sections(pages, request):
    """Page choosers list the whole tree, drafts included, to anyone with admin access. A company
    editor would see the titles of other companies' unpublished pages and vacancies there; show
    them live pages and the sections they may edit only. Staff with permissions on the root page
    still see everything."""
    user = request.user
    if user.is_superuser:
        return pages
    sections = Q(live=True)
    for permission in PagePermissionPolicy().get_cached_permissions_for_user(user):
        sections |= Q(path__startswith=permission.page.path)
    return pages.filter(sections)
