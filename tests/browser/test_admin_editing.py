"""Editors in Wagtail's admin, in a real browser: what its JavaScript does for them."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page

from guides.models import GuidePage, QuestionPage
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "editor-password"


@pytest.fixture
def editor(page, transactional_db):
    get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    return page


@pytest.fixture
def english_home(transactional_db):
    return Page.objects.get(depth=2, locale__language_code="en").specific


def publish(page):
    """Open the footer's action menu and choose Publish, as an editor does."""
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state("load")


def test_a_new_question_gets_its_slug_from_the_question(editor, english_home):
    bank = factories.QuestionIndexPageFactory(parent=english_home)
    editor.goto(f"/admin/pages/add/guides/questionpage/{bank.pk}/")

    editor.locator("#id_title").fill("What is a generator?")
    editor.locator("#id_short_answer").fill("Lazy iteration with yield.")
    publish(editor)

    question = QuestionPage.objects.get(title="What is a generator?")
    assert question.slug == "what-is-a-generator"
    assert question.live


def test_an_empty_faq_block_publishes_and_shows_every_faq(editor, english_home):
    guides = factories.GuideIndexPageFactory(parent=english_home)
    editor.goto(f"/admin/pages/add/guides/guidepage/{guides.pk}/")
    editor.locator("#id_title").fill("Python interview questions")
    editor.locator("#id_intro").fill("Get ready.")

    editor.locator("[data-contentpath='body'] button.c-sf-add-button").first.click()
    editor.locator(".w-combobox__option", has_text="FAQ").first.click()
    faq_block = editor.locator("[data-contentpath='body'] [data-contentpath='faqs']")
    faq_block.wait_for()
    assert faq_block.locator("[data-contentpath]").count() == 0  # no empty chooser inserted
    publish(editor)

    guide = GuidePage.objects.get(title="Python interview questions")
    assert guide.live
    assert [block.block_type for block in guide.body] == ["faq"]
    assert list(guide.body[0].value["faqs"]) == []
