"""modelsearch's OpenSearch 3 backend (``opensearch-py``) with the portal's per-language analyzers.

The mapping and query are the portal's (``engine.py``), shared with the Elasticsearch backend.
Tested against osmem-server (an in-memory OpenSearch 3.8 REST implementation); see docs/search.md
for what a first run on a real cluster must check.
"""

from opensearchpy.exceptions import OpenSearchException

from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from .engine import multilingual_backend

MultilingualOpenSearchBackend = multilingual_backend(
    "MultilingualOpenSearchBackend", OpenSearch3SearchBackend, cluster_errors=[OpenSearchException]
)
SearchBackend = MultilingualOpenSearchBackend
