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
from careers.onboarding import onboard_company
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


def careers_indexes(home):
    """The company, vacancy and career-path indexes under ``home``, as in the demo."""
    return {
        "companies": CompanyIndexPageFactory(parent=home),
        "jobs": JobIndexPageFactory(parent=home),
        "career_paths": CareerPathIndexPageFactory(parent=home),
    }


def onboarded_company(name, email, *, verified=None, role=None, **live_job_fields):
    """A company onboarded with ``onboard_company`` as portal staff do it (under the company index
    that exists), its hiring page approved and published, with a live vacancy
    ("<name> backend developer") and a draft one ("<name> secret plans"): the onboarding result
    with ``live_job`` and ``draft_job`` added. ``role`` goes to both vacancies."""
    onboarding = onboard_company(name, email)
    company = onboarding.company
    company.hiring_focus = f"{name} hires Python developers."
    if verified is not None:
        company.verified = verified
    company.save_revision().publish()
    with_role = {"role": role} if role else {}
    live_job = JobPageFactory(
        parent=company, title=f"{name} backend developer", **with_role, **live_job_fields
    )
    live_job.save_revision().publish()
    draft_job = JobPageFactory(
        parent=company, title=f"{name} secret plans", live=False, **with_role
    )
    draft_job.save_revision()
    onboarding.live_job = live_job
    onboarding.draft_job = draft_job
    return onboarding
