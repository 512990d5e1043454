"""The site search: the matches for a query and filters, with facets, promotions and fallbacks.

The view hands over a bound SearchFilterSet; ``SiteSearch.run()`` returns a ``SearchOutcome`` whose
results are fully evaluated (so a backend failure surfaces here, not while the template renders).
Nothing here depends on which backend is configured: optional capabilities (facets, typo-tolerant
``Fuzzy`` queries, a subquery of all matches) are used when the backend's results offer them.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import NotSupportedError
from django.db.models import Case, Count, IntegerField, Value, When
from django.utils import translation

from modelsearch.query import Fuzzy
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from portal.models import PageTopic, Topic

from .filters import SearchFilterSet
from .highlight import snippet
from .result_types import RESULT_TYPES, result_type_for_content_type
from .snippet_text import details_for, snippet_texts
from .visibility import visible_pages

RESULTS_PER_PAGE = 10
# Fewer exact matches than this, and matches for similar spellings are added after them.
FEW_RESULTS = 3
MAX_SIMILAR_RESULTS = 30
# Backends that cannot hand over all matches as a subquery count topics over the best ones.
FACET_SAMPLE_SIZE = 1000
# Up to this many matches, topic counts are taken for a list of pages rather than a subquery.
MAX_LISTED_PKS = 2000
MAX_TOPIC_FACETS = 12
POPULAR_TOPICS = 12
POPULAR_TOPICS_CACHE_SECONDS = 300


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    kind: object  # ResultType, or None for an editor's external link
    snippet: str  # safe HTML: escaped text and <mark>
    details: tuple[str, ...] = ()
    promoted: bool = False


@dataclass(frozen=True)
class Facet:
    value: str
    label: str
    count: int
    is_active: bool
    url: str  # choosing it, or for the active value, removing it


@dataclass
class SearchOutcome:
    mode: str  # "start" (nothing asked), "browse" (filters only) or "search"
    hits: list = field(default_factory=list)
    page: object = None  # the paginator page, for the navigation
    total: int = 0
    type_facets: list = field(default_factory=list)
    topic_facets: list = field(default_factory=list)
    promotions: list = field(default_factory=list)
    popular_topics: list = field(default_factory=list)
    similar_spellings: bool = False  # results include matches for words spelled like the query's
    fallback_locale: Locale | None = None  # results are from this locale: the active one had none
    page_out_of_range: bool = False
    previous_url: str = ""
    next_url: str = ""


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


class SiteSearch:
    def __init__(self, request, filterset: SearchFilterSet):
        self.request = request
        self.filterset = filterset
        self.locale = filterset.locale
        self.query = filterset.query

    def run(self):
        if not self.query and not self.filterset.has_filters:
            return SearchOutcome(mode="start", popular_topics=self._popular_topics())
        outcome = self._search_or_browse(self.filterset)
        if outcome.total == 0 and self.query:
            fallback = self._fallback()
            if fallback is not None:
                return fallback
            outcome.popular_topics = self._popular_topics()
        return outcome

    def url(self, **changes):
        """This search's URL with some parameters changed (None removes one); back to page 1."""
        topic = self.filterset.value("topic")
        params = {
            "q": self.query.text,
            "type": self.filterset.value("type"),
            "topic": topic.slug if topic else None,
            "difficulty": self.filterset.value("difficulty"),
        }
        params.update(changes)
        return "?" + urlencode({name: value for name, value in params.items() if value})

    def _search_or_browse(self, filterset, facets=True):
        if self.query:
            matches, similar = find(filterset.qs.specific(), self.query)
        else:
            matches, similar = ListedMatches(filterset.qs.specific().order_by("title")), False
        outcome = SearchOutcome(
            mode="search" if self.query else "browse", similar_spellings=similar
        )
        outcome.total = matches.count()
        outcome.page, outcome.page_out_of_range = self._page(matches)
        self._page_links(outcome)
        promotions = self._promotions() if facets else []
        promoted_urls = {hit.url for hit in promotions}
        outcome.promotions = promotions
        outcome.hits = [
            hit for hit in self._hits(outcome.page.object_list) if hit.url not in promoted_urls
        ]
        if facets and outcome.total:
            outcome.type_facets = self._type_facets(filterset, matches)
            outcome.topic_facets = self._topic_facets(filterset, matches, outcome.total)
        return outcome

    def _page(self, matches):
        paginator = matches.paginator()
        number = self.filterset.page_number
        out_of_range = number > paginator.num_pages
        return paginator.get_page(number), out_of_range

    def _page_links(self, outcome):
        page = outcome.page
        if page.has_previous():
            outcome.previous_url = self.url(page=page.previous_page_number())
        if page.has_next():
            outcome.next_url = self.url(page=page.next_page_number())

    def _matches_without(self, filterset, name, matches):
        """The matches ignoring one filter, for its facet: choosing a value shows what others offer."""
        if filterset.value(name) is None:
            return matches
        base = filterset.queryset_without(name)
        if self.query:
            return find(base, self.query)[0]
        return ListedMatches(base)

    def _type_facets(self, filterset, matches):
        counts = {}
        by_content_type = self._matches_without(filterset, "type", matches).by_content_type
        for content_type_id, count in by_content_type.items():
            kind = result_type_for_content_type(content_type_id)
            counts[kind.slug] = counts.get(kind.slug, 0) + count
        active = filterset.value("type")
        return [
            Facet(
                kind.slug,
                kind.plural,
                counts.get(kind.slug, 0),
                kind.slug == active,
                self.url(type=None if kind.slug == active else kind.slug),
            )
            for kind in RESULT_TYPES
            if counts.get(kind.slug) or kind.slug == active
        ]

    def _topic_facets(self, filterset, matches, total):
        active = filterset.value("topic")
        if active:
            # Only the chosen topic, to remove it. Offering the others with counts would mean
            # searching everything again without the topic, the most expensive search there is.
            return [self._topic_facet(active.slug, active.name, total, active.slug)]
        pks = matches.pks()
        # Count per topic id first, then name the topics: joining topics into the count makes
        # PostgreSQL pair every topic with every match.
        counts = dict(
            PageTopic.objects.filter(page_id__in=pks)
            .values_list("topic_id")
            .annotate(n=Count("page_id", distinct=True))
        )
        topics = Topic.objects.live().filter(locale=self.locale, pk__in=list(counts))
        ranked = sorted(topics, key=lambda topic: (-counts[topic.pk], topic.name))
        return [
            self._topic_facet(topic.slug, topic.name, counts[topic.pk], None)
            for topic in ranked[:MAX_TOPIC_FACETS]
        ]

    def _topic_facet(self, slug, name, count, active_slug):
        is_active = slug == active_slug
        return Facet(slug, name, count, is_active, self.url(topic=None if is_active else slug))

    def _popular_topics(self):
        """Topics to start from: a link to everything on each, ignoring the current query."""
        return [
            Facet(
                topic.slug, topic.name, topic.pages, False, "?" + urlencode({"topic": topic.slug})
            )
            for topic in popular_topics(self.locale)
        ]

    def _hits(self, pages, promoted=False):
        """SearchHits for pages in their order; generic pages are fetched as their specific type."""
        pages = list(pages)
        generic = [page.pk for page in pages if type(page) is Page]
        if generic:
            specific = {page.pk: page for page in Page.objects.filter(pk__in=generic).specific()}
            pages = [specific.get(page.pk, page) for page in pages]
        return [self._hit(page, promoted=promoted) for page in pages]

    def _hit(self, page, promoted=False, description=""):
        kind = result_type_for_content_type(page.content_type_id)
        texts = [description, *snippet_texts(page, kind.snippet_fields)]
        return SearchHit(
            title=page.title,
            url=page.get_url(self.request),
            kind=kind,
            snippet=snippet(texts, self.query.words),
            details=details_for(page),
            promoted=promoted,
        )

    def _promotions(self):
        """Editors' picks for this query, in the active language, on the first page only."""
        if not self.query or self.filterset.has_filters or self.filterset.page_number != 1:
            return []
        query_strings = {
            normalise_query_string(self.query.text),
            normalise_query_string(self.query.canonical),
        }
        picks = list(
            SearchPromotion.objects.filter(query__query_string__in=query_strings)
            .select_related("page")
            .order_by("sort_order", "pk")
        )
        keys = [pick.page.translation_key for pick in picks if pick.page]
        translations = {
            page.translation_key: page
            for page in visible_pages(self.locale).filter(translation_key__in=keys).specific()
        }
        hits = []
        for pick in picks:
            if pick.page:
                page = translations.get(pick.page.translation_key)
                if page is not None:
                    hits.append(self._hit(page, promoted=True, description=pick.description))
            elif pick.external_link_url:
                hits.append(
                    SearchHit(
                        title=pick.external_link_text or pick.external_link_url,
                        url=pick.external_link_url,
                        kind=None,
                        snippet=snippet([pick.description], self.query.words),
                        promoted=True,
                    )
                )
        return hits

    def _fallback(self):
        """The same search in the default language, when the active language found nothing."""
        default = Locale.get_default()
        if default.pk == self.locale.pk:
            return None
        data = self.filterset.data.copy()
        topic = self.filterset.value("topic")
        if topic is not None:
            translated = Topic.objects.filter(
                translation_key=topic.translation_key, locale=default
            ).first()
            data["topic"] = translated.slug if translated else ""
        with translation.override(default.language_code):
            filterset = SearchFilterSet(data, queryset=visible_pages(default), locale=default)
            outcome = self._search_or_browse(filterset, facets=False)
        if not outcome.total:
            return None
        outcome.fallback_locale = default
        return outcome


def popular_topics(locale, limit=POPULAR_TOPICS):
    """The locale's topics with the most visible pages, for a search page with nothing to show.

    Cached for a few minutes: counting every tagged page is slow on a large site, and the order of
    popular topics changes slowly.
    """
    key = f"site-search:popular-topics:{locale.pk}:{limit}"
    counts = cache.get(key)
    if counts is None:
        counts = list(
            PageTopic.objects.filter(page__in=visible_pages(locale).values("pk"))
            .values_list("topic_id")
            .annotate(n=Count("page_id", distinct=True))
            .order_by("-n")[: limit * 2]
        )
        cache.set(key, counts, POPULAR_TOPICS_CACHE_SECONDS)
    topics = Topic.objects.live().filter(locale=locale).in_bulk([pk for pk, _n in counts])
    popular = []
    for pk, n in counts:
        if pk in topics:
            topics[pk].pages = n
            popular.append(topics[pk])
    return sorted(popular, key=lambda topic: (-topic.pages, topic.name))[:limit]
