"""Search backends configured in ``WAGTAILSEARCH_BACKENDS``: ``search.backends.database`` (per-language
PostgreSQL, or Wagtail's default database backend elsewhere) and ``search.backends.elasticsearch``."""


class SearchUnavailable(Exception):
    """The search service cannot answer now (Elasticsearch unreachable); the page says so."""
