"""The vacancy and company indexes cost the same number of queries for 5 or 100 vacancies.

What every page costs (routing, language links, navigation, breadcrumbs) belongs to the
foundation; these tests pin what the listings add on top of a plain content page at the same
depth, and that it does not grow with the number of companies and vacancies.
"""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

# Queries a listing may add to a plain page: its companies, vacancies (or counts), facets, the
# paginator's count, one page of rows, and the logos with their renditions.
OWN_QUERIES = 5
# What a plain content page costs (routing, language links, navigation, breadcrumbs).
PLAIN_PAGE_QUERIES = 10


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


@pytest.fixture
def queries(client, django_assert_max_num_queries):
    """``queries(url, at_most)``: the number of queries of a second view of ``url`` (logo
    renditions are made on the first view, as in production), failing above ``at_most``."""

    def count(url, at_most):
        client.get(url)
        with django_assert_max_num_queries(at_most) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    return count


@pytest.fixture
def plain_page_queries(home_pages, queries):
    page = factories.StandardPageFactory(parent=home_pages["en"], slug="plain")
    return queries(page.url, at_most=PLAIN_PAGE_QUERIES)


@pytest.mark.parametrize("index", ["jobs", "companies"])
def test_index_query_count_does_not_grow_with_the_number_of_vacancies(
    careers, role, index, plain_page_queries, queries
):
    url = careers[index].url
    fill(careers, companies=1, jobs_per_company=5, role=role)
    few = queries(url, at_most=plain_page_queries + OWN_QUERIES)
    fill(careers, companies=19, jobs_per_company=5, role=role)  # 100 vacancies, 20 companies
    assert queries(url, at_most=few) == few


def test_filtered_vacancy_index_costs_no_more_than_the_unfiltered_one(careers, role, queries):
    fill(careers, companies=3, jobs_per_company=10, role=role)
    unfiltered = queries(careers["jobs"].url, at_most=PLAIN_PAGE_QUERIES + OWN_QUERIES)
    query = "?company=company-2&seniority=mid&location=City+1&role=nope&page=2"
    queries(careers["jobs"].url + query, at_most=unfiltered)
