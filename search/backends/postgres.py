"""Wagtail's PostgreSQL search backend, with one text search configuration per language.

Stock modelsearch takes one ``SEARCH_CONFIG`` per backend, and several backends cannot share the
index table (they overwrite each other's entries). This backend keeps ONE index and changes:

- indexing: each object is indexed with the configuration of its own locale (a German page is
  stemmed as German), through modelsearch's own ``add_items``;
- querying: the query is stemmed with the configuration of the active language; the portal only
  searches the active locale (or, for its fallback, the default locale inside
  ``translation.override``), so query and documents always use the same configuration;
- typos: ``Fuzzy`` queries use the trigram index on titles instead of scanning every entry;
- suggestions rank at most ``SUGGESTION_CANDIDATES`` matches;
- results: the count, the type facet and a page come from one ranked query (``SiteSearchResults``).

Each change to modelsearch was measured against modelsearch's own method with
``benchmarks/bench_search_seam.py`` at 10,000 questions, every request timed with both one after
the other (load average 4-7 on 2 cores, so compare within a row):

====================================  ===========================  ===========================
change                                portal p50 / p95             modelsearch p50 / p95
====================================  ===========================  ===========================
``_build_fuzzy_queryset``, a typo     64 / 171 ms                  142 / 282 ms       (kept)
suggestions, 24 candidates            28 / 52 ms                   32 / 64 ms         (kept; at
                                                                   100,000 it was 200 ms)
``_build_rank_expression``            160 / 260 ms (one word)      156 / 255 ms       (dropped)
(exact-title bonus)                   79 / 182 ms (two words)      80 / 175 ms
``add_items`` as plain SQL            2.95 ms a question           3.16 ms            (dropped)
====================================  ===========================  ===========================

The exact-title bonus cost nothing measurable, but the relevance set and
``test_exact_title_match_comes_first`` pass without it (modelsearch's title weight and
``title_norm`` already put an exact title first), so it went. The plain-SQL ``add_items`` (which
also left ``body_text`` empty) saved 7% of the indexing time (an earlier run at load average 10
said 4 ms against 15 ms; the paired run did not confirm it) and searches over modelsearch's entries
were no slower, so modelsearch's ``add_items`` writes the entries now. Private methods still
overridden or called: ``_build_fuzzy_queryset``; ``_refresh_title_norms`` runs inside
modelsearch's ``add_items`` as before (66 ms a call at 10,000 entries), once per language in a
batch. ``modelsearch`` is pinned in requirements.txt for these.
"""

import copy
import re
from collections import Counter, defaultdict
from functools import cached_property

from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, Value

from modelsearch.backends.database.postgres.postgres import (
    FUnaccent,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import MatchAll
from modelsearch.utils import ADD, OR

from portal.i18n import active_locale, locale_code

from . import RankedPages, SiteSearchResults
from .languages import language_codes, postgres_config

# Typo tolerance: only words this long are matched approximately, at most this many of them.
FUZZY_MIN_WORD_LENGTH = 4
FUZZY_MAX_WORDS = 5
SUGGESTION_CANDIDATES = 24
# Up to this many matches, topic counts are taken for a list of pages rather than a subquery.
MAX_LISTED_PKS = 2000


class TrigramWordSimilar(Func):
    """``text %> word``: some extent of the text is trigram-similar to the word (GIN-indexable)."""

    arg_joiner = " %%> "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class TrigramWordSimilarity(Func):
    function = "word_similarity"
    output_field = FloatField()


class MultilingualPostgresIndex(PostgresIndex):
    """modelsearch's index, writing each object with the configuration of its own language.

    modelsearch's ``add_items`` indexes every object with ``backend.config``; this hands it the
    objects of one language at a time, with a copy of the backend configured for that language.
    """

    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        for config, same_language in by_config.items():
            index = copy.copy(self)
            index.backend = self.backend.configured_for(config)
            super(MultilingualPostgresIndex, index).add_items(model, same_language)


class MultilingualPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(active_locale().language_code)

    def _build_fuzzy_queryset(self, config, backend):
        """Titles with a word close to one of the query's words, most similar first.

        Stock modelsearch compares the query with every title and body (a full scan); this uses the
        trigram index on ``f_unaccent(title_text)`` (see the site_search migrations) and ignores
        short words and stop words, which would otherwise match almost every title.
        """
        words = self._fuzzy_words(config)
        if not words:
            return self.queryset.none(), Value(0.0)
        title = FUnaccent(F("index_entries__title_text"))
        terms = [FUnaccent(Value(word)) for word in words]
        queryset = self.queryset.filter(OR([TrigramWordSimilar(title, term) for term in terms]))
        similarity = ADD([TrigramWordSimilarity(term, title) for term in terms])
        queryset = queryset.annotate(_fuzzy_similarity=similarity)
        return queryset, F("_fuzzy_similarity")

    def _fuzzy_words(self, config):
        words = [
            word
            for word in dict.fromkeys(re.findall(r"\w+", self.query.query_string.lower()))
            if len(word) >= FUZZY_MIN_WORD_LENGTH
        ][:FUZZY_MAX_WORDS]
        if not words:
            return []
        # numnode() is 0 for a stop word of the language ("what", "with", "welche").
        connection = connections[self.queryset.db]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM unnest(%s::text[]) AS word "
                "WHERE numnode(plainto_tsquery(%s::regconfig, word)) > 0",
                [words, config],
            )
            meaningful = {row[0] for row in cursor.fetchall()}
        return [word for word in words if word in meaningful]


class CappedAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    """Suggestions rank at most SUGGESTION_CANDIDATES matches.

    A short prefix ("py") can match most of the index; ranking every match to show eight titles
    took 200 ms at 100,000 pages. The candidates are the first matches found (with the join to
    pages, PostgreSQL stops after that many), so suggestions for a very common prefix are good
    matches rather than the best of all; a longer prefix narrows them.
    """

    def search(self, config, start, stop, score_field=None, backend=None):
        if stop is None or not self.order_by_relevance or isinstance(self.query, MatchAll):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        matches = super().search(config, None, None, backend=backend).order_by()
        # A list, not a subquery: PostgreSQL would otherwise join every page of the locale.
        candidates = list(matches.values_list("pk", flat=True)[:SUGGESTION_CANDIDATES])
        capped = copy.copy(self)
        capped.queryset = self.queryset.filter(pk__in=candidates)
        return PostgresAutocompleteQueryCompiler.search(
            capped, config, start, stop, score_field=score_field, backend=backend
        )


class MultilingualPostgresSearchResults(SiteSearchResults, PostgresSearchResults):
    """Every match ranked in one query: the count, the type facet and a page of results from it.

    The search page needs the count, the count per type and one page of results; asking for each
    separately made PostgreSQL find and rank the matches three times.
    """

    @cached_property
    def ranked(self):
        """(pk, content type id) of every match, best first."""
        return list(self._all_matches().values_list("pk", "content_type_id"))

    def count_by_content_type(self):
        return dict(Counter(content_type for _pk, content_type in self.ranked))

    def ranked_pages(self):
        return RankedPages(self.ranked)

    def matching_pks(self):
        if len(self.ranked) <= MAX_LISTED_PKS:
            return [pk for pk, _content_type in self.ranked]
        return self._all_matches().order_by().values("pk")  # a subquery, unranked

    def _all_matches(self):
        compiler = self.query_compiler
        return compiler.search(compiler.get_config(self.backend), None, None, backend=self.backend)


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """One index; each language stemmed with its own PostgreSQL text search configuration.

    Options (besides modelsearch's): ``SEARCH_CONFIGS``, a dict of language code to configuration
    overriding the automatic choice (``"de"`` → ``"german"``). ``SEARCH_CONFIG`` is used for objects
    without a locale (images, documents) and defaults to the default language's configuration.
    """

    index_class = MultilingualPostgresIndex
    query_compiler_class = MultilingualPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = CappedAutocompleteQueryCompiler
    results_class = MultilingualPostgresSearchResults

    def __init__(self, params):
        params = dict(params)
        overrides = params.pop("SEARCH_CONFIGS", {})
        super().__init__(params)
        self.configs = {code: postgres_config(code, overrides) for code in language_codes()}
        self.config = self.config or self.config_for_language(None)

    def config_for_language(self, language_code):
        from django.conf import settings

        return self.configs.get(language_code) or self.configs.get(settings.LANGUAGE_CODE, "simple")

    def configured_for(self, config):
        """This backend, indexing with the text search configuration ``config``."""
        backend = copy.copy(self)
        backend.config = config
        return backend

    def config_for_object(self, obj):
        if getattr(obj, "locale_id", None) is None:
            return self.config
        return self.config_for_language(locale_code(obj))


SearchBackend = MultilingualPostgresSearchBackend
