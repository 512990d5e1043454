from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import Page, Revision

from careers.models import CompanyPage, JobPage
from guides.models import QuestionPage
from portal.models import FAQ

pytestmark = pytest.mark.django_db


def test_load_demo_twice_changes_nothing(demo):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    call_command("load_demo", stdout=StringIO())
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions


def test_load_demo_prints_the_demo_login(demo):
    assert "user 'admin', password 'jobfutures-demo'" in demo


def test_demo_pages_exist_in_every_language(client, demo):
    for path in ("/en/for-employers/", "/de/fuer-arbeitgeber/", "/fr/pour-les-employeurs/"):
        assert client.get(path).status_code == 200


def edit_as_an_editor(model, slug, language, **fields):
    page = model.objects.get(slug=slug, locale__language_code=language)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_an_editors_changes_survive_the_next_load_demo(demo):
    acme = edit_as_an_editor(CompanyPage, "acme", "en", hiring_focus="Edited by Acme's recruiter")
    german = CompanyPage.objects.get(
        translation_key=acme.translation_key, locale__language_code="de"
    )
    german.title = "Acme (bearbeitet)"
    german.save_revision().publish()
    question = QuestionPage.objects.filter(locale__language_code="en").order_by("path").first()
    question.short_answer = "An editor's better answer."
    question.save_revision().publish()
    faq = FAQ.objects.filter(locale__language_code="en").order_by("pk").first()
    faq.answer = "An editor's answer."
    faq.save()

    call_command("load_demo", stdout=StringIO())

    for page in (acme, german, question, faq):
        page.refresh_from_db()
    assert acme.hiring_focus == "Edited by Acme's recruiter"
    assert german.title == "Acme (bearbeitet)"
    assert question.short_answer == "An editor's better answer."
    assert faq.answer == "An editor's answer."


def test_load_demo_recreates_a_deleted_demo_page(client, demo):
    job = JobPage.objects.live().filter(locale__language_code="de").order_by("pk").first()
    url = job.url
    job.delete()
    assert client.get(url).status_code == 404

    call_command("load_demo", stdout=StringIO())

    assert client.get(url).status_code == 200


def test_load_demo_reset_brings_back_the_demo_content(demo):
    acme = edit_as_an_editor(CompanyPage, "acme", "en", hiring_focus="Edited by Acme's recruiter")

    call_command("load_demo", "--reset", stdout=StringIO())

    acme.refresh_from_db()
    assert acme.hiring_focus != "Edited by Acme's recruiter"
    assert acme.hiring_focus
