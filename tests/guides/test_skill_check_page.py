"""A skill check without JavaScript: every question with its answer in a native <details>."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def skill_check(home_pages):
    home = home_pages["en"]
    bank = factories.QuestionIndexPageFactory(parent=home)
    types = factories.TopicFactory(name="Data types")
    first = factories.QuestionPageFactory(
        parent=bank,
        title="Lists or tuples?",
        slug="lists-vs-tuples",
        short_answer="Tuples are immutable.",
        topics=[types],
    )
    second = factories.QuestionPageFactory(
        parent=bank, title="What is a generator?", slug="generators", short_answer="Lazy."
    )
    draft = factories.QuestionPageFactory(parent=bank, title="Unpublished question", live=False)
    return factories.SkillCheckPageFactory(
        parent=home,
        title="Python fundamentals",
        slug="python-fundamentals",
        questions=[first, draft, second],
    )


def test_skill_check_lists_its_live_questions_in_order_with_answers_in_details(client, skill_check):
    html = client.get(skill_check.url).text

    titles = re.findall(r"<h2 class=\"skill-check__title\" data-question-title>([^<]+)</h2>", html)
    assert titles == ["Lists or tuples?", "What is a generator?"]
    answer = html.split('id="lists-vs-tuples"')[1].split("</details>")[0]
    assert "<details" in answer
    assert "<summary>Show what a strong answer covers</summary>" in answer
    assert "<p>Tuples are immutable.</p>" in answer
    assert 'href="/en/questions/lists-vs-tuples/"' in answer


def test_skill_check_names_each_questions_topics(client, skill_check):
    html = client.get(skill_check.url).text
    assert '<span data-topic="data-types">Data types</span>' in html


def test_marking_controls_and_summary_stay_hidden_until_javascript_shows_them(client, skill_check):
    html = client.get(skill_check.url).text
    assert html.count('class="skill-check__marks" data-marks hidden>') == 2
    assert 'data-summary hidden aria-labelledby="skill-check-summary-heading"' in html
    assert '<p role="status" data-progress' in html


def test_skill_check_script_is_a_deferred_file(client, skill_check):
    """That it sends nothing is tested in a real browser: tests/browser/test_skill_check.py."""
    html = client.get(skill_check.url).text
    assert re.search(r'<script src="/static/js/skill-check\.js" defer></script>', html)


def test_skill_check_without_questions_in_the_language_says_so(client, home_pages):
    page = factories.SkillCheckPageFactory(parent=home_pages["en"], slug="empty")
    assert "This skill check has no questions in your language yet." in client.get(page.url).text
