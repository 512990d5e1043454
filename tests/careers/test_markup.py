"""Careers pages are ready for a strict Content-Security-Policy: no inline scripts or styles."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)


@pytest.fixture
def pages(careers, role, home_pages):
    company = factories.CompanyPageFactory(
        parent=careers["companies"],
        hiring_process=[("step", {"title": "Call", "text": "A chat."})],
        benefits=[("benefit", "Holidays")],
    )
    job = factories.JobPageFactory(parent=company, role=role)
    path = factories.CareerPathPageFactory(
        parent=careers["career_paths"],
        role=role,
        steps=[
            (
                "step",
                {
                    "title": "Prepare",
                    "text": "",
                    "guide": None,
                    "skill_check": None,
                    "questions": {"heading": "", "questions": []},
                },
            )
        ],
    )
    bank = factories.QuestionIndexPageFactory(parent=home_pages["en"])
    skill_check = factories.SkillCheckPageFactory(
        parent=home_pages["en"], questions=[factories.QuestionPageFactory(parent=bank)]
    )
    return [
        careers["companies"],
        company,
        job,
        careers["jobs"],
        careers["career_paths"],
        path,
        skill_check,
    ]


def test_careers_pages_have_no_inline_scripts_or_style_attributes(client, pages):
    for page in pages:
        html = client.get(page.url).text
        assert " style=" not in html, page.url
        for attributes in SCRIPT.findall(html):
            is_data = 'type="application/ld+json"' in attributes
            is_deferred_file = " src=" in attributes and " defer" in attributes
            assert is_data or is_deferred_file, (page.url, attributes)


def test_careers_pages_have_one_h1_and_a_main_landmark(client, pages):
    for page in pages:
        html = client.get(page.url).text
        assert html.count("<h1") == 1, page.url
        assert '<main id="main"' in html
