"""The home page of each language and generic content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal import jsonld
from portal.blocks import CalloutBlock, CodeBlock, HeadingBlock, ParagraphBlock
from portal.fields import StreamField
from portal.models import FAQ, BasePage


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    code = CodeBlock()
    callout = CalloutBlock()


class HomePage(BasePage):
    """The front page of one language: what the portal offers and where to start."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A generic content page, such as "For employers" or "Candidate profiles"."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


class FAQPage(BasePage):
    """Every live FAQ of its language, grouped by audience (candidates, employers)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("FAQ page")

    def faq_groups(self):
        """[(audience label, [FAQ, ...]), ...] in the order candidates, employers, both."""
        faqs = list(FAQ.objects.live().filter(locale=self.locale).order_by("question"))
        groups = []
        for audience in (FAQ.Audience.CANDIDATES, FAQ.Audience.EMPLOYERS, FAQ.Audience.BOTH):
            members = [faq for faq in faqs if faq.audience == audience]
            if members:
                groups.append((audience.label, members))
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["faq_groups"] = self.faq_groups()
        return context

    def get_json_ld(self, request):
        faqs = list(FAQ.objects.live().filter(locale=self.locale))
        data = super().get_json_ld(request)
        return [*data, jsonld.faq_page(faqs)] if faqs else data
