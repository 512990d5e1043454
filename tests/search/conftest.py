"""Content for the search tests: question banks in every language and helpers to search them.

Pages are indexed on save through Wagtail's signal handlers (the test settings run tasks
immediately), so what a factory creates is searchable at once.
"""

import re
from html import unescape

import pytest

from tests import factories


@pytest.fixture
def question_banks(home_pages):
    return {
        code: factories.QuestionIndexPageFactory(parent=home, slug="questions")
        for code, home in home_pages.items()
    }


@pytest.fixture
def ask(question_banks, locales):
    """ask("de", "Was ist ein Generator?", topics=[...]): a live question in that language."""

    def make(language, title, **kwargs):
        kwargs.setdefault("short_answer", "A strong answer explains the idea with an example.")
        return factories.QuestionPageFactory(parent=question_banks[language], title=title, **kwargs)

    return make


@pytest.fixture
def topic(locales):
    def make(language, name):
        return factories.TopicFactory(name=name, locale=locales[language])

    return make


@pytest.fixture
def search(client):
    """search("en", q="...", type="question") → the response of /en/search/."""

    def get(language="en", **params):
        return client.get(f"/{language}/search/", params)

    return get


def result_titles(response):
    """Titles of the results (promoted ones included), in the order the page lists them."""
    html = response.content.decode()
    titles = re.findall(r'<h3 class="search-hit__title"><a href="[^"]*">(.*?)</a></h3>', html)
    return [unescape(title) for title in titles]
