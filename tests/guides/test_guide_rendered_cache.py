"""A guide's body HTML and JSON-LD are remembered until content changes (``GuidePage.rendered_parts``):
what visitors see next is what was published last, and a preview never reads or fills them."""

import pytest

from guides.models import GuidePage

from .test_guide_page import json_ld, make_guide

pytestmark = pytest.mark.django_db


def faq_answers(html):
    pages = [item for item in json_ld(html) if item.get("@type") == "FAQPage"]
    return [entry["acceptedAnswer"]["text"] for entry in pages[0]["mainEntity"]]


def test_a_question_published_after_the_guide_was_viewed_shows_as_published(
    client, guide_index, question_bank
):
    guide, questions = make_guide(guide_index, question_bank, 2)
    assert questions[0].title in client.get(guide.url).text

    questions[0].title = "How do generators save memory?"
    questions[0].save_revision().publish()
    questions[1].unpublish()

    html = client.get(guide.url).text
    assert "How do generators save memory?" in html
    assert f'href="{questions[1].url}"' not in html


def test_an_faq_published_after_the_guide_was_viewed_shows_in_the_body_and_the_json_ld(
    client, guide_index, question_bank
):
    guide, _ = make_guide(guide_index, question_bank, 1)
    faq = guide.body[2].value["faqs"][0]
    assert not any("hiring manager" in answer for answer in faq_answers(client.get(guide.url).text))

    faq.answer = "<p>Yes: every answer is reviewed by a hiring manager.</p>"
    faq.save_revision().publish()

    html = client.get(guide.url).text
    assert "every answer is reviewed by a hiring manager" in html.split("</head>", 1)[1]
    assert any("reviewed by a hiring manager" in answer for answer in faq_answers(html))


def test_a_preview_shows_the_draft_body_and_leaves_the_live_one_alone(
    client, guide_index, question_bank
):
    guide, _ = make_guide(guide_index, question_bank, 1)
    draft = GuidePage.objects.get(pk=guide.pk)
    draft.body = [("heading", {"text": "A heading in the draft", "level": "h2"})]

    before = draft.make_preview_request().content.decode()  # nothing remembered yet
    assert "A heading in the draft" in before
    live = client.get(guide.url).text  # remembered now
    assert "A heading in the draft" not in live and "Data types" in live
    after = draft.make_preview_request().content.decode()
    assert "A heading in the draft" in after and "Data types" not in after
    assert client.get(guide.url).text == live
