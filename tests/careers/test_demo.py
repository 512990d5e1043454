"""The careers demo: what ``load_demo`` shows visitors and the company editors it prints."""

import re
from io import StringIO

import pytest

from django.core.management import call_command
from django.utils.html import escape

from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from careers import demo as careers_demo
from careers.models import CareerPathPage, CompanyPage, JobPage
from guides import demo as guides_demo
from guides.models import GuidePage, QuestionPage, SkillCheckPage
from portal.demo import DEMO_ADMIN

pytestmark = pytest.mark.django_db


def test_demo_has_four_companies_three_verified(client, demo):
    english = CompanyPage.objects.filter(locale__language_code="en")
    assert english.live().count() == 4
    assert english.filter(verified=True).count() == 3
    html = client.get("/en/companies/").text
    assert html.count('class="company-card"') == 4
    assert html.count('class="company-card__logo"') == 4


def test_demo_lists_eleven_of_its_twelve_vacancies(client, demo):
    english = JobPage.objects.filter(locale__language_code="en")
    assert english.count() == 12
    expired = english.get(slug="python-developer-part-time")
    assert not expired.live
    assert expired.expired

    response = client.get("/en/jobs/")
    assert "11 vacancies" in response.text
    assert "Python Developer (Part-Time)" not in response.text
    assert client.get(expired.url or "/en/companies/clairsoin-health/x/").status_code == 404


def test_demo_has_career_paths_in_every_language(client, demo):
    for code in ("en", "de", "fr"):
        assert CareerPathPage.objects.live().filter(locale__language_code=code).count() == 2
    html = client.get("/en/career-paths/python-backend-developer/").text
    assert "Open vacancies: Backend developer" in html
    german = client.get("/de/karrierewege/").text
    assert german.count('class="path-card"') == 2
    assert "Python-Backend-Entwickler" in german
    french = client.get("/fr/parcours/developpeur-django/").text
    assert "Modèles Django, l’ORM et les querysets" in french
    assert "Comprendre l’ORM" in french


@pytest.mark.parametrize(
    ("language", "jobs", "company", "text"),
    [
        ("de", "/de/stellen/", "/de/unternehmen/acme/", "Python- und Django-Entwicklerinnen"),
        ("fr", "/fr/offres/", "/fr/entreprises/nordwind-mobility/", "systèmes événementiels"),
    ],
)
def test_demo_lists_every_open_vacancy_in_german_and_french(
    client, demo, language, jobs, company, text
):
    response = client.get(company)
    assert response.status_code == 200
    assert text in response.text
    listing = client.get(jobs).text
    assert listing.count('class="job-card"') == 11
    assert "Junior Backend Developer" not in listing  # the English title


def test_demo_translations_are_wagtail_localize_translations(client, demo):
    """Each translated page has its translation source and Translation, as one made with
    "Translate" in the admin, so "Sync translated pages" works on the demo."""
    for model in (CareerPathPage, JobPage, SkillCheckPage, CompanyPage):
        for page in model.objects.filter(locale__language_code="de"):
            source = page.get_translation(page.get_default_locale())
            assert Translation.objects.filter(
                source__object_id=source.translation_key, target_locale=page.locale
            ).exists(), page
    job = JobPage.objects.get(slug="senior-data-engineer", locale__language_code="de")
    assert client.login(username=DEMO_ADMIN["username"], password=DEMO_ADMIN["password"])
    editor = client.get(f"/admin/pages/{job.pk}/edit/").text
    assert "Translation of Senior Data Engineer into German" in editor


def test_demo_prints_company_editor_logins_that_work(client, demo):
    logins = re.findall(r"Company editor of ([^:]+): \S+ user '([^']+)', password '([^']+)'", demo)
    assert [company for company, _user, _password in logins] == [
        "Acme Analytics",
        "Nordwind Mobility",
    ]
    _company, username, password = logins[0]
    assert client.login(username=username, password=password)
    acme = CompanyPage.objects.get(slug="acme", locale__language_code="en")
    nordwind = CompanyPage.objects.get(slug="nordwind-mobility", locale__language_code="en")
    assert client.get(f"/admin/pages/{acme.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{nordwind.pk}/edit/").status_code == 302


def test_demo_links_the_questions_it_finds_and_loads_twice_without_changes(client, demo):
    """Questions come from the guides demo; careers' link() points its skill checks and career paths
    to them, and loading again changes nothing."""
    pages, revisions = Page.objects.count(), Revision.objects.count()

    call_command("load_demo", stdout=StringIO())

    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    question = QuestionPage.objects.get(slug="lists-vs-tuples", locale__language_code="en")
    path = client.get("/en/career-paths/python-backend-developer/").text
    assert f'href="{question.url}">{escape(question.title)}</a>' in path
    slugs = [
        c["questions"]
        for c in guides_demo.read("guides.json")["skill_checks"]
        if c["slug"] == "python-fundamentals"
    ][0]
    questions = QuestionPage.objects.live().filter(slug__in=slugs, locale__language_code="en")
    assert len(slugs) >= 2
    assert questions.count() == len(slugs)
    check = client.get("/en/skill-checks/python-fundamentals/").text
    assert check.count('class="skill-check__question"') == len(slugs)
    for question in questions:
        assert escape(question.title) in check


def test_demo_links_guides_once_every_app_has_loaded(client, demo, home_pages):
    """Guides are built after every app's load(); careers' link() then points career paths to them."""
    guide = GuidePage.objects.get(slug="python-interview-questions", locale=home_pages["en"].locale)
    careers_demo.link(StringIO())
    revisions = Revision.objects.count()

    careers_demo.link(StringIO())

    assert Revision.objects.count() == revisions
    html = client.get("/en/career-paths/python-backend-developer/").text
    assert f'href="{guide.url}">{escape(guide.get_listing_title())}</a>' in html
