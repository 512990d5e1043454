"""One visibility rule: a page is visible when it and every ancestor are live, unexpired and
unrestricted. A vacancy under an unpublished or expired company page is hidden everywhere."""

import datetime

import pytest

from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(home_pages):
    """Two companies with one live vacancy each, the vacancy index, and the company index."""
    home = home_pages["en"]
    companies = factories.CompanyIndexPageFactory(parent=home, slug="companies")
    jobs = factories.JobIndexPageFactory(parent=home, slug="jobs")
    acme = factories.CompanyPageFactory(parent=companies, title="Acme Rocketry", slug="acme")
    bolt = factories.CompanyPageFactory(parent=companies, title="Bolt Widgets", slug="bolt")
    acme_job = factories.JobPageFactory(
        parent=acme, title="Acme zeppelin engineer", slug="zeppelin"
    )
    bolt_job = factories.JobPageFactory(parent=bolt, title="Bolt zeppelin pilot", slug="pilot")
    return {
        "companies": companies,
        "jobs": jobs,
        "acme": acme,
        "bolt": bolt,
        "acme_job": acme_job,
        "bolt_job": bolt_job,
    }


def everywhere(client):
    """The HTML or JSON of every place a visitor may come across a vacancy or a company."""
    return {
        "jobs": client.get("/en/jobs/").text,
        "companies": client.get("/en/companies/").text,
        "search": client.get("/en/search/", {"q": "zeppelin"}).text,
        "suggestions": client.get("/en/search/suggest/", {"q": "zeppel"}).text,
        "sitemap": client.get("/sitemap.xml").text,
    }


def test_both_vacancies_are_listed_while_their_companies_are_visible(client, board):
    for place, text in everywhere(client).items():
        if place != "companies":
            assert "zeppelin engineer" in text or "/acme/zeppelin/" in text, place
    assert "Acme Rocketry" in client.get("/en/companies/").text


def test_vacancy_of_an_unpublished_company_page_is_not_served(client, board):
    assert client.get("/en/companies/acme/zeppelin/").status_code == 200

    board["acme"].unpublish()

    assert client.get("/en/companies/acme/zeppelin/").status_code == 404
    assert client.get("/en/companies/bolt/pilot/").status_code == 200


def test_vacancy_of_an_unpublished_company_page_is_absent_everywhere(client, board):
    board["acme"].unpublish()

    for place, text in everywhere(client).items():
        assert "Acme zeppelin engineer" not in text, place
        assert "/acme/zeppelin/" not in text, place
    assert "Bolt zeppelin pilot" in client.get("/en/jobs/").text


def test_expired_company_page_and_its_vacancies_are_absent_everywhere(client, board):
    board["acme"].expire_at = timezone.now() - datetime.timedelta(minutes=1)
    board["acme"].save()

    for place, text in everywhere(client).items():
        assert "Acme Rocketry" not in text, place
        assert "Acme zeppelin engineer" not in text, place
        assert "/en/companies/acme/" not in text, place
    assert "Bolt Widgets" in client.get("/en/companies/").text
    assert client.get("/en/companies/acme/zeppelin/").status_code == 404


def test_company_page_expiring_later_hides_its_vacancies_once_the_date_passes(
    client, board, settings
):
    """Expiry depends on the time of the request, not on when the hidden subtrees were cached.
    (The page cache keeps whole pages for minutes at most: docs/operations.md.)"""
    settings.PAGE_CACHE = False
    board["acme"].expire_at = timezone.now() + datetime.timedelta(seconds=2)
    board["acme"].save()
    assert "Acme zeppelin engineer" in client.get("/en/jobs/").text  # cached now, not yet expired

    later = timezone.now() + datetime.timedelta(seconds=3)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        assert "Acme zeppelin engineer" not in client.get("/en/jobs/").text
        assert client.get("/en/companies/acme/zeppelin/").status_code == 404


def test_vacancy_of_a_draft_company_never_published_is_hidden(client, board):
    draft = factories.CompanyPageFactory(
        parent=board["companies"], title="Draft Co", slug="draft-co", live=False
    )
    factories.JobPageFactory(parent=draft, title="Draft Co zeppelin mechanic", slug="mechanic")

    assert client.get("/en/companies/draft-co/mechanic/").status_code == 404
    for place, text in everywhere(client).items():
        assert "zeppelin mechanic" not in text, place
