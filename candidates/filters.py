"""The pool browser's filters: role, seniority, skills, location/remote, languages, availability."""

import django_filters

from django import forms
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from portal.models import Role, Topic

from .choices import SPOKEN_LANGUAGES, RemotePolicy, Seniority
from .models import CandidateProfile


class PoolFilterSet(django_filters.FilterSet):
    role = django_filters.ModelChoiceFilter(
        label=_("Role"), queryset=Role.objects.none(), method="filter_role"
    )
    seniority = django_filters.ChoiceFilter(label=_("Seniority"), choices=Seniority.choices)
    skill = django_filters.ModelMultipleChoiceFilter(
        label=_("Skills (all of them)"), queryset=Topic.objects.none(), method="filter_skills"
    )
    location = django_filters.CharFilter(
        label=_("Location"), method="filter_location", max_length=100
    )
    remote = django_filters.ChoiceFilter(label=_("Remote preference"), choices=RemotePolicy.choices)
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=SPOKEN_LANGUAGES, method="filter_language"
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
