"""Filters combine with the query; facets count the current query per type and per topic."""

import re
from html import unescape

import pytest

from tests import factories
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db


def facets(response, heading):
    """{label: count} of one facet list, e.g. facets(response, "Type")."""
    html = response.content.decode()
    section = html.split(f'id="facet-{heading.lower()}-heading">{heading}</h2>', 1)[1]
    section = section.split("</ul>", 1)[0]
    return {
        unescape(label.strip()): int(count)
        for label, count in re.findall(
            r'<a href="[^"]*"[^>]*>\s*(.*?) <span class="search-facets__count">\((\d+)\)</span>',
            section,
        )
    }


@pytest.fixture
def python_content(home_pages, ask, topic):
    testing, performance = topic("en", "Testing"), topic("en", "Performance")
    ask("en", "How do you test Python code?", topics=[testing], difficulty="junior")
    ask("en", "How do you profile slow Python code?", topics=[performance], difficulty="senior")
    ask("en", "How do you speed up Python tests?", topics=[testing, performance], difficulty="mid")
    guide = factories.GuidePageFactory(
        parent=factories.GuideIndexPageFactory(parent=home_pages["en"]),
        title="Python interview guide",
        topics=[testing],
    )
    ask("en", "What is a Rust borrow checker?", topics=[performance])
    return {"testing": testing, "performance": performance, "guide": guide}


def test_facets_count_the_query_per_type_and_per_topic(python_content, search):
    response = search("en", q="python")

    assert facets(response, "Type") == {"Questions": 3, "Guides": 1}
    assert facets(response, "Topic") == {"Testing": 3, "Performance": 2}


def test_type_filter_combines_with_the_query(python_content, search):
    response = search("en", q="python", type="guide")

    assert result_titles(response) == ["Python interview guide"]
    # The type facet still offers the other types for the same query.
    assert facets(response, "Type") == {"Questions": 3, "Guides": 1}
    assert facets(response, "Topic") == {"Testing": 1}


def test_topic_filter_combines_with_the_query(python_content, search):
    response = search("en", q="python", topic="performance")

    assert sorted(result_titles(response)) == [
        "How do you profile slow Python code?",
        "How do you speed up Python tests?",
    ]
    assert facets(response, "Type") == {"Questions": 2}
    # The chosen topic only, to remove it.
    assert facets(response, "Topic") == {"Performance": 2}


def test_difficulty_filter_keeps_questions_of_that_level(python_content, search):
    response = search("en", q="python", difficulty="senior")

    assert result_titles(response) == ["How do you profile slow Python code?"]


def test_all_filters_combine(python_content, search):
    response = search("en", q="python", type="question", topic="testing", difficulty="mid")

    assert result_titles(response) == ["How do you speed up Python tests?"]


def test_facet_links_keep_the_query_and_other_filters(python_content, search):
    html = search("en", q="python", topic="testing").content.decode()

    assert 'href="?q=python&amp;type=guide&amp;topic=testing"' in html
    # The active topic's link removes it.
    assert 'href="?q=python" aria-current="true"' in html


def test_filters_without_a_query_list_the_matching_pages(python_content, search):
    response = search("en", topic="testing", type="question")

    assert response.status_code == 200
    assert result_titles(response) == [
        "How do you speed up Python tests?",
        "How do you test Python code?",
    ]


def test_empty_search_offers_popular_topics(python_content, search):
    response = search("en")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Popular topics" in html
    assert (
        '<a href="?topic=testing">Testing <span class="search-facets__count">(3)</span></a>' in html
    )
    assert result_titles(response) == []


def test_results_are_paginated_ten_a_page(ask, search):
    for number in range(23):
        ask("en", f"Pagination question number {number}?")

    first = search("en", q="pagination")
    third = search("en", q="pagination", page=3)

    assert len(result_titles(first)) == 10
    assert "Page 1 of 3" in first.content.decode()
    assert len(result_titles(third)) == 3
    assert 'rel="prev" href="?q=pagination&amp;page=2"' in third.content.decode()


def topic_options(response):
    """{slug: name} of the search form's topic select."""
    select = response.text.split('<select id="search-topic"', 1)[1].split("</select>", 1)[0]
    return {
        value: unescape(label)
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>(.*?)</option>', select)
        if value
    }


def test_topics_published_after_a_search_are_offered_and_named_at_once(
    python_content, ask, topic, search
):
    """The topic select and facet names are cached until the content changes."""
    assert topic_options(search("en", q="python")) == {
        "performance": "Performance",
        "testing": "Testing",
    }
    ask("en", "How do you type-check Python?", topics=[topic("en", "Typing")])
    testing = python_content["testing"]
    testing.name = "Testing and QA"
    testing.save_revision().publish()

    response = search("en", q="python", topic="typing")

    assert topic_options(response) == {
        "performance": "Performance",
        "testing": "Testing and QA",
        "typing": "Typing",
    }
    assert result_titles(response) == ["How do you type-check Python?"]
    assert facets(search("en", q="python"), "Topic") == {
        "Testing and QA": 3,
        "Performance": 2,
        "Typing": 1,
    }


def test_a_topic_of_another_language_is_not_a_choice(python_content, topic, search):
    german = topic("de", "Nebenläufigkeit")

    response = search("en", q="python", topic=german.slug)

    assert response.status_code == 400
    assert f"There is no topic “{german.slug}” in this language" in response.text
    assert len(result_titles(response)) == 4  # searched without the topic
    assert german.slug not in topic_options(response)
