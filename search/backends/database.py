"""The database backend: per-language search on PostgreSQL, Wagtail's default on other databases.

The SQLite demo keeps Wagtail's SQLite full-text backend (no stemming per language, no typo
tolerance), which is enough to try the portal out; its results get the site search's interface
with facets counted over the best matches.
"""

from functools import cache

from django.db import connection

from . import SampledResultsMixin


def SearchBackend(params):  # the name modelsearch looks up in a backend module
    if connection.vendor == "postgresql":
        from .postgres import MultilingualPostgresSearchBackend

        return MultilingualPostgresSearchBackend(params)

    from modelsearch.backends.database import SearchBackend as DefaultDatabaseBackend

    backend = DefaultDatabaseBackend(params)
    backend.results_class = sampled_results_class(backend.results_class)
    return backend


@cache
def sampled_results_class(results_class):
    name = f"Sampled{results_class.__name__}"
    return type(name, (SampledResultsMixin, results_class), {"__module__": __name__})
