"""Wagtail's PostgreSQL search backend, with one text search configuration per language.

Stock modelsearch takes one ``SEARCH_CONFIG`` per backend, and several backends cannot share the
index table (they overwrite each other's entries). This backend keeps ONE index and changes:

- indexing: each object is indexed with the configuration of its own locale (a German page is
  stemmed as German), walking its search fields once and writing plain SQL;
- querying: the query is stemmed with the configuration of the active language; the portal only
  searches the active locale (or, for its fallback, the default locale inside
  ``translation.override``), so query and documents always use the same configuration;
- typos: ``Fuzzy`` queries use the trigram index on titles instead of scanning every entry;
- suggestions rank at most ``SUGGESTION_CANDIDATES`` matches, found and ranked in one query;
- results: the count, the type facet and a page come from one ranked query (``SiteSearchResults``).

Each change to modelsearch was measured against modelsearch's own method with
``benchmarks/bench_search_seam.py`` at 10,000 questions, each request timed with both one after
the other (load average 4-7 on 2 cores shared with other work, so compare within a row):

=================================  ========================  ========================  =========
change                             portal p50 / p95          modelsearch p50 / p95
=================================  ========================  ========================  =========
``_build_fuzzy_queryset``, typo    64 / 171 ms               142 / 282 ms              kept
suggestions, 24 candidates         28 / 52 ms                32 / 64 ms                kept
``_build_rank_expression``         160 / 260 ms, one word    156 / 255 ms              dropped
(an exact-title bonus)             79 / 182 ms, two words    80 / 175 ms
``add_items``, full update_index   17 s, and 30 s after it   48 s, in between          kept
=================================  ========================  ========================  =========

The exact-title bonus cost nothing measurable, but the relevance set and
``test_exact_title_match_comes_first`` pass without it (modelsearch's title weight and
``title_norm`` already put an exact title first), so it went. ``add_items`` was timed first on a
sample of 2,000 questions with their topics prefetched (2.95 against 3.16 ms a question: no gain),
but a full ``update_index`` of 10,000 questions took 17 s and 30 s with the portal's and 48 s with
modelsearch's in between (and 18 s against 45 s in ``bench_search.py`` run back to back on both
versions); modelsearch's walks every search field five times per object. ``_refresh_title_norms`` is called after each batch
written by publishing, as modelsearch does, but not during a full rebuild, whose rebuilder refreshes
every norm once at the end (``DeferredNormsRebuilderMixin``): the refresh after each batch was 66 ms
a call at 10,000 entries and about half of the database's busy time in the 100,000 re-index (210 s
→ 121 s, one run each on a loaded machine). ``modelsearch`` is pinned in requirements.txt for the
private methods overridden (``_build_fuzzy_queryset``) and called (``_refresh_title_norms``), and
for its rebuilders' ``start()`` / ``finish()`` protocol, which ``DeferredNormsRebuilderMixin``
extends.
"""

import copy
import re
from collections import Counter
from functools import cached_property

from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, Value
from django.utils.encoding import force_str

from modelsearch.backends.database.postgres.postgres import (
    FUnaccent,
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchAtomicRebuilder,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchRebuilder,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.weights import WEIGHTS
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import MatchAll
from modelsearch.utils import ADD, OR, get_content_type_pk

from portal.i18n import active_locale, locale_code

from . import RankedMatches, SiteSearchResults
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
    """Writes index entries with the configuration of each object's language.

    The stock ``add_items`` builds a Django expression per text and walks every search field five
    times per object (about 7 ms an object, two hours for a million); this walks them once and
    sends one plain SQL statement with the texts as arrays, writing the same columns with the same
    weights. (Values per document, 32 parameters each, made the driver scan 1.2 MB of statement
    text per batch: in a 100,000 re-index the inserts took 60 s against 42 s as arrays, back to
    back on a loaded machine, with the same entries for English, German and French questions.)

    Each write refreshes the title norms of the new entries (``_refresh_title_norms``, as
    modelsearch does), except while ``update_index`` rebuilds the whole index: its rebuilder
    refreshes every entry's norm once when it finishes (``DeferredNormsRebuilderMixin``).
    """

    rebuilding = False  # set by the rebuilder on the index it hands to update_index

    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        columns = {name: [] for name in DOCUMENT_COLUMNS}
        for obj in objs:
            document = IndexedDocument(obj, self.backend)
            columns["object_id"].append(force_str(obj.pk))
            columns["config"].append(self.backend.config_for_object(obj))
            columns["title_text"].append(document.title_text)
            for weight in WEIGHTS:
                columns[f"title_{weight}"].append(" ".join(document.title.get(weight, ())))
                columns[f"body_{weight}"].append(" ".join(document.body.get(weight, ())))
            columns["autocomplete"].append(" ".join(document.autocomplete.get("D", ())))
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                INSERT_DOCUMENTS_SQL,
                [get_content_type_pk(model), self.backend.autocomplete_config, *columns.values()],
            )
        if not self.rebuilding:
            self._refresh_title_norms()

    def merge_pending_entries(self):
        """Merge the pending lists of the index table's GIN indexes into their trees.

        GIN collects new entries in a pending list that every search reads through (up to 4 MB
        per index) until a vacuum merges it. A rebuild leaves them full and autovacuum may come
        much later: at 100,000 questions a suggestion query took 13.6 ms instead of 0.1 ms for a
        prefix without matches, 2-3 ms more for others. Merging all six took 0.4 s.
        """
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                "SELECT gin_clean_pending_list(entry_index.indexrelid::regclass) "
                "FROM pg_index entry_index "
                "JOIN pg_class index_class ON index_class.oid = entry_index.indexrelid "
                "JOIN pg_am method ON method.oid = index_class.relam "
                "WHERE method.amname = 'gin' AND entry_index.indrelid = %s::regclass "
                # Only the index's owner may merge (as for VACUUM); autovacuum merges the others.
                "AND pg_has_role(current_user, index_class.relowner, 'USAGE')",
                [IndexEntry._meta.db_table],
            )


