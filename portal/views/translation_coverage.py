"""The translation coverage report in the admin (Reports → Translation coverage).

Editors use it to find what still needs translating: each page and snippet of the source language,
per other language, is missing, up to date or out of date (see ``portal.translation_coverage``),
with links to translate it, edit the translation or sync it.
"""

import django_filters

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from portal import translation_coverage as coverage
from portal.admin_views import TranslatorsOnly


class CoverageFilterSet(WagtailFilterSet):
    """The report's filters. They choose which rows ``coverage_rows`` builds (see the view) rather
    than filtering a queryset, so each declares a no-op ``method``."""

    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=coverage.target_language_choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="chosen_while_building_rows",
    )
    type = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=coverage.type_choices,
        empty_label=_("All pages and snippets"),
        method="chosen_while_building_rows",
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=coverage.State.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="chosen_while_building_rows",
    )

    class Meta:
        model = Locale  # django-filter wants a model; the rows come from several
        fields = []

    def chosen_while_building_rows(self, queryset, name, value):
        return queryset


class ActionsColumn(Column):
    cell_template_name = "portal/reports/translation_coverage_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        user = parent_context["request"].user
        context["actions"] = instance.action_links(
            user.has_perm("wagtail_localize.submit_translation")
        )
        return context


class TranslationCoverageView(TranslatorsOnly, ReportView):
    """For those who may translate: it lists every page and snippet of the site."""

    page_title = _("Translation coverage")
    header_icon = "site"
    index_url_name = "portal_translation_coverage"
    index_results_url_name = "portal_translation_coverage_results"
    filterset_class = CoverageFilterSet
    paginate_by = 50
    columns = [
        TitleColumn("label", label=_("Source"), get_url=lambda row: row.source_edit_url),
        Column("type_label", label=_("Type")),
        LocaleColumn(label=_("Language"), sort_key=None),
        StatusTagColumn(
            "state_label",
            label=_("State"),
            primary=lambda row: row.state == coverage.State.UP_TO_DATE,
        ),
        StatusTagColumn(
            "translation_status",
            label=_("Translation"),
            primary=lambda row: bool(row.translation_live),
        ),
        DateColumn("source_changed_at", label=_("Source published")),
        DateColumn("synced_at", label=_("Last synced")),
        ActionsColumn("actions", label=_("Actions")),
    ]

    @cached_property
    def languages(self):
        return coverage.languages()

    def get_queryset(self):
        chosen = {}
        if self.filters and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data
        return coverage.coverage_rows(
            *self.languages,
            language_code=chosen.get("language") or None,
            type_name=chosen.get("type") or None,
            state=chosen.get("state") or None,
        )

    def filter_queryset(self, queryset):
        return queryset  # the filters were applied while building the rows

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        _source, targets = self.languages
        page.object_list = coverage.decorate(object_list, targets)
        return paginator, page, page.object_list, is_paginated
