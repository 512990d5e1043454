"""Editors translate FAQs, topics and roles with wagtail-localize, like pages."""

import pytest

from django.urls import reverse

from portal.models import FAQ, Topic
from tests import factories

from .translating import edit_segment, translation_record

pytestmark = pytest.mark.django_db


def snippet_edit_url(snippet):
    return reverse(type(snippet).snippet_viewset.get_url_name("edit"), args=[snippet.pk])


def publish_snippet(client, snippet, django_capture_on_commit_callbacks):
    """Press "Publish" in the translation editor of a snippet."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(snippet_edit_url(snippet), {"action": "publish"})
    assert response.status_code == 302, response.content
    snippet.refresh_from_db()
    return snippet


def test_editor_translates_an_faq_into_german_through_the_admin(
    admin_client, client, locales, home_pages, django_capture_on_commit_callbacks
):
    faq = factories.FAQFactory(
        question="Can I apply twice?", answer="<p>Yes, after six months.</p>"
    )
    faq.save_revision().publish()
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["portal", "faq", faq.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(submit, {"locales": [locales["de"].pk]})
    german = faq.get_translation(locales["de"])
    assert response["Location"] == snippet_edit_url(german)

    translation = translation_record(faq, "de")
    edit_segment(admin_client, translation, "question", "Kann ich mich zweimal bewerben?")
    edit_segment(admin_client, translation, "answer", "Ja, nach sechs Monaten.")
    german = publish_snippet(admin_client, german, django_capture_on_commit_callbacks)

    assert german.live
    assert german.question == "Kann ich mich zweimal bewerben?"
    assert german.answer == "<p>Ja, nach sechs Monaten.</p>"
    assert german.audience == faq.audience  # not translated: copied from the source
    assert list(FAQ.objects.live().filter(locale=locales["de"])) == [german]


def test_snippet_translation_editor_opens_for_a_translated_topic(admin_client, translate):
    topic = factories.TopicFactory(name="Databases")
    german = translate(topic, "de")
    response = admin_client.get(snippet_edit_url(german))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_topic_translation_keeps_its_own_slug_and_name(
    admin_client, translate, locales, django_capture_on_commit_callbacks
):
    topic = factories.TopicFactory(name="Databases", slug="databases")
    german = translate(topic, "de")
    translation = translation_record(topic, "de")
    edit_segment(admin_client, translation, "name", "Datenbanken")
    edit_segment(admin_client, translation, "slug", "datenbanken")
    publish_snippet(admin_client, german, django_capture_on_commit_callbacks)

    assert Topic.objects.get(locale=locales["de"], slug="datenbanken").name == "Datenbanken"
    assert Topic.objects.get(locale=locales["en"], slug="databases").name == "Databases"


def test_syncing_a_changed_faq_updates_its_translation(
    admin_client, translate, django_capture_on_commit_callbacks
):
    faq = factories.FAQFactory(question="Is the portal free?")
    faq.save_revision().publish()
    german = translate(faq, "de")
    faq.question = "Is the portal free for candidates?"
    faq.save_revision().publish()

    sync = reverse(
        "wagtail_localize:update_translations", args=[translation_record(faq, "de").source_id]
    )
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(sync, {"publish_translations": "on", "use_machine_translation": "on"})

    german.refresh_from_db()
    assert german.question == "candidates? for free portal the Is"  # machine (dummy) translated
