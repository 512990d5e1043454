"""The pool browser's filters: role, seniority, skills, location/remote, languages, availability."""

import django_filters

from django import forms
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from portal.models import Role, Topic

from .choices import SPOKEN_LANGUAGES, RemotePolicy, Seniority, spoken_language_choices
from .models import CandidateProfile


class PlainOptionsSelect(forms.Select):
    """A select whose options are written here rather than through Django's template for each
    option: the language filter alone has ~100 options, and those templates were about a third of
    the pool listing's time (benchmarks/bench_pool.py). No option groups."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], " selected" if option["selected"] else "", option["label"])
                for _group, group_options, _index in widget["optgroups"]
                for option in group_options
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', widget["name"], flatatt(widget["attrs"]), options
        )


class PlainOptionsSelectMultiple(PlainOptionsSelect, forms.SelectMultiple):
    pass


class PoolFilterSet(django_filters.FilterSet):
    role = django_filters.ModelChoiceFilter(
        label=_("Role"),
        queryset=Role.objects.none(),
        method="filter_role",
        widget=PlainOptionsSelect,
    )
    seniority = django_filters.ChoiceFilter(
        label=_("Seniority"), choices=Seniority.choices, widget=PlainOptionsSelect
    )
    skill = django_filters.ModelMultipleChoiceFilter(
        label=_("Skills (all of them)"),
        queryset=Topic.objects.none(),
        method="filter_skills",
        widget=PlainOptionsSelectMultiple,
    )
    location = django_filters.CharFilter(
        label=_("Location"), method="filter_location", max_length=100
    )
    remote = django_filters.ChoiceFilter(
        label=_("Remote preference"), choices=RemotePolicy.choices, widget=PlainOptionsSelect
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=SPOKEN_LANGUAGES,
        method="filter_language",
        widget=PlainOptionsSelect,
    )
    available_by = django_filters.DateFilter(
        label=_("Available by"),
        method="filter_available_by",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = CandidateProfile
        fields = ["role", "seniority", "skill", "location", "remote", "language", "available_by"]

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["role"].queryset = Role.objects.live().filter(locale=locale)
        self.filters["skill"].queryset = Topic.objects.live().filter(locale=locale)
        self.filters["language"].extra["choices"] = spoken_language_choices()

    # Profiles keep roles and skills in the language they were chosen in: match translations.
    def filter_role(self, queryset, name, role):
        links = CandidateProfile.roles.through.objects.filter(
            candidateprofile_id=OuterRef("pk"), role__translation_key=role.translation_key
        )
        return queryset.filter(Exists(links))

    def filter_skills(self, queryset, name, topics):
        for topic in topics:
            links = CandidateProfile.skills.through.objects.filter(
                candidateprofile_id=OuterRef("pk"), topic__translation_key=topic.translation_key
            )
            queryset = queryset.filter(Exists(links))
        return queryset

    def filter_location(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(locations__icontains=value)

    def filter_language(self, queryset, name, code):
        if connection.features.supports_json_field_contains:
            return queryset.filter(languages__contains=[code])
        return queryset.filter(languages__icontains=f'"{code}"')  # SQLite demo

    def filter_available_by(self, queryset, name, day):
        return queryset.filter(Q(available_from__isnull=True) | Q(available_from__lte=day))
