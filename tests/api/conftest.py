"""Content for the API tests: what a visitor sees, and pages in every hidden state beside it."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from careers.onboarding import onboard_company
from tests import factories

API = "/api/v3"


def get(client, path, **params):
    return client.get(f"{API}{path}", params)


def titles(response):
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")


@pytest.fixture
def topic(db, locales):
    return factories.TopicFactory(name="Python fundamentals", slug="python-fundamentals")


@pytest.fixture
def questions(home_pages, topic):
    """A question bank with a visible question, a draft, an expired and a restricted one."""
    bank = factories.QuestionIndexPageFactory(parent=home_pages["en"])
    visible = factories.QuestionPageFactory(
        parent=bank, title="Lists or tuples?", difficulty="junior", topics=[topic]
    )
    draft = factories.QuestionPageFactory(parent=bank, title="Draft question", live=False)
    expired = factories.QuestionPageFactory(
        parent=bank,
        title="Expired question",
        expire_at=timezone.now() - datetime.timedelta(days=1),
    )
    restricted = factories.QuestionPageFactory(parent=bank, title="Restricted question")
    restrict(restricted)
    return {
        "bank": bank,
        "visible": visible,
        "draft": draft,
        "expired": expired,
        "restricted": restricted,
    }


@pytest.fixture
def careers(home_pages):
    home = home_pages["en"]
    return {
        "companies": factories.CompanyIndexPageFactory(parent=home),
        "jobs": factories.JobIndexPageFactory(parent=home),
        "career_paths": factories.CareerPathIndexPageFactory(parent=home),
    }


@pytest.fixture
def role(db, locales):
    return factories.RoleFactory(name="Python developer", slug="python-developer")


def onboarded(careers, role, name, email):
    """A company onboarded as portal staff do it, its hiring page approved and live, with a live
    vacancy and a draft one."""
    onboarding = onboard_company(name, email)
    company = onboarding.company
    company.hiring_focus = f"{name} hires Python developers."
    company.save_revision().publish()
    live_job = factories.JobPageFactory(
        parent=company, title=f"{name} backend developer", role=role, seniority="senior"
    )
    live_job.save_revision().publish()
    draft_job = factories.JobPageFactory(
        parent=company, title=f"{name} secret plans", role=role, live=False
    )
    draft_job.save_revision()
    onboarding.live_job = live_job
    onboarding.draft_job = draft_job
    return onboarding


@pytest.fixture
def acme(careers, role):
    return onboarded(careers, role, "Acme", "editor@acme.example")


@pytest.fixture
def bolt(careers, role):
    return onboarded(careers, role, "Bolt", "editor@bolt.example")
