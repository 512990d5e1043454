import pytest

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
