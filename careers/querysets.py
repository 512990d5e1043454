"""Which vacancies and companies candidates see, defined once for every listing."""

from django.db.models import Count
from django.db.models.functions import Left, Length

from wagtail.models import Page
from wagtail.query import PageQuerySet

from portal.visibility import visible


def parent_path(path_field="path"):
    """The tree path of a page's parent as a database expression: a page's path is its parent's
    path plus ``Page.steplen`` characters."""
    return Left(path_field, Length(path_field) - Page.steplen)


class JobPageQuerySet(PageQuerySet):
    def for_company(self, company):
        """A company's vacancies: the pages under its hiring page."""
        return self.child_of(company)

    def for_role(self, role):
        """Vacancies tagged with the role in any of its translations."""
        return self.filter(role__translation_key=role.translation_key)

    def listed(self, locale_id):
        """What candidates may see in listings: visible vacancies of one language (the company
        page above them visible too, as ``portal.visibility`` requires of every ancestor)."""
        return visible(self.filter(locale_id=locale_id))

    def counts_by_company(self):
        """{company page path: number of vacancies}, in one query whatever the number of companies."""
        rows = (
            self.order_by()
            .annotate(company_path=parent_path())
            .values("company_path")
            .annotate(n=Count("id"))
        )
        return {row["company_path"]: row["n"] for row in rows}


class CareerPathPageQuerySet(PageQuerySet):
    def for_role(self, role, locale_id):
        """The career paths of one language for a role, whichever translation of it is given."""
        return self.filter(locale_id=locale_id, role__translation_key=role.translation_key)


class CompanyPageQuerySet(PageQuerySet):
    def listed(self, locale_id):
        """Visible company pages of one language, verified companies first."""
        return visible(self.filter(locale_id=locale_id)).order_by("-verified", "title", "path")
