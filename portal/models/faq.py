from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index


class FAQQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def for_audience(self, audience):
        """FAQs for one audience, including those written for both."""
        if audience == FAQ.Audience.BOTH:
            return self
        return self.filter(audience__in=[audience, FAQ.Audience.BOTH])


class FAQ(
    TranslatableMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """A question and answer written once and reused by FAQ blocks and the FAQ page."""

    class Audience(models.TextChoices):
        CANDIDATES = "candidates", _("Candidates")
        EMPLOYERS = "employers", _("Employers")
        BOTH = "both", _("Candidates and employers")

    question = models.CharField(_("question"), max_length=255)
    answer = RichTextField(_("answer"), features=["bold", "italic", "link", "ol", "ul"])
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.BOTH
    )

    panels = [FieldPanel("question"), FieldPanel("answer"), FieldPanel("audience")]
    search_fields = [
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.AutocompleteField("question"),
        index.FilterField("locale"),
        index.FilterField("audience"),
    ]

    objects = FAQQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ")
        verbose_name_plural = _("FAQs")
        ordering = ["question"]

    def __str__(self):
        return self.question

    def get_preview_template(self, request, mode_name):
        return "portal/previews/faq.html"
