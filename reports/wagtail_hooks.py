"""The reports in the admin's Reports menu, each for the people who may see all it lists."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.admin_visibility import edits_the_whole_tree, may_translate
from reports.views import TranslationCoverageView, TranslationsReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    """This app's admin URLs come before wagtail-localize's (INSTALLED_APPS order), so its
    Translations report answers at wagtail-localize's addresses."""
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
        path("localize/reports/translations/", TranslationsReportView.as_view()),
        path(
            "localize/reports/translations/results/",
            TranslationsReportView.as_view(results_only=True),
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
def hide_site_wide_reports(request, menu_items):
    """Wagtail's and wagtail-localize's reports that list the whole site, drafts included."""
    hidden = set()
    if not edits_the_whole_tree(request.user):
        hidden.add(reverse("wagtailadmin_reports:page_types_usage"))
    if not may_translate(request.user):
        hidden.add(reverse("wagtail_localize:translations_report"))
    menu_items[:] = [item for item in menu_items if item.url not in hidden]
