"""A vacancy's page and its JobPosting structured data."""

import datetime
from decimal import Decimal

import pytest

from django.utils import timezone, translation

from tests import factories

from .jsonld import json_ld, json_ld_of_type

pytestmark = pytest.mark.django_db

# What Google requires of every JobPosting.
REQUIRED = {"title", "description", "datePosted", "hiringOrganization"}


@pytest.fixture
def company(careers):
    return factories.CompanyPageFactory(
        parent=careers["companies"], title="Acme", slug="acme", website="https://acme.example"
    )


def make_job(company, role, **fields):
    defaults = {
        "title": "Senior Python developer",
        "slug": "senior-python-developer",
        "role": role,
        "seniority": "senior",
        "remote_policy": "hybrid",
        "city": "Berlin",
        "region": "Berlin",
        "country": "DE",
        "salary_min": Decimal("60000"),
        "salary_max": Decimal("75000"),
        "salary_currency": "EUR",
        "salary_unit": "YEAR",
        "expire_at": timezone.now() + datetime.timedelta(days=30),
    }
    job = factories.JobPageFactory(parent=company, **{**defaults, **fields})
    job.save_revision().publish()
    job.refresh_from_db()
    return job


def test_vacancy_page_shows_its_facts_and_how_to_apply(client, company, role):
    job = make_job(company, role, apply_email="jobs@acme.example")

    html = client.get(job.url).text

    assert "<h1>Senior Python developer</h1>" in html
    assert '<a href="/en/companies/acme/">Acme</a>' in html
    assert "<dd>Python developer</dd>" in html
    assert "<dd>Senior</dd>" in html
    assert "<dd>Berlin, DE</dd>" in html
    assert "<dd>Hybrid</dd>" in html
    assert "<dd>60,000–75,000\u00a0EUR per year</dd>" in html
    assert "Build and run Python services with a friendly team." in html
    assert 'href="https://jobs.example.com/apply"' in html
    assert 'href="mailto:jobs@acme.example"' in html


@pytest.mark.parametrize(
    ("language", "low", "high", "expected"),
    [
        ("en", "60000", "75000", "60,000–75,000\u00a0EUR per year"),
        ("de", "60000", "75000", "60.000–75.000\u00a0EUR"),
        ("en", "1800.50", None, "from 1,800.50\u00a0EUR per year"),
        ("en", None, "4000", "up to 4,000\u00a0EUR per year"),
        ("en", "650", "650", "650\u00a0EUR per year"),
    ],
)
def test_salary_is_written_in_the_visitors_number_format(
    company, role, language, low, high, expected
):
    job = make_job(
        company,
        role,
        salary_min=Decimal(low) if low else None,
        salary_max=Decimal(high) if high else None,
    )
    with translation.override(language):
        assert job.salary_text().startswith(expected)


def test_vacancy_without_salary_shows_none(client, company, role):
    job = make_job(company, role, salary_min=None, salary_max=None, salary_currency="")
    html = client.get(job.url).text
    assert "Salary" not in html
    assert "baseSalary" not in json_ld_of_type(client.get(job.url), "JobPosting")


def test_vacancy_links_to_the_career_path_of_its_role(client, careers, company, role):
    path = factories.CareerPathPageFactory(
        parent=careers["career_paths"], role=role, title="Python developer path"
    )
    job = make_job(company, role)
    assert f'<a href="{path.url}">Python developer path</a>' in client.get(job.url).text


def test_job_posting_has_everything_google_requires(client, company, role):
    job = make_job(company, role)

    posting = json_ld_of_type(client.get(job.url), "JobPosting")

    assert posting.keys() >= REQUIRED
    assert posting["@context"] == "https://schema.org"
    assert posting["title"] == "Senior Python developer"
    assert "<p>Build and run Python services with a friendly team.</p>" in posting["description"]
    assert posting["datePosted"] == job.first_published_at.date().isoformat()
    assert posting["validThrough"].startswith(job.expire_at.date().isoformat())
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Acme",
        "url": "http://localhost/en/companies/acme/",
        "sameAs": "https://acme.example",
    }
    assert posting["jobLocation"] == {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Berlin",
            "addressRegion": "Berlin",
            "addressCountry": "DE",
        },
    }
    assert "jobLocationType" not in posting
    assert posting["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 60000,
            "maxValue": 75000,
            "unitText": "YEAR",
        },
    }


def test_remote_job_posting_names_telecommute_and_where_applicants_may_live(client, company, role):
    job = make_job(
        company,
        role,
        remote_policy="remote",
        city="",
        region="",
        country="",
        applicant_country="DE",
    )

    posting = json_ld_of_type(client.get(job.url), "JobPosting")

    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == {"@type": "Country", "name": "DE"}
    assert "jobLocation" not in posting


def test_single_salary_figure_is_a_value_not_a_range(client, company, role):
    job = make_job(
        company, role, salary_min=Decimal("650"), salary_max=Decimal("650"), salary_unit="DAY"
    )
    value = json_ld_of_type(client.get(job.url), "JobPosting")["baseSalary"]["value"]
    assert value == {"@type": "QuantitativeValue", "value": 650, "unitText": "DAY"}


def test_vacancy_title_cannot_break_out_of_the_json_ld(client, company, role):
    job = make_job(company, role, title="</script><script>alert(1)</script>")
    response = client.get(job.url)
    assert "<script>alert(1)</script>" not in response.text
    assert json_ld_of_type(response, "JobPosting")["title"] == "</script><script>alert(1)</script>"


def test_every_vacancy_page_has_a_breadcrumb_trail(client, company, role):
    job = make_job(company, role)
    crumbs = json_ld_of_type(client.get(job.url), "BreadcrumbList")["itemListElement"]
    assert [crumb["name"] for crumb in crumbs][-2:] == ["Acme", "Senior Python developer"]


def test_expired_vacancy_still_live_says_it_has_closed_and_is_no_job_posting(client, company, role):
    job = make_job(company, role)
    job.expire_at = timezone.now() - datetime.timedelta(minutes=5)
    job.save_revision().publish()

    response = client.get(job.url)

    assert response.status_code == 200
    assert "This vacancy has closed" in response.text
    assert "How to apply" not in response.text
    assert [item["@type"] for item in json_ld(response)] == ["BreadcrumbList"]


def test_site_search_finds_a_vacancy_by_its_description(client, company, role):
    job = make_job(company, role, title="Data platform engineer")
    job.description = [("paragraph", "<p>You will tune our ClickHouse clusters.</p>")]
    job.save_revision().publish()

    response = client.get("/en/search/?q=ClickHouse")

    assert "Data platform engineer" in response.text
