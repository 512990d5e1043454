"""The company index and companies' hiring pages."""

from django.apps import apps
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.fields import StreamField
from portal.images import prefetch_renditions
from portal.models import BasePage, IndexPage
from portal.visibility import visible

from .. import jsonld
from ..blocks import CompanyStreamBlock, HiringStepBlock
from ..querysets import CompanyPageQuerySet

# One rendition of each logo serves listings, hiring pages and structured data.
LOGO_FILTER = "max-240x120"


class CompanyIndexPage(IndexPage):
    """Lists the companies hiring through the portal, verified companies first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["careers.CompanyPage"]

    class Meta:
        verbose_name = _("company index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        companies = list(
            CompanyPage.objects.child_of(self)
            .listed(self.locale_id)
            .prefetch_related(logo_with_rendition())
        )
        counts = vacancies().listed(self.locale_id).descendant_of(self).counts_by_company()
        for company in companies:
            company.open_job_count = counts.get(company.path, 0)
        context["companies"] = companies
        return context


class CompanyPageForm(WagtailAdminPageForm):
    """Only portal staff decide whether a company is verified.

    The verification fields are not in the form of anyone else, but the page the form edits may
    come from an old revision (reverting to one): for them, the fields keep what the page says now.
    """

    verification_fields = ("verified", "verified_at")

    def save(self, commit=True):
        page = super().save(commit=False)
        if not self.for_user.has_perm("careers.verify_company"):
            current = (
                type(page).objects.filter(pk=page.pk).values(*self.verification_fields).first()
                if page.pk
                else None
            ) or {"verified": False, "verified_at": None}
            for name in self.verification_fields:
                setattr(page, name, current[name])
        if commit:
            page.save()
        return page


class CompanyPage(BasePage):
    """A company's hiring page, maintained by the company's own editors. Its vacancies are its
    children. Only portal staff can mark it verified."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hiring_focus = models.CharField(_("hiring focus"), max_length=255, blank=True)
    about = RichTextField(_("about"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    tech_stack = models.CharField(
        _("tech stack"),
        max_length=500,
        blank=True,
        help_text=_("Comma-separated, e.g. Python, Django, PostgreSQL."),
    )
    website = models.URLField(_("website"), blank=True)
    headquarters = models.CharField(_("headquarters"), max_length=255, blank=True)
    hiring_process = StreamField(
        [("step", HiringStepBlock())], blank=True, verbose_name=_("hiring process")
    )
    benefits = StreamField(
        [("benefit", blocks.CharBlock(label=_("benefit"), icon="pick"))],
        blank=True,
        verbose_name=_("benefits"),
    )
    body = StreamField(CompanyStreamBlock(), blank=True, verbose_name=_("more about hiring"))
    verified = models.BooleanField(_("verified"), default=False, db_index=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)

    base_form_class = CompanyPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("logo"),
        FieldPanel("hiring_focus"),
        FieldPanel("about"),
        FieldPanel("tech_stack"),
        FieldRowPanel([FieldPanel("website"), FieldPanel("headquarters")]),
        FieldPanel("hiring_process"),
        FieldPanel("benefits"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("verified", permission="careers.verify_company"),
                FieldPanel("verified_at", permission="careers.verify_company"),
            ],
            heading=_("Verification (portal staff only)"),
            permission="careers.verify_company",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hiring_focus", boost=1.5),
        index.SearchField("about"),
        index.SearchField("tech_stack"),
        index.SearchField("body"),
        index.FilterField("verified"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("logo"),
        TranslatableField("hiring_focus"),
        TranslatableField("about"),
        SynchronizedField("tech_stack"),
        SynchronizedField("website"),
        TranslatableField("headquarters"),
        TranslatableField("hiring_process"),
        TranslatableField("benefits"),
        TranslatableField("body"),
        SynchronizedField("verified"),
        SynchronizedField("verified_at"),
    ]

    parent_page_types = ["careers.CompanyIndexPage"]
    subpage_types = ["careers.JobPage"]

    objects = PageManager.from_queryset(CompanyPageQuerySet)()

    class Meta:
        verbose_name = _("company hiring page")
        permissions = [("verify_company", _("Can mark a company as verified"))]

    @property
    def tech_stack_list(self):
        return [item.strip() for item in self.tech_stack.split(",") if item.strip()]

    def logo_rendition(self):
        """The logo as hiring pages, company cards and JSON-LD show it, or None without a logo.

        Its rendition is prefetched (one query) unless the caller did (``logo_with_rendition``), so
        it is read without a cache round trip (``portal.images``).
        """
        if not self.logo:
            return None
        prefetch_renditions([self.logo], LOGO_FILTER)
        return self.logo.get_renditions(LOGO_FILTER)[LOGO_FILTER]

    def logo_img(self):
        """The logo's ``<img>``, decorative next to the company's name; empty without a logo."""
        rendition = self.logo_rendition()
        return rendition.img_tag({"alt": ""}) if rendition else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Open vacancies, also while the hiring page itself is previewed as a draft.
        context["jobs"] = (
            visible(vacancies().for_company(self))
            .select_related("role")
            .order_by("-first_published_at", "title")
        )
        return context

    def get_json_ld(self, request):
        return [*super().get_json_ld(request), jsonld.organization(self, request)]


def vacancies():
    """JobPage's manager. A vacancy knows its company, so ``jobs`` imports this module; the two
    lookups the other way (a company's vacancies, the index's counts) name the model through the
    app registry, as a string ForeignKey does."""
    return apps.get_model("careers", "JobPage").objects


def logo_with_rendition():
    """Prefetch companies' logos together with the rendition templates show (two queries)."""
    return Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_FILTER))
