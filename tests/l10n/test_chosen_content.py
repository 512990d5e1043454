"""Chosen snippets and pages point to their translations in the target language."""

import pytest

from portal.models import Topic
from tests import factories

from .translating import edit_segment, translation_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_topic(admin_client, translate, django_capture_on_commit_callbacks):
    """An English topic and its German translation, "Datenbanken"."""
    topic = factories.TopicFactory(name="Databases", slug="databases")
    topic.save_revision().publish()
    german = translate(topic, "de")
    translation = translation_record(topic, "de")
    edit_segment(admin_client, translation, "name", "Datenbanken")
    edit_segment(admin_client, translation, "slug", "datenbanken")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return topic, Topic.objects.get(pk=german.pk)


def test_translated_question_is_tagged_with_the_german_topic(
    client, question_bank, german_topic, translate
):
    topic, german = german_topic
    question = factories.QuestionPageFactory(parent=question_bank, topics=[topic])
    question.save_revision().publish()

    german_question = translate(question, "de")

    assert [link.topic for link in german_question.topic_links.all()] == [german]
    assert [link.topic for link in question.topic_links.all()] == [topic]
    assert "Datenbanken" in client.get(german_question.url).text


def test_translating_a_question_translates_its_untranslated_topic_too(
    question_bank, translate, locales
):
    topic = factories.TopicFactory(name="Testing")
    question = factories.QuestionPageFactory(parent=question_bank, topics=[topic])
    question.save_revision().publish()

    german_question = translate(question, "de")

    german_topic = german_question.topic_links.get().topic
    assert german_topic.locale == locales["de"]
    assert german_topic.translation_key == topic.translation_key


def test_german_guide_shows_the_german_translation_of_a_chosen_faq(
    admin_client, client, guide_index, translate, django_capture_on_commit_callbacks
):
    faq = factories.FAQFactory(question="Can I apply twice?")
    faq.save_revision().publish()
    german_faq = translate(faq, "de")
    translation = translation_record(faq, "de")
    edit_segment(admin_client, translation, "question", "Kann ich mich zweimal bewerben?")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    body = [("faq", {"heading": "FAQ", "audience": "both", "faqs": [faq]})]
    guide = factories.GuidePageFactory(parent=guide_index, body=body)
    guide.save_revision().publish()

    german_guide = translate(guide, "de")

    assert german_guide.body[0].value["faqs"][0].pk == german_faq.pk
    html = client.get(german_guide.url).text
    assert "Kann ich mich zweimal bewerben?" in html
    assert "Can I apply twice?" not in html
    assert "Can I apply twice?" in client.get(guide.url).text
