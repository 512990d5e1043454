"""Wagtail's PostgreSQL search backend, with one text search configuration per language.

Stock modelsearch takes one ``SEARCH_CONFIG`` per backend, and several backends cannot share the
index table (they overwrite each other's entries). This backend keeps ONE index and changes three
things:

- indexing: each object is indexed with the configuration of its own locale (a German page is
  stemmed as German);
- querying: the query is stemmed with the configuration of the active language; the portal only
  searches the active locale (or, for its fallback, the default locale inside
  ``translation.override``), so query and documents always use the same configuration;
- ranking and typos: an exact title match ranks first, and ``Fuzzy`` queries use the trigram index
  on titles instead of scanning every entry.
"""

import copy
import re
from collections import defaultdict

from django.db import connections
from django.db.models import BooleanField, Case, F, FloatField, Func, TextField, Value, When
from django.db.models.functions import Lower, Trim
from django.db.models.lookups import Exact

from modelsearch.backends.database.postgres.postgres import (
    FUnaccent,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import PlainText
from modelsearch.utils import ADD, OR
from wagtail.models import Locale

from .languages import active_language_code, language_codes, postgres_config

# Added to the relevance of an entry whose title is exactly the query; ts_rank stays below 1.
EXACT_TITLE_BONUS = 10.0
# Typo tolerance: only words this long are matched approximately, at most this many of them.
FUZZY_MIN_WORD_LENGTH = 4
FUZZY_MAX_WORDS = 5

_locale_languages = {}


def locale_language(locale_id):
    """The language code of a locale id, from a per-process cache (locales rarely change)."""
    if locale_id not in _locale_languages:
        _locale_languages.update(Locale.objects.values_list("id", "language_code"))
    return _locale_languages.get(locale_id)


def normalised_title(expression):
    """Lower-case words separated by single spaces, so "Lists vs. tuples?" equals "lists vs tuples"."""
    words = Func(
        Lower(expression),
        Value(r"[^[:alnum:]]+"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )
    return Trim(words)


class TrigramWordSimilar(Func):
    """``text %> word``: some extent of the text is trigram-similar to the word (GIN-indexable)."""

    arg_joiner = " %%> "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class TrigramWordSimilarity(Func):
    function = "word_similarity"
    output_field = FloatField()


class MultilingualPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Group by configuration, then let the stock index write each group with a backend whose
        # `config` is that language's: ObjectIndexer reads the configuration from the backend.
        groups = defaultdict(list)
        for obj in objs:
            groups[self.backend.config_for_object(obj)].append(obj)
        for config, group in groups.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class MultilingualPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(active_language_code())

    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        if not isinstance(self.query, PlainText) or self.fields is not None:
            return rank
        query = " ".join(re.findall(r"\w+", self.query.query_string.lower()))
        title = normalised_title(F("index_entries__title_text"))
        exact_title = Case(
            When(Exact(title, Value(query)), then=Value(EXACT_TITLE_BONUS)),
            default=Value(0.0),
            output_field=FloatField(),
        )
        return rank + exact_title

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


class MultilingualPostgresSearchResults(PostgresSearchResults):
    def matching_pks(self):
        """Primary keys of every match, unranked and unsliced: a subquery for facet counts."""
        queryset = self.query_compiler.search(
            self.query_compiler.get_config(self.backend), None, None, backend=self.backend
        )
        return queryset.order_by().values("pk")


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """One index; each language stemmed with its own PostgreSQL text search configuration.

    Options (besides modelsearch's): ``SEARCH_CONFIGS``, a dict of language code to configuration
    overriding the automatic choice (``"de"`` → ``"german"``). ``SEARCH_CONFIG`` is used for objects
    without a locale (images, documents) and defaults to the default language's configuration.
    """

    index_class = MultilingualPostgresIndex
    query_compiler_class = MultilingualPostgresSearchQueryCompiler
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

    def config_for_object(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return self.config
        return self.config_for_language(locale_language(locale_id))

    def with_config(self, config):
        clone = copy.copy(self)
        clone.config = config
        return clone


SearchBackend = MultilingualPostgresSearchBackend
