"""The search tests run on every backend: content, the engines and helpers to search them.

Every test in this folder runs twice, through the ``engine`` fixture: on the database backend
(PostgreSQL, per-language configurations) and on the OpenSearch backend against osmem-server, an
in-memory OpenSearch 3.8 that the test session starts once (``osmem_server``); each test gets its
own copy-on-write clone of it, holding the portal's empty indices. A module that tests one backend
only overrides ``engine``.

Pages are indexed on save (the database backend inline, the engine through the ``search`` task
queue, which the test settings run at once), so what a factory creates is searchable at once.
osmem makes each write searchable immediately; a real cluster does so within its refresh interval.
"""

import re
from html import unescape

import pytest
from osmem_server import OsmemServer

from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_models

from tests import factories

ENGINE_INDEX_PREFIX = "jobfutures_test_"


def engine_backend_settings(url):
    """WAGTAILSEARCH_BACKENDS for the OpenSearch backend at this address, as production has it."""
    return {
        "default": {
            "BACKEND": "search.backends.opensearch",
            "URLS": [url],
            "INDEX_PREFIX": ENGINE_INDEX_PREFIX,
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": False,
            "UPDATE_THROUGH_QUEUE": True,
        }
    }


def create_indices(url):
    """The portal's indices with their mappings, empty, as ``update_index`` would create them."""
    backend = get_search_backend(
        "search.backends.opensearch", URLS=[url], INDEX_PREFIX=ENGINE_INDEX_PREFIX
    )
    for model in get_indexed_models():
        search_index = backend.get_index_for_model(model)
        if not search_index.exists():
            search_index.put()
        search_index.add_model(model)


@pytest.fixture(scope="session")
def osmem_server():
    """osmem-server with the portal's empty indices, frozen: tests write only to their clones."""
    server = OsmemServer.start(japanese=False)
    try:
        create_indices(server.url)
        server.freeze()
        yield server
    finally:
        server.close()


def pytest_collection_modifyitems(items):
    """``@pytest.mark.osmem_differs(reason)``: osmem is known to answer differently from OpenSearch.

    The assertion stays as OpenSearch and PostgreSQL should meet it; on osmem the test is an
    expected failure (strict: it fails loudly once osmem agrees), with the reason in the report.
    """
    for item in items:
        marker = item.get_closest_marker("osmem_differs")
        callspec = getattr(item, "callspec", None)
        if marker and callspec and callspec.params.get("engine") == "opensearch":
            item.add_marker(pytest.mark.xfail(reason=marker.args[0], strict=True))


@pytest.fixture(
    autouse=True,
    params=["database", pytest.param("opensearch", marks=pytest.mark.opensearch)],
)
def engine(request, settings):
    """The search backend of this run: "database", or "opensearch" on a clone of osmem-server."""
    if request.param == "opensearch":
        clone = request.getfixturevalue("osmem_clone")
        settings.WAGTAILSEARCH_BACKENDS = engine_backend_settings(clone.url)
    return request.param


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
