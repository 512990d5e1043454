"""Skill checks: a private self-assessment over questions from the question bank."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.blocks.resolve import visible_pages
from portal.models import BasePage, IndexPage
from portal.visibility import visible

from .questions import QuestionPage


class SkillCheckIndexPage(IndexPage):
    """Lists the skill checks of its language; editors place it below the home page, usually in
    the navigation ("Show in menus")."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.SkillCheckPage"]

    class Meta:
        verbose_name = _("skill check index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["skill_checks"] = visible(SkillCheckPage.objects.child_of(self)).order_by("title")
        return context


class SkillCheckPage(BasePage):
    """A set of questions a candidate works through alone: reveal each answer, mark "knew it" or
    "review", and get a list of topics to review. Nothing is sent to the server."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultipleChooserPanel(
            "questions", chooser_field_name="question", heading=_("Questions"), min_num=1
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        SynchronizedField("questions"),
    ]

    # Below the home page too: skill checks placed there before the index existed keep working.
    parent_page_types = ["guides.SkillCheckIndexPage", "home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("skill check")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = [link.question for link in self.questions.select_related("question")]
        questions = visible_pages(chosen, model=QuestionPage)
        # The summary names each question's topics: fetch them all at once.
        prefetch_related_objects([shown.page for shown in questions], "topic_links__topic")
        context["questions"] = questions
        return context


class SkillCheckQuestion(Orderable):
    """One question of a skill check; the same choice serves every translation of the check."""

    page = ParentalKey(SkillCheckPage, on_delete=models.CASCADE, related_name="questions")
    question = models.ForeignKey("guides.QuestionPage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("question")]
