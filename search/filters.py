"""The search page's parameters: ``q``, ``type``, ``topic``, ``difficulty`` and ``page``.

Every filter narrows a page queryset with filters the search backends understand (``id`` and
``content_type`` are filter fields of every page), so the same queryset feeds the database backend,
Elasticsearch, and plain browsing when there is no query. A bad value invalidates only its own
parameter: the view reports it and searches without it.
"""

from functools import cached_property
from typing import NamedTuple
from uuid import UUID

import django_filters

from django import forms
from django.utils.translation import gettext_lazy as _

from guides.choices import Difficulty
from guides.models import QuestionPage
from portal.content_version import cached
from portal.models import PageTopic, Topic

from .query_text import parse_query
from .result_types import RESULT_TYPES, RESULT_TYPES_BY_SLUG

# Beyond this, a page number is a typo or a crawler, not a reader.
MAX_PAGE_NUMBER = 1000


class QueryField(forms.CharField):
    """Never invalid: long or strange input is cleaned and shortened, not rejected."""

    def to_python(self, value):
        return parse_query(value if isinstance(value, str) else "")


class QueryFilter(django_filters.Filter):
    field_class = QueryField


class PageNumberFilter(django_filters.Filter):
    field_class = forms.IntegerField


def keep_all(queryset, name, value):
    """For parameters that are not queryset filters (the query, the page number)."""
    return queryset


class LocaleTopic(NamedTuple):
    pk: int
    slug: str
    name: str
    translation_key: UUID


def locale_topics(locale):
    """The locale's live topics by name, cached until the content changes: the topic filter's
    choices and the names of the topic facets, without a query."""

    def compute():
        topics = Topic.objects.live().filter(locale=locale)
        return [LocaleTopic(*row) for row in topics.values_list(*LocaleTopic._fields)]

    return cached("site-search:topics", compute, locale.pk)


class SearchFilterSet(django_filters.FilterSet):
    q = QueryFilter(method=keep_all, label=_("Search for"))
    type = django_filters.ChoiceFilter(
        choices=[(kind.slug, kind.plural) for kind in RESULT_TYPES],
        method="filter_type",
        label=_("Type"),
        empty_label=_("All types"),
    )
    topic = django_filters.ChoiceFilter(
        method="filter_topic", label=_("Topic"), empty_label=_("All topics")
    )
    difficulty = django_filters.ChoiceFilter(
        choices=Difficulty.choices,
        method="filter_difficulty",
        label=_("Difficulty"),
        empty_label=_("All levels"),
    )
    page = PageNumberFilter(
        method=keep_all, min_value=1, max_value=MAX_PAGE_NUMBER, widget=forms.HiddenInput
    )

    def __init__(self, data=None, queryset=None, *, locale, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.locale = locale
        self.topics = {topic.slug: topic for topic in locale_topics(locale)}
        self.filters["topic"].extra["choices"] = [(slug, t.name) for slug, t in self.topics.items()]

    def filter_type(self, queryset, name, value):
        return RESULT_TYPES_BY_SLUG[value].filter(queryset)

    def filter_topic(self, queryset, name, slug):
        topic_pages = PageTopic.objects.filter(topic_id=self.topics[slug].pk)
        return queryset.filter(id__in=topic_pages.values("page_id"))

    def filter_difficulty(self, queryset, name, value):
        return queryset.filter(id__in=QuestionPage.objects.filter(difficulty=value).values("pk"))

    # What the view needs beyond django-filter's own API.

    def value(self, name):
        """The cleaned value of a valid parameter, else None."""
        return self._values.get(name)

    @cached_property
    def _values(self):
        """{parameter: cleaned value} of the valid parameters given: read for every facet link."""
        self.errors  # noqa: B018 - validates the form and fills cleaned_data
        return {
            name: value for name, value in self.form.cleaned_data.items() if value not in (None, "")
        }

    @property
    def query(self):
        query = self.value("q")
        return query if query is not None else parse_query("")

    @property
    def chosen_topic(self):
        """The chosen topic (a ``LocaleTopic``), else None."""
        return self.topics.get(self.value("topic"))

    @property
    def page_number(self):
        return self.value("page") or 1

    @property
    def result_type(self):
        slug = self.value("type")
        return RESULT_TYPES_BY_SLUG[slug] if slug else None

    @property
    def has_filters(self):
        return any(self.value(name) is not None for name in ("type", "topic", "difficulty"))

    def queryset_without(self, *names):
        """The queryset with every valid filter applied except ``names``: the base of a facet."""
        queryset = self.queryset.all()
        for name, value in self._values.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def invalid_values(self):
        """(parameter, the value given) for each parameter that was ignored."""
        return [(name, self.data.get(name, "")) for name in self.errors]
