"""A visitor types into the search box, picks a suggestion with the keyboard, and filters results."""

import re

import pytest

from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def content(home_pages):
    home = home_pages["en"]
    bank = factories.QuestionIndexPageFactory(parent=home)
    factories.QuestionPageFactory(parent=bank, title="What is a Python generator?")
    factories.QuestionPageFactory(parent=bank, title="How do Python decorators work?")
    factories.GuidePageFactory(
        parent=factories.GuideIndexPageFactory(parent=home), title="Python interview guide"
    )
    return factories.StandardPageFactory(parent=home, title="Interview day checklist")


def test_visitor_picks_a_suggestion_with_the_keyboard(page, content):
    page.goto("/en/")
    box = page.get_by_role("combobox", name="Search questions, guides and jobs")

    box.press_sequentially("intervi", delay=50)
    option = page.get_by_role("option", name=re.compile("Interview day checklist"))
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"

    box.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    box.press("Enter")

    page.wait_for_url(f"**{content.url}")
    assert page.get_by_role("heading", level=1).inner_text() == "Interview day checklist"


def test_suggestions_open_below_the_search_box_without_reshaping_the_header(page, content):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/en/")
    box = page.get_by_role("combobox", name="Search questions, guides and jobs")
    button = page.locator(".site-search button[type=submit]")
    before = box.bounding_box(), button.bounding_box()

    box.press_sequentially("python", delay=30)
    listbox = page.get_by_role("listbox")
    listbox.wait_for()

    field, panel = box.bounding_box(), listbox.bounding_box()
    assert (field, button.bounding_box()) == before
    # The listbox floats over the page right under the box, at least as wide as the box.
    assert field["y"] + field["height"] <= panel["y"] <= field["y"] + field["height"] + 16
    assert panel["width"] >= field["width"] - 1
    assert page.evaluate("getComputedStyle(document.querySelector('[role=listbox]')).position") == (
        "absolute"
    )


def test_escape_closes_the_suggestions_and_enter_searches(page, content):
    page.goto("/en/")
    box = page.get_by_role("combobox", name="Search questions, guides and jobs")
    box.press_sequentially("python", delay=30)
    page.get_by_role("listbox").first.wait_for()

    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("Enter")

    page.wait_for_url("**/en/search/?q=python")
    assert page.get_by_role("heading", name="3 results for “python”").is_visible()


def test_visitor_filters_results_by_type(page, content):
    page.goto("/en/search/?q=python")
    refine = page.get_by_role("navigation", name="Refine the results")

    refine.get_by_role("link", name=re.compile(r"^Questions \(2\)")).click()

    page.wait_for_url(re.compile(r"type=question"))
    assert page.get_by_role("heading", name="2 results for “python”").is_visible()
    types = page.locator(".search-hit__type").all_text_contents()
    assert types == ["Question", "Question"]
    assert (
        refine.get_by_role("link", name=re.compile("^Questions")).get_attribute("aria-current")
        == "true"
    )
