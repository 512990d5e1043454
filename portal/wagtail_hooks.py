from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal import admin_views
from portal.models import FAQ, Role, Topic


class PortalSnippetViewSet(SnippetViewSet):
    chooser_viewset_class = admin_views.ReadableSnippetChooserViewSet


class TopicViewSet(PortalSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


class RoleViewSet(PortalSnippetViewSet):
    model = Role
    icon = "user"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


class FAQViewSet(PortalSnippetViewSet):
    model = FAQ
    icon = "help"
    list_display = ["question", "audience", "locale"]
    search_fields = ["question"]
    list_filter = ["audience", "locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (TopicViewSet, RoleViewSet, FAQViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Taxonomy & FAQs")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)


# What an admin user may read (portal.admin_visibility) ----------------------------------------
# Registered after Wagtail's own (order=1), which they replace.


@hooks.register("register_admin_viewset", order=1)
def register_readable_page_viewset():
    return admin_views.ReadablePageViewSet()


for action in admin_views.PAGE_BULK_ACTIONS:
    hooks.register("register_bulk_action", action, order=1)


@hooks.register("construct_admin_api", order=1)
def register_readable_file_endpoints(router):
    router.register_endpoint("documents", admin_views.ReadableDocumentsAdminAPIViewSet)
    router.register_endpoint("images", admin_views.ReadableImagesAdminAPIViewSet)


@hooks.register("register_admin_urls")
def replace_wagtail_localize_snippets_api():
    """Admin URLs of this app come before wagtail-localize's (INSTALLED_APPS order), so these
    answer at its addresses."""
    snippets = admin_views.ReadableLocalizeSnippetsAPIViewSet
    return [
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            snippets.as_view({"get": "list"}),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            snippets.as_view({"get": "retrieve"}),
        ),
    ]
