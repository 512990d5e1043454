"""Filters of the question bank: topic, role, difficulty and a text filter, with counts."""

import django_filters

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from portal.filters import CountedChoicesMixin
from portal.models import Role, Topic

from .models.questions import Difficulty


class QuestionFilterSet(CountedChoicesMixin, django_filters.FilterSet):
    """Bad values never fail the page: the form reports them and the other filters still apply."""

    q = django_filters.CharFilter(method="filter_text", label=_("Contains"), max_length=200)
    topic = django_filters.ModelChoiceFilter(
        field_name="topic_links__topic",
        to_field_name="slug",
        queryset=Topic.objects.none(),
        label=_("Topic"),
        empty_label=_("All topics"),
    )
    role = django_filters.ModelChoiceFilter(
        field_name="role_links__role",
        to_field_name="slug",
        queryset=Role.objects.none(),
        label=_("Role"),
        empty_label=_("All roles"),
    )
    difficulty = django_filters.ChoiceFilter(
        choices=Difficulty.choices, label=_("Difficulty"), empty_label=_("All levels")
    )

    def __init__(self, data=None, queryset=None, *, locale, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.locale = locale
        self.filters["topic"].queryset = Topic.objects.live().filter(locale=locale)
        self.filters["role"].queryset = Role.objects.live().filter(locale=locale)
        self.add_counts(
            "topic",
            self.queryset.values("topic_links__topic__slug").annotate(n=Count("id", distinct=True)),
            "topic_links__topic__slug",
        )
        self.add_counts(
            "role",
            self.queryset.values("role_links__role__slug").annotate(n=Count("id", distinct=True)),
            "role_links__role__slug",
        )
        self.add_counts(
            "difficulty", self.queryset.values("difficulty").annotate(n=Count("id")), "difficulty"
        )

    def filter_text(self, queryset, name, value):
        words = value.split()[:10]
        for word in words:
            queryset = queryset.filter(Q(title__icontains=word) | Q(short_answer__icontains=word))
        return queryset

    def filter_queryset(self, queryset):
        # Joins through topics and roles could repeat a question; distinct keeps one row each.
        return super().filter_queryset(queryset).distinct()
