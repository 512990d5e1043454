"""Wagtail's Elasticsearch backend (8 or 9, matching the installed client) with per-language analyzers.

modelsearch copies every searchable field into ``_all_text`` (and ``_all_text_boost_<n>`` for boosted
fields), analysed with the standard analyzer. This backend adds one copy per language,
``_all_text_de`` and so on, each analysed with that language's stemmer, and queries the copies of the
active language. Every document is analysed in every language, which costs index space but needs
no change to modelsearch's one-index-per-model layout; results are filtered by locale anyway.

Errors talking to the cluster while searching raise ``SearchUnavailable``; indexing errors are
logged and swallowed by modelsearch (``catch_indexing_errors``), so publishing never fails.
"""

from contextlib import contextmanager

from elastic_transport import TransportError
from elasticsearch import VERSION as CLIENT_VERSION
from elasticsearch import ApiError

from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import SearchField
from modelsearch.query import PlainText

from . import SearchUnavailable
from .languages import active_language_code, elasticsearch_analyzer, language_codes

if CLIENT_VERSION[0] >= 9:
    from modelsearch.backends.elasticsearch9 import (
        Elasticsearch9AutocompleteQueryCompiler as AutocompleteQueryCompiler,
    )
    from modelsearch.backends.elasticsearch9 import Elasticsearch9Mapping as Mapping
    from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend as Backend
    from modelsearch.backends.elasticsearch9 import (
        Elasticsearch9SearchQueryCompiler as SearchQueryCompiler,
    )
    from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchResults as SearchResults
else:
    from modelsearch.backends.elasticsearch8 import (
        Elasticsearch8AutocompleteQueryCompiler as AutocompleteQueryCompiler,
    )
    from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping as Mapping
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend as Backend
    from modelsearch.backends.elasticsearch8 import (
        Elasticsearch8SearchQueryCompiler as SearchQueryCompiler,
    )
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchResults as SearchResults

# An exact title match must outrank any body match.
EXACT_TITLE_BOOST = 10.0
CATCH_ALL_PREFIX = "_all_text"


def language_field(field_name, language_code):
    """``_all_text`` → ``_all_text_de``: the copy of a catch-all field analysed in one language."""
    return f"{field_name}_{language_code.replace('-', '_')}"


class MultilingualMapping(Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        targets = set()
        self._copy_to_every_language(properties, targets)
        for target in sorted(targets):
            for code in language_codes():
                properties[language_field(target, code)] = {
                    "type": "text",
                    "analyzer": elasticsearch_analyzer(code),
                }
        return mapping

    def _copy_to_every_language(self, properties, targets):
        for field_mapping in properties.values():
            copy_to = field_mapping.get("copy_to")
            if copy_to:
                copy_to = [copy_to] if isinstance(copy_to, str) else list(copy_to)
                catch_alls = [name for name in copy_to if name.startswith(CATCH_ALL_PREFIX)]
                targets.update(catch_alls)
                field_mapping["copy_to"] = copy_to + [
                    language_field(name, code) for name in catch_alls for code in language_codes()
                ]
            if field_mapping.get("type") == "nested":
                self._copy_to_every_language(field_mapping["properties"], targets)


class MultilingualSearchQueryCompiler(SearchQueryCompiler):
    mapping_class = MultilingualMapping

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        if fields:
            return remapped
        language = active_language_code()
        return [
            Field(language_field(field.field_name, language), field.boost)
            if field.field_name.startswith(CATCH_ALL_PREFIX)
            else field
            for field in remapped
        ]

    def get_inner_query(self):
        inner_query = super().get_inner_query()
        if not isinstance(self.query, PlainText) or self.fields:
            return inner_query
        has_title = any(
            isinstance(field, SearchField) and field.field_name == "title"
            for field in self.queryset.model.get_search_fields()
        )
        if not has_title:
            return inner_query
        exact_title = {
            "match_phrase": {
                "title": {"query": self.query.query_string, "boost": EXACT_TITLE_BOOST}
            }
        }
        return {"bool": {"must": inner_query, "should": [exact_title]}}


class MultilingualAutocompleteQueryCompiler(AutocompleteQueryCompiler):
    mapping_class = MultilingualMapping


@contextmanager
def cluster_errors_as_unavailable():
    try:
        yield
    except (TransportError, ApiError) as error:
        raise SearchUnavailable(str(error)) from error


class MultilingualSearchResults(SearchResults):
    def results(self):
        with cluster_errors_as_unavailable():
            return super().results()

    def count(self):
        with cluster_errors_as_unavailable():
            return super().count()

    def facet(self, field_name):
        with cluster_errors_as_unavailable():
            return super().facet(field_name)


class MultilingualElasticsearchBackend(Backend):
    mapping_class = MultilingualMapping
    query_compiler_class = MultilingualSearchQueryCompiler
    autocomplete_query_compiler_class = MultilingualAutocompleteQueryCompiler
    results_class = MultilingualSearchResults


SearchBackend = MultilingualElasticsearchBackend
