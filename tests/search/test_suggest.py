"""/<lang>/search/suggest/?q= : title suggestions for search-as-you-type, as JSON."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def suggest(client, language, q):
    return client.get(f"/{language}/search/suggest/", {"q": q})


def test_suggestions_complete_the_last_word_of_titles(ask, client):
    question = ask("en", "What is a generator in Python?")
    ask("en", "What is a decorator?")

    response = suggest(client, "en", "what is a gen")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "query": "what is a gen",
        "suggestions": [
            {"title": "What is a generator in Python?", "url": question.url, "type": "Question"}
        ],
    }


def test_suggestions_are_in_the_active_language(ask, client):
    ask("en", "What is a generator?")
    ask("de", "Was ist ein Generator?")

    titles = [item["title"] for item in suggest(client, "de", "gene").json()["suggestions"]]

    assert titles == ["Was ist ein Generator?"]


def test_suggestions_name_the_result_type(home_pages, client):
    company = factories.CompanyPageFactory(
        parent=factories.CompanyIndexPageFactory(parent=home_pages["en"]), title="Pythonistas GmbH"
    )
    factories.JobPageFactory(parent=company, title="Python developer at Pythonistas")

    types = {
        item["title"]: item["type"] for item in suggest(client, "en", "pytho").json()["suggestions"]
    }

    assert types == {"Pythonistas GmbH": "Company", "Python developer at Pythonistas": "Vacancy"}


def test_at_most_eight_suggestions(ask, client):
    for number in range(12):
        ask("en", f"Generator question {number}")

    assert len(suggest(client, "en", "generator").json()["suggestions"]) == 8


def test_one_character_gets_no_suggestions(ask, client):
    ask("en", "What is a generator?")

    assert suggest(client, "en", "w").json()["suggestions"] == []


def test_suggestions_may_be_cached_briefly(ask, client):
    ask("en", "What is a generator?")

    cache_control = suggest(client, "en", "gen")["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=60" in cache_control  # the view's own lifetime, kept by the page cache


def test_suggestions_are_found_and_ranked_in_one_query(
    engine, ask, client, django_assert_max_num_queries
):
    """The capped candidates and their ranking are one query on the database backend; the site,
    for the URLs, is remembered per host (portal/routing.py)."""
    if engine != "database":
        pytest.skip("the query count of the database backend")
    for number in range(30):  # more matches than the candidates ranked
        ask("en", f"Generator question {number}")
    suggest(client, "en", "gen")  # the visibility rule's hidden subtrees are cached

    with django_assert_max_num_queries(1):
        suggestions = suggest(client, "en", "gene").json()["suggestions"]

    assert len(suggestions) == 8
