"""Every shared block renders its preview value, so the admin's block previews work."""

import pytest

from django.urls import reverse
from django.utils.html import escape

from wagtail import blocks

from guides.blocks import AnswerStreamBlock, GuideStreamBlock
from portal.blocks import RelatedContentBlock
from portal.blocks.text import CalloutBlock, CodeBlock, HeadingBlock
from tests import factories

pytestmark = pytest.mark.django_db


def all_blocks():
    seen = {}
    for stream in (GuideStreamBlock(), AnswerStreamBlock()):
        for name, block in stream.child_blocks.items():
            seen.setdefault(type(block).__name__, (name, block))
    return list(seen.values())


@pytest.fixture
def preview_content(home_pages):
    """What the previews of the blocks that show chosen content pick up: the editor's live FAQs,
    questions and verified companies."""
    home = home_pages["en"]
    bank = factories.QuestionIndexPageFactory(parent=home)
    companies = factories.CompanyIndexPageFactory(parent=home)
    return {
        "faq": factories.FAQFactory(question="Can I apply without a degree?").question,
        "questions": factories.QuestionPageFactory(parent=bank, title="Lists or tuples?").title,
        "trusted_by": factories.CompanyPageFactory(
            parent=companies, title="Acme Analytics", verified=True
        ).title,
    }


# What each block's preview must show (from its preview value, or the content above).
PREVIEW_TEXT = {
    "heading": "Data types and mutability",
    "paragraph": "A strong answer names the trade-off",
    "code": "scores",
    "callout": "Using a mutable default argument",
    "related": "The Python tutorial",
    "next_steps": "Practise with the question bank",
    "pitfall": "Using a mutable default argument",
    "follow_up": "How would you make the tuple version hashable?",
}


@pytest.mark.parametrize(
    ("name", "block"), all_blocks(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_block_has_editor_help_and_its_admin_preview_shows_its_content(
    name, block, admin_client, preview_content
):
    assert block.meta.icon
    assert block.meta.description
    assert block.meta.preview_value is not None or isinstance(block, blocks.ListBlock)
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(PREVIEW_TEXT.get(name) or preview_content[name]) in html


def test_code_block_highlights_unknown_languages_as_plain_text():
    block = CodeBlock()
    value = block.to_python({"language": "klingon", "code": "DISPLAY 'HI'", "caption": ""})
    assert "DISPLAY" in block.render(value)


def test_related_content_keeps_external_links_and_drops_invisible_pages(home_pages):
    draft = factories.StandardPageFactory(parent=home_pages["en"], title="Draft page", live=False)
    block = RelatedContentBlock()
    value = block.to_python(
        {
            "heading": "More",
            "items": [
                {
                    "type": "external",
                    "value": {"url": "https://example.com/", "title": "Example", "description": ""},
                },
                {"type": "page", "value": {"page": draft.pk, "title": "", "description": ""}},
            ],
            "automatic": 0,
        }
    )
    html = block.render(value, context={"page": home_pages["en"]})
    assert 'href="https://example.com/"' in html
    assert "Draft page" not in html


def test_block_settings_are_not_indexed_as_page_content():
    heading = HeadingBlock()
    assert heading.get_searchable_content(
        heading.to_python({"text": "Data types", "level": "h2"})
    ) == ["Data types"]
    code = CodeBlock()
    assert "Python" not in code.get_searchable_content(
        code.to_python({"language": "python", "code": "x = 1", "caption": ""})
    )
    callout = CalloutBlock()
    content = callout.get_searchable_content(
        callout.to_python({"kind": "pitfall", "text": "<p>Careful</p>"})
    )
    assert "Common pitfall" not in content
