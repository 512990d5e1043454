"""Dates, numbers and money are written the way readers of the page's language expect."""

import datetime
from decimal import Decimal

import pytest

from django.core.paginator import Paginator
from django.template import Context, Template
from django.utils import translation

from tests import factories

NBSP = "\u00a0"


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load portal_formats %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", f"70,000{NBSP}EUR"), ("de", f"70.000{NBSP}EUR"), ("fr", f"70{NBSP}000{NBSP}EUR")],
)
def test_money_has_the_languages_separators_and_the_currency_code(language, expected):
    assert render("{{ amount|money:'EUR' }}", language, amount=Decimal("70000.00")) == expected


@pytest.mark.parametrize(
    ("language", "expected"), [("en", f"32.50{NBSP}GBP"), ("de", f"32,50{NBSP}GBP")]
)
def test_money_shows_cents_only_when_there_are_any(language, expected):
    assert render("{{ amount|money:'GBP' }}", language, amount=Decimal("32.5")) == expected


def test_money_without_an_amount_is_empty():
    assert render("{{ amount|money:'EUR' }}", "de", amount=None) == ""


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (60000, 80000, f"60.000\u201380.000{NBSP}EUR"),
        (60000, None, f"ab 60.000{NBSP}EUR"),
        (None, 80000, f"bis 80.000{NBSP}EUR"),
        (70000, 70000, f"70.000{NBSP}EUR"),
        (None, None, ""),
    ],
)
def test_salary_range(low, high, expected):
    assert render("{% money_range low high 'EUR' %}", "de", low=low, high=high) == expected


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "12,345"), ("de", "12.345"), ("fr", f"12{NBSP}345")]
)
def test_numbers_have_the_languages_thousands_separator(language, expected):
    assert render("{{ count|number }}", language, count=12345) == expected


def test_number_filter_leaves_text_alone():
    assert render("{{ value|number }}", "de", value="n/a") == "n/a"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Nov. 24, 2026"), ("de", "24. November 2026"), ("fr", "24 novembre 2026")],
)
def test_question_last_reviewed_date_is_written_in_the_pages_language(
    client, home_pages, language, expected
):
    bank = factories.QuestionIndexPageFactory(parent=home_pages[language])
    question = factories.QuestionPageFactory(parent=bank, last_reviewed=datetime.date(2026, 11, 24))
    question.save_revision().publish()
    html = client.get(question.url).text
    assert f'<time datetime="2026-11-24">{expected}</time>' in html


@pytest.mark.django_db
def test_question_bank_count_has_the_languages_thousands_separator(client, home_pages, monkeypatch):
    factories.QuestionIndexPageFactory(parent=home_pages["de"], slug="fragen")
    monkeypatch.setattr(Paginator, "count", 1234)  # as if the bank held 1,234 questions
    html = client.get("/de/fragen/").text
    count = html.split('<p aria-live="polite">', 1)[1].split("</p>", 1)[0]
    assert count.startswith("1.234 ")
