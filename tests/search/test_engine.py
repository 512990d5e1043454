"""A search engine (OpenSearch, Elasticsearch) behind the portal: the settings switch, the indices it
creates, its outages, and index updates through the task queue.

The behaviour of search itself is tested on every backend by the rest of this folder; these tests
are about the engine only, so they run on osmem-server and not also on the database.
"""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django_tasks_db.models import DBTaskResult
from opensearchpy import OpenSearch

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from guides.models import QuestionPage
from search.backends.opensearch import MultilingualOpenSearchBackend
from tests import factories
from tests.search.conftest import ENGINE_INDEX_PREFIX, engine_backend_settings, result_titles

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE_URL = "http://127.0.0.1:9"  # the discard port: nothing listens there
ELASTICSEARCH_UNREACHABLE = {
    "default": {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": [UNREACHABLE_URL],
        "TIMEOUT": 1,
        "OPTIONS": {"max_retries": 0},
    }
}
DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["search"]},
}


@pytest.fixture
def engine(osmem_clone, settings):
    """Only OpenSearch (osmem) here; ``engine_url`` is the clone this test writes to."""
    settings.WAGTAILSEARCH_BACKENDS = engine_backend_settings(osmem_clone.url)
    return "opensearch"


@pytest.fixture
def engine_url(engine, osmem_clone):
    return osmem_clone.url


def configured_backend(**environment):
    """The default search backend's class, index prefix and hosts as a fresh process sees them."""
    env = {k: v for k, v in os.environ.items() if k not in ("ELASTICSEARCH_URL", "OPENSEARCH_URL")}
    env.update(environment, DJANGO_SETTINGS_MODULE="portal.settings.test")
    script = (
        "import django, json; django.setup();"
        "from wagtail.search.backends import get_search_backend;"
        "b = get_search_backend();"
        "print(json.dumps([type(b).__name__, getattr(b, 'index_prefix', None),"
        " [h.get('host') for h in getattr(b, 'hosts', [])]]))"
    )
    result = subprocess.run(  # noqa: S603 - the script above, not input
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_search_uses_the_database_unless_an_engine_is_configured():
    assert configured_backend()[0] == "MultilingualPostgresSearchBackend"
    assert configured_backend(OPENSEARCH_URL="https://search.example.com:9200") == [
        "MultilingualOpenSearchBackend",
        "jobfutures_",
        ["search.example.com"],
    ]
    assert configured_backend(ELASTICSEARCH_URL="https://search.example.com:9243")[0] == (
        "MultilingualElasticsearchBackend"
    )


def test_the_index_analyses_each_language_with_its_own_analyzer(engine_url):
    mappings = OpenSearch(hosts=[engine_url]).indices.get_mapping(
        index=f"{ENGINE_INDEX_PREFIX}wagtailcore_page"
    )
    properties = next(iter(mappings.values()))["mappings"]["properties"]

    assert properties["_all_text_en"] == {"type": "text", "analyzer": "english"}
    assert properties["_all_text_de"] == {"type": "text", "analyzer": "german"}
    assert properties["_all_text_fr"] == {"type": "text", "analyzer": "french"}
    short_answer = properties["guides_questionpage__short_answer"]
    assert set(short_answer["copy_to"]) >= {"_all_text", "_all_text_boost_1_5_de", "_all_text_fr"}


@pytest.mark.django_db
def test_a_published_page_is_a_document_of_the_engine(engine_url, ask):
    question = ask("de", "Was ist ein Generator?")

    document = OpenSearch(hosts=[engine_url]).get(
        index=f"{ENGINE_INDEX_PREFIX}wagtailcore_page", id=str(question.pk)
    )

    assert document["_source"]["title"] == "Was ist ein Generator?"
    assert QuestionPage.objects.get(pk=question.pk).live


@pytest.mark.django_db
@pytest.mark.parametrize(
    "backends",
    [engine_backend_settings(UNREACHABLE_URL), ELASTICSEARCH_UNREACHABLE],
    ids=["opensearch", "elasticsearch"],
)
def test_an_unreachable_engine_gives_a_clear_503_page(backends, ask, search, client):
    ask("en", "What is a generator?")

    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = search("en", q="generator")
        suggestions = client.get("/en/search/suggest/", {"q": "gen"})

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Search is temporarily unavailable" in response.content.decode()
    assert suggestions.status_code == 503
    assert suggestions.json()["suggestions"] == []


@pytest.mark.django_db
def test_publishing_queues_the_index_update_instead_of_writing_to_the_engine(
    engine_url, question_banks, search, settings, run_search_worker
):
    settings.TASKS = DATABASE_QUEUE
    question = factories.QuestionPageFactory(
        parent=question_banks["en"], title="What is a context manager?", live=False
    )

    question.save_revision().publish()

    assert DBTaskResult.objects.filter(status="READY", queue_name="search").exists()
    assert result_titles(search("en", q="context manager")) == []  # not indexed yet
    run_search_worker()
    assert result_titles(search("en", q="context manager")) == ["What is a context manager?"]


@pytest.mark.django_db
def test_publishing_succeeds_while_the_engine_is_down_and_the_update_is_retried(
    engine_url, question_banks, search, settings, run_search_worker
):
    settings.TASKS = DATABASE_QUEUE
    settings.WAGTAILSEARCH_BACKENDS = engine_backend_settings(UNREACHABLE_URL)
    question = factories.QuestionPageFactory(
        parent=question_banks["en"], title="Published during an outage", live=False
    )

    question.save_revision().publish()
    run_search_worker()  # the engine is still down: the attempt fails and is queued again

    question.refresh_from_db()
    assert question.live
    failed = DBTaskResult.objects.filter(status="FAILED").count()
    retries = DBTaskResult.objects.filter(status="READY")
    assert failed >= 1
    assert retries.count() == failed
    assert all(retry.run_after > timezone.now() for retry in retries)

    settings.WAGTAILSEARCH_BACKENDS = engine_backend_settings(engine_url)  # the engine is back
    retries.update(run_after=timezone.now() - datetime.timedelta(seconds=1))  # the delay passed
    run_search_worker()

    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert DBTaskResult.objects.filter(status="FAILED").count() == failed
    assert result_titles(search("en", q="outage")) == ["Published during an outage"]


@pytest.fixture
def run_search_worker(monkeypatch):
    """Run django-tasks-db's worker over the queue until it is empty, in this test's transaction.

    The worker closes "old" database connections between tasks, which inside a test's transaction
    would close the connection holding the test's data; here it keeps it.
    """
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return lambda: call_command(
        "db_worker", "--backend=search", "--queue-name=search", "--batch", "--no-reload",
        "--no-startup-delay", verbosity=0,
    )  # fmt: skip


def test_the_engine_backend_names_its_indices_with_the_prefix():
    backend = MultilingualOpenSearchBackend({"URLS": [UNREACHABLE_URL], "INDEX_PREFIX": "jf_"})

    assert backend.get_index_for_model(QuestionPage).name == "jf_wagtailcore_page"
