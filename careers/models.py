"""Company hiring pages, vacancies and career paths."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.fields import StreamField
from portal.models import BasePage

from .blocks import CareerStepBlock, CompanyStreamBlock, HiringStepBlock, JobDescriptionBlock


class Seniority(models.TextChoices):
    JUNIOR = "junior", _("Junior")
    MID = "mid", _("Mid-level")
    SENIOR = "senior", _("Senior")
    LEAD = "lead", _("Lead")


class EmploymentType(models.TextChoices):
    # Values are schema.org JobPosting employmentType values.
    FULL_TIME = "FULL_TIME", _("Full time")
    PART_TIME = "PART_TIME", _("Part time")
    CONTRACTOR = "CONTRACTOR", _("Contractor")
    TEMPORARY = "TEMPORARY", _("Temporary")
    INTERN = "INTERN", _("Internship")


class RemotePolicy(models.TextChoices):
    ONSITE = "onsite", _("On site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class SalaryUnit(models.TextChoices):
    YEAR = "YEAR", _("per year")
    MONTH = "MONTH", _("per month")
    HOUR = "HOUR", _("per hour")


class CompanyIndexPage(BasePage):
    """Lists the companies hiring through the portal, verified companies first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["careers.CompanyPage"]

    class Meta:
        verbose_name = _("company index")


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

    class Meta:
        verbose_name = _("company hiring page")
        permissions = [("verify_company", _("Can mark a company as verified"))]

    @property
    def tech_stack_list(self):
        return [item.strip() for item in self.tech_stack.split(",") if item.strip()]


class JobPageForm(WagtailAdminPageForm):
    """Publishing a vacancy needs everything Google's JobPosting requires; a draft needs less."""

    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation:  # saving a draft
            return cleaned
        missing = {}
        if not cleaned.get("expire_at"):
            missing["expire_at"] = _("A published vacancy needs an expiry date (Settings tab).")
        if cleaned.get("remote_policy") == RemotePolicy.REMOTE:
            if not cleaned.get("applicant_country"):
                missing["applicant_country"] = _(
                    "Say from which country remote applicants may work."
                )
        elif not (cleaned.get("city") and cleaned.get("country")):
            missing["city"] = _("An on-site or hybrid vacancy needs a city and a country.")
        if not (cleaned.get("apply_url") or cleaned.get("apply_email")):
            missing["apply_url"] = _("Give an application URL or an email address.")
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if (low or high) and not cleaned.get("salary_currency"):
            missing["salary_currency"] = _("Give the currency of the salary.")
        if low and high and low > high:
            missing["salary_max"] = _("The maximum salary is below the minimum.")
        for field, message in missing.items():
            self.add_error(field if field in self.fields else None, message)
        return cleaned


