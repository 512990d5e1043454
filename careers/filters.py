"""Filters of the vacancy index: role, seniority, remote policy, location, company and employment
type, each choice labelled with how many vacancies it shows."""

from collections import Counter

import django_filters

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.filters import labelled

from .models.choices import EmploymentType, RemotePolicy, Seniority
from .models.companies import CompanyPage
from .querysets import parent_path


class JobFacets:
    """Every filter's choices with their counts, from one grouped query over the open vacancies
    (one row per combination of values, however many vacancies share it)."""

    def __init__(self, jobs, companies):
        self.rows = list(
            jobs.order_by()
            .values(
                "role__slug",
                "role__name",
                "seniority",
                "remote_policy",
                "employment_type",
                "city",
                company_path=parent_path(),
            )
            .annotate(n=Count("pk"))
        )
        self.companies = companies

    def _count(self, column):
        totals = Counter()
        for row in self.rows:
            totals[row[column]] += row["n"]
        return totals

    def fixed(self, column, choices):
        """Choices of a field with fixed choices, in their order, zero counts included."""
        counts = self._count(column)
        return [(value, str(label), counts[value]) for value, label in choices]

    def roles(self):
        counts = self._count("role__slug")
        names = {row["role__slug"]: row["role__name"] for row in self.rows}
        return sorted(
            ((slug, names[slug], n) for slug, n in counts.items()), key=lambda c: c[1].lower()
        )

    def locations(self):
        counts = self._count("city")
        return [(city, city, counts[city]) for city in sorted(filter(None, counts), key=str.lower)]

    def companies_with_jobs(self):
        counts = self._count("company_path")
        return [
            (company.slug, company.title, counts[company.path])
            for company in self.companies
            if counts[company.path]
        ]


class JobFilterSet(django_filters.FilterSet):
    """Bad values never fail the page: the form reports them and the other filters still apply.

    The role, location and company choices are those the open vacancies have.
    """

    role = django_filters.ChoiceFilter(
        field_name="role__slug", label=_("Role"), empty_label=_("All roles")
    )
    seniority = django_filters.ChoiceFilter(label=_("Seniority"), empty_label=_("All levels"))
    remote = django_filters.ChoiceFilter(
        field_name="remote_policy", label=_("Remote"), empty_label=_("Any")
    )
    location = django_filters.ChoiceFilter(
        field_name="city", label=_("Location"), empty_label=_("All locations")
    )
    company = django_filters.ChoiceFilter(
        method="filter_company", label=_("Company"), empty_label=_("All companies")
    )
    employment_type = django_filters.ChoiceFilter(
        label=_("Employment type"), empty_label=_("All types")
    )

    def __init__(self, data=None, queryset=None, *, locale_id, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.companies = list(CompanyPage.objects.listed(locale_id))
        self.company_paths = {company.slug: company.path for company in self.companies}
        facets = JobFacets(self.queryset, self.companies)
        choices = {
            "role": facets.roles(),
            "seniority": facets.fixed("seniority", Seniority.choices),
            "remote": facets.fixed("remote_policy", RemotePolicy.choices),
            "location": facets.locations(),
            "company": facets.companies_with_jobs(),
            "employment_type": facets.fixed("employment_type", EmploymentType.choices),
        }
        for name, counted in choices.items():
            self.filters[name].extra["choices"] = labelled(counted)

    def filter_company(self, queryset, name, value):
        return queryset.filter(path__startswith=self.company_paths[value])
