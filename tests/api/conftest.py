"""Content for the API tests: what a visitor sees, and pages in every hidden state beside it."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests import factories
from tests.careers.factories import careers_indexes, onboarded_company

API = "/api/v3"


def get(client, path, **params):
    return client.get(f"{API}{path}", params)


def titles(response):
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")


def hide(job, state):
    """Take a live vacancy out of visitors' sight: a "draft", "expired" or "restricted" one."""
    if state == "draft":
        job.unpublish()
    elif state == "expired":
        job.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        job.save()
    else:
        assert state == "restricted", state
        restrict(job)


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
    return careers_indexes(home_pages["en"])


@pytest.fixture
def role(db, locales):
    return factories.RoleFactory(name="Python developer", slug="python-developer")


@pytest.fixture
def acme(careers, role):
    return onboarded_company("Acme", "editor@acme.example", role=role, seniority="senior")


@pytest.fixture
def bolt(careers, role):
    return onboarded_company("Bolt", "editor@bolt.example", role=role, seniority="senior")
