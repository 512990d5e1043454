"""Fixtures for translation tests: translating through wagtail-localize as the admin does, or
directly (a copy edited by hand, as the question importer makes them)."""

import pytest

from wagtail.models import Page
from wagtail_localize.operations import translate_object

from tests import factories


@pytest.fixture
def translate(locales, admin_user, django_capture_on_commit_callbacks):
    """Submit an object for translation with wagtail-localize, as the "Translate" button does.

    wagtail-localize publishes the new translation when the transaction commits; the test's
    transaction never does, so the commit callbacks run here.
    """

    def translate(instance, language="de"):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(instance, [locales[language]], user=admin_user)
        translation = instance.get_translation(locales[language])
        return translation.specific if isinstance(translation, Page) else translation

    return translate


@pytest.fixture
def translate_directly(locales):
    """A translation made outside wagtail-localize: a copy with its own text, published."""

    def translate_directly(page, language="de", **fields):
        translation = page.copy_for_translation(locales[language], alias=False).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        return translation

    return translate_directly


@pytest.fixture
def guide_index(home_pages, translate):
    """The English guide index and its German translation, both live."""
    index = factories.GuideIndexPageFactory(parent=home_pages["en"])
    index.save_revision().publish()
    translate(index, "de")
    return index


@pytest.fixture
def question_bank(home_pages, translate):
    """The English question bank and its German translation, both live."""
    bank = factories.QuestionIndexPageFactory(parent=home_pages["en"])
    bank.save_revision().publish()
    translate(bank, "de")
    return bank
