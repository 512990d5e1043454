"""Every guide and question has a Markdown version at ``<page url>?format=md`` for agents."""

import pytest

from wagtail.models import PageViewRestriction

from portal.page_cache import HEADER
from tests import factories

pytestmark = pytest.mark.django_db

ANSWER = [
    (
        "paragraph",
        '<p>Lists are <strong>mutable</strong>, see <a href="https://docs.python.org/">the docs</a>.</p>',
    ),
    ("code", {"language": "python", "code": "point = (1, 2)", "caption": ""}),
    ("pitfall", {"kind": "pitfall", "text": "<p>A one-element tuple needs a comma.</p>"}),
    ("follow_up", ["When is `namedtuple` better?"]),
]


@pytest.fixture
def question(question_bank):
    question = factories.QuestionPageFactory(
        parent=question_bank,
        title="Lists or tuples?",
        slug="lists-vs-tuples",
        short_answer="Mutability and hashability.",
        answer=ANSWER,
        difficulty="junior",
    )
    question.save_revision().publish()
    return question


@pytest.fixture
def guide(guide_index, question):
    guide = factories.GuidePageFactory(
        parent=guide_index,
        title="Python interview questions",
        intro="Get ready for Python interviews.",
        body=[
            ("heading", {"text": "Data types", "level": "h2"}),
            ("paragraph", "<p>Start with the <em>basics</em>.</p>"),
            ("questions", {"heading": "Sequences", "questions": [question]}),
            ("faq", {"heading": "Questions candidates ask", "audience": "both", "faqs": []}),
        ],
    )
    guide.save_revision().publish()
    return guide


def markdown(client, page):
    response = client.get(f"{page.url}?format=md")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    return response.content.decode()


def test_a_guide_reads_as_markdown_with_its_questions_linked(client, guide, question):
    text = markdown(client, guide)

    assert text.startswith("# Python interview questions\n\n<http://")
    assert "Get ready for Python interviews." in text
    assert "\n## Data types\n\nStart with the *basics*.\n" in text
    assert f"### [Lists or tuples?]({question.full_url})\n\nMutability and hashability." in text
    assert "<" not in text.replace(f"<{guide.full_url}>", "")


def test_a_question_reads_as_markdown_with_code_pitfalls_and_follow_ups(client, question):
    text = markdown(client, question)

    assert text.startswith("# Lists or tuples?\n")
    assert "Mutability and hashability." in text
    assert "- Difficulty: Junior" in text
    assert "Lists are **mutable**, see [the docs](https://docs.python.org/)." in text
    assert "```python\npoint = (1, 2)\n```" in text
    assert "> **Common pitfall:** A one-element tuple needs a comma." in text
    assert "## Follow-up questions\n\n- When is `namedtuple` better?" in text


def test_the_page_links_its_markdown_version(client, guide, question):
    for page in (guide, question):
        html = client.get(page.url).text
        assert f'<link rel="alternate" type="text/markdown" href="{page.url}?format=md">' in html
    assert 'type="text/markdown"' not in client.get(guide.get_parent().url).text


def test_a_german_question_reads_in_german(client, question, locales):
    german = question.copy_for_translation(locales["de"], copy_parents=True, alias=False)
    german.title = "Listen oder Tupel?"
    german.save_revision().publish()

    text = markdown(client, german)

    assert text.startswith("# Listen oder Tupel?\n")
    assert "\n## Vollständige Antwort\n" in text
    assert "Schwierigkeit" in text


def test_hidden_pages_have_no_markdown_version(client, question, question_bank):
    url = f"{question.url}?format=md"
    question_bank.unpublish()
    assert client.get(url).status_code == 404


def test_restricted_pages_keep_their_markdown_version_to_themselves(client, question):
    PageViewRestriction.objects.create(
        page=question, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get(f"{question.url}?format=md")
    assert "Mutability and hashability." not in response.content.decode()


def test_the_markdown_version_is_cached_like_its_page(client, question, settings):
    settings.PAGE_CACHE = True
    url = f"{question.url}?format=md"

    first, second = client.get(url), client.get(url)

    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert second["Content-Type"] == "text/markdown; charset=utf-8"
    assert second.content == first.content
    assert client.get(question.url)["Content-Type"].startswith("text/html")
