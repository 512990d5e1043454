"""The relevance test set (relevance.json): for each search, the question that must come first."""

import json
from pathlib import Path

import pytest

from tests import factories
from tests.search.conftest import result_titles

pytestmark = pytest.mark.django_db

RELEVANCE = json.loads((Path(__file__).parent / "relevance.json").read_text())


@pytest.fixture
def relevance_bank(question_banks, topic):
    topics = {}
    titles = {}
    for item in RELEVANCE["questions"]:
        language = item["language"]
        for name in item["topics"]:
            if (language, name) not in topics:
                topics[language, name] = topic(language, name)
        factories.QuestionPageFactory(
            parent=question_banks[language],
            slug=item["slug"],
            title=item["title"],
            short_answer=item["short_answer"],
            answer=[("paragraph", f"<p>{item['answer']}</p>")],
            topics=[topics[language, name] for name in item["topics"]],
        )
        titles[item["slug"]] = item["title"]
    return titles


def test_each_search_of_the_relevance_set_ranks_its_question_first(relevance_bank, search):
    misses = []
    for case in RELEVANCE["cases"]:
        titles = result_titles(search(case["language"], q=case["query"]))
        expected = relevance_bank[case["first"]]
        if not titles or titles[0] != expected:
            misses.append(f"{case['language']} {case['query']!r} ({case['why']}): {titles[:3]}")

    assert not misses, "\n".join(["First result is not the expected one:", *misses])
