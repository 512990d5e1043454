"""Where a page has no translation in the visitor's language: the switcher says so, and listings
never fill the gap with another language."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def switcher(html):
    return html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]


def switcher_link(html, language):
    """The <a> of one language in the switcher."""
    return re.search(rf'<a href="[^"]*" hreflang="{language}".*?</a>', switcher(html), re.S).group(
        0
    )


def hreflangs(html):
    head = html.split("</head>", 1)[0]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


def listed_questions(html):
    results = html.split('class="question-results"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<li>\s*<a href="[^"]+">([^<]+)</a>', results)


@pytest.fixture
def german_bank(question_bank, locales):
    """The German question bank, with its own slug: /de/fragen/."""
    german = question_bank.get_translation(locales["de"]).specific
    german.title, german.slug = "Fragenkatalog", "fragen"
    german.save_revision().publish()
    german.refresh_from_db()
    return german


def test_german_switcher_on_an_english_only_question_links_to_the_german_question_bank(
    client, question_bank, german_bank
):
    question = factories.QuestionPageFactory(parent=question_bank, title="What is a closure?")
    question.save_revision().publish()

    html = client.get(question.url).text

    german = switcher_link(html, "de")
    assert 'href="/de/fragen/"' in german
    assert "page not translated; opens the nearest translated page" in german
    assert "This page is not translated yet" in german
    french = switcher_link(html, "fr")  # no French question bank: the French home page
    assert 'href="/fr/"' in french
    assert "page not translated" in french


def test_english_only_question_has_no_hreflang_alternates_for_missing_languages(
    client, question_bank, german_bank
):
    question = factories.QuestionPageFactory(parent=question_bank)
    question.save_revision().publish()
    assert set(hreflangs(client.get(question.url).text)) == {"en", "x-default"}


def test_switcher_on_a_translated_question_links_to_its_translation_without_a_note(
    client, question_bank, german_bank, translate
):
    question = factories.QuestionPageFactory(parent=question_bank, slug="closures")
    question.save_revision().publish()
    translate(question, "de")

    german = switcher_link(client.get(question.url).text, "de")
    assert 'href="/de/fragen/closures/"' in german
    assert "not translated" not in german


def test_german_question_bank_never_lists_english_questions(
    client, question_bank, german_bank, translate
):
    english_only = [
        factories.QuestionPageFactory(parent=question_bank, title=f"English question {n}?")
        for n in range(3)
    ]
    translated = factories.QuestionPageFactory(parent=question_bank, title="Lists or tuples?")
    for question in [*english_only, translated]:
        question.save_revision().publish()
    german = translate(translated, "de")
    german.title = "Listen oder Tupel?"
    german.save_revision().publish()

    for query in ("", "?difficulty=junior", "?difficulty=mid", "?difficulty=senior"):
        html = client.get(f"{german_bank.url}{query}").text
        assert "English question" not in html
        assert "Lists or tuples?" not in html
    html = client.get(german_bank.url).text
    assert listed_questions(html) == ["Listen oder Tupel?"]
    assert client.get(german_bank.url).context["questions"].paginator.count == 1


def test_german_question_bank_without_german_questions_lists_none(
    client, question_bank, german_bank
):
    factories.QuestionPageFactory(parent=question_bank, title="Only in English?")
    response = client.get(german_bank.url)
    assert listed_questions(response.text) == []
    assert response.context["questions"].paginator.count == 0
