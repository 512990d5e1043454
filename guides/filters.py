"""Filters of the question bank: topic, role, difficulty and a text filter, with counts."""

import django_filters

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.content_version import cached
from portal.filters import field_counts, labelled, tag_counts, tagged
from portal.models import PageRole, PageTopic

from .choices import Difficulty


def question_bank_facets(questions, bank_id, locale):
    """Choices with counts for the bank's filters, cached until content changes."""

    def compute():
        return {
            "topic": tag_counts(questions, PageTopic, locale),
            "role": tag_counts(questions, PageRole, locale),
            "difficulty": field_counts(questions, "difficulty", Difficulty.choices),
        }

    return cached("question-bank-facets", compute, bank_id, locale.pk)


class QuestionFilterSet(django_filters.FilterSet):
    """Bad values never fail the page: the form reports them and the other filters still apply."""

    q = django_filters.CharFilter(method="filter_text", label=_("Contains"), max_length=200)
    topic = django_filters.ChoiceFilter(
        method="filter_topic", label=_("Topic"), empty_label=_("All topics")
    )
    role = django_filters.ChoiceFilter(
        method="filter_role", label=_("Role"), empty_label=_("All roles")
    )
    difficulty = django_filters.ChoiceFilter(
        choices=Difficulty.choices, label=_("Difficulty"), empty_label=_("All levels")
    )

    def __init__(self, data=None, queryset=None, *, facets, **kwargs):
        super().__init__(data, queryset, **kwargs)
        for name in ("topic", "role", "difficulty"):
            self.filters[name].extra["choices"] = labelled(facets[name])

    def filter_text(self, queryset, name, value):
        for word in value.split()[:10]:
            queryset = queryset.filter(Q(title__icontains=word) | Q(short_answer__icontains=word))
        return queryset

    def filter_topic(self, queryset, name, value):
        return tagged(queryset, PageTopic, value)

    def filter_role(self, queryset, name, value):
        return tagged(queryset, PageRole, value)
