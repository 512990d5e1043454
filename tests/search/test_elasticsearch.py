"""ELASTICSEARCH_URL switches search to Elasticsearch with per-language analyzers.

No Elasticsearch server exists where these tests run: they check the mapping
and the queries the backend generates, the whole search page against a stand-in client, and what
happens when the cluster cannot be reached. The settings switch is tested in
``tests/portal/test_settings.py``.
"""

import json

import pytest
from elasticsearch import Elasticsearch

from django.test import override_settings
from django.utils import translation

from wagtail.models import Page

from guides.models import QuestionPage
from search.backends.elasticsearch import MultilingualElasticsearchBackend
from tests import factories
from tests.search.conftest import result_titles

UNREACHABLE = {
    "default": {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": ["http://127.0.0.1:9"],  # the discard port: nothing listens there
        "INDEX_PREFIX": "jobfutures_test_",
        "TIMEOUT": 1,
        "OPTIONS": {"max_retries": 0},
    }
}


@pytest.fixture
def backend():
    return MultilingualElasticsearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "jobfutures_test_"}
    )


def test_mapping_adds_a_catch_all_field_per_language_with_its_analyzer(backend):
    properties = backend.mapping_class(QuestionPage).get_mapping()["properties"]

    assert properties["_all_text_en"] == {"type": "text", "analyzer": "english"}
    assert properties["_all_text_de"] == {"type": "text", "analyzer": "german"}
    assert properties["_all_text_fr"] == {"type": "text", "analyzer": "french"}
    assert properties["_all_text_boost_1_5_de"] == {"type": "text", "analyzer": "german"}


def test_mapping_copies_every_searchable_field_into_each_language(backend):
    properties = backend.mapping_class(QuestionPage).get_mapping()["properties"]

    short_answer = properties["guides_questionpage__short_answer"]
    assert set(short_answer["copy_to"]) >= {"_all_text", "_all_text_boost_1_5_de", "_all_text_fr"}
    topic_name = properties["topic_links"]["properties"]["topic"]
    assert "_all_text_de" in topic_name["properties"]["name"]["copy_to"]


def test_queries_use_the_analyzer_of_the_active_language(backend, locales):
    pages = Page.objects.filter(locale=locales["de"])

    with translation.override("de"):
        query = backend.query_compiler_class(pages, "Generatoren").get_query()

    multi_match = query["bool"]["must"]["bool"]["must"]["multi_match"]
    assert multi_match == {
        "query": "Generatoren",
        "fields": ["_all_text_de", "_all_text_boost_1_5_de^1.5", "_all_text_boost_2_0_de^2.0"],
    }
    assert {"term": {"locale_id_filter": locales["de"].pk}} in query["bool"]["filter"]


def test_the_same_query_in_french_uses_the_french_fields(backend):
    with translation.override("fr"):
        query = backend.query_compiler_class(Page.objects.all(), "générateurs").get_query()

    fields = query["bool"]["must"]["bool"]["must"]["multi_match"]["fields"]
    assert fields == ["_all_text_fr", "_all_text_boost_1_5_fr^1.5", "_all_text_boost_2_0_fr^2.0"]


def test_an_exact_title_match_is_boosted(backend):
    with translation.override("en"):
        query = backend.query_compiler_class(Page.objects.all(), "What is a generator").get_query()

    should = query["bool"]["must"]["bool"]["should"]
    assert should == [{"match_phrase": {"title": {"query": "What is a generator", "boost": 10.0}}}]


def test_index_names_carry_the_prefix(backend):
    assert backend.get_index_for_model(QuestionPage).name == "jobfutures_test_wagtailcore_page"


class StandInCluster:
    """Answers Elasticsearch's search and count calls with fixed hits, recording the requests."""

    def __init__(self, pages):
        self.pages = pages
        self.requests = []

    def search(self, **request):
        self.requests.append(request)
        if "aggregations" in request:
            buckets = {}
            for page in self.pages:
                buckets[page.content_type_id] = buckets.get(page.content_type_id, 0) + 1
            name = next(iter(request["aggregations"]))
            return {
                "aggregations": {
                    name: {"buckets": [{"key": k, "doc_count": n} for k, n in buckets.items()]}
                }
            }
        hits = [{"fields": {"pk": [str(page.pk)]}, "_score": 1.0} for page in self.pages]
        return {"hits": {"hits": hits[request.get("from_", 0) :][: request.get("size", 10)]}}

    def count(self, **request):
        self.requests.append(request)
        return {"count": len(self.pages)}


@pytest.mark.django_db
def test_search_page_works_end_to_end_on_elasticsearch(ask, search, monkeypatch, locales):
    german = [ask("de", f"Was ist ein Generator, Teil {number}?") for number in range(3)]
    cluster = StandInCluster(german)
    monkeypatch.setattr(Elasticsearch, "search", cluster.search)
    monkeypatch.setattr(Elasticsearch, "count", cluster.count)

    with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE):
        response = search("de", q="Generatoren")

    assert response.status_code == 200
    assert result_titles(response) == [page.title for page in german]
    searched = json.dumps([request.get("query") for request in cluster.requests])
    assert "_all_text_de" in searched
    assert "_all_text_en" not in searched


@pytest.mark.django_db
def test_unreachable_elasticsearch_gives_a_clear_503_page(ask, search, client):
    ask("en", "What is a generator?")

    with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE):
        response = search("en", q="generator")
        suggestions = client.get("/en/search/suggest/", {"q": "gen"})

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Search is temporarily unavailable" in response.content.decode()
    assert suggestions.status_code == 503
    assert suggestions.json()["suggestions"] == []


@pytest.mark.django_db
def test_publishing_succeeds_while_elasticsearch_is_unreachable(question_banks, caplog):
    with override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE):
        question = factories.QuestionPageFactory(
            parent=question_banks["en"], title="Published during an outage", live=False
        )
        question.save_revision().publish()
        question.unpublish()
        question.save_revision().publish()

    question.refresh_from_db()
    assert question.live
    assert question.get_latest_revision().approved_go_live_at is None
    assert "Exception raised while adding" in caplog.text  # logged for operators, not raised
