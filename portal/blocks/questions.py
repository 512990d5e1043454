"""Questions from the question bank, shown inline on guides, career paths and skill checks."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from portal.i18n import active_locale
from portal.visibility import visible

from .resolve import visible_pages

# What lists, tables of contents and API references read of a chosen question, and what its URL and
# visibility need: the rest of its row (the full answer, SEO and sharing fields) is most of it.
CARD_FIELDS = (
    "title",
    "draft_title",  # the admin's chooser
    "slug",
    "url_path",
    "path",
    "depth",
    "content_type",
    "locale",
    "translation_key",
    "live",
    "expire_at",
    "short_answer",
    "difficulty",
)


class QuestionChooserBlock(blocks.PageChooserBlock):
    """A question from the question bank, loaded with only what a question card shows (``CARD_FIELDS``):
    lists show the short answer, not the full one."""

    def __init__(self, **kwargs):
        super().__init__(page_type="guides.QuestionPage", **kwargs)

    def bulk_to_python(self, values):
        questions = self.model_class.objects.only(*CARD_FIELDS).in_bulk(values)
        return [questions.get(pk) for pk in values]


class QuestionListBlock(blocks.StructBlock):
    """A group of questions from the question bank, each with its short answer and a link to it.

    Each question gets an anchor (``#lists-vs-tuples``) so it can be linked to from anywhere.
    """

    heading = blocks.CharBlock(required=False, label=_("Heading"))
    questions = blocks.ListBlock(
        QuestionChooserBlock(label=_("Question")),
        label=_("Questions"),
        min_num=1,
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/question_list_block.html"
        label = _("Question list")
        description = _(
            "Questions from the question bank with their short answers, each with an anchor."
        )
        preview_value = {"heading": "Data types and mutability", "questions": []}

    def get_preview_value(self):
        """The preview in the block picker shows a few real questions of the editor's language."""
        QuestionPage = apps.get_model("guides", "QuestionPage")
        questions = visible(QuestionPage.objects.filter(locale=active_locale())).order_by("title")
        return self.normalize({**self.meta.preview_value, "questions": list(questions[:3])})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        QuestionPage = apps.get_model("guides", "QuestionPage")
        context["questions"] = visible_pages(value["questions"], model=QuestionPage)
        return context
