"""Career paths: what a role needs, how to prepare, and its vacancies."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import PageManager
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal.fields import StreamField
from portal.models import BasePage, IndexPage
from portal.visibility import visible

from ..blocks import CareerStepBlock
from ..querysets import CareerPathPageQuerySet
from .choices import Seniority
from .jobs import JobIndexPage, JobPage, attach_companies


class CareerPathIndexPage(IndexPage):
    """Lists the career paths of its language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["careers.CareerPathPage"]

    class Meta:
        verbose_name = _("career path index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["career_paths"] = (
            visible(CareerPathPage.objects.child_of(self)).select_related("role").order_by("title")
        )
        return context


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

    jobs_shown = 10

    objects = PageManager.from_queryset(CareerPathPageQuerySet)()

    class Meta:
        verbose_name = _("career path")

    def levels(self):
        """(seniority label, expectations) for each level the editor described."""
        levels = [
            (Seniority.JUNIOR.label, self.junior_expectations),
            (Seniority.MID.label, self.mid_expectations),
            (Seniority.SENIOR.label, self.senior_expectations),
        ]
        return [(label, text) for label, text in levels if text]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Vacancies for this role in this page's language, whichever translation of the role
        # they were tagged with.
        jobs = (
            JobPage.objects.listed(self.locale_id)
            .for_role(self.role)
            .select_related("role")
            .order_by("-first_published_at", "title")
        )
        shown = list(jobs[: self.jobs_shown])
        context["jobs"] = attach_companies(shown)
        context["jobs_total"] = len(shown) if len(shown) < self.jobs_shown else jobs.count()
        context["job_index"] = visible(
            JobIndexPage.objects.filter(locale_id=self.locale_id)
        ).first()
        if shown:
            context["role_filter"] = shown[0].role.slug
        return context
