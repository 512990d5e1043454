"""Wagtail's Elasticsearch backend (8 or 9, matching the installed client) with per-language analyzers.

The mapping and query are the portal's (``engine.py``), shared with the OpenSearch backend.
"""

from elastic_transport import TransportError
from elasticsearch import VERSION as CLIENT_VERSION
from elasticsearch import ApiError

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from .engine import multilingual_backend

MultilingualElasticsearchBackend = multilingual_backend(
    "MultilingualElasticsearchBackend",
    Elasticsearch9SearchBackend if CLIENT_VERSION[0] >= 9 else Elasticsearch8SearchBackend,
    cluster_errors=[TransportError, ApiError],
)
SearchBackend = MultilingualElasticsearchBackend
