"""The vacancy and company indexes cost the same number of queries for 5 or 100 vacancies."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15  # for an anonymous visitor


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


@pytest.mark.parametrize("index", ["jobs", "companies"])
def test_index_query_count_does_not_grow_with_the_number_of_vacancies(client, careers, role, index):
    url = careers[index].url
    fill(careers, companies=1, jobs_per_company=5, role=role)
    few = queries(client, url)
    fill(careers, companies=19, jobs_per_company=5, role=role)
    many = queries(client, url)

    assert few == many
    assert many <= MAX_QUERIES


def test_filtered_vacancy_index_stays_within_the_query_budget(client, careers, role):
    fill(careers, companies=3, jobs_per_company=5, role=role)
    url = f"{careers['jobs'].url}?company=company-2&seniority=mid&location=City+1&page=2"
    assert queries(client, url) <= MAX_QUERIES
