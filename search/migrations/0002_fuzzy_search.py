"""Typo-tolerant search on PostgreSQL: pg_trgm, fuzzystrmatch and unaccent, an immutable
f_unaccent() and trigram indexes on the titles in Wagtail's search index.

The same objects modelsearch's enable_trigram / enable_unaccent / enable_fuzzystrmatch commands
create (same names, IF NOT EXISTS), so running those commands afterwards changes nothing. Only the
title indexes are built: the portal's fuzzy fallback matches titles, and trigram indexes on whole
bodies would slow down every save. Nothing happens on other databases (the SQLite demo).
"""

from django.db import migrations

INDEX_TABLE = "wagtailsearch_indexentry"

FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS fuzzystrmatch",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
    $func$ SELECT public.unaccent('public.unaccent', $1) $func$
    """,
    f"CREATE INDEX IF NOT EXISTS modelsearch_title_text_trgm "
    f"ON {INDEX_TABLE} USING gin (title_text gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS modelsearch_title_text_unaccent_trgm "
    f"ON {INDEX_TABLE} USING gin (f_unaccent(title_text) gin_trgm_ops)",
]

BACKWARDS = [
    "DROP INDEX IF EXISTS modelsearch_title_text_unaccent_trgm",
    "DROP INDEX IF EXISTS modelsearch_title_text_trgm",
    # The extensions and f_unaccent() stay: other code may rely on them.
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_query_stats"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(run(FORWARDS), run(BACKWARDS), elidable=False)]
