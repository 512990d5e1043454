"""The vacancy and company indexes cost the same number of queries for 5 or 100 vacancies.

What every page costs (routing, language links, navigation, breadcrumbs) belongs to the
foundation; these tests pin what the listings add on top of a plain content page at the same
depth, and that it does not grow with the number of companies and vacancies.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db

# Queries a listing may add to a plain page: its companies, vacancies (or counts), facets, the
# paginator's count, one page of rows, and the logos with their renditions.
OWN_QUERIES = 5


def fill(careers, companies, jobs_per_company, role):
    for number in range(companies):
        company = factories.CompanyPageFactory(
            parent=careers["companies"],
            logo=factories.ImageFactory(),
            verified=number % 2 == 0,
        )
        factories.JobPageFactory.create_batch(
            jobs_per_company, parent=company, role=role, city=f"City {number}"
        )


def queries(client, url):
    client.get(url)  # logo renditions are made on the first view, as in production
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def plain_page_queries(client, home_pages):
    page = factories.StandardPageFactory(parent=home_pages["en"], slug="plain")
    return queries(client, page.url)


@pytest.mark.parametrize("index", ["jobs", "companies"])
def test_index_query_count_does_not_grow_with_the_number_of_vacancies(
    client, careers, role, index, plain_page_queries
):
    url = careers[index].url
    fill(careers, companies=1, jobs_per_company=5, role=role)
    few = queries(client, url)
    fill(careers, companies=19, jobs_per_company=5, role=role)  # 100 vacancies, 20 companies
    many = queries(client, url)

    assert few == many
    assert many - plain_page_queries <= OWN_QUERIES


def test_filtered_vacancy_index_costs_no_more_than_the_unfiltered_one(client, careers, role):
    fill(careers, companies=3, jobs_per_company=10, role=role)
    unfiltered = queries(client, careers["jobs"].url)
    query = "?company=company-2&seniority=mid&location=City+1&role=nope&page=2"
    assert queries(client, careers["jobs"].url + query) <= unfiltered
