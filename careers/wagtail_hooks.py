"""Admin hooks that keep each company's editors inside their own hiring page."""

from wagtail import hooks

from portal.admin_visibility import readable_pages

from .dashboard import CompanyDashboardPanel, companies_edited_by


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_outside_the_users_sections(pages, request):
    """Page choosers list the whole tree, drafts and restricted pages included, to anyone with
    admin access. A company editor would read the titles of other companies' unpublished pages
    there; show them what visitors see and the sections they may edit (``readable_pages``)."""
    return readable_pages(pages, request.user)


@hooks.register("construct_homepage_panels")
def add_company_dashboard_panel(request, panels):
    """Company editors find their hiring page, its vacancies and their items in review first."""
    companies = list(companies_edited_by(request.user))
    if companies:
        panels.append(CompanyDashboardPanel(companies))
