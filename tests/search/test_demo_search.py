"""Searching the demo content, as candidates do, within its query budget."""

import pytest

from django.core.cache import cache

SEARCHES = [
    "/en/search/?q=decorator",
    "/en/search/?q=list",
    "/en/search/?q=python+generator",
    "/en/search/?q=decorator&topic=python-fundamentals",
    "/en/search/?q=python&page=2",
]
# The ranked matches, the topic counts, and on page 1 the search's statistics
# in one statement (search/query_log.py); the site is remembered per host (portal/routing.py).
WARM_QUERIES = 3
# The cache empty: the results' cards (each page as its specific type, the guide's body with the
# pages it chooses), the hidden subtrees, the topics, the navigation, the footer, Wagtail's site
# root paths.
COLD_QUERIES = 26


@pytest.fixture
def engine():
    """The demo is indexed by the database backend."""
    return "database"


@pytest.mark.parametrize("url", SEARCHES)
def test_demo_search_runs_at_most_3_queries_warm_and_26_cold(
    client, demo, url, django_assert_max_num_queries
):
    client.get(url)  # today's statistics rows exist, as they do after the day's first search
    cache.clear()
    with django_assert_max_num_queries(COLD_QUERIES):
        cold = client.get(url)
    with django_assert_max_num_queries(WARM_QUERIES):
        warm = client.get(url)

    assert warm.status_code == 200
    assert cold.content == warm.content
    assert warm.text.count('<li class="search-hit') >= 3
