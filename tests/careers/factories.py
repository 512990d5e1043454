"""Factories for companies, vacancies and career paths. Pass ``parent=``."""

import datetime

import factory
import wagtail_factories

from django.utils import timezone
from django.utils.text import slugify

from careers.models import (
    CareerPathIndexPage,
    CareerPathPage,
    CompanyIndexPage,
    CompanyPage,
    JobIndexPage,
    JobPage,
)
from tests.portal.factories import RoleFactory


class CompanyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Companies"
    slug = "companies"

    class Meta:
        model = CompanyIndexPage


class CompanyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Company {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    hiring_focus = factory.Faker("sentence")
    tech_stack = "Python, Django, PostgreSQL"
    verified = True
    verified_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = CompanyPage


class JobIndexPageFactory(wagtail_factories.PageFactory):
    title = "Jobs"
    slug = "jobs"

    class Meta:
        model = JobIndexPage


class JobPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Python developer {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    role = factory.SubFactory(RoleFactory, name="Python developer")
    seniority = factory.Iterator(["junior", "mid", "senior"])
    employment_type = "FULL_TIME"
    remote_policy = "hybrid"
    city = "Berlin"
    country = "DE"
    apply_url = "https://jobs.example.com/apply"
    expire_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    description = factory.LazyFunction(
        lambda: [("paragraph", "<p>Build and run Python services with a friendly team.</p>")]
    )

    class Meta:
        model = JobPage


class CareerPathIndexPageFactory(wagtail_factories.PageFactory):
    title = "Career paths"
    slug = "career-paths"

    class Meta:
        model = CareerPathIndexPage


class CareerPathPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Career path {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    role = factory.SubFactory(RoleFactory, name="Backend developer")
    summary = factory.Faker("paragraph")

    class Meta:
        model = CareerPathPage
