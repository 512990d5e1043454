"""A query with a typing mistake still finds what the visitor meant."""

import pytest

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def test_one_wrong_letter_still_finds_decorators(ask, search):
    ask("en", "What is a decorator in Python, and how do you write one?")
    ask("en", "What is a list comprehension?")

    response = search("en", q="decorater")

    assert result_titles(response) == ["What is a decorator in Python, and how do you write one?"]
    assert "pages with similar spellings are included" in response.content.decode()


@pytest.mark.osmem_differs(
    'osmem analyses French with bleve\'s Snowball stemmer, which cuts "générateur" to "gener", '
    "three edits from \"generatu\"; OpenSearch's french analyzer uses Lucene's light French "
    "stemmer, which folds accents (not checked on a real cluster here: docs/search.md)"
)
def test_typo_tolerance_ignores_accents(ask, search):
    """Accents do not count as typing mistakes ("generatuer" finds "générateur")."""
    ask("fr", "Qu'est-ce qu'un générateur en Python ?")

    assert result_titles(search("fr", q="generatuer")) == ["Qu'est-ce qu'un générateur en Python ?"]


def test_exact_matches_come_before_similar_spellings(ask, search):
    ask("en", "Decorator or decorater: which spelling?")
    ask("en", "How do you write a decorator?")

    titles = result_titles(search("en", q="decorater"))

    assert titles == ["Decorator or decorater: which spelling?", "How do you write a decorator?"]


def test_similar_spellings_are_not_added_when_exact_matches_are_plenty(ask, search):
    for number in range(3):
        ask("en", f"Decorator question {number}")
    ask("en", "What does a decorater do?")

    assert "What does a decorater do?" not in result_titles(search("en", q="decorator"))


def test_stop_words_alone_do_not_match_by_similar_spelling(ask, search):
    ask("en", "What is the difference between a list and a tuple?")

    assert result_titles(search("en", q="what with these")) == []
