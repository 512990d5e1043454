from io import StringIO

import pytest

from django.core.management import call_command

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_visitor_switches_the_home_page_from_english_to_german(page):
    page.goto("/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()

    page.wait_for_url("**/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.get_by_role("link", name="Zum Hauptinhalt springen").count() == 1


def test_reader_switches_a_guide_to_german_and_lands_on_its_translation(page):
    call_command("load_demo", stdout=StringIO())
    page.goto("/en/guides/python-interview-questions/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Deutsch").click()

    page.wait_for_url("**/de/leitfaeden/python-interviewfragen/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert "Python-Interviewfragen" in page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_text("Was ist ein Generator in Python").count() >= 1
