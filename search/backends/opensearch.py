"""modelsearch's OpenSearch 3 backend (``opensearch-py``) with the portal's per-language analyzers.

The mapping and query are the portal's (``engine.py``), shared with the Elasticsearch backend.
Tested against osmem-server (an in-memory OpenSearch 3.8 REST implementation); see docs/search.md
for what a first run on a real cluster must check.
"""

from opensearchpy.exceptions import OpenSearchException

from modelsearch.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
    OpenSearch3SearchResults,
)

from .engine import MultilingualMappingMixin, MultilingualQueryMixin, UnavailableErrorsMixin


class MultilingualMapping(MultilingualMappingMixin, OpenSearch3Mapping):
    pass


class MultilingualSearchQueryCompiler(MultilingualQueryMixin, OpenSearch3SearchQueryCompiler):
    mapping_class = MultilingualMapping


class MultilingualAutocompleteQueryCompiler(OpenSearch3AutocompleteQueryCompiler):
    mapping_class = MultilingualMapping


class MultilingualSearchResults(UnavailableErrorsMixin, OpenSearch3SearchResults):
    pass


class MultilingualOpenSearchBackend(OpenSearch3SearchBackend):
    mapping_class = MultilingualMapping
    query_compiler_class = MultilingualSearchQueryCompiler
    autocomplete_query_compiler_class = MultilingualAutocompleteQueryCompiler
    results_class = MultilingualSearchResults
    cluster_errors = (OpenSearchException,)


SearchBackend = MultilingualOpenSearchBackend
