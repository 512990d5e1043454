import pytest

from wagtail.models import PageViewRestriction

from guides.importer import QuestionImporter
from tests import factories

from .conftest import exchange_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank_with_questions(question_bank):
    databases = factories.TopicFactory(name="Databases")
    python = factories.TopicFactory(name="Python")
    backend = factories.RoleFactory(name="Backend developer")
    questions = {
        "n+1": factories.QuestionPageFactory(
            parent=question_bank,
            title="What is the N+1 query problem?",
            difficulty="mid",
            topics=[databases],
            roles=[backend],
        ),
        "index": factories.QuestionPageFactory(
            parent=question_bank,
            title="When does an index help?",
            difficulty="senior",
            topics=[databases],
        ),
        "tuples": factories.QuestionPageFactory(
            parent=question_bank, title="Lists or tuples?", difficulty="junior", topics=[python]
        ),
    }
    return question_bank, questions


def titles(response):
    return [question.title for question in response.context["questions"]]


def test_bank_lists_live_questions_of_its_language(client, bank_with_questions, home_pages):
    bank, questions = bank_with_questions
    questions["index"].unpublish()
    PageViewRestriction.objects.create(
        page=questions["tuples"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(bank.url)
    assert titles(response) == ["What is the N+1 query problem?"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("difficulty=senior", ["When does an index help?"]),
        ("topic=databases", ["What is the N+1 query problem?", "When does an index help?"]),
        ("role=backend-developer", ["What is the N+1 query problem?"]),
        ("q=n%2B1+query", ["What is the N+1 query problem?"]),
        ("topic=databases&difficulty=mid", ["What is the N+1 query problem?"]),
    ],
)
def test_filters_narrow_the_list(client, bank_with_questions, query, expected):
    bank, _ = bank_with_questions
    assert titles(client.get(f"{bank.url}?{query}")) == expected


def test_filter_choices_show_counts(client, bank_with_questions):
    bank, _ = bank_with_questions
    html = client.get(bank.url).text
    assert "Databases (2)" in html
    assert "Python (1)" in html
    assert "Senior (1)" in html


@pytest.mark.parametrize(
    "query",
    ["difficulty=expert", "topic=no-such-topic", "role=%00", "topic=" + "x" * 5000],
)
def test_invalid_filter_values_show_a_message_and_never_fail(client, bank_with_questions, query):
    bank, _ = bank_with_questions
    response = client.get(f"{bank.url}?{query}")
    assert response.status_code == 200
    assert "Some filters were not understood and were ignored" in response.text
    assert len(titles(response)) == 3  # the bad filter is ignored, not applied


def test_a_repeated_parameter_uses_its_last_value(client, bank_with_questions):
    bank, _ = bank_with_questions
    response = client.get(f"{bank.url}?difficulty=senior&difficulty=junior")
    assert response.status_code == 200
    assert titles(response) == ["Lists or tuples?"]


def test_invalid_filter_keeps_the_valid_ones(client, bank_with_questions):
    bank, _ = bank_with_questions
    response = client.get(f"{bank.url}?topic=databases&difficulty=expert")
    assert titles(response) == ["What is the N+1 query problem?", "When does an index help?"]


@pytest.mark.parametrize("page", ["0", "-1", "1e309", "abc", "99999", ""])
def test_odd_page_numbers_show_a_page_not_an_error(client, bank_with_questions, page):
    bank, _ = bank_with_questions
    response = client.get(f"{bank.url}?page={page}")
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_bank_pages_twenty_questions_at_a_time(client, question_bank):
    for _ in range(45):
        factories.QuestionPageFactory(parent=question_bank)
    first = client.get(question_bank.url)
    assert len(titles(first)) == 20
    assert 'rel="next" href="?page=2"' in first.text
    third = client.get(f"{question_bank.url}?page=3&difficulty=")
    assert len(titles(third)) == 5
    assert "Page 3 of 3" in third.text


def test_question_bank_pages_cost_the_same_few_queries_however_deep(
    client, question_bank, django_assert_max_num_queries, django_assert_num_queries
):
    """The 10,000-question version of this runs in ``benchmarks/bench_guides.py``."""
    QuestionImporter(
        {
            "questions": [
                exchange_item(f"question-{n:03d}", topics=["Python fundamentals"])
                for n in range(41)
            ]
        }
    ).run()
    url = f"{question_bank.url}?topic=python-fundamentals&page="
    client.get(question_bank.url)
    with django_assert_max_num_queries(12) as first_page:
        response = client.get(f"{url}1")
    assert response.status_code == 200
    assert len(response.context["questions"]) == 20
    with django_assert_num_queries(len(first_page)):
        response = client.get(f"{url}3")
    assert response.status_code == 200
    assert len(response.context["questions"]) == 1
    assert response.context["questions"].paginator.count == 41
