"""A page's address is routed once per content version (portal/routing.py): what visitors are served
follows every publish, move, unpublish and expiry date as Wagtail's own routing would."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def company(home_pages):
    companies = factories.CompanyIndexPageFactory(parent=home_pages["en"], slug="companies")
    return factories.CompanyPageFactory(parent=companies, title="Acme Rocketry", slug="acme")


@pytest.fixture
def vacancy(company):
    return factories.JobPageFactory(parent=company, title="Acme zeppelin engineer", slug="zeppelin")


SLUG_LOOKUP = '"slug" ='
SITE_LOOKUP = '"wagtailcore_site"."hostname" ='  # Wagtail's Site.find_for_request


def lookups(client, url, shows, sql):
    """The queries containing ``sql`` while ``url`` is viewed; the page shows ``shows``."""
    with CaptureQueriesContext(connection) as captured:
        assert shows in client.get(url).text
    return [query for query in captured if sql in query["sql"]]


def test_a_remembered_route_reads_the_page_by_its_id_instead_of_walking_the_tree(client, vacancy):
    def slug_lookups():
        return lookups(client, vacancy.url, "Acme zeppelin engineer", SLUG_LOOKUP)

    # The home page's child, the company index's and the company's, each found by its slug.
    assert len(slug_lookups()) == 3
    assert slug_lookups() == []


def test_a_renamed_page_is_served_at_its_new_address_only(client, vacancy):
    old_url = vacancy.url
    assert "Acme zeppelin engineer" in client.get(old_url).text
    vacancy.slug = "airship"
    vacancy.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert "Acme zeppelin engineer" in client.get("/en/companies/acme/airship/").text


def test_an_unpublished_page_is_not_served_from_its_remembered_address(client, vacancy):
    assert client.get(vacancy.url).status_code == 200
    vacancy.unpublish()
    assert client.get(vacancy.url).status_code == 404


def test_a_page_under_an_unpublished_parent_is_not_served(client, company, vacancy):
    assert client.get(vacancy.url).status_code == 200
    company.unpublish()
    assert client.get(vacancy.url).status_code == 404


def test_a_page_under_a_parent_expiring_later_is_not_served_once_the_date_passes(
    client, company, vacancy
):
    company.expire_at = timezone.now() + datetime.timedelta(seconds=2)
    company.save_revision().publish()
    assert client.get(vacancy.url).status_code == 200
    assert client.get(vacancy.url).status_code == 200

    later = timezone.now() + datetime.timedelta(seconds=3)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        assert client.get(vacancy.url).status_code == 404


def test_the_same_address_in_each_language_is_its_own_route(client, home_pages, locales):
    english = factories.StandardPageFactory(
        parent=home_pages["en"], title="Imprint", slug="imprint"
    )
    german = english.copy_for_translation(locales["de"])
    german.title = "Impressum"
    german.save_revision().publish()
    assert "<h1>Imprint" in client.get("/en/imprint/").text
    assert "<h1>Impressum" in client.get("/de/imprint/").text
    assert "<h1>Imprint" in client.get("/en/imprint/").text


def test_a_routable_page_serves_its_own_views_at_and_below_its_address(client, home_pages):
    jobs = factories.JobIndexPageFactory(parent=home_pages["en"], slug="jobs")
    for _ in range(2):
        assert client.get(jobs.url).headers["Content-Type"].startswith("text/html")
        feed = client.get(f"{jobs.url}feed/")
        assert feed.headers["Content-Type"].startswith("application/atom+xml")


def test_the_site_is_remembered_with_the_route_until_a_site_changes(client, site, vacancy):
    def site_lookups():
        return lookups(client, vacancy.url, "Acme zeppelin engineer", SITE_LOOKUP)

    assert len(site_lookups()) == 1
    assert site_lookups() == []
    site.site_name = "JobFutures careers"
    site.save()
    assert len(site_lookups()) == 1


@pytest.mark.parametrize(
    ("url", "shows"),
    [
        ("/en/search/?q=zeppelin", 'href="{url}"'),
        ("/api/v3/search/?q=zeppelin&locale=en", '"http://testserver{url}"'),
    ],
    ids=["search page", "search API"],
)
def test_search_reads_the_remembered_site_until_a_site_changes(client, site, vacancy, url, shows):
    """Views other than Wagtail's serve (search, its API) read the site their links need the
    same way."""

    def site_lookups():
        return lookups(client, url, shows.format(url=vacancy.url), SITE_LOOKUP)

    assert len(site_lookups()) == 1
    assert site_lookups() == []
    site.site_name = "JobFutures careers"
    site.save()
    assert len(site_lookups()) == 1
