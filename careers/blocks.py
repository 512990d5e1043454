"""Blocks used only by company, vacancy and career-path pages."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from portal.blocks import (
    FAQBlock,
    HeadingBlock,
    ParagraphBlock,
    QuestionListBlock,
    RelatedContentBlock,
)
from portal.blocks.resolve import visible_pages


class HiringStepBlock(blocks.StructBlock):
    """One step of a company's hiring process."""

    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(required=False, label=_("what happens"))

    class Meta:
        icon = "list-ol"
        template = "blocks/hiring_step_block.html"
        label = _("Hiring step")
        description = _("One step of the hiring process, such as a technical interview.")
        preview_value = {"title": "Technical interview", "text": "60 minutes with two engineers."}


class CompanyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    faq = FAQBlock()
    related = RelatedContentBlock()


class JobDescriptionBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()


class CareerStepBlock(blocks.StructBlock):
    """One preparation step on a career path, linking a guide, questions or a skill check."""

    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(required=False, label=_("text"))
    guide = blocks.PageChooserBlock(page_type="guides.GuidePage", required=False, label=_("guide"))
    skill_check = blocks.PageChooserBlock(
        page_type="guides.SkillCheckPage", required=False, label=_("skill check")
    )
    questions = QuestionListBlock(required=False, label=_("questions"))

    class Meta:
        icon = "pick"
        template = "blocks/career_step_block.html"
        label = _("Preparation step")
        description = _("A step on the path, with links to a guide, questions or a skill check.")
        preview_value = {
            "title": "Master the fundamentals",
            "text": "Data types, mutability and functions.",
        }

    def get_context(self, value, parent_context=None):
        """The chosen guide, skill check and questions as the visitor's language shows them."""
        context = super().get_context(value, parent_context)
        for name, model in (("guide", "GuidePage"), ("skill_check", "SkillCheckPage")):
            shown = visible_pages([value[name]], model=apps.get_model("guides", model))
            context[name] = shown[0] if shown else None
        chosen = value["questions"]["questions"] if value["questions"] else []
        context["questions"] = visible_pages(
            list(chosen), model=apps.get_model("guides", "QuestionPage")
        )
        return context
