"""Search backends configured in ``WAGTAILSEARCH_BACKENDS``: ``search.backends.database`` (per-language
PostgreSQL, or Wagtail's default database backend elsewhere), ``search.backends.opensearch`` and
``search.backends.elasticsearch``.

``SiteSearchResults`` is everything the site search asks of a backend beyond modelsearch's own API;
each backend's results class implements it (``postgres.py``, ``engine.py``, ``database.py``).
"""

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from wagtail.models import Page

# Backends that cannot hand over all matches at once count topics over the best ones.
FACET_SAMPLE_SIZE = 1000


class SearchUnavailable(Exception):
    """The search service cannot answer now (the engine is unreachable); the page says so."""


class SiteSearchResults(ABC):
    """The results of one search, as the site search (``search/matches.py``) uses them."""

    @abstractmethod
    def count_by_content_type(self) -> dict[int, int]:
        """{content type id: number of matches}: the total and the type facet at once."""

    @abstractmethod
    def ranked_pages(self) -> Sequence:
        """The matches best first, for a paginator to slice one page from: pages, or
        ``RankedMatch`` ids (anything with ``pk`` and ``content_type_id``)."""

    @abstractmethod
    def matching_pks(self):
        """Primary keys of the matches (a list or a values queryset) for the topic facet."""


class RankedMatch(NamedTuple):
    """A match as the ranking found it, not loaded: enough to find what it shows
    (``search.result_cards``) and its result type."""

    pk: int
    content_type_id: int


class RankedMatches(Sequence):
    """Ranked (pk, content type) pairs that a paginator slices into pages of ``RankedMatch``,
    without a query: their titles, links and snippets come from ``search.result_cards``."""

    def __init__(self, ranked):
        self.ranked = ranked

    def __len__(self):
        return len(self.ranked)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [RankedMatch(*pair) for pair in self.ranked[index]]
        return RankedMatch(*self.ranked[index])


class SampledResultsMixin(SiteSearchResults):
    """For backends that rank but cannot count in one pass: facets over the best matches."""

    def count_by_content_type(self):
        pks = self.matching_pks()
        return dict(Counter(Page.objects.filter(pk__in=pks).values_list("content_type", flat=True)))

    def ranked_pages(self):
        return self

    def matching_pks(self):
        return [page.pk for page in self[:FACET_SAMPLE_SIZE]]
