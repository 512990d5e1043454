"""Blocks used only by guides and questions."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from portal.blocks import (
    CalloutBlock,
    CodeBlock,
    FAQBlock,
    HeadingBlock,
    NextStepsBlock,
    ParagraphBlock,
    QuestionListBlock,
    RelatedContentBlock,
    TrustedByBlock,
)

from .markdown import inline_markdown


class FollowUpQuestionsBlock(blocks.ListBlock):
    """Questions an interviewer is likely to ask next."""

    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label=_("question")), **kwargs)

    class Meta:
        icon = "help"
        template = "blocks/follow_up_questions_block.html"
        label = _("Follow-up questions")
        description = _("Questions an interviewer is likely to ask next.")
        preview_value = ["How would you make the tuple version hashable?"]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Follow-ups come from the exchange format's Markdown ("Follow-up: Why `@cache`?").
        context["questions"] = [inline_markdown(question) for question in value]
        return context


class AnswerStreamBlock(blocks.StreamBlock):
    """The full answer to a question."""

    paragraph = ParagraphBlock()
    code = CodeBlock()
    pitfall = CalloutBlock(label=_("Common pitfall"))
    follow_up = FollowUpQuestionsBlock()


class GuideStreamBlock(blocks.StreamBlock):
    """The body of a guide: text, question lists, FAQs and links onward."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    code = CodeBlock()
    callout = CalloutBlock()
    questions = QuestionListBlock()
    faq = FAQBlock()
    related = RelatedContentBlock()
    next_steps = NextStepsBlock()
    trusted_by = TrustedByBlock()
