"""What a search or a listing found, counted, faceted by type and paginated.

The database backend hands over every match ranked in one query (``ranked_matches()``); other
backends are asked for a facet and a page of results. ``find`` adds matches for similar spellings
when the exact ones are few.
"""

from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from django.core.paginator import Paginator
from django.db import NotSupportedError
from django.db.models import Case, Count, IntegerField, Value, When

from modelsearch.query import Fuzzy
from wagtail.models import Page

RESULTS_PER_PAGE = 10
# Fewer exact matches than this, and matches for similar spellings are added after them.
FEW_RESULTS = 3
MAX_SIMILAR_RESULTS = 30
# Backends that cannot hand over all matches as a subquery count topics over the best ones.
FACET_SAMPLE_SIZE = 1000
# Up to this many matches, topic counts are taken for a list of pages rather than a subquery.
MAX_LISTED_PKS = 2000


class CountedPaginator(Paginator):
    """A paginator told the count, which Matches already know, instead of asking for it again."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self):
        return self.known_count


class Matches:
    """The pages a search or a listing found: counted, paginated and faceted.

    One query counts them per content type, which gives both the total and the type facet:
    every full pass over the matches is one of the costliest things a search does.
    """

    @cached_property
    def by_content_type(self):
        return self._count_by_content_type()

    def count(self):
        return sum(self.by_content_type.values())

    def paginator(self):
        return CountedPaginator(self._objects(), RESULTS_PER_PAGE, self.count())

    def pks(self):
        """All matches' primary keys: a values queryset or a list."""
        raise NotImplementedError

    def _objects(self):
        raise NotImplementedError

    def _count_by_content_type(self):
        raise NotImplementedError


class SearchMatches(Matches):
    """Matches from the search backend.

    A backend whose results offer ``ranked_matches()`` hands over every match's (pk, content type)
    best first in one query; the count, the type facet and the page of results all come from it.
    Otherwise the backend is asked for a facet and for one page of results.
    """

    def __init__(self, results):
        self.results = results

    @cached_property
    def ranked(self):
        ranked_matches = getattr(self.results, "ranked_matches", None)
        return ranked_matches() if ranked_matches is not None else None

    def pks(self):
        if self.ranked is not None and len(self.ranked) <= MAX_LISTED_PKS:
            return [pk for pk, _content_type in self.ranked]
        matching_pks = getattr(self.results, "matching_pks", None)
        if matching_pks is not None:
            return matching_pks()
        return [page.pk for page in self.results[:FACET_SAMPLE_SIZE]]

    def _objects(self):
        return RankedPages(self.ranked) if self.ranked is not None else self.results

    def _count_by_content_type(self):
        if self.ranked is not None:
            return dict(Counter(content_type for _pk, content_type in self.ranked))
        if getattr(self.results, "supports_facet", False):
            return dict(self.results.facet("content_type_id"))
        return _count_by_content_type(Page.objects.filter(pk__in=self.pks()))


class RankedPages(Sequence):
    """Ranked (pk, content type) pairs that a paginator slices into specific pages."""

    def __init__(self, ranked):
        self.ranked = ranked

    def __len__(self):
        return len(self.ranked)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        pks = [pk for pk, _content_type in self.ranked[index]]
        pages = {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}
        return [pages[pk] for pk in pks if pk in pages]


class ListedMatches(Matches):
    def __init__(self, pages):
        self.pages = pages

    def pks(self):
        return self.pages.order_by().values("pk")

    def _objects(self):
        return self.pages

    def _count_by_content_type(self):
        return _count_by_content_type(self.pages)


def _count_by_content_type(pages):
    rows = pages.order_by().values("content_type").annotate(n=Count("pk"))
    return {row["content_type"]: row["n"] for row in rows}


def in_order(pks):
    """The pages with these primary keys, in this order."""
    order = Case(
        *[When(pk=pk, then=Value(position)) for position, pk in enumerate(pks)],
        output_field=IntegerField(),
    )
    return Page.objects.filter(pk__in=pks).order_by(order)


def find(pages, query):
    """(matches, whether similar spellings were added) for a query within a page queryset."""
    results = pages.search(query.searchable, operator="and")
    matches = SearchMatches(results)
    if matches.count() >= FEW_RESULTS:
        return matches, False
    try:
        similar = list(pages.search(Fuzzy(query.searchable))[:MAX_SIMILAR_RESULTS])
    except (NotImplementedError, NotSupportedError):  # the backend has no typo tolerance
        return matches, False
    exact = [page.pk for page in results]
    added = [page.pk for page in similar if page.pk not in exact]
    if not added:
        return matches, False
    return ListedMatches(in_order(exact + added).specific()), True
