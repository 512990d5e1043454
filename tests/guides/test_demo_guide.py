"""The demo guide, the page candidates land on, within its query budget on the demo content itself."""

import pytest

from django.core.cache import cache

GUIDE = "/en/guides/python-interview-questions/"
WARM_QUERIES = 12  # the derived-data cache filled, as on every view after the first
COLD_QUERIES = (
    22  # right after content changed: that cache empty (2 for the footer: its setting, its pages)
)


@pytest.fixture
def guide_viewed(client, demo):
    """The guide viewed once: image renditions exist, as they do in production."""
    assert client.get(GUIDE).status_code == 200


def test_demo_guide_renders_in_at_most_22_queries_cold_and_12_warm(
    client, guide_viewed, django_assert_max_num_queries
):
    cache.clear()
    with django_assert_max_num_queries(COLD_QUERIES):
        cold = client.get(GUIDE)
    with django_assert_max_num_queries(WARM_QUERIES):
        warm = client.get(GUIDE)

    assert cold.content == warm.content
    html = warm.text
    assert "<h1>Python interview questions" in html
    assert html.count('class="question-card"') >= 5
    assert '<details class="faq">' in html
    assert '<section class="related">' in html
    assert '"@type":"FAQPage"' in html
