"""Wagtail's Elasticsearch backend (8 or 9, matching the installed client) with per-language analyzers.

The mapping and query are the portal's (``engine.py``), shared with the OpenSearch backend.
"""

from elastic_transport import TransportError
from elasticsearch import VERSION as CLIENT_VERSION
from elasticsearch import ApiError

from .engine import MultilingualMappingMixin, MultilingualQueryMixin, UnavailableErrorsMixin

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


class MultilingualMapping(MultilingualMappingMixin, Mapping):
    pass


class MultilingualSearchQueryCompiler(MultilingualQueryMixin, SearchQueryCompiler):
    mapping_class = MultilingualMapping


class MultilingualAutocompleteQueryCompiler(AutocompleteQueryCompiler):
    mapping_class = MultilingualMapping


class MultilingualSearchResults(UnavailableErrorsMixin, SearchResults):
    pass


class MultilingualElasticsearchBackend(Backend):
    mapping_class = MultilingualMapping
    query_compiler_class = MultilingualSearchQueryCompiler
    autocomplete_query_compiler_class = MultilingualAutocompleteQueryCompiler
    results_class = MultilingualSearchResults
    cluster_errors = (TransportError, ApiError)


SearchBackend = MultilingualElasticsearchBackend
