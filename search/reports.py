"""Admin reports on what visitors search for: the most frequent searches, and the searches that
found nothing in the visitor's language (the content to write next)."""

import django_filters

from django.db.models import Sum
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from .models import QueryStat


class SearchStatsFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    locale = django_filters.ModelChoiceFilter(
        queryset=Locale.objects.all(), label=_("Language"), empty_label=_("All languages")
    )

    class Meta:
        model = QueryStat
        fields = []


def language_name(row):
    return get_language_info(row["locale__language_code"])["name_translated"]


class SearchesReportView(ReportView):
    """Searches by query and language, most frequent first, over the chosen dates."""

    page_title = _("Site searches")
    header_icon = "search"
    filterset_class = SearchStatsFilterSet
    index_url_name = "site_search_reports:searches"
    index_results_url_name = "site_search_reports:searches_results"
    default_ordering = "-total_searches"
    permission_policy = ModelPermissionPolicy(QueryStat)
    permission_required = "view"
    columns = [
        Column("query__query_string", label=_("Search terms"), sort_key="query__query_string"),
        Column("language", accessor=language_name, label=_("Language")),
        NumberColumn("total_searches", label=_("Searches"), sort_key="total_searches"),
        NumberColumn(
            "total_without_results",
            label=_("Searches without results"),
            sort_key="total_without_results",
        ),
    ]
    list_export = ["query__query_string", "locale__language_code", "total_searches"]
    list_export += ["total_without_results"]
    export_headings = {
        "query__query_string": _("Search terms"),
        "locale__language_code": _("Language"),
        "total_searches": _("Searches"),
        "total_without_results": _("Searches without results"),
    }

    def get_base_queryset(self):
        return QueryStat.objects.values("query__query_string", "locale__language_code").annotate(
            total_searches=Sum("searches"), total_without_results=Sum("zero_result_searches")
        )


class SearchesWithoutResultsReportView(SearchesReportView):
    """The searches that found nothing in the visitor's language: content gaps."""

    page_title = _("Searches without results")
    header_icon = "warning"
    index_url_name = "site_search_reports:without_results"
    index_results_url_name = "site_search_reports:without_results_results"
    default_ordering = "-total_without_results"

    def get_base_queryset(self):
        return super().get_base_queryset().filter(total_without_results__gt=0)