class JobPage(BasePage):
    """A vacancy at the company above it. It unpublishes itself at its expiry date."""

    role = models.ForeignKey(
        "portal.Role", verbose_name=_("role"), on_delete=models.PROTECT, related_name="jobs"
    )
    seniority = models.CharField(
        _("seniority"), max_length=10, choices=Seniority.choices, db_index=True
    )
    employment_type = models.CharField(
        _("employment type"),
        max_length=12,
        choices=EmploymentType.choices,
        default=EmploymentType.FULL_TIME,
    )
    remote_policy = models.CharField(
        _("remote policy"),
        max_length=10,
        choices=RemotePolicy.choices,
        default=RemotePolicy.ONSITE,
        db_index=True,
    )
    city = models.CharField(_("city"), max_length=100, blank=True, db_index=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    country = models.CharField(
        _("country"), max_length=2, blank=True, help_text=_("ISO code, e.g. DE")
    )
    applicant_country = models.CharField(
        _("remote applicants' country"),
        max_length=2,
        blank=True,
        help_text=_("ISO code, for remote vacancies"),
    )
    salary_min = models.DecimalField(
        _("salary from"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    salary_max = models.DecimalField(
        _("salary to"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    salary_currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO code, e.g. EUR")
    )
    salary_unit = models.CharField(
        _("salary per"), max_length=5, choices=SalaryUnit.choices, default=SalaryUnit.YEAR
    )
    description = StreamField(JobDescriptionBlock(), verbose_name=_("description"))
    apply_url = models.URLField(_("application URL"), blank=True)
    apply_email = models.EmailField(_("application email"), blank=True)

    base_form_class = JobPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("seniority"), FieldPanel("employment_type")]),
        MultiFieldPanel(
            [
                FieldPanel("remote_policy"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("region"), FieldPanel("country")]),
                FieldPanel("applicant_country"),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("salary_min"), FieldPanel("salary_max")]),
                FieldRowPanel([FieldPanel("salary_currency"), FieldPanel("salary_unit")]),
            ],
            heading=_("Salary (optional)"),
        ),
        FieldPanel("description"),
        FieldRowPanel(
            [FieldPanel("apply_url"), FieldPanel("apply_email")], heading=_("How to apply")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("city"),
        index.RelatedFields("role", [index.SearchField("name")]),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("role"),
        SynchronizedField("seniority"),
        SynchronizedField("employment_type"),
        SynchronizedField("remote_policy"),
        TranslatableField("city"),
        TranslatableField("region"),
        SynchronizedField("country"),
        SynchronizedField("applicant_country"),
        SynchronizedField("salary_min"),
        SynchronizedField("salary_max"),
        SynchronizedField("salary_currency"),
        SynchronizedField("salary_unit"),
        TranslatableField("description"),
        SynchronizedField("apply_url"),
        SynchronizedField("apply_email"),
        SynchronizedField("expire_at"),
    ]

    parent_page_types = ["careers.CompanyPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")


class JobIndexPage(BasePage):
    """Every live vacancy of its language across companies, filterable."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vacancy index")


class CareerPathIndexPage(BasePage):
    """Lists the career paths of its language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["careers.CareerPathPage"]

    class Meta:
        verbose_name = _("career path index")


class CareerPathPage(BasePage):
    """A role's path: the skills it needs, what each seniority is expected to know, preparation
    steps, and the live vacancies for the role."""

    role = models.ForeignKey(
        "portal.Role", verbose_name=_("role"), on_delete=models.PROTECT, related_name="career_paths"
    )
    summary = models.TextField(_("summary"))
    skills = StreamField(
        [("skill", blocks.CharBlock(label=_("skill"), icon="tick"))],
        blank=True,
        verbose_name=_("skills"),
    )
    junior_expectations = models.TextField(_("junior: what is expected"), blank=True)
    mid_expectations = models.TextField(_("mid-level: what is expected"), blank=True)
    senior_expectations = models.TextField(_("senior: what is expected"), blank=True)
    steps = StreamField(
        [("step", CareerStepBlock())], blank=True, verbose_name=_("preparation steps")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("role"),
        FieldPanel("summary"),
        FieldPanel("skills"),
        MultiFieldPanel(
            [
                FieldPanel("junior_expectations", widget=forms.Textarea(attrs={"rows": 3})),
                FieldPanel("mid_expectations", widget=forms.Textarea(attrs={"rows": 3})),
                FieldPanel("senior_expectations", widget=forms.Textarea(attrs={"rows": 3})),
            ],
            heading=_("Seniority expectations"),
        ),
        FieldPanel("steps"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("skills"),
        index.SearchField("junior_expectations"),
        index.SearchField("mid_expectations"),
        index.SearchField("senior_expectations"),
        index.SearchField("steps"),
        index.RelatedFields("role", [index.SearchField("name")]),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("role"),
        TranslatableField("summary"),
        TranslatableField("skills"),
        TranslatableField("junior_expectations"),
        TranslatableField("mid_expectations"),
        TranslatableField("senior_expectations"),
        TranslatableField("steps"),
    ]

    parent_page_types = ["careers.CareerPathIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("career path")
