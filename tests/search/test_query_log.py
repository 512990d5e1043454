"""Every search is logged with its outcome; editors see frequent and fruitless searches."""

import pytest

from django.contrib.auth.models import Group, Permission

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import query_log
from search.models import QueryStat
from search.query_text import parse_query

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine():
    """The log does not depend on the backend: the database one is enough."""
    return "database"


def test_each_search_is_counted_in_wagtails_query_log(ask, search):
    ask("en", "What is a generator?")

    search("en", q="Generator")
    search("en", q="generator!")

    assert Query.get("generator").hits == 2


def test_searches_are_counted_per_language_with_their_result_count(ask, search, locales):
    ask("en", "What is a generator?")

    search("en", q="generator")
    search("de", q="generator")  # German has none: English results are shown as a fallback
    search("de", q="kotlin")

    stats = {
        (stat.query.query_string, stat.locale.language_code): (
            stat.searches,
            stat.zero_result_searches,
            stat.last_result_count,
        )
        for stat in QueryStat.objects.select_related("query", "locale")
    }
    assert stats == {
        ("generator", "en"): (1, 0, 1),
        ("generator", "de"): (1, 1, 0),
        ("kotlin", "de"): (1, 1, 0),
    }


@pytest.mark.parametrize("recorder", ["_record_in_one_statement", "_record"])
def test_both_ways_of_counting_agree(recorder, locales, django_assert_max_num_queries):
    """PostgreSQL counts a search in one statement; the ORM's several (any other database) agree."""
    record = getattr(query_log, recorder)
    record(parse_query("Generators"), locales["en"], 3)
    with django_assert_max_num_queries(1 if recorder == "_record_in_one_statement" else 10):
        record(parse_query("generators"), locales["en"], 0)
    record(parse_query("generators"), locales["de"], 2)

    assert Query.get("generators").hits == 3
    stats = {
        stat.locale.language_code: (
            stat.searches,
            stat.zero_result_searches,
            stat.last_result_count,
        )
        for stat in QueryStat.objects.select_related("locale")
    }
    assert stats == {"en": (2, 1, 0), "de": (1, 0, 2)}
    # A string searched before takes no id: the next new one follows the first.
    record(parse_query("iterators"), locales["en"], 1)
    assert Query.get("iterators").pk == Query.get("generators").pk + 1


def test_the_one_statement_writes_the_tables_of_the_models():
    for model in (Query, QueryDailyHits, QueryStat):
        assert f"INSERT INTO {model._meta.db_table} " in query_log._ONE_STATEMENT


def test_paging_through_results_and_empty_searches_are_not_counted_again(ask, search):
    ask("en", "What is a generator?")

    search("en", q="generator")
    search("en", q="generator", page=2)
    search("en")
    search("en", q="…")

    assert Query.get("generator").hits == 1
    assert QueryStat.objects.count() == 1


def test_report_lists_the_most_frequent_searches_first(ask, search, admin_client):
    ask("en", "What is a generator?")
    for _ in range(3):
        search("en", q="generator")
    search("en", q="decorator")

    html = admin_client.get("/admin/reports/site-search/").content.decode()

    assert html.index("generator") < html.index("decorator")
    assert "Site searches" in html


def test_report_of_searches_without_results_shows_only_those(ask, search, admin_client):
    ask("en", "What is a generator?")
    search("en", q="generator")
    search("de", q="generator")
    search("fr", q="kubernetes")

    html = admin_client.get("/admin/reports/site-search/without-results/").content.decode()

    assert "kubernetes" in html
    assert "generator" in html  # in German it found nothing
    rows = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert rows.count("<tr") == 2


def test_reports_need_the_view_permission(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw")
    editors = Group.objects.create(name="Report readers")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)

    denied = client.get("/admin/reports/site-search/")
    assert (denied.status_code, denied["Location"]) == (302, "/admin/")

    editors.permissions.add(Permission.objects.get(codename="view_querystat"))
    assert client.get("/admin/reports/site-search/").status_code == 200
