"""No dead ends on a demo vacancy: it points to the preparation material and to similar vacancies."""

import re

import pytest

from django.core.cache import cache

from careers.models import JobPage

pytestmark = pytest.mark.django_db

VACANCY = "/en/companies/acme/senior-python-developer/"
# Cold: the derived-data cache empty; 2 of them are the footer (its setting, its pages).
WARM_QUERIES, COLD_QUERIES = 15, 26


def section(html, marker):
    return html.split(marker, 1)[1].split("</section>", 1)[0].split("</aside>", 1)[0]


def test_vacancy_points_to_its_guide_and_career_path(client, demo):
    html = client.get(VACANCY).text
    prepare = section(html, 'id="prepare-heading"')
    assert 'href="/en/guides/python-interview-questions/"' in prepare
    assert 'href="/en/career-paths/python-backend-developer/"' not in prepare  # another role
    backend = client.get("/en/companies/acme/junior-backend-developer/").text
    assert 'href="/en/career-paths/python-backend-developer/"' in section(
        backend, 'id="prepare-heading"'
    )


def test_vacancy_lists_similar_open_vacancies_and_all_of_its_role(client, demo):
    job = JobPage.objects.get(url_path__endswith="/acme/senior-python-developer/")
    html = client.get(VACANCY).text
    similar = section(html, 'id="similar-heading"')
    others = JobPage.objects.listed(job.locale_id).for_role(job.role).exclude(pk=job.pk)
    assert others.exists()
    for other in others[:3]:
        assert f'href="{other.url}"' in similar
    assert f'href="{job.url}"' not in similar
    assert f'href="/en/jobs/?role={job.role.slug}"' in similar
    listing = client.get(f"/en/jobs/?role={job.role.slug}").text
    assert listing.count('class="job-card"') == others.count() + 1


def test_german_vacancy_links_stay_german(client, demo):
    html = client.get("/de/unternehmen/acme/senior-python-entwickler/").text
    prepare = section(html, 'id="prepare-heading"')
    similar = section(html, 'id="similar-heading"')
    assert 'href="/de/leitfaeden/python-interviewfragen/"' in prepare
    links = re.findall(r'href="([^"]+)"', prepare + similar)
    assert links
    assert all(link.startswith("/de/") for link in links), links


def test_vacancy_query_budget_on_the_demo(client, demo, django_assert_max_num_queries):
    assert client.get(VACANCY).status_code == 200
    cache.clear()
    with django_assert_max_num_queries(COLD_QUERIES):
        cold = client.get(VACANCY)
    with django_assert_max_num_queries(WARM_QUERIES):
        warm = client.get(VACANCY)
    assert cold.content == warm.content
    assert 'id="similar-heading"' in warm.text
