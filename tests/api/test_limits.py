"""Limits and bad input: a capped page size, 400s with a JSON problem for bad parameters, never a
500; list endpoints whose query count does not grow with the page size."""

import pytest

from tests import factories

from .conftest import API, get

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/questions/", {"limit": 51}),
        ("/questions/", {"limit": 0}),
        ("/questions/", {"offset": 10**30}),
        ("/questions/", {"offset": -1}),
        ("/questions/", {"topic": "a\x00b"}),
        ("/questions/", {"q": "lists\x00"}),
        ("/questions/", {"difficulty": "wizard"}),
        ("/questions/", {"locale": "xx"}),
        ("/vacancies/", {"location": "Ber\x00lin"}),
        ("/vacancies/", {"remote": "sometimes"}),
        ("/search/", {"q": "tuples", "page": 10**20}),
        ("/search/", {"q": "\x00"}),
        ("/search/", {"type": "nonsense"}),
        ("/snippets/topics/", {"locale": "en", "limit": "many"}),
    ],
)
def test_bad_parameters_are_a_400_problem(client, path, params, questions):
    response = get(client, path, **params)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"]


@pytest.mark.parametrize(
    "path",
    ["/questions/99999999999999999999/", "/snippets/nonsense/", "/snippets/topics/-1/"],
)
def test_bad_ids_and_types_are_4xx(client, path, questions):
    response = client.get(f"{API}{path}")
    assert 400 <= response.status_code < 500


def test_offset_past_the_end_is_an_empty_page(client, questions):
    data = get(client, "/questions/", offset=100000).json()
    assert data == {"count": 1, "items": []}


# Queries for a page of two items; a page of twenty makes exactly as many.
LIST_QUERIES = {
    "/questions/": 6,
    "/vacancies/": 6,
    "/companies/": 5,
    "/guides/": 5,
    "/snippets/topics/": 4,
}


def test_list_query_counts_do_not_grow_with_page_size(
    client, acme, questions, topic, role, django_assert_max_num_queries, django_assert_num_queries
):
    guides = factories.GuideIndexPageFactory(parent=questions["bank"].get_parent())
    for _n in range(22):
        factories.QuestionPageFactory(parent=questions["bank"], topics=[topic], roles=[role])
        factories.JobPageFactory(parent=acme.company, role=role)
        factories.CompanyPageFactory(parent=acme.company.get_parent())
        factories.GuidePageFactory(parent=guides, topics=[topic])
        factories.TopicFactory()
    for path, budget in LIST_QUERIES.items():
        client.get(f"{API}{path}")  # per-process caches (locales, content types, sites) warm up

        with django_assert_max_num_queries(budget) as small:
            assert len(client.get(f"{API}{path}", {"limit": 2}).json()["items"]) == 2
        with django_assert_num_queries(len(small)):
            assert len(client.get(f"{API}{path}", {"limit": 20}).json()["items"]) == 20


def test_openapi_document_and_docs(client):
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["info"]["title"] == "JobFutures API"
    snippet_type = next(
        parameter
        for parameter in document["paths"]["/api/v3/snippets/{type}/"]["get"]["parameters"]
        if parameter["name"] == "type"
    )
    assert snippet_type["schema"]["enum"] == ["topics", "roles", "faqs"]
    assert client.get(f"{API}/docs/").status_code == 200
