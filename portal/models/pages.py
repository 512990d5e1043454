"""The abstract page every portal page builds on, composed of small field mixins."""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import jsonld
from portal.i18n import language_links_for_page
from portal.visibility import hidden_roots, hides_descendants


def shorten(text, max_length):
    """``text`` (tags stripped) in at most ``max_length`` characters, cut after a whole word and
    ended with an ellipsis when anything was left out."""
    text = " ".join(strip_tags(str(text)).split())
    truncator, count, shortened = Truncator(text), len(text.split()), text
    while len(shortened) > max_length and count > 1:
        count -= 1
        shortened = truncator.words(count)
    return shortened


class SEOFields(models.Model):
    """Search-engine title and description; the fields themselves live on Wagtail's Page."""

    seo_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("Search engines"),
        )
    ]

    class Meta:
        abstract = True

    # Page fields that may stand in for a missing description, first match wins.
    meta_description_fields = ("intro", "short_answer", "summary")

    @property
    def meta_title(self):
        return self.seo_title or self.title

    @property
    def browser_title(self):
        """The title in the browser tab: the page's, then the site's (once, on the home page)."""
        title = str(self.meta_title)
        if settings.WAGTAIL_SITE_NAME in title:
            return title
        return f"{title} · {settings.WAGTAIL_SITE_NAME}"

    @property
    def meta_description(self):
        """Every page has one: the editor's, the listing summary, a page field, or the site's."""
        if self.search_description:
            return self.search_description
        if getattr(self, "listing_summary", ""):
            return self.listing_summary
        for name in self.meta_description_fields:
            text = strip_tags(str(getattr(self, name, "") or "")).strip()
            if text:
                return shorten(text, 160)
        return self.get_default_meta_description()

    def get_default_meta_description(self):
        return gettext(
            "JobFutures helps candidates prepare for technical interviews and find verified vacancies."
        )


class SocialFields(models.Model):
    """What a link to this page shows when it is shared on social networks."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_text = models.CharField(_("social text"), max_length=255, blank=True)

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Social networks"),
        )
    ]

    class Meta:
        abstract = True


class ListingFields(models.Model):
    """How this page appears in listings, cards and related-content blocks."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Shorter title for cards and listings; the page title is used if empty."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for cards, listings and the meta description."),
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary")],
            heading=_("Listings"),
        )
    ]

    class Meta:
        abstract = True

    @classmethod
    def summary_from(cls, text):
        """``text`` as a listing summary: cut after a whole word, with an ellipsis, to fit."""
        return shorten(text, cls._meta.get_field("listing_summary").max_length)

    def get_listing_title(self):
        return self.listing_title or self.title


class BasePage(SEOFields, SocialFields, ListingFields, Page):
    """Abstract base of every portal page: SEO, social and listing fields, JSON-LD, language links."""

    promote_panels = (
        SEOFields.seo_panels + SocialFields.social_panels + ListingFields.listing_panels
    )
    promote_panels += [MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("Menus"))]

    search_fields = Page.search_fields + [
        index.SearchField("listing_summary"),
        index.FilterField("locale"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("social_image"),
        TranslatableField("social_text"),
        TranslatableField("listing_title"),
        TranslatableField("listing_summary"),
        SynchronizedField("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @classmethod
    def get_indexed_objects(cls):
        # Pages that index their topics' names read them through topic_links: fetch the topics
        # with the links when the whole index is rebuilt, not one query per link.
        queryset = super().get_indexed_objects()
        if any(
            isinstance(field, index.RelatedFields) and field.field_name == "topic_links"
            for field in cls.get_search_fields()
        ):
            queryset = queryset.prefetch_related("topic_links__topic")
        return queryset

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["language_links"] = language_links_for_page(self, request)
        context["json_ld"] = self.get_json_ld(request)
        return context

    def route(self, request, path_components):
        """Wagtail's routing, one query cheaper per level where only one page type may be a child,
        and a 404 for any page below one that is not live or has expired (Wagtail checks only the
        page requested; ``portal.visibility`` hides the whole subtree).

        Wagtail fetches the child page, then its specific type; when the parent allows one child
        type, that type is queried directly. Anything else falls back to Wagtail's own routing.
        """
        if path_components and hides_descendants(self):
            raise Http404
        if path_components:
            allowed = self.specific_class.allowed_subpage_models()
            if len(allowed) == 1:
                child = allowed[0].objects.child_of(self).filter(slug=path_components[0]).first()
                if child is not None:
                    child._cached_parent_obj = self
                    return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Wagtail checks the restrictions of the page and its ancestors on every view (two
        queries); the hidden subtrees ``portal.visibility`` keeps cached (restricted pages among
        them) say for free when none is above this page."""
        if any(self.path.startswith(path) for path, _expiry in hidden_roots()):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    def shown_translation_keys(self):
        """Translation keys of other pages this page shows in full (a guide's questions), which
        automatic related content leaves out."""
        return set()

    def get_json_ld(self, request):
        """Structured data for this page; subclasses add their own type to the breadcrumb list."""
        return [jsonld.breadcrumb_list(self, request)]


class IndexPage(BasePage):
    """Abstract base of the pages that list one kind of content (guides, the question bank,
    vacancies, companies, career paths): an optional introduction above the list."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        abstract = True
