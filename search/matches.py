"""What a search or a listing found, counted, faceted by type and paginated.

Search results come from the backend through ``search.backends.SiteSearchResults``; listings are
querysets. ``find`` adds matches for similar spellings when the exact ones are few.
"""

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
    """Matches from the search backend, through its results' ``SiteSearchResults`` interface."""

    def __init__(self, results):
        self.results = results

    def pks(self):
        return self.results.matching_pks()

    def _objects(self):
        return self.results.ranked_pages()

    def _count_by_content_type(self):
        return self.results.count_by_content_type()


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
    exact = list(matches.pks())  # fewer than FEW_RESULTS: a list
    added = [page.pk for page in similar if page.pk not in exact]
    if not added:
        return matches, False
    return ListedMatches(in_order(exact + added).specific(defer=True)), True
