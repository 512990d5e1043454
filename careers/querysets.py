"""Which vacancies and companies candidates see, defined once for every listing."""

from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.functions import Left, Length, Substr
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet


def parent_path(path_field="path"):
    """The tree path of a page's parent as a database expression: a page's path is its parent's
    path plus ``Page.steplen`` characters."""
    return Left(path_field, Length(path_field) - Page.steplen)


def unrestricted():
    """Wagtail's ``public()`` rule as one SQL subquery: no view restriction on the page or an
    ancestor. ``public()`` loads every restriction with a query of its own on each call."""
    restriction_above = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(prefix=F("page__path"))
    return ~Exists(restriction_above)


class JobPageQuerySet(PageQuerySet):
    def open(self):
        """Live vacancies whose expiry date has not passed.

        Wagtail's ``publish_scheduled`` command unpublishes expired pages, but only when it runs;
        until then an expired vacancy is still live, so every listing asks this instead of ``live()``.
        """
        return self.live().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))

    def listed(self, locale_id):
        """What candidates may see in listings: open, public vacancies of one language whose
        company page is live."""
        live_company = Page.objects.filter(live=True, path=parent_path(OuterRef("path")))
        return self.open().filter(unrestricted(), Exists(live_company), locale_id=locale_id)

    def counts_by_company(self):
        """{company page path: number of vacancies}, in one query whatever the number of companies."""
        rows = (
            self.order_by()
            .annotate(company_path=parent_path())
            .values("company_path")
            .annotate(n=Count("id"))
        )
        return {row["company_path"]: row["n"] for row in rows}


class CompanyPageQuerySet(PageQuerySet):
    def listed(self, locale_id):
        """Live, public company pages of one language, verified companies first."""
        return (
            self.live()
            .filter(unrestricted(), locale_id=locale_id)
            .order_by("-verified", "title", "path")
        )
