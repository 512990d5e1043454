"""What each result shows: its type, title, a highlighted snippet, and a link to the page."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from tests import factories
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def test_result_shows_type_title_link_and_highlighted_snippet(ask, search):
    question = ask(
        "en",
        "What is a closure in Python?",
        short_answer="A closure keeps the variables of the function that created it.",
        difficulty="mid",
    )

    html = search("en", q="closures").content.decode()

    assert f'<h3 class="search-hit__title"><a href="{question.url}">' in html
    assert '<span class="search-hit__type">Question</span>' in html
    assert '<span class="search-hit__detail">Mid-level</span>' in html
    assert "A <mark>closure</mark> keeps the variables" in html


def test_snippet_escapes_page_content_and_marks_only_matches(ask, search):
    ask(
        "en",
        "Why is <b>innerHTML</b> dangerous?",
        short_answer='Because <script>alert("innerHTML")</script> runs.',
    )

    html = search("en", q="innerhtml").content.decode()

    assert "<script>alert" not in html
    assert "<b>innerHTML</b>" not in html
    assert "&lt;script&gt;alert(&quot;<mark>innerHTML</mark>&quot;)&lt;/script&gt; runs." in html
    assert result_titles(search("en", q="innerhtml")) == ["Why is <b>innerHTML</b> dangerous?"]


def test_query_with_markup_is_escaped_everywhere_it_is_shown(ask, search):
    ask("en", "What is cross-site scripting?", short_answer="Script injected into a page.")
    query = '<script>alert("x")</script> script'

    html = search("en", q=query).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; script" in html  # heading and title
    assert (
        'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; script"' in html
    )  # search boxes


def test_vacancies_companies_and_career_paths_are_found_with_their_type(home_pages, search):
    home = home_pages["en"]
    company = factories.CompanyPageFactory(
        parent=factories.CompanyIndexPageFactory(parent=home),
        title="Kafkaesque Ltd",
        hiring_focus="Event streaming with Kafka",
    )
    factories.JobPageFactory(parent=company, title="Kafka platform engineer")
    factories.CareerPathPageFactory(
        parent=factories.CareerPathIndexPageFactory(parent=home),
        title="Data engineer",
        summary="Design Kafka pipelines and warehouses.",
    )

    html = search("en", q="kafka").content.decode()

    for label in ("Company", "Vacancy", "Career path"):
        assert f'<span class="search-hit__type">{label}</span>' in html


def test_exact_title_match_comes_first(ask, search):
    ask(
        "en",
        "How do Python decorators and generators work together?",
        short_answer="Decorators wrap generators; generators yield values to decorators.",
    )
    ask("en", "Generators")

    assert result_titles(search("en", q="generators"))[0] == "Generators"


def test_questions_are_found_by_the_names_of_their_topics(ask, topic, search):
    ask("en", "How do you keep a cache consistent?", topics=[topic("en", "Distributed systems")])

    assert result_titles(search("en", q="distributed")) == ["How do you keep a cache consistent?"]


def test_a_results_text_is_read_once_until_its_content_changes(
    home_pages, ask, search, django_assert_max_num_queries
):
    """Snippet texts are cached until the content changes: once searched, a guide whose snippet
    comes from its body (whose blocks fetch the questions they choose) costs no more queries than
    a guide without a body; publishing shows the new text at once."""
    guides = factories.GuideIndexPageFactory(parent=home_pages["en"])
    chosen = [ask("en", f"Chosen question {n}?") for n in range(4)]
    factories.GuidePageFactory(
        parent=guides, title="Generators guide", intro="Generators yield values lazily."
    )
    guide = factories.GuidePageFactory(
        parent=guides,
        title="Decorators guide",
        intro="Functions that wrap functions.",
        body=[
            ("questions", {"heading": "Decorators in practice", "questions": chosen[:2]}),
            ("questions", {"heading": "More", "questions": chosen[2:]}),
        ],
    )
    for query in ("generators", "decorators"):  # each query is logged once, caches are warm
        search("en", q=query)
    with CaptureQueriesContext(connection) as without_body:
        search("en", q="generators")

    with django_assert_max_num_queries(len(without_body)):
        response = search("en", q="decorators")

    assert result_titles(response) == ["Decorators guide"]
    assert "<mark>Decorators</mark> in practice" in response.content.decode()

    guide.intro = "Decorators wrap functions."
    guide.save_revision().publish()

    assert "<mark>Decorators</mark> wrap functions." in search("en", q="decorators").text


def test_a_published_change_shows_in_the_results_at_once(ask, search):
    question = ask(
        "en", "What is a closure?", short_answer="A closure keeps variables.", difficulty="junior"
    )
    assert "A <mark>closure</mark> keeps variables." in search("en", q="closure").text

    question.short_answer = "A closure remembers the scope it was made in."
    question.difficulty = "senior"
    question.save_revision().publish()

    html = search("en", q="closure").text
    assert "A <mark>closure</mark> remembers the scope it was made in." in html
    assert '<span class="search-hit__detail">Senior</span>' in html


def test_result_details_are_in_the_language_of_the_results(ask, search):
    """German results show German labels; the English results a German search falls back to
    show English ones, like the rest of their list (``lang="en"``)."""
    ask("de", "Was ist ein Dekorator?", difficulty="mid")
    ask("en", "What is a metaclass?", difficulty="mid")
    english = '<span class="search-hit__detail">Mid-level</span>'
    german = '<span class="search-hit__detail">Mittleres Niveau</span>'

    assert german in search("de", q="dekorator").text
    assert english in search("de", q="metaclass").text
    assert english in search("en", q="metaclass").text


def test_a_renamed_or_moved_page_shows_its_new_title_and_address_at_once(home_pages, ask, search):
    """A result's title and link are cached with its snippet: publishing a new title and slug,
    or moving the page, shows at once."""
    question = ask("en", "What is a closure?", short_answer="A closure keeps variables.")
    assert f'<a href="{question.url}">What is a closure?</a>' in search("en", q="closure").text

    question.title = "What is a closure, exactly?"
    question.slug = "closures-exactly"
    question.save_revision().publish()
    question.refresh_from_db()
    html = search("en", q="closure").text
    assert f'<a href="{question.url}">What is a closure, exactly?</a>' in html
    assert "/closures-exactly/" in question.url

    archive = factories.QuestionIndexPageFactory(parent=home_pages["en"], slug="archive")
    question.move(archive, pos="last-child")
    question.refresh_from_db()
    assert question.url.startswith("/en/archive/")
    assert (
        f'<a href="{question.url}">What is a closure, exactly?</a>'
        in search("en", q="closure").text
    )


def test_result_links_are_relative_to_the_site_searched_from(home_pages, ask, client):
    """On a second site, a result on the main site links to it in full, and the main site's own
    search still links relatively: the cached links are kept per site."""
    question = ask("en", "What is a closure?", short_answer="A closure keeps variables.")
    other_root = factories.QuestionIndexPageFactory(parent=home_pages["en"], slug="other-site")
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=other_root)

    main = client.get("/en/search/", {"q": "closure"}).text
    other = client.get("/en/search/", {"q": "closure"}, HTTP_HOST="127.0.0.1").text
    main_again = client.get("/en/search/", {"q": "closure"}).text

    _site_id, root_url, path = question.get_url_parts()
    assert f'<a href="{path}">' in main
    assert f'<a href="{root_url}{path}">' in other
    assert main_again == main
