"""Interview-preparation guides: structured pages built from text, question lists and FAQs."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import jsonld
from portal.fields import StreamField
from portal.models import BasePage, IndexPage
from portal.visibility import visible

from ..blocks import GuideStreamBlock
from ..markdown_versions import GuideMarkdown


class GuideIndexPage(IndexPage):
    """Lists the guides of its language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = visible(GuidePage.objects.child_of(self)).order_by("title")
        return context


class GuidePage(GuideMarkdown, BasePage):
    """A guide such as "Python interview questions": an introduction, then sections of text,
    question lists, FAQs and links onward. Its table of contents is built from its headings and
    question lists."""

    intro = models.TextField(_("introduction"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(GuideStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultipleChooserPanel("topic_links", chooser_field_name="topic", heading=_("Topics")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields(
            "topic_links", [index.RelatedFields("topic", [index.SearchField("name")])]
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        TranslatableField("topic_links"),
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")

    def table_of_contents(self):
        """(anchor, title) for each heading and each question list's heading, in page order."""
        entries = []
        for block in self.body:
            if block.block_type == "heading":
                entries.append((slugify(block.value["text"]), block.value["text"]))
            elif block.block_type == "questions" and block.value["heading"]:
                entries.append((slugify(block.value["heading"]), block.value["heading"]))
        return entries

    def faq_blocks(self):
        return [block for block in self.body if block.block_type == "faq"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["table_of_contents"] = self.table_of_contents()
        return context

    def get_json_ld(self, request):
        data = [*super().get_json_ld(request), jsonld.article(self, request)]
        # The FAQ blocks' own lookup, remembered on each value, so rendering them costs no query.
        faqs = [
            faq
            for faq_block in self.body.blocks_by_name("faq")
            for faq in faq_block.block.visible_faqs(faq_block.value)
        ]
        if faqs:
            data.append(jsonld.faq_page(faqs))
        return data
