"""Vacancies and the vacancy index."""

from urllib.parse import urlencode

from django.apps import apps
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page import models as routable
from wagtail.models import PageManager, PagePermissionTester
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.fields import StreamField
from portal.formats import format_money_range
from portal.models import BasePage, IndexPage
from portal.visibility import visible

from .. import jsonld
from ..blocks import JobDescriptionBlock
from ..filters import JobFilterSet
from ..querysets import JobPageQuerySet
from .choices import EmploymentType, RemotePolicy, SalaryUnit, Seniority
from .companies import CompanyPage


class JobPageForm(WagtailAdminPageForm):
    """Publishing a vacancy needs everything Google's JobPosting requires; a draft needs less."""

    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation:  # saving a draft
            return cleaned
        missing = {}
        if not cleaned.get("expire_at"):
            missing["expire_at"] = _(
                "A published vacancy needs an expiry date: open the Status side panel, choose "
                "“Edit schedule” and fill in the expiry date/time."
            )
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


class VacancyPermissionTester(PagePermissionTester):
    """Closing a vacancy needs no review: whoever may edit a live vacancy may take it down (a
    company editor in the admin, or their hiring system through the API). Publishing still needs
    portal staff."""

    def can_unpublish(self):
        if super().can_unpublish():
            return True
        return bool(
            self.user.is_active
            and self.page.live
            and not self.page_locked()
            and "change" in self.permissions
        )


class JobPage(BasePage):
    """A vacancy at the company above it. It unpublishes itself at its expiry date (the Status side
    panel's "Set schedule" in Wagtail's editor)."""

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
        index.FilterField("seniority"),
        index.FilterField("remote_policy"),
        index.FilterField("employment_type"),
        index.FilterField("expire_at"),
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

    # What a company's hiring system may write through the API (api/sync.py), besides title and
    # slug: the fields of the admin's vacancy form, validated by that form.
    api_fields = [
        APIField(name, writable=True)
        for name in (
            "role",
            "seniority",
            "employment_type",
            "remote_policy",
            "city",
            "region",
            "country",
            "applicant_country",
            "salary_min",
            "salary_max",
            "salary_currency",
            "salary_unit",
            "description",
            "apply_url",
            "apply_email",
            "expire_at",
        )
    ]

    parent_page_types = ["careers.CompanyPage"]
    subpage_types = []

    objects = PageManager.from_queryset(JobPageQuerySet)()

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")

    def permissions_for_user(self, user):
        return VacancyPermissionTester(user, self)

    @cached_property
    def company(self):
        """The company page above; listings set it for a whole page of vacancies at once."""
        return self.get_parent().specific

    @property
    def date_posted(self):
        """When the vacancy was first published; now, for a preview of an unpublished one."""
        return (self.first_published_at or timezone.now()).date()

    @property
    def is_open(self):
        return self.expire_at is None or self.expire_at > timezone.now()

    @property
    def has_application_route(self):
        return bool(self.apply_url or self.apply_email)

    @property
    def is_remote(self):
        return self.remote_policy == RemotePolicy.REMOTE

    def get_default_meta_description(self):
        # e.g. "Senior Python developer at Acme (Berlin, DE, hybrid)": what a search result needs.
        where = ", ".join(
            part for part in (self.location_text(), self.get_remote_policy_display()) if part
        )
        return gettext("%(title)s at %(company)s (%(where)s)") % {
            "title": self.title,
            "company": self.company.title,
            "where": where,
        }

    def location_text(self):
        """City and country, e.g. "Berlin, DE"; for a remote vacancy without an office, where
        applicants may live."""
        place = ", ".join(part for part in (self.city, self.country) if part)
        if not place and self.is_remote and self.applicant_country:
            return gettext("Anywhere in %(country)s") % {"country": self.applicant_country}
        return place

    def salary_text(self):
        """The salary in the active language's number format, amount before the currency code as
        the portal writes money: "60,000–75,000 EUR per year", "from 60,000 EUR per month"; empty
        when no salary is given."""
        if not (self.salary_min or self.salary_max) or not self.salary_currency:
            return ""
        return gettext("%(amount)s %(unit)s") % {
            "amount": format_money_range(self.salary_min, self.salary_max, self.salary_currency),
            "unit": self.get_salary_unit_display(),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["company"] = self.company
        # A career path lists its role's vacancies, so career_paths imports this module; this one
        # lookup the other way names the model through the app registry.
        career_paths = apps.get_model("careers", "CareerPathPage").objects
        career_path = visible(career_paths.for_role(self.role, self.locale_id)).first()
        context["career_path"] = career_path
        # The guide whose questions are asked for this role: guides read vacancies' roles, not
        # the other way round, so the guides app's model comes through the app registry.
        guides = apps.get_model("guides", "GuidePage")
        context["guide"] = guides.link_for_role(self.role, self.locale, request)
        context["similar_jobs"] = self.similar_jobs()
        job_index = visible(JobIndexPage.objects.filter(locale_id=self.locale_id)).first()
        if job_index is not None:  # every vacancy of this role, the list filtered
            query = urlencode({"role": self.role.slug})
            context["role_jobs_url"] = f"{job_index.get_url(request)}?{query}"
        return context

    similar_shown = 3

    def similar_jobs(self):
        """Other open vacancies for the same role in this language, newest first, with their
        companies (two queries)."""
        jobs = (
            JobPage.objects.listed(self.locale_id)
            .for_role(self.role)
            .exclude(translation_key=self.translation_key)
            .select_related("role")
            .order_by("-first_published_at", "title")
        )
        return attach_companies(list(jobs[: self.similar_shown]))

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        # A closed vacancy keeps its page until publish_scheduled runs, but is no longer a posting.
        return [*data, jsonld.job_posting(self, request)] if self.is_open else data


class JobIndexPage(routable.RoutablePageMixin, IndexPage):
    """Every live vacancy of its language across companies, filterable, and as an Atom feed."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    per_page = 20

    class Meta:
        verbose_name = _("vacancy index")

    def filtered_jobs(self, request):
        """The index's filter set, bound to the request: its ``qs`` is what the page lists."""
        jobs = (
            JobPage.objects.listed(self.locale_id)
            .select_related("role")
            .order_by("-first_published_at", "title", "path")
        )
        return JobFilterSet(request.GET or None, queryset=jobs, locale_id=self.locale_id)

    def feed_url(self, request):
        """The feed of what the page shows: the same filters, without the page number."""
        params = request.GET.copy()
        params.pop("page", None)
        query = params.urlencode()
        return self.url + self.reverse_subpage("feed") + (f"?{query}" if query else "")

    @routable.path("feed/")
    def feed(self, request):
        from ..feeds import VacancyFeed  # feeds renders these models: imported when first asked for

        return VacancyFeed()(request, index=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.filtered_jobs(request)
        page = Paginator(filterset.qs, self.per_page).get_page(request.GET.get("page"))
        page.object_list = attach_companies(page.object_list, filterset.companies)
        context["filterset"] = filterset
        context["jobs"] = page
        context["feed_url"] = self.feed_url(request)
        return context


def attach_companies(jobs, companies=None):
    """Set ``job.company`` on each vacancy from ``companies`` or, if not given, from one query."""
    parent_paths = [(job, job.path[: -JobPage.steplen]) for job in jobs]
    if companies is None:
        companies = CompanyPage.objects.filter(path__in={path for _job, path in parent_paths})
    by_path = {company.path: company for company in companies}
    for job, path in parent_paths:
        if path in by_path:
            job.company = by_path[path]
    return [job for job, _path in parent_paths]
