"""``manage.py update_index`` on PostgreSQL: every entry written once, title norms right at the end."""

import pytest

from django.core.management import call_command
from django.db import connection
from django.db.models.functions import Length
from django.test.utils import CaptureQueriesContext

from wagtail.search.models import IndexEntry

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine():
    """The rebuild of the database backend's own index table."""
    return "database"


def title_norm_updates(queries):
    return [
        query["sql"]
        for query in queries
        if query["sql"].startswith("UPDATE") and "title_norm" in query["sql"]
    ]


def expected_norms():
    """modelsearch's definition: the average title length over the title's own length."""
    entries = IndexEntry.objects.annotate(length=Length("title")).filter(length__gt=0)
    average = sum(entry.length for entry in entries) / len(entries)
    return {entry.pk: average / entry.length for entry in entries}


def test_a_full_rebuild_refreshes_the_title_norms_once_at_the_end(ask, search):
    for number in range(6):
        ask("en", f"What is generator number {number} in Python?")
    ask("en", "Generators?")

    with CaptureQueriesContext(connection) as captured:
        call_command("update_index", chunk_size=2, verbosity=0)

    assert len(title_norm_updates(captured.captured_queries)) == 1
    norms = dict(IndexEntry.objects.values_list("pk", "title_norm"))
    for pk, norm in expected_norms().items():
        assert norms[pk] == pytest.approx(norm)
    assert result_titles(search("en", q="generators"))[0] == "Generators?"


def test_publishing_refreshes_the_new_entrys_title_norm(ask):
    ask("en", "What is a generator in Python?")
    call_command("update_index", verbosity=0)

    question = ask("en", "What is a decorator?")

    entry = IndexEntry.objects.get(object_id=str(question.pk))
    assert entry.title_norm == pytest.approx(expected_norms()[entry.pk])


def test_a_full_rebuild_leaves_no_pending_entries_in_the_gin_indexes(ask):
    """Searches read a GIN index's pending entries one by one until they are merged into it."""
    for number in range(6):
        ask("en", f"What is generator number {number} in Python?")

    call_command("update_index", verbosity=0)

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT index_class.relname, gin_clean_pending_list(entry_index.indexrelid::regclass) "
            "FROM pg_index entry_index "
            "JOIN pg_class index_class ON index_class.oid = entry_index.indexrelid "
            "JOIN pg_am method ON method.oid = index_class.relam "
            "WHERE method.amname = 'gin' AND entry_index.indrelid = %s::regclass",
            [IndexEntry._meta.db_table],
        )
        merged_now = dict(cursor.fetchall())
    assert merged_now  # the title, body, autocomplete and trigram indexes
    assert set(merged_now.values()) == {0}