class DeferredNormsRebuilderMixin:
    """A full rebuild refreshes the title norms once, at the end, instead of after every batch,
    and leaves the GIN indexes without pending entries.

    modelsearch's rebuilders already finish with ``_refresh_title_norms(full=True)``; the refresh
    after each batch (an average over every entry, then an update of the batch's rows) grew with
    the index and rewrote each row once more: at 100,000 questions 105 refreshes took 55 of the
    rebuild's 210 s (on a loaded machine). Entries written meanwhile by publishing use their own
    index object, which still refreshes.
    """

    def start(self):
        index = super().start()
        index.rebuilding = True
        return index

    def finish(self):
        self.index.rebuilding = False
        super().finish()
        self.index.merge_pending_entries()  # after the norms' update, which adds entries too


class MultilingualRebuilder(DeferredNormsRebuilderMixin, PostgresSearchRebuilder):
    pass


class MultilingualAtomicRebuilder(DeferredNormsRebuilderMixin, PostgresSearchAtomicRebuilder):
    pass


class IndexedDocument:
    """An object's indexed texts by column and weight, from one walk over its search fields."""

    def __init__(self, obj, backend):
        indexer = ObjectIndexer(obj, backend)
        self.title, self.body, self.autocomplete = {}, {}, {}
        titles = []
        for search_field in indexer.search_fields:
            for field, weight, value in indexer.prepare_field(obj, search_field):
                value = value.strip()
                if not value:
                    continue
                if isinstance(field, AutocompleteField):
                    self.autocomplete.setdefault("D", []).append(value)
                elif isinstance(field, SearchField) and field.field_name == "title":
                    self.title.setdefault(weight, []).append(value)
                    titles.append(value)
                elif isinstance(field, SearchField):
                    self.body.setdefault(weight, []).append(value)
        self.title_text = " ".join(titles)


def weighted_tsvector_sql(column):
    """SQL for the tsvector of a document's texts in each weight (an empty text adds nothing)."""
    return " || ".join(
        f"setweight(to_tsvector(document.config::regconfig, document.{column}_{weight}), '{weight}')"
        for weight in WEIGHTS
    )


# One statement for any number of documents, their texts as arrays (see MultilingualPostgresIndex).
DOCUMENT_COLUMNS = (
    "object_id",
    "config",
    "title_text",
    *(f"title_{weight}" for weight in WEIGHTS),
    *(f"body_{weight}" for weight in WEIGHTS),
    "autocomplete",
)
INSERT_DOCUMENTS_SQL = (
    f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, autocomplete, "  # noqa: S608 - names from the model and constants
    "body, title_norm, title_text, body_text) "
    f"SELECT %s, document.object_id, {weighted_tsvector_sql('title')}, "
    "setweight(to_tsvector(%s::regconfig, document.autocomplete), 'D'), "
    f"{weighted_tsvector_sql('body')}, 1.0, document.title_text, '' "
    # body_text stays empty: typo tolerance matches titles only (see _build_fuzzy_queryset), and
    # entries half the size make searches that touch many entries twice as fast.
    f"FROM unnest({', '.join(['%s::text[]'] * len(DOCUMENT_COLUMNS))}) "
    f"AS document({', '.join(DOCUMENT_COLUMNS)}) "
    "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
    "title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, "
    "body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text"
)


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

    The candidates are a subquery with its own LIMIT, so finding and ranking them is one query:
    PostgreSQL collects the candidates first and fetches only their pages. (It used to be a list
    fetched first: a second round trip, planned and compiled again.)
    """

    def search(self, config, start, stop, score_field=None, backend=None):
        if stop is None or not self.order_by_relevance or isinstance(self.query, MatchAll):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        matches = super().search(config, None, None, backend=backend).order_by()
        candidates = matches.values("pk")[:SUGGESTION_CANDIDATES]
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
        return RankedMatches(self.ranked)

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
    rebuilder_class = MultilingualRebuilder
    atomic_rebuilder_class = MultilingualAtomicRebuilder

    def __init__(self, params):
        params = dict(params)
        overrides = params.pop("SEARCH_CONFIGS", {})
        super().__init__(params)
        self.configs = {code: postgres_config(code, overrides) for code in language_codes()}
        self.config = self.config or self.config_for_language(None)

    def config_for_language(self, language_code):
        from django.conf import settings

        return self.configs.get(language_code) or self.configs.get(settings.LANGUAGE_CODE, "simple")

    def config_for_object(self, obj):
        if getattr(obj, "locale_id", None) is None:
            return self.config
        return self.config_for_language(locale_code(obj))


SearchBackend = MultilingualPostgresSearchBackend
