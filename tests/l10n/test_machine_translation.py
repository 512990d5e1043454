"""Machine translation: DeepL when DEEPL_API_KEY is set, the dummy translator otherwise and in tests."""

import socket

import pytest

from django.urls import reverse

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import StringTranslation

from tests import factories

from .translating import publish_page, translation_record

LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost"}


def test_tests_always_use_the_dummy_translator():
    assert isinstance(get_machine_translator(), DummyTranslator)


@pytest.fixture
def no_network(monkeypatch):
    """Fail any connection leaving this machine (PostgreSQL and Redis are local)."""
    connect = socket.socket.connect

    def local_only(sock, address):
        if isinstance(address, tuple) and address[0] not in LOCAL_HOSTS:
            raise AssertionError(f"network call to {address}")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", local_only)


@pytest.mark.django_db
def test_machine_translate_fills_every_segment_with_the_dummy_translator(
    admin_client, client, home_pages, translate, no_network, django_capture_on_commit_callbacks
):
    page = factories.StandardPageFactory(
        parent=home_pages["en"], title="For employers", intro="Hire Python developers."
    )
    page.save_revision().publish()
    german = translate(page, "de")
    translation = translation_record(page, "de")
    edit_url = reverse("wagtailadmin_pages:edit", args=[german.pk])

    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    )

    assert response["Location"] == edit_url
    intro = StringTranslation.objects.get(locale=german.locale, context__path="intro")
    assert intro.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert intro.tool_name == "Dummy translator"
    assert intro.data == "developers. Python Hire"  # the dummy translator reverses the words
    german = publish_page(admin_client, german, django_capture_on_commit_callbacks)
    assert german.intro == "developers. Python Hire"
