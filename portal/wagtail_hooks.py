from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.admin_reports import edits_the_whole_tree
from portal.models import FAQ, Role, Topic
from portal.views.translation_coverage import TranslationCoverageView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


class RoleViewSet(SnippetViewSet):
    model = Role
    icon = "user"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


class FAQViewSet(SnippetViewSet):
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


@hooks.register("register_reports_menu_item")
def register_translation_coverage_menu_item():
    return MenuItem(
        _("Translation coverage"),
        reverse("portal_translation_coverage"),
        name="translation-coverage",
        icon_name="site",
        order=9100,
    )


@hooks.register("construct_reports_menu")
def hide_site_wide_reports_from_section_editors(request, menu_items):
    if not edits_the_whole_tree(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
