"""Interview-preparation guides: structured pages built from text, question lists and FAQs."""

from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import jsonld
from portal.blocks.resolve import visible_pages
from portal.content_version import cached, key
from portal.fields import StreamField
from portal.models import BasePage, IndexPage, PageRole
from portal.page_cache import TIMEOUT as RENDERED_TIMEOUT
from portal.visibility import visible

from ..blocks import GuideStreamBlock
from ..markdown_versions import GuideMarkdown

BODY_FRAGMENT = "guide-body"  # the name of the body's fragment in templates/guides/guide_page.html
JSON_LD = "guide-json-ld"


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

    def shown_translation_keys(self):
        return {
            question.translation_key
            for block in self.body.blocks_by_name("questions")
            for question in block.value["questions"]
            if question is not None
        }

    def chosen_question_ids(self):
        """Ids of the questions its question lists choose, in page order, read from the stored
        data (no query)."""
        items = [
            item
            for block in self.body.raw_data
            if block["type"] == "questions"
            for item in block["value"].get("questions", [])
        ]
        # A list block stores {"id", "type": "item", "value"} per item (older data: the bare value).
        ids = [item["value"] if isinstance(item, dict) else item for item in items]
        return [pk for pk in ids if pk]

    @classmethod
    def link_for_role(cls, role, locale, request):
        """``{url, title}`` of the visible guide of ``locale`` whose questions are most often
        asked for ``role`` (in any translation of either), or None: what a vacancy for the role
        points to. Derived data, cached until content changes (three queries to compute)."""

        def compute():
            asked = set(
                PageRole.objects.filter(role__translation_key=role.translation_key).values_list(
                    "page__translation_key", flat=True
                )
            )
            guides = list(visible(cls.objects.filter(locale=locale)).order_by("title"))
            chosen = {guide.pk: guide.chosen_question_ids() for guide in guides}
            keys = dict(
                Page.objects.filter(
                    pk__in={pk for ids in chosen.values() for pk in ids}
                ).values_list("pk", "translation_key")
            )
            scored = [
                (len({keys.get(pk) for pk in chosen[guide.pk]} & asked), -index, guide)
                for index, guide in enumerate(guides)
            ]
            shared, _order, best = max(scored, key=lambda row: row[:2], default=(0, 0, None))
            if not shared:
                return None
            return {"url": best.get_url(request), "title": best.get_listing_title()}

        host = request.get_host() if request else ""
        return cached("role-guide", compute, host, role.translation_key, locale.pk)

    def faq_blocks(self):
        return [block for block in self.body if block.block_type == "faq"]

    def get_context(self, request, *args, **kwargs):
        parts = self.rendered_parts(request)
        body_key = key(BODY_FRAGMENT, *parts) if parts else None
        if parts:
            # The JSON-LD and the body's HTML in one round trip (the request keeps what it read).
            fragment = make_template_fragment_key(BODY_FRAGMENT, [body_key])
            cache.get_many([key(JSON_LD, *parts), fragment])
        context = super().get_context(request, *args, **kwargs)
        context["body_key"] = body_key
        context["rendered_timeout"] = RENDERED_TIMEOUT
        return context

    def rendered_parts(self, request):
        """What the body's HTML (with the table of contents) and the JSON-LD are kept under, with
        the content version, or None in a preview (never cached): this page in the request's site
        (links are relative to it) and language. Both change only with content, as any derived
        data; what content they show (the questions, FAQs and companies chosen) is checked for
        visibility when they are made, so an expiry date that passes without a publish shows within
        RENDERED_TIMEOUT, as it does in the page cache."""
        if request is None or getattr(request, "is_preview", False):
            return None
        site = Site.find_for_request(request)
        return (self.pk, site.pk if site else "", get_language())

    def get_json_ld(self, request):
        parts = self.rendered_parts(request)
        if parts is None:
            return self._json_ld(request)
        return cached(JSON_LD, lambda: self._json_ld(request), *parts, timeout=RENDERED_TIMEOUT)

    def _json_ld(self, request):
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


def guide_trails(question, request):
    """Where a question stands in the guides of its language that include it (in any
    translation): ``{"trails": [{url, title, previous, next}], "keys": [...]}``, ``previous`` and
    ``next`` being the neighbouring questions as ``{url, title, lang}`` (``lang`` set when shown
    untranslated) or None, and ``keys`` the translation keys of every page linked. Derived data,
    cached until content changes (four queries to compute)."""

    def compute():
        guides = list(
            visible(GuidePage.objects.filter(locale_id=question.locale_id)).order_by("title")
        )
        chosen = {guide.pk: guide.chosen_question_ids() for guide in guides}
        keys = dict(
            Page.objects.filter(pk__in={pk for ids in chosen.values() for pk in ids}).values_list(
                "pk", "translation_key"
            )
        )
        found = []
        for guide in guides:
            order = list(dict.fromkeys(keys[pk] for pk in chosen[guide.pk] if pk in keys))
            if question.translation_key in order:
                at = order.index(question.translation_key)
                before = order[at - 1] if at else None
                after = order[at + 1] if at + 1 < len(order) else None
                found.append((guide, before, after))
        wanted = {key for _guide, *around in found for key in around if key}
        pages = Page.objects.filter(translation_key__in=wanted).order_by("translation_key")
        shown = {
            seen.page.translation_key: {
                "url": seen.page.get_url(request),
                "title": seen.page.title,
                "lang": seen.language_code if seen.translation_missing else "",
            }
            for seen in visible_pages(list(pages), locale=question.locale, specific=False)
        }
        return {
            "trails": [
                {
                    "url": f"{guide.get_url(request)}#{question.anchor}",
                    "title": guide.get_listing_title(),
                    "previous": shown.get(before),
                    "next": shown.get(after),
                }
                for guide, before, after in found
            ],
            "keys": [guide.translation_key for guide, _b, _a in found] + sorted(shown),
        }

    host = request.get_host() if request else ""
    return cached("question-guide-trails", compute, host, question.pk)
