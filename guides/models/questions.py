"""The question bank: one page per question, listed and filtered by the question index."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultipleChooserPanel, TitleFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.blocks.links import automatic_links
from portal.fields import StreamField
from portal.i18n import active_locale
from portal.models import BasePage, IndexPage
from portal.visibility import visible

from .. import jsonld
from ..blocks import AnswerStreamBlock
from ..choices import Difficulty
from ..filters import QuestionFilterSet, question_bank_facets
from ..markdown_versions import QuestionMarkdown
from .guides import guide_trails


class QuestionIndexPage(IndexPage):
    """The question bank: every live question of its language, filterable, 20 a page."""

    search_fields = IndexPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.QuestionPage"]

    per_page = 20

    class Meta:
        verbose_name = _("question bank")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        questions = visible(QuestionPage.objects.child_of(self)).order_by("title")
        facets = question_bank_facets(questions, self.pk, active_locale())
        filterset = QuestionFilterSet(request.GET or None, queryset=questions, facets=facets)
        paginator = Paginator(filterset.qs, self.per_page)
        context["filterset"] = filterset
        context["questions"] = paginator.get_page(request.GET.get("page"))
        return context


class QuestionPage(QuestionMarkdown, BasePage):
    """One interview question: the question is the title, with what a strong answer covers."""

    short_answer = models.TextField(
        _("what a strong answer covers"),
        help_text=_(
            "Two or three sentences, shown in lists and guides and used as the accepted answer."
        ),
    )
    answer = StreamField(AnswerStreamBlock(), blank=True, verbose_name=_("full answer"))
    difficulty = models.CharField(
        _("difficulty"),
        max_length=10,
        choices=Difficulty.choices,
        default=Difficulty.JUNIOR,
        db_index=True,
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = [
        # TitleFieldPanel, not FieldPanel: Wagtail's slug sync (w-sync) fills the slug from it.
        TitleFieldPanel("title", heading=_("Question")),
        FieldPanel("short_answer"),
        FieldPanel("answer"),
        FieldPanel("difficulty"),
        MultipleChooserPanel("topic_links", chooser_field_name="topic", heading=_("Topics")),
        MultipleChooserPanel("role_links", chooser_field_name="role", heading=_("Roles")),
        FieldPanel("last_reviewed"),
    ]
    search_fields = BasePage.search_fields + [
        # Title (boost 2, from Page) above the short answer above the full answer.
        index.SearchField("short_answer", boost=1.5),
        index.SearchField("answer"),
        index.FilterField("difficulty"),
        index.RelatedFields(
            "topic_links", [index.RelatedFields("topic", [index.SearchField("name")])]
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("short_answer"),
        TranslatableField("answer"),
        SynchronizedField("difficulty"),
        SynchronizedField("last_reviewed"),
        TranslatableField("topic_links"),
        TranslatableField("role_links"),
    ]

    parent_page_types = ["guides.QuestionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("question")

    related_shown = 3  # pages on the same topics listed below the answer

    @property
    def anchor(self):
        """The id a guide gives this question, so /guide/#lists-vs-tuples links to it."""
        return self.slug

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = [link.topic for link in self.topic_links.select_related("topic")]
        context["roles"] = [link.role for link in self.role_links.select_related("role")]
        # The guides that include it, with the questions around it there; then other pages on its
        # topics, none of those again.
        trails = guide_trails(self, request)
        context["guide_trails"] = trails["trails"]
        exclude = {self.translation_key, *trails["keys"]}
        context["related"] = automatic_links(self, self.related_shown, exclude, request)
        return context

    def get_json_ld(self, request):
        return [*super().get_json_ld(request), jsonld.qa_page(self, request)]
