"""Links to other content: related content, next steps and the companies that trust the portal."""

import hashlib
from urllib.parse import parse_qsl

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Count, prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.models import Page

from portal.content_version import cached
from portal.i18n import active_locale
from portal.images import prefetch_renditions
from portal.models import PageTopic
from portal.visibility import visible

from .resolve import visible_pages


class LinkValue(blocks.StructValue):
    """A link to a chosen page or an external address; templates ask it for its URL, title,
    description and language.

    A chosen page is shown in the visitor's language, or not at all when the visitor may not see
    it: the block resolves every link of its value at once (``resolve_links``), which gives each
    link the page to show.
    """

    shown = None  # the VisiblePage a chosen page resolved to
    url = ""

    def show(self, shown, request):
        self.shown = shown
        self.url = shown.page.get_url(request)  # the request memoises the site root paths
        if self.get("filters"):  # a next step such as "Find Python jobs": the list, filtered
            self.url += f"?{self['filters']}"
        return self

    def get_url(self):
        return self.url if self.shown else self.get("url", "")

    def get_title(self):
        # specific_deferred: a page chosen without a page type is a plain Page (no listing title).
        page = self.shown.page.specific_deferred if self.shown else None
        return self.get("title") or (page.get_listing_title() if page else "")

    def get_description(self):
        page = self.shown.page.specific_deferred if self.shown else None
        return self.get("description") or getattr(page, "listing_summary", "")

    def get_link_text(self):
        return self.get("link_text") or self.get_title()

    def get_language(self):
        """The page's language when it is shown untranslated, for the link's ``lang``."""
        return self.shown.language_code if self.shown and self.shown.translation_missing else None


def resolve_links(links, request, specific=True):
    """The links a visitor may follow, in order: external ones, and chosen pages resolved to their
    visible translation (one query for the lot, see ``visible_pages``)."""
    chosen = [link.get("page") for link in links]
    visible = {v.page.translation_key: v for v in visible_pages(chosen, specific=specific)}
    resolved = []
    for link in links:
        page = link.get("page")
        if page is None:
            if link.get("url"):
                resolved.append(link)
        elif page.translation_key in visible:
            resolved.append(link.show(visible[page.translation_key], request))
    return resolved


class InternalLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        required=False,
        label=_("Title"),
        help_text=_("Leave empty to use the page's listing title."),
    )
    description = blocks.CharBlock(required=False, label=_("Description"))

    class Meta:
        icon = "doc-empty"
        label = _("Page")
        value_class = LinkValue


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("URL"))
    title = blocks.CharBlock(label=_("Title"))
    description = blocks.CharBlock(required=False, label=_("Description"))

    class Meta:
        icon = "link-external"
        label = _("External link")
        value_class = LinkValue


