"""The database backend: per-language search on PostgreSQL, Wagtail's default on other databases.

The SQLite demo keeps Wagtail's SQLite full-text backend (no stemming per language, no typo
tolerance), which is enough to try the portal out.
"""

from django.db import connection


def SearchBackend(params):  # the name modelsearch looks up in a backend module
    if connection.vendor == "postgresql":
        from .postgres import MultilingualPostgresSearchBackend

        return MultilingualPostgresSearchBackend(params)

    from modelsearch.backends.database import SearchBackend as DefaultDatabaseBackend

    return DefaultDatabaseBackend(params)
