"""Every shared block renders its preview value, so the admin's block previews work."""

import pytest

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import escape

from wagtail import blocks

from careers.blocks import CompanyStreamBlock
from guides.blocks import AnswerStreamBlock, GuideStreamBlock
from home.models import HomeStreamBlock
from portal.blocks import RelatedContentBlock
from portal.blocks.text import CalloutBlock, CodeBlock, HeadingBlock
from tests import factories

pytestmark = pytest.mark.django_db


def all_blocks():
    seen = {}
    for stream in (
        GuideStreamBlock(),
        AnswerStreamBlock(),
        HomeStreamBlock(),
        CompanyStreamBlock(),
    ):
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
    acme = factories.CompanyPageFactory(parent=companies, title="Acme Analytics", verified=True)
    topic = factories.TopicFactory(name="Python fundamentals", slug="python-fundamentals")
    question = factories.QuestionPageFactory(parent=bank, title="Lists or tuples?", topics=[topic])
    guides = factories.GuideIndexPageFactory(parent=home)
    paths = factories.CareerPathIndexPageFactory(parent=home)
    return {
        "faq": factories.FAQFactory(question="Can I apply without a degree?").question,
        "questions": question.title,
        "trusted_by": acme.title,
        "companies": acme.title,
        "topics": topic.name,
        "guides": factories.GuidePageFactory(parent=guides, title="Python interviews").title,
        "vacancies": factories.JobPageFactory(parent=acme, title="Backend developer").title,
        "career_paths": factories.CareerPathPageFactory(parent=paths, title="Data engineer").title,
        "skill_checks": factories.SkillCheckPageFactory(parent=home, title="Python basics").title,
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
    "hero": "Prepare for your next technical interview",
    "employers": "Hiring Python developers?",
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
    assert block.is_previewable
    assert "/static/css/portal.css" in html  # shown as on the site, not as unstyled HTML


SHARED_BLOCKS = [
    (name, block)
    for name, block in all_blocks()
    if type(block).__module__.startswith(("portal.", "home."))
]


@pytest.mark.parametrize(
    ("name", "block"), SHARED_BLOCKS, ids=lambda value: value if isinstance(value, str) else ""
)
def test_block_field_labels_are_in_sentence_case_and_translated(name, block):
    def labels(block):
        for child in getattr(block, "child_blocks", {}).values():
            yield child
            yield from labels(child)
        if isinstance(block, blocks.ListBlock):
            yield block.child_block
            yield from labels(block.child_block)

    for child in labels(block):
        # A label Wagtail made from the field's name is a plain str, one marked for translation lazy.
        assert isinstance(child.label, Promise), (name, child.label)
        assert str(child.label)[:1].isupper(), (name, child.label)


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
