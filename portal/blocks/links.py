"""Links to other content: related content, next steps and the companies that trust the portal."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.models import Page

from portal.i18n import active_locale
from portal.models import PageTopic
from portal.visibility import visible

from .resolve import visible_pages


class LinkValue(blocks.StructValue):
    """A link to a page or an external address; templates ask it for its URL and title."""

    def get_url(self):
        page = self.get("page")
        return page.url if page else self.get("url", "")

    def get_title(self):
        page = self.get("page")
        return self.get("title") or (page.specific_deferred.get_listing_title() if page else "")

    def get_description(self):
        page = self.get("page")
        return self.get("description") or (
            getattr(page.specific_deferred, "listing_summary", "") if page else ""
        )


class InternalLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(
        required=False,
        label=_("title"),
        help_text=_("Leave empty to use the page's listing title."),
    )
    description = blocks.CharBlock(required=False, label=_("description"))

    class Meta:
        icon = "doc-empty"
        label = _("Page")
        value_class = LinkValue


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("URL"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.CharBlock(required=False, label=_("description"))

    class Meta:
        icon = "link-external"
        label = _("External link")
        value_class = LinkValue


class RelatedContentBlock(blocks.StructBlock):
    """Links onward: chosen pages and external links, optionally topped up automatically with live
    pages that share the most topics with this page."""

    heading = blocks.CharBlock(default=_("Related content"), label=_("heading"))
    items = blocks.StreamBlock(
        [("page", InternalLinkBlock()), ("external", ExternalLinkBlock())],
        required=False,
        label=_("items"),
    )
    automatic = blocks.IntegerBlock(
        default=0,
        min_value=0,
        max_value=12,
        label=_("automatic items"),
        help_text=_(
            "Add up to this many pages that share the most topics with this page, after the chosen ones."
        ),
    )

    class Meta:
        icon = "link"
        template = "blocks/related_content_block.html"
        label = _("Related content")
        description = _(
            "Links to related pages: chosen by you, topped up automatically by shared topics."
        )
        preview_value = {"heading": "Keep preparing", "items": [], "automatic": 0}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        current = (parent_context or {}).get("page")
        chosen_pages = [item.value["page"] for item in value["items"] if item.block_type == "page"]
        visible = {v.page.translation_key: v for v in visible_pages(chosen_pages)}
        links = []
        for item in value["items"]:
            if item.block_type == "external":
                links.append(
                    {
                        "url": item.value["url"],
                        "title": item.value.get_title(),
                        "description": item.value.get_description(),
                    }
                )
                continue
            page = item.value["page"]
            shown = visible.get(page.translation_key) if page else None
            if shown is None:
                continue
            links.append(
                {
                    "url": shown.page.url,
                    "title": item.value.get("title") or shown.page.get_listing_title(),
                    "description": item.value.get("description")
                    or getattr(shown.page, "listing_summary", ""),
                    "language": shown.language_code if shown.translation_missing else None,
                }
            )
        if value["automatic"] and current is not None:
            exclude = {current.translation_key, *visible}
            for page in pages_sharing_topics(current, value["automatic"], exclude):
                links.append(
                    {
                        "url": page.url,
                        "title": page.get_listing_title(),
                        "description": getattr(page, "listing_summary", ""),
                    }
                )
        context["links"] = links
        return context


def pages_sharing_topics(page, limit, exclude_keys=()):
    """Visible pages of the page's language with the most topics in common, most shared first.

    One ranking query, then one query per page type found (usually one: questions).
    """
    topic_ids = PageTopic.objects.filter(page=page).values("topic_id")
    ranked = (
        PageTopic.objects.filter(
            topic_id__in=topic_ids, page__locale_id=page.locale_id, page__live=True
        )
        .filter(page__in=visible(Page.objects.all()))
        .exclude(page__translation_key__in=list(exclude_keys))
        .values("page_id", "page__content_type_id")
        .annotate(shared=Count("topic_id"))
        .order_by("-shared", "page_id")[:limit]
    )
    rows = list(ranked)
    by_type = {}
    for row in rows:
        by_type.setdefault(row["page__content_type_id"], []).append(row["page_id"])
    pages = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        pages.update(model.objects.in_bulk(ids))
    return [pages[row["page_id"]] for row in rows if row["page_id"] in pages]


class NextStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(required=False, label=_("text"))
    page = blocks.PageChooserBlock(required=False, label=_("page"))
    url = blocks.URLBlock(required=False, label=_("or an external URL"))
    link_text = blocks.CharBlock(required=False, label=_("link text"))

    class Meta:
        icon = "arrow-right"
        value_class = LinkValue


class NextStepsBlock(blocks.StructBlock):
    """Call-to-action cards: where a reader goes after this page."""

    heading = blocks.CharBlock(default=_("Next steps"), label=_("heading"))
    steps = blocks.ListBlock(NextStepBlock(), min_num=1, max_num=6, label=_("steps"))

    class Meta:
        icon = "arrow-right-full"
        template = "blocks/next_steps_block.html"
        label = _("Next steps")
        description = _("Up to six call-to-action cards that send readers onward.")
        preview_value = {
            "heading": "Next steps",
            "steps": [
                {
                    "title": "Practise with the question bank",
                    "text": "Filter by topic and level.",
                    "url": "https://example.com/",
                    "link_text": "Open",
                },
                {
                    "title": "Check your readiness",
                    "text": "Take a skill check.",
                    "url": "https://example.com/",
                    "link_text": "Start",
                },
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        visible = {
            v.page.translation_key: v.page
            for v in visible_pages([s["page"] for s in value["steps"]], specific=False)
        }
        cards = []
        for step in value["steps"]:
            page = step["page"]
            if page is not None:
                target = visible.get(page.translation_key)
                if target is None:
                    continue
                url = target.url
            else:
                url = step["url"]
            if url:
                cards.append(
                    {
                        "title": step["title"],
                        "text": step["text"],
                        "url": url,
                        "link_text": step["link_text"] or step["title"],
                    }
                )
        context["cards"] = cards
        return context


class TrustedByBlock(blocks.StructBlock):
    """Logos of verified companies that hire through the portal."""

    heading = blocks.CharBlock(default=_("Trusted by"), label=_("heading"))
    companies = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="careers.CompanyPage", label=_("company")),
        required=False,
        label=_("companies"),
    )

    class Meta:
        icon = "group"
        template = "blocks/trusted_by_block.html"
        label = _("Trusted by")
        description = _("Logos of companies whose hiring pages are on the portal.")
        preview_value = {"heading": "Trusted by", "companies": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        CompanyPage = apps.get_model("careers", "CompanyPage")
        shown = visible_pages(value["companies"], model=CompanyPage, locale=active_locale())
        context["companies"] = [v.page for v in shown]
        return context
