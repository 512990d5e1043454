"""The demo guide, the page candidates land on, within its query budget on the demo content itself."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.models import GuidePage
from portal.content_version import content_version

GUIDE = "/en/guides/python-interview-questions/"
# The derived-data cache filled, as on every view after the first: the page by its remembered route
# (with its site and trail of translations); its body's HTML and its JSON-LD are remembered too.
WARM_QUERIES = 1
# Right after an editor publishes: the content version moved on, so every derived value is computed
# again (the route, the trail, navigation, FAQs, related pages, the footer, the hidden subtrees); Wagtail's own
# caches (site root paths, renditions) are not content-versioned and stay.
AFTER_PUBLISH_QUERIES = 18
# The cache empty (a new or restarted Redis): Wagtail's site root paths are read again too (2).
COLD_QUERIES = 20


@pytest.fixture
def guide_viewed(client, demo):
    """The guide viewed once: image renditions exist, as they do in production."""
    assert client.get(GUIDE).status_code == 200


@pytest.fixture
def body_rendered(monkeypatch):
    """The guide's body rendered on each view, as in a preview, not its HTML read from the cache."""
    monkeypatch.setattr(GuidePage, "rendered_parts", lambda page, request: None)


def test_demo_guide_renders_in_at_most_20_queries_cold_and_1_warm(
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


def test_demo_guide_right_after_a_publish_renders_in_at_most_18_queries(
    client, guide_viewed, django_assert_max_num_queries
):
    version = content_version()
    guide = GuidePage.objects.get(url_path__endswith="/python-interview-questions/")
    guide.save_revision().publish()
    assert content_version() != version  # what was derived before the publish is not read again
    with django_assert_max_num_queries(AFTER_PUBLISH_QUERIES):
        response = client.get(GUIDE)
    assert "<h1>Python interview questions" in response.text
    assert '<section class="related">' in response.text


def test_a_warm_demo_guide_writes_nothing_to_redis(client, guide_viewed, redis_commands):
    """Its logos' renditions are prefetched: not written back to the cache on every view."""
    assert client.get(GUIDE).status_code == 200
    redis_commands.clear()
    response = client.get(GUIDE)
    assert 'class="logo-list"' in response.text
    assert response.text.count("<img alt=") >= 3
    assert not redis_commands.writes(), redis_commands


def test_the_demo_guide_reads_its_questions_without_their_full_answers(
    client, guide_viewed, body_rendered
):
    """Question cards show the short answer; the full answers are most of a question's row."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(GUIDE)
    assert response.text.count('class="question-card"') >= 5
    assert [q["sql"] for q in captured if '"guides_questionpage"."answer"' in q["sql"]] == []


def test_the_demo_guide_reads_only_what_its_question_cards_show(
    client, guide_viewed, body_rendered
):
    """Not the questions' SEO and sharing fields either: only what a card, a link and the
    visibility rule need (and no query per question for anything left out)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(GUIDE)
    assert response.text.count('class="question-card"') >= 5
    question_rows = [q["sql"] for q in captured if '"guides_questionpage"' in q["sql"]]
    assert len(question_rows) == 1
    assert '"guides_questionpage"."short_answer"' in question_rows[0]
    for column in ("search_description", "seo_title", "last_reviewed", "last_published_at"):
        assert f'."{column}"' not in question_rows[0]


def test_the_demo_guide_reads_its_companies_without_their_hiring_pages_content(
    client, guide_viewed, body_rendered
):
    """The logo strip shows a company's name and logo; its StreamFields are most of its row."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(GUIDE)
    assert 'class="logo-list"' in response.text
    company_rows = [q["sql"] for q in captured if '"careers_companypage"' in q["sql"]]
    assert company_rows
    for column in ("body", "hiring_process", "benefits"):
        assert not [sql for sql in company_rows if f'"careers_companypage"."{column}"' in sql]
