"""A vacancy closes at its expiry date: listings drop it at once, publish_scheduled unpublishes it."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.utils import timezone

from careers.models import JobPage
from portal.visibility import visible
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def company(careers):
    return factories.CompanyPageFactory(parent=careers["companies"], title="Acme")


@pytest.fixture
def expired(company, role):
    """Past its expiry date, but publish_scheduled has not run yet: still live."""
    job = factories.JobPageFactory(
        parent=company,
        title="Expired vacancy",
        role=role,
        expire_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    assert job.live
    return job


@pytest.fixture
def open_job(company, role):
    return factories.JobPageFactory(parent=company, title="Open vacancy", role=role)


def test_open_vacancies_are_live_and_not_past_their_expiry_date(expired, open_job, company):
    never_expires = factories.JobPageFactory(parent=company, expire_at=None)
    assert set(visible(JobPage.objects.all())) == {open_job, never_expires}


def test_expired_vacancy_leaves_every_listing_before_publish_scheduled_runs(
    client, careers, expired, open_job, role
):
    path = factories.CareerPathPageFactory(parent=careers["career_paths"], role=role)
    for url in (careers["jobs"].url, careers["companies"].url, expired.get_parent().url, path.url):
        html = client.get(url).text
        assert "Expired vacancy" not in html, url
    assert "Open vacancy" in client.get(careers["jobs"].url).text
    assert "1 open role<" in client.get(careers["companies"].url).text


def test_publish_scheduled_unpublishes_the_expired_vacancy(client, expired, open_job):
    call_command("publish_scheduled", stdout=StringIO())

    expired.refresh_from_db()
    assert not expired.live
    assert expired.expired
    assert client.get(expired.url or "/en/companies/acme/expired-vacancy/").status_code == 404
    open_job.refresh_from_db()
    assert open_job.live
