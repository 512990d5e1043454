"""The home page of each language and generic content pages."""

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal import jsonld
from portal.blocks import CalloutBlock, CodeBlock, HeadingBlock, ParagraphBlock, TrustedByBlock
from portal.blocks.links import ExternalLinkBlock, InternalLinkBlock, resolve_links
from portal.cache import bump_content_version
from portal.fields import StreamField
from portal.models import FAQ, BasePage

from .blocks import (
    CareerPathsBlock,
    EmployersBandBlock,
    FeaturedGuidesBlock,
    HeroBlock,
    LatestVacanciesBlock,
    QuestionTopicsBlock,
    SkillChecksBlock,
)
from .contact import ContactFormBuilder, may_submit


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    code = CodeBlock()
    callout = CalloutBlock()


class HomeStreamBlock(ContentStreamBlock):
    """What editors arrange on a home page: the hero, bands that list content, and text."""

    hero = HeroBlock()
    guides = FeaturedGuidesBlock()
    topics = QuestionTopicsBlock()
    vacancies = LatestVacanciesBlock()
    companies = TrustedByBlock(label=_("Verified companies"))
    career_paths = CareerPathsBlock()
    skill_checks = SkillChecksBlock()
    employers = EmployersBandBlock()


class HomePage(BasePage):
    """The front page of one language: what the portal offers and where to start."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Shown in the hero unless it has its own text, and in search engines' results."
        ),
    )
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

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

    @property
    def has_hero(self):
        """Whether the body starts the page with its own heading (else the template shows one)."""
        return any(block.block_type == "hero" for block in self.body)


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


class FormField(AbstractFormField):
    """One field of a form page, defined by the editor."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(BasePage, AbstractEmailForm):
    """A page with a contact form, such as "For employers": text above the form, the fields the
    editor defines, and submissions e-mailed to staff and kept in the admin (Forms)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))
    form_heading = models.CharField(_("form heading"), max_length=120, blank=True)
    thank_you_text = models.TextField(
        _("thank-you text"), blank=True, help_text=_("Shown after a message was sent.")
    )

    form_builder = ContactFormBuilder

    content_panels = BasePage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("form_heading"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to staff"),
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("form_heading"),
        TranslatableField("thank_you_text"),
        TranslatableField("subject"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and not may_submit(request, self):
            form = self.get_form(request.POST, page=self, user=request.user)
            form.add_error(
                None,
                _("You have sent several messages in the last hour. Please try again later."),
            )
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=429)
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", {}).get("form")
        if request.method == "POST" and form is not None and form.errors:
            response.status_code = 400  # the form comes back with what was entered and why
        return response


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """The links in every page's footer (imprint, privacy, …). Chosen pages are shown in the
    visitor's language under their translated title, so one list serves every language."""

    links = StreamField(
        [("page", InternalLinkBlock()), ("external", ExternalLinkBlock())],
        blank=True,
        verbose_name=_("footer links"),
        help_text=_("Leave a page's title empty to show its title in the visitor's language."),
    )

    panels = [FieldPanel("links")]

    class Meta:
        verbose_name = _("footer")

    def visible_links(self, request):
        """The links a visitor may follow, chosen pages in their language (one query)."""
        return resolve_links([block.value for block in self.links], request)


@receiver(post_save, sender=FooterSettings)
def _footer_changed(created=False, **kwargs):
    # The footer is on every cached page. Wagtail creates an empty setting on its first read, which
    # changes nothing a visitor sees.
    if not created:
        bump_content_version()
