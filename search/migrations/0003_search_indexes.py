"""Indexes that let PostgreSQL answer searches without reading every index entry.

- ``title || body`` (GIN): the database backend matches queries against the concatenation of the
  two vectors, which the separate GIN indexes on ``title`` and ``body`` cannot serve.
- ``object_id`` of index entries, and ``id::varchar(50)`` of pages: the backend joins pages to
  their entries on ``entry.object_id = page.id::varchar(50)``. With the unique index on
  (content_type_id, object_id) each probe descended once per page type; these let PostgreSQL join
  in either direction with one lookup, and stop early when only a few rows are needed.

The indexes are on Wagtail's tables; nothing happens on other databases.
"""

from django.db import migrations

INDEXES = {
    "site_search_title_body_gin": "wagtailsearch_indexentry USING gin ((title || body))",
    "site_search_indexentry_object_id": "wagtailsearch_indexentry (object_id)",
    "site_search_page_id_text": "wagtailcore_page (((id)::varchar(50)))",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0002_fuzzy_search"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
