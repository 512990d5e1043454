"""The API's search is the site search: same results in the same order, same fallback."""

import re
from html import unescape

import pytest

from tests import factories

from .conftest import get

pytestmark = pytest.mark.django_db


def page_titles(client, language, **params):
    html = client.get(f"/{language}/search/", params).content.decode()
    found = re.findall(r'<h3 class="search-hit__title"><a href="[^"]*">(.*?)</a></h3>', html)
    return [unescape(title) for title in found]


def test_search_returns_the_search_pages_results_in_order(client, questions):
    for title in ("Tuples and lists", "Why are tuples immutable?", "Generators"):
        factories.QuestionPageFactory(
            parent=questions["bank"], title=title, short_answer="Tuples & lists matter."
        )
    response = get(client, "/search/", q="tuples")
    assert response.status_code == 200
    data = response.json()
    api_titles = [item["title"] for item in data["items"]]
    assert api_titles == page_titles(client, "en", q="tuples")
    assert len(api_titles) >= 3
    assert "Restricted question" not in api_titles
    hit = data["items"][0]
    assert "<mark>" not in hit["snippet"]
    assert "&amp;" not in hit["snippet"]
    assert [word.lower() for word in hit["highlights"]] and all(
        word.lower().startswith("tuple") for word in hit["highlights"]
    )
    assert hit["url"].startswith("http://testserver/en/")


def test_search_filters_by_type_like_the_page(client, questions):
    factories.QuestionPageFactory(parent=questions["bank"], title="Decorators explained")
    data = get(client, "/search/", q="decorators", type="question").json()
    assert [item["type"] for item in data["items"]] == ["question"]


def test_search_falls_back_to_the_default_language_like_the_page(client, questions):
    factories.QuestionPageFactory(parent=questions["bank"], title="Metaclasses in depth")
    data = get(client, "/search/", q="metaclasses", locale="de").json()
    assert data["fallback"] is True
    assert data["locale"] == "en"
    assert [item["title"] for item in data["items"]] == page_titles(client, "de", q="metaclasses")
    assert data["items"]


def test_hidden_pages_are_not_found(client, questions):
    for title in ("Draft question", "Expired question", "Restricted question"):
        data = get(client, "/search/", q=title).json()
        assert title not in [item["title"] for item in data["items"]]