class RelatedContentBlock(blocks.StructBlock):
    """Links onward: chosen pages and external links, optionally topped up automatically with live
    pages that share the most topics with this page."""

    heading = blocks.CharBlock(default=_("Related content"), label=_("Heading"))
    items = blocks.StreamBlock(
        [("page", InternalLinkBlock()), ("external", ExternalLinkBlock())],
        required=False,
        label=_("Items"),
    )
    automatic = blocks.IntegerBlock(
        default=0,
        min_value=0,
        max_value=12,
        label=_("Automatic items"),
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
        preview_value = {
            "heading": "Keep preparing",
            "items": [
                {
                    "type": "external",
                    "value": {
                        "url": "https://docs.python.org/3/tutorial/",
                        "title": "The Python tutorial",
                        "description": "",
                    },
                }
            ],
            "automatic": 0,
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        current = context.get("page")
        request = context.get("request")
        links = resolve_links([item.value for item in value["items"]], request)
        if value["automatic"] and current is not None:
            # Never a page this one already shows or links to (a guide's own questions).
            exclude = {current.translation_key, *current.shown_translation_keys()}
            exclude.update(link.shown.page.translation_key for link in links if link.shown)
            page_block = self.child_blocks["items"].child_blocks["page"]
            links.extend(
                LinkValue(page_block, item.items())
                for item in automatic_links(current, value["automatic"], exclude, request)
            )
        context["links"] = links
        return context


def automatic_links(page, limit, exclude_keys, request):
    """[{url, title, description}] of the pages sharing most topics with ``page``: derived data,
    cached until content changes (the ranking costs three queries)."""
    digest = hashlib.sha1(  # noqa: S324 - a cache key, not security
        " ".join(sorted(map(str, exclude_keys))).encode()
    ).hexdigest()

    def compute():
        return [
            {
                "url": shown.get_url(request),
                "title": shown.get_listing_title(),
                "description": getattr(shown, "listing_summary", ""),
            }
            for shown in pages_sharing_topics(page, limit, exclude_keys)
        ]

    host = request.get_host() if request else ""
    return cached("related-automatic", compute, host, page.pk, limit, digest)


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


class FiltersBlock(blocks.CharBlock):
    """Filters for the chosen list page, as its address shows them (``role=python-developer``)."""

    def clean(self, value):
        value = super().clean(value).strip().lstrip("?")
        if value:
            try:
                parse_qsl(value, strict_parsing=True)
            except ValueError:
                raise ValidationError(
                    _(
                        "Write the filters as the list's address shows them, e.g. role=python-developer"
                    )
                ) from None
        return value


class NextStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    filters = FiltersBlock(
        required=False,
        label=_("Filters"),
        help_text=_(
            "For a list page: the filters to open it with, as its address shows them after "
            "the “?”, e.g. role=python-developer. Translate them with the page: role and topic "
            "names differ between languages."
        ),
    )
    url = blocks.URLBlock(required=False, label=_("Or an external URL"))
    link_text = blocks.CharBlock(required=False, label=_("Link text"))

    class Meta:
        icon = "arrow-right"
        value_class = LinkValue


class NextStepsBlock(blocks.StructBlock):
    """Call-to-action cards: where a reader goes after this page."""

    heading = blocks.CharBlock(default=_("Next steps"), label=_("Heading"))
    steps = blocks.ListBlock(NextStepBlock(label=_("Step")), min_num=1, max_num=6, label=_("Steps"))

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
        context["steps"] = resolve_links(value["steps"], context.get("request"), specific=False)
        return context


LOGO_FILTER = "max-160x80"  # the logo strip's rendition (TrustedByBlock)


class CompanyChooserBlock(blocks.PageChooserBlock):
    """A company's hiring page, loaded with its logo (one query for every company chosen) and
    without its StreamFields (about, hiring process, benefits, FAQ): the logo strip shows none."""

    def __init__(self, **kwargs):
        super().__init__(page_type="careers.CompanyPage", **kwargs)

    def bulk_to_python(self, values):
        companies = (
            self.model_class.objects.defer_streamfields().select_related("logo").in_bulk(values)
        )
        return [companies.get(pk) for pk in values]


def prefetch_logos(companies):
    """The companies' logos and their rendition for the logo strip: at most two queries, none for
    logos already loaded, and no cache lookup per logo when rendering."""
    prefetch_related_objects(companies, "logo")
    prefetch_renditions([company.logo for company in companies if company.logo], LOGO_FILTER)


def logo_tag(company):
    """The ``<img>`` of a company's logo in the logo strip (prefetched: ``prefetch_logos``), or
    None without a logo."""
    if not company.logo:
        return None
    rendition = company.logo.get_renditions(LOGO_FILTER)[LOGO_FILTER]
    return rendition.img_tag({"alt": company.title})


class TrustedByBlock(blocks.StructBlock):
    """Logos of verified companies that hire through the portal: the ones chosen here, or every
    verified company of the visitor's language when none are chosen."""

    heading = blocks.CharBlock(default=_("Trusted by"), label=_("Heading"))
    companies = blocks.ListBlock(
        CompanyChooserBlock(label=_("Company"), required=False),
        default=[],
        required=False,
        label=_("Companies"),
        help_text=_("Leave empty to show every verified company."),
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
        locale = active_locale()
        chosen = [company for company in value["companies"] if company is not None]
        if chosen:
            shown = visible_pages(chosen, model=CompanyPage, locale=locale)
            companies = [v.page for v in shown]
        else:
            verified = CompanyPage.objects.filter(locale=locale, verified=True)
            companies = list(visible(verified).order_by("title").select_related("logo"))
        prefetch_logos(companies)
        context["companies"] = [(company, logo_tag(company)) for company in companies]
        return context
