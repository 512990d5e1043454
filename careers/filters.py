"""Filters of the vacancy index: role, seniority, remote policy, location, company and employment
type, each choice labelled with how many vacancies it shows."""

from collections import Counter

import django_filters

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.filters import CountedChoicesMixin

from .models import CompanyPage, EmploymentType, RemotePolicy, Seniority
from .querysets import parent_path


class JobFilterSet(CountedChoicesMixin, django_filters.FilterSet):
    """Bad values never fail the page: the form reports them and the other filters still apply.

    Role, location and company choices are the ones the vacancies of ``queryset`` have; every count
    comes from one grouped query, so the number of queries does not grow with the vacancies.
    """

    role = django_filters.ChoiceFilter(
        field_name="role__slug", label=_("Role"), empty_label=_("All roles")
    )
    seniority = django_filters.ChoiceFilter(
        choices=Seniority.choices, label=_("Seniority"), empty_label=_("All levels")
    )
    remote = django_filters.ChoiceFilter(
        field_name="remote_policy",
        choices=RemotePolicy.choices,
        label=_("Remote"),
        empty_label=_("On site, hybrid or remote"),
    )
    location = django_filters.ChoiceFilter(
        field_name="city", label=_("Location"), empty_label=_("All locations")
    )
    company = django_filters.ChoiceFilter(
        method="filter_company", label=_("Company"), empty_label=_("All companies")
    )
    employment_type = django_filters.ChoiceFilter(
        choices=EmploymentType.choices, label=_("Employment type"), empty_label=_("All types")
    )

    # (filter name, facet column) for the filters whose counts come straight from a column.
    facet_columns = [
        ("role", "role__slug"),
        ("seniority", "seniority"),
        ("remote", "remote_policy"),
        ("location", "city"),
        ("employment_type", "employment_type"),
    ]

    def __init__(self, data=None, queryset=None, *, locale, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.companies = list(CompanyPage.objects.listed(locale))
        facets = list(
            self.queryset.order_by()
            .values(
                "role__slug",
                "role__name",
                "seniority",
                "remote_policy",
                "employment_type",
                "city",
                company_path=parent_path(),
            )
            .annotate(n=Count("id"))
        )
        company_slugs = {company.path: company.slug for company in self.companies}
        self.company_paths = {company.slug: company.path for company in self.companies}

        roles = {row["role__slug"]: row["role__name"] for row in facets}
        self.filters["role"].extra["choices"] = sorted(roles.items(), key=lambda r: r[1].lower())
        cities = sorted({row["city"] for row in facets if row["city"]}, key=str.lower)
        self.filters["location"].extra["choices"] = [(city, city) for city in cities]
        with_jobs = {row["company_path"] for row in facets}
        self.filters["company"].extra["choices"] = [
            (company.slug, company.title) for company in self.companies if company.path in with_jobs
        ]

        for name, column in self.facet_columns:
            self.add_counts(name, _count(facets, lambda row, c=column: row[c]), "value")
        self.add_counts(
            "company",
            _count(facets, lambda row: company_slugs.get(row["company_path"])),
            "value",
        )

    def filter_company(self, queryset, name, value):
        return queryset.filter(path__startswith=self.company_paths[value])

    def query_without_page(self):
        """The current filters as a query string, for pagination links."""
        if not self.data:
            return ""
        query = self.data.copy()
        query.pop("page", None)
        return query.urlencode()


def _count(facets, key):
    """[{"value": ..., "n": ...}] summed over the facet rows, as CountedChoicesMixin reads them."""
    totals = Counter()
    for row in facets:
        totals[key(row)] += row["n"]
    return [{"value": value, "n": n} for value, n in totals.items()]
