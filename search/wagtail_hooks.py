from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/site-search/", include(admin_urls, namespace="site_search_reports"))]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("site_search.view_querystat")


@hooks.register("register_reports_menu_item")
def register_searches_report_menu_item():
    return SearchReportMenuItem(
        _("Site searches"),
        reverse("site_search_reports:searches"),
        name="site-searches",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_searches_without_results_report_menu_item():
    return SearchReportMenuItem(
        _("Searches without results"),
        reverse("site_search_reports:without_results"),
        name="searches-without-results",
        icon_name="warning",
        order=1320,
    )
