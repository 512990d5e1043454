"""The company index and a company's hiring page, as candidates see them."""

import datetime
import re

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests import factories

from .jsonld import json_ld_of_type

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(careers):
    return careers["companies"]


def company_names(html):
    """Company names in the order the index lists them."""
    return re.findall(r'class="company-card__name"><a href="[^"]+">([^<]+)</a>', html)


def test_company_index_lists_verified_companies_first(client, index):
    factories.CompanyPageFactory(parent=index, title="Aardvark Apps", verified=False)
    factories.CompanyPageFactory(parent=index, title="Zebra Systems", verified=True)
    factories.CompanyPageFactory(parent=index, title="Mango Labs", verified=True)

    html = client.get(index.url).text

    assert company_names(html) == ["Mango Labs", "Zebra Systems", "Aardvark Apps"]
    assert html.count("verified-badge") == 2


def test_company_index_shows_each_companys_number_of_open_roles(client, index):
    busy = factories.CompanyPageFactory(parent=index, title="Busy")
    quiet = factories.CompanyPageFactory(parent=index, title="Quiet")
    factories.JobPageFactory.create_batch(3, parent=busy)
    factories.JobPageFactory(parent=busy, live=False)  # draft
    factories.JobPageFactory(parent=busy, expire_at=timezone.now() - datetime.timedelta(hours=1))
    factories.JobPageFactory(parent=quiet)

    html = client.get(index.url).text

    busy_card = html.split(">Busy</a>")[1].split("</li>")[0]
    quiet_card = html.split(">Quiet</a>")[1].split("</li>")[0]
    assert "3 open roles" in busy_card
    assert "1 open role<" in quiet_card


def test_company_index_shows_logos_and_hiring_focus(client, index):
    logo = factories.ImageFactory(title="Acme logo")
    factories.CompanyPageFactory(
        parent=index, title="Acme", logo=logo, hiring_focus="Backend engineers who like tests."
    )

    html = client.get(index.url).text

    assert "Backend engineers who like tests." in html
    assert '<div class="company-card__logo"><img alt=""' in html
    assert logo.get_rendition("max-240x120").url in html


def test_company_index_leaves_out_draft_and_private_companies(client, index):
    factories.CompanyPageFactory(parent=index, title="Still a draft", live=False)
    private = factories.CompanyPageFactory(parent=index, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    factories.CompanyPageFactory(parent=index, title="Public")

    assert company_names(client.get(index.url).text) == ["Public"]


def test_company_index_lists_companies_of_its_language_only(client, index, locales):
    english = factories.CompanyPageFactory(parent=index, title="English company")
    german_index = index.copy_for_translation(locales["de"])
    german_index.save_revision().publish()
    german = english.copy_for_translation(locales["de"])
    german.title = "Deutsches Unternehmen"
    german.save_revision().publish()

    assert company_names(client.get(index.url).text) == ["English company"]
    assert company_names(client.get(german_index.url).text) == ["Deutsches Unternehmen"]


@pytest.fixture
def company(index):
    return factories.CompanyPageFactory(
        parent=index,
        title="Acme",
        hiring_focus="Python engineers.",
        about="<p>We build <b>analytics</b>.</p>",
        tech_stack="Python, Django,  PostgreSQL ,",
        website="https://acme.example",
        headquarters="Berlin, Germany",
        hiring_process=[
            ("step", {"title": "Introductory call", "text": "Thirty minutes."}),
            ("step", {"title": "Technical interview", "text": "With two engineers."}),
        ],
        benefits=[("benefit", "30 days of holiday"), ("benefit", "Learning budget")],
    )


def test_hiring_page_shows_about_stack_process_and_benefits(client, company):
    html = client.get(company.url).text

    assert "<h1>Acme</h1>" in html
    assert "<p>We build <b>analytics</b>.</p>" in html
    assert "<li>Python</li><li>Django</li><li>PostgreSQL</li>" in html
    assert html.index("Introductory call") < html.index("Technical interview")
    assert '<h3 class="hiring-step__title">Introductory call</h3>' in html
    assert "<li>30 days of holiday</li>" in html
    assert "Verified" in html


def test_hiring_page_lists_its_open_vacancies_only(client, company):
    factories.JobPageFactory(parent=company, title="Open role")
    factories.JobPageFactory(parent=company, title="Draft role", live=False)
    factories.JobPageFactory(
        parent=company,
        title="Expired role",
        expire_at=timezone.now() - datetime.timedelta(days=1),
    )

    html = client.get(company.url).text

    assert "Open role" in html
    assert "Draft role" not in html
    assert "Expired role" not in html


def test_hiring_page_without_vacancies_says_so(client, company):
    assert "Acme has no open vacancies at the moment." in client.get(company.url).text


def test_hiring_page_describes_the_company_as_an_organization(client, company):
    organization = json_ld_of_type(client.get(company.url), "Organization")

    assert organization["name"] == "Acme"
    assert organization["url"] == "http://localhost/en/companies/acme/"
    assert organization["sameAs"] == "https://acme.example"
    assert organization["address"] == "Berlin, Germany"


def test_unverified_company_shows_no_verified_badge(client, index):
    company = factories.CompanyPageFactory(parent=index, verified=False, verified_at=None)
    assert "verified-badge" not in client.get(company.url).text
