from io import StringIO

import pytest

from django.core.management import call_command

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", stdout=StringIO())


def test_reader_follows_a_question_anchor_and_filters_the_bank_by_difficulty(demo, page):
    page.goto("/en/guides/python-interview-questions/")
    assert (
        page.get_by_role("heading", level=1).inner_text().startswith("Python interview questions")
    )

    page.locator(".question-card a.anchor").first.click()
    anchor = page.evaluate("location.hash")
    assert anchor.startswith("#")
    assert page.locator(f"article{anchor}").is_visible()

    page.goto("/en/questions/")
    page.get_by_label("Difficulty").select_option("senior")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**difficulty=senior**")
    badges = page.locator(".question-results .badge").all_inner_texts()
    assert badges
    assert set(badges) == {"Senior"}
