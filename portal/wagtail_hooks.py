from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal import admin_views
from portal.admin_visibility import edits_the_whole_tree, may_translate
from portal.models import FAQ, Role, Topic
from portal.views.translation_coverage import TranslationCoverageView


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


@hooks.register("register_admin_urls")
def register_translation_coverage_urls():
    return [
        path(
            "reports/translation-coverage/",
            TranslationCoverageView.as_view(),
            name="portal_translation_coverage",
        ),
        path(
            "reports/translation-coverage/results/",
            TranslationCoverageView.as_view(results_only=True),
            name="portal_translation_coverage_results",
        ),
    ]


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_translate(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_coverage_menu_item():
    return TranslatorsMenuItem(
        _("Translation coverage"),
        reverse("portal_translation_coverage"),
        name="translation-coverage",
        icon_name="site",
        order=9100,
    )


@hooks.register("construct_reports_menu")
def hide_site_wide_reports_from_section_editors(request, menu_items):
    hidden = set()
    if not edits_the_whole_tree(request.user):
        hidden.add(reverse("wagtailadmin_reports:page_types_usage"))
    if not may_translate(request.user):
        hidden.add(reverse("wagtail_localize:translations_report"))
    menu_items[:] = [item for item in menu_items if item.url not in hidden]


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
def replace_wagtail_localize_views():
    """Admin URLs of this app come before wagtail-localize's (INSTALLED_APPS order), so these
    answer at its addresses."""
    report = admin_views.TranslatorsTranslationsReportView
    snippets = admin_views.ReadableLocalizeSnippetsAPIViewSet
    return [
        path("localize/reports/translations/", report.as_view()),
        path("localize/reports/translations/results/", report.as_view(results_only=True)),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            snippets.as_view({"get": "list"}),
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            snippets.as_view({"get": "retrieve"}),
        ),
    ]
