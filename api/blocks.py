"""StreamField content as the API shows it: structured blocks, with every chosen page or FAQ
resolved the way the page renders it (its visible translation in the item's language, dropped when
a visitor could not see it), never a bare id of something hidden.

Wagtail's own ``get_api_representation`` gives the id of whatever page an editor chose, visible or
not; here only leaf values (text, rich text, choices) use it.
"""

from django.apps import apps
from django.utils import translation

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import (
    FAQBlock,
    NextStepsBlock,
    QuestionListBlock,
    RelatedContentBlock,
    TrustedByBlock,
)
from portal.blocks.resolve import visible_pages

from .links import page_ref


def stream(value, request, page):
    """A StreamField value as a list of ``{"type", "id", "value"}`` in the page's language."""
    if value is None:
        return []
    context = {"request": request, "page": page}
    with translation.override(page.locale.language_code):
        return _represent(value.stream_block, value, context)


def _represent(block, value, context):
    request = context["request"]
    if isinstance(block, QuestionListBlock):
        model = apps.get_model("guides", "QuestionPage")
        questions = visible_pages(value["questions"], model=model)
        return {
            "heading": value["heading"],
            "questions": [page_ref(shown.page, request) for shown in questions],
        }
    if isinstance(block, FAQBlock):
        return {
            "heading": value["heading"],
            "faqs": [
                {"id": faq.pk, "question": faq.question, "answer": str(faq.answer)}
                for faq in block.visible_faqs(value)
            ],
        }
    if isinstance(block, RelatedContentBlock):
        links = block.get_context(value, context)["links"]
        return {"heading": value["heading"], "links": links}
    if isinstance(block, NextStepsBlock):
        cards = block.get_context(value, context)["cards"]
        return {"heading": value["heading"], "steps": cards}
    if isinstance(block, TrustedByBlock):
        companies = block.get_context(value, context)["companies"]
        return {
            "heading": value["heading"],
            "companies": [page_ref(company, request) for company in companies],
        }
    if isinstance(block, blocks.PageChooserBlock):
        shown = visible_pages([value])
        return page_ref(shown[0].page, request) if shown else None
    if isinstance(block, SnippetChooserBlock):
        return None  # only FAQBlock chooses snippets, and it resolves them above
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child.block_type,
                "id": child.id,
                "value": _represent(child.block, child.value, context),
            }
            for child in value
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: _represent(child, value.get(name), context)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [_represent(block.child_block, item, context) for item in value]
    return block.get_api_representation(value, context)
