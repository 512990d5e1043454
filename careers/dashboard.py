"""The dashboard panel a company editor sees first in the admin: their hiring page, its vacancies
and what of theirs waits for portal staff's review.

A company editor is a user whose groups may change a hiring page (``careers.onboarding`` grants
that on the company page); portal staff and superusers, who may change every page, see Wagtail's
own panels only. Three queries whatever the number of vacancies.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Page, WorkflowState

from .models import CompanyPage, JobPage


def companies_edited_by(user):
    """The hiring pages ``user``'s groups were given to edit (not those inherited from above)."""
    if not user.is_active or user.is_superuser:
        return CompanyPage.objects.none()
    granted = GroupPagePermission.objects.filter(
        group__user=user,
        permission__codename="change_page",
        page__content_type=ContentType.objects.get_for_model(CompanyPage),
    ).values("page")
    return CompanyPage.objects.filter(pk__in=granted).order_by("title")


class CompanyDashboardPanel(Component):
    """Each of the editor's hiring pages with its vacancies (status, expiry, edit links) and the
    pages of theirs in review."""

    name = "company_dashboard"
    order = 50  # above Wagtail's own panels (100 and more)
    template_name = "careers/admin/company_dashboard_panel.html"

    def __init__(self, companies):
        self.companies = companies

    def get_context_data(self, parent_context=None):
        jobs = JobPage.objects.none()
        under_companies = Q()
        for company in self.companies:
            under_companies |= Q(path__startswith=company.path)
            jobs |= JobPage.objects.for_company(company)
        by_company = {company.path: [] for company in self.companies}
        for job in jobs.order_by("path"):
            by_company[job.path[: -Page.steplen]].append(job)
        in_review = (
            Page.objects.filter(under_companies)
            .filter(_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS)
            .order_by("path")
            .distinct()
        )
        return {
            "companies": [(company, by_company[company.path]) for company in self.companies],
            "in_review": list(in_review),
        }
