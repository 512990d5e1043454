"""Whatever arrives in the query string, the search page and suggestions answer without a 500."""

import pytest

from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db

STRANGE_QUERIES = {
    "60,000 characters without a space": "a" * 60_000,
    "search syntax characters": "' \" : \\ & | ! <-> * ( )",
    "unclosed quotes": 'generator "lazy evaluation',
    "tsquery operators between words": "generator & !lazy | (yield) <-> next:*",
    "curly and full-width quotes": "‘generator’ ʻyieldʼ ＂next＂",
    "a null byte": "gener\x00ator",
    "emoji": "🐍 generator 🚀",
    "only stop words": "the of and is a",
    "markup": "<script>alert(1)</script>",
    "backslashes and percent signs": "100% \\n generator %s %(x)s",
    "a very long word list": " ".join(["generator"] * 500),
}


@pytest.fixture
def generator_question(ask):
    return ask("en", "What is a generator in Python?", short_answer="It yields values lazily.")


@pytest.mark.parametrize("query", STRANGE_QUERIES.values(), ids=STRANGE_QUERIES.keys())
def test_strange_queries_get_an_answer(generator_question, client, query):
    response = client.get("/en/search/", {"q": query})
    suggestions = client.get("/en/search/suggest/", {"q": query})

    assert response.status_code == 200
    assert suggestions.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_punctuation_around_words_still_finds_them(generator_question, search):
    assert result_titles(search("en", q='"generator')) == ["What is a generator in Python?"]
    assert result_titles(search("en", q="＂generator＂")) == ["What is a generator in Python?"]
    assert result_titles(search("en", q="🐍 generator")) == ["What is a generator in Python?"]


def test_raw_percent_encoded_null_byte_and_lone_surrogate(generator_question, client):
    for raw in ("q=%00", "q=gener%00ator", "q=%ED%A0%80", "q=%ED%A0%80generator", "q=%FF%FE"):
        assert client.get(f"/en/search/?{raw}").status_code == 200
        assert client.get(f"/en/search/suggest/?{raw}").status_code == 200


def test_lone_surrogate_in_a_python_string_is_dropped(generator_question):
    from search.query_text import parse_query

    assert parse_query("gener\ud800ator").terms == ("generator",)
    assert parse_query("gener\x00ator").terms == ("generator",)


def test_very_long_query_is_shortened_and_says_so(generator_question, search):
    response = search("en", q="generator " * 100)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Your search was long, so only its beginning was used." in html
    assert result_titles(response) == ["What is a generator in Python?"]


def test_symbols_only_query_asks_for_words(generator_question, search):
    response = search("en", q="‘’ʻʼ＂ & | !")

    assert response.status_code == 200
    assert "Type words to search for" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "1e309", "abc", "99999999999999999999", "1.5"])
def test_invalid_page_numbers_show_the_first_page_with_a_message(generator_question, search, page):
    response = search("en", q="generator", page=page)

    assert response.status_code == 400
    assert "is not a page number; showing the first page." in response.content.decode()
    assert result_titles(response) == ["What is a generator in Python?"]


def test_page_beyond_the_last_shows_the_last_page(generator_question, search):
    response = search("en", q="generator", page=7)

    assert response.status_code == 404
    assert "showing the last one" in response.content.decode()
    assert result_titles(response) == ["What is a generator in Python?"]


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("type", "podcast"), ("topic", "no-such-topic"), ("difficulty", "wizard")],
)
def test_unknown_filter_values_are_ignored_with_a_message(
    generator_question, search, parameter, value
):
    response = search("en", q="generator", **{parameter: value})

    html = response.content.decode()
    assert response.status_code == 400
    assert f"“{value}”" in html
    assert result_titles(response) == ["What is a generator in Python?"]


def test_unknown_filter_value_with_markup_is_escaped(generator_question, search):
    html = search("en", q="generator", type="<img src=x onerror=alert(1)>").content.decode()

    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_parameter_repeated_a_thousand_times(generator_question, client):
    query_string = "&".join(["q=generator"] * 1000 + ["type=question"] * 1000)

    response = client.get(f"/en/search/?{query_string}")

    assert response.status_code == 200
    assert result_titles(response) == ["What is a generator in Python?"]


def test_unknown_parameters_are_ignored(generator_question, ask, search):
    ask("en", "What is a decorator?")

    response = search(
        "en", q="generator", _connector="OR", title__icontains="decorator", live="false", id="1"
    )

    assert response.status_code == 200
    assert result_titles(response) == ["What is a generator in Python?"]
