"""Each language is indexed and searched with its own stemmer (one backend, one index)."""

import pytest

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def assert_found_by_stemming(response):
    """The result matched the words as stemmed, not only as a similar spelling (typo tolerance
    would otherwise find "Generator" for "Generatoren" even with the wrong stemmer)."""
    assert 'class="search-similar"' not in response.content.decode()


def test_english_testing_finds_a_question_about_how_to_test(ask, search):
    ask("en", "How do you test code that calls an external API?")

    response = search("en", q="testing")

    assert result_titles(response) == ["How do you test code that calls an external API?"]


def test_german_generatoren_finds_the_german_question_about_a_generator(ask, search):
    ask("de", "Was ist ein Generator in Python?", short_answer="Ein Generator liefert Werte.")

    response = search("de", q="Generatoren")

    assert result_titles(response) == ["Was ist ein Generator in Python?"]
    assert_found_by_stemming(response)


def test_french_plural_finds_the_french_singular(ask, search):
    ask("fr", "Qu'est-ce qu'un décorateur en Python ?")

    response = search("fr", q="décorateurs")

    assert result_titles(response) == ["Qu'est-ce qu'un décorateur en Python ?"]
    assert_found_by_stemming(response)


def test_german_stop_words_do_not_match_every_german_page(ask, search):
    ask("de", "Was ist der Unterschied zwischen einer Liste und einem Tupel?")

    response = search("de", q="der und einer")

    assert response.status_code == 200
    assert result_titles(response) == []
