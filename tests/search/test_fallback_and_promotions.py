"""Default-language results when the visitor's language has none; editors' promoted results."""

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def test_german_search_without_german_results_shows_english_results_labelled(ask, search):
    ask("en", "How do you use asyncio task groups?")

    response = search("de", q="asyncio")

    html = response.content.decode()
    assert result_titles(response) == ["How do you use asyncio task groups?"]
    assert "Keine Ergebnisse auf Deutsch; es werden Ergebnisse auf Englisch angezeigt." in html
    assert '<ol class="search-hits" lang="en"' in html


def test_fallback_results_are_searched_with_the_default_language_stemmer(ask, search):
    ask("en", "How do you test code that calls an external API?")

    assert result_titles(search("fr", q="testing")) == [
        "How do you test code that calls an external API?"
    ]


def test_no_fallback_when_the_active_language_has_results(ask, search):
    ask("en", "What is asyncio?")
    ask("de", "Was ist asyncio?")

    response = search("de", q="asyncio")

    assert result_titles(response) == ["Was ist asyncio?"]
    assert "showing English results" not in response.content.decode()


def test_english_search_without_results_says_so_and_offers_topics(ask, search, topic):
    ask("en", "What is a generator?", topics=[topic("en", "Generators")])

    response = search("en", q="haskell")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing found for “haskell”" in html
    assert "Popular topics" in html


def promote(query_string, page=None, **fields):
    return SearchPromotion.objects.create(query=Query.get(query_string), page=page, **fields)


def test_promoted_result_comes_first_and_is_marked(ask, search):
    ask("en", "What is a Python generator expression?")
    guide = ask("en", "Generators explained", short_answer="Start here.")
    promote("generator", page=guide, description="Our editors' pick on generators.")

    response = search("en", q="Generator")

    html = response.content.decode()
    assert result_titles(response) == [
        "Generators explained",
        "What is a Python generator expression?",
    ]
    first_hit = html.split('<li class="search-hit', 2)[1]
    assert "search-hit--promoted" in first_hit
    assert "Recommended" in first_hit
    assert "Our editors&#x27; pick on <mark>generators</mark>." in first_hit


def test_promotion_of_an_english_page_shows_its_german_translation(ask, search):
    english = ask("en", "What is a generator?")
    ask("de", "Was ist ein Generator?", translation_key=english.translation_key)
    ask("de", "Was ist ein Generatorausdruck?")
    promote("generator", page=english)

    assert result_titles(search("de", q="generator"))[0] == "Was ist ein Generator?"


def test_promoted_draft_is_not_shown(ask, search):
    ask("en", "What is a generator?")
    draft = ask("en", "Secret generator page", live=False)
    promote("generator", page=draft)

    assert result_titles(search("en", q="generator")) == ["What is a generator?"]


def test_promoted_external_link_is_shown_first(ask, search):
    ask("en", "What is a generator?")
    promote(
        "generator",
        external_link_url="https://docs.python.org/3/glossary.html#term-generator",
        external_link_text="Python glossary: generator",
    )

    html = search("en", q="generator").content.decode()
    assert result_titles(search("en", q="generator")) == [
        "Python glossary: generator",
        "What is a generator?",
    ]
    assert 'href="https://docs.python.org/3/glossary.html#term-generator"' in html


def test_a_promotion_added_after_a_search_shows_at_once(ask, search):
    """Which queries have promotions is remembered until the content changes; a promotion is one."""
    ask("en", "What is a generator?")
    pick = ask("en", "Where to start preparing?")
    assert result_titles(search("en", q="generator")) == ["What is a generator?"]

    promotion = promote("generator", page=pick)

    assert result_titles(search("en", q="generator")) == [
        "Where to start preparing?",
        "What is a generator?",
    ]
    promotion.delete()
    assert result_titles(search("en", q="generator")) == ["What is a generator?"]
