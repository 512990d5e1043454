"""The site search: the matches for a query and filters, with facets, promotions and fallbacks.

The view hands over a bound SearchFilterSet; ``SiteSearch.run()`` returns a ``SearchOutcome`` whose
results are fully evaluated (so a backend failure surfaces here, not while the template renders).
Nothing here depends on which backend is configured: ``matches`` talks to the backend's results
through ``search.backends.SiteSearchResults`` and asks for typo-tolerant ``Fuzzy`` matches.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count
from django.utils import translation

from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from portal.content_version import cached
from portal.models import PageTopic

from .filters import SearchFilterSet, locale_topics
from .highlight import snippet
from .matches import ListedMatches, find
from .result_cards import result_cards
from .result_types import RESULT_TYPES, result_type_for_content_type
from .visibility import visible_pages

MAX_TOPIC_FACETS = 12
POPULAR_TOPICS = 12


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
        params = {
            "q": self.query.text,
            "type": self.filterset.value("type"),
            "topic": self.filterset.value("topic"),
            "difficulty": self.filterset.value("difficulty"),
        }
        params.update(changes)
        return "?" + urlencode({name: value for name, value in params.items() if value})

    def _search_or_browse(self, filterset, facets=True):
        if self.query:
            matches, similar = find(filterset.qs.specific(defer=True), self.query)
        else:
            pages = filterset.qs.specific(defer=True).order_by("title")
            matches, similar = ListedMatches(pages), False
        outcome = SearchOutcome(
            mode="search" if self.query else "browse", similar_spellings=similar
        )
        outcome.total = matches.count()
        outcome.page, outcome.page_out_of_range = self._page(matches)
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
        active = filterset.chosen_topic
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
        topics = [topic for topic in filterset.topics.values() if topic.pk in counts]
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

    def _hits(self, pages):
        """SearchHits for pages (or ranked matches) in their order, from their ``result_cards``."""
        pages = list(pages)
        cards = result_cards(pages, self.request)
        hits = [self._hit(page, cards[page.pk]) for page in pages if page.pk in cards]
        return [hit for hit in hits if hit.url]  # a page outside every site has no URL

    def _hit(self, page, card, promoted=False, description=""):
        return SearchHit(
            title=card.title,
            url=card.url,
            kind=result_type_for_content_type(page.content_type_id),
            snippet=snippet([description, *card.texts], self.query.words),
            details=card.details,
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
        if query_strings.isdisjoint(promoted_query_strings()):
            return []
        picks = list(
            SearchPromotion.objects.filter(query__query_string__in=query_strings)
            .select_related("page")
            .order_by("sort_order", "pk")
        )
        keys = [pick.page.translation_key for pick in picks if pick.page]
        translations = {
            page.translation_key: page
            for page in visible_pages(self.locale)
            .filter(translation_key__in=keys)
            .specific(defer=True)
        }
        cards = result_cards(translations.values(), self.request)
        hits = []
        for pick in picks:
            page = translations.get(pick.page.translation_key) if pick.page else None
            if page is not None and page.pk in cards:
                card = cards[page.pk]
                hits.append(self._hit(page, card, promoted=True, description=pick.description))
            elif pick.external_link_url and not pick.page:
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
        topic = self.filterset.chosen_topic
        if topic is not None:
            translated = [
                other.slug
                for other in locale_topics(default)
                if other.translation_key == topic.translation_key
            ]
            data["topic"] = translated[0] if translated else ""
        with translation.override(default.language_code):
            filterset = SearchFilterSet(data, queryset=visible_pages(default), locale=default)
            outcome = self._search_or_browse(filterset, facets=False)
        if not outcome.total:
            return None
        outcome.fallback_locale = default
        return outcome


def promoted_query_strings():
    """Every query string editors promoted a result for, cached until the content changes: most
    searches are for something nobody promoted, and need no query to find that out."""

    def compute():
        promoted = Query.objects.filter(editors_picks__isnull=False)
        return set(promoted.values_list("query_string", flat=True))

    return cached("site-search:promoted-queries", compute)


@dataclass(frozen=True)
class PopularTopic:
    slug: str
    name: str
    pages: int  # visible pages of the topic


def popular_topics(locale, limit=POPULAR_TOPICS):
    """The locale's topics with the most visible pages, for a search page with nothing to show.

    Cached until the content changes (``portal.cache``): counting every tagged page is slow on a
    large site.
    """

    def count():
        return list(
            PageTopic.objects.filter(page__in=visible_pages(locale).values("pk"))
            .values_list("topic_id")
            .annotate(n=Count("page_id", distinct=True))
            .order_by("-n")[: limit * 2]
        )

    counts = dict(cached("site-search:popular-topics", count, locale.pk, limit))
    popular = [
        PopularTopic(topic.slug, topic.name, counts[topic.pk])
        for topic in locale_topics(locale)
        if topic.pk in counts
    ]
    return sorted(popular, key=lambda topic: (-topic.pages, topic.name))[:limit]
