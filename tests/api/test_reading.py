"""Reading through the API: typed items, the site's filters, and only what a visitor may see."""

import pytest

from careers.models import CompanyPage
from tests import factories

from .conftest import get, hide, titles

pytestmark = pytest.mark.django_db


def test_question_list_shows_only_visible_questions(client, questions):
    assert titles(get(client, "/questions/")) == ["Lists or tuples?"]


@pytest.mark.parametrize("state", ["draft", "expired", "restricted"])
def test_hidden_question_has_no_detail(client, questions, state):
    response = get(client, f"/questions/{questions[state].pk}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_question_detail_is_typed(client, questions, topic):
    question = questions["visible"]
    data = get(client, f"/questions/{question.pk}/").json()
    assert data["title"] == "Lists or tuples?"
    assert data["difficulty"] == "junior"
    assert data["topics"] == [{"id": topic.pk, "name": topic.name, "slug": topic.slug}]
    assert data["meta"]["locale"] == "en"
    assert data["meta"]["url"] == question.get_full_url()
    assert data["meta"]["detail_url"] == f"http://testserver/api/v3/questions/{question.pk}/"


def test_question_filters_are_the_question_banks(client, questions, topic):
    assert titles(get(client, "/questions/", topic=topic.slug)) == ["Lists or tuples?"]
    assert titles(get(client, "/questions/", difficulty="senior")) == []
    response = get(client, "/questions/", topic="no-such-topic")
    assert response.status_code == 400
    assert response.json()["errors"][0]["loc"] == ["query", "topic"]


def test_items_name_their_visible_translations(client, questions, locales):
    question = questions["visible"]
    german = question.copy_for_translation(locales["de"], copy_parents=True)
    german.save_revision().publish()
    french = question.copy_for_translation(locales["fr"], copy_parents=True)  # a draft
    data = get(client, f"/questions/{question.pk}/").json()
    translations = data["meta"]["translations"]
    assert [(t["locale"], t["id"]) for t in translations] == [("de", german.pk)]
    assert translations[0]["url"] == german.get_full_url()
    assert french.pk not in {t["id"] for t in translations}
    assert titles(get(client, "/questions/", locale="de")) == ["Lists or tuples?"]


def test_guide_body_resolves_question_lists_to_visible_questions(client, questions, home_pages):
    index = factories.GuideIndexPageFactory(parent=home_pages["en"])
    chosen = [questions[name] for name in ("visible", "draft", "expired", "restricted")]
    guide = factories.GuidePageFactory(
        parent=index,
        title="Python interview questions",
        body=[
            ("heading", {"text": "Data types", "level": "h2"}),
            ("questions", {"heading": "Mutability", "questions": chosen}),
        ],
    )
    data = get(client, f"/guides/{guide.pk}/").json()
    heading, question_list = data["body"]
    assert heading["type"] == "heading"
    assert heading["value"]["text"] == "Data types"
    assert question_list["type"] == "questions"
    visible = questions["visible"]
    assert question_list["value"] == {
        "heading": "Mutability",
        "questions": [
            {
                "id": visible.pk,
                "title": visible.title,
                "locale": "en",
                "url": visible.get_full_url(),
                "detail_url": f"http://testserver/api/v3/questions/{visible.pk}/",
            }
        ],
    }
    assert titles(get(client, "/guides/")) == ["Python interview questions"]


def test_vacancies_carry_the_job_posting_fields(client, acme):
    job = acme.live_job
    job.salary_min, job.salary_max, job.salary_currency = 60000, 75000, "EUR"
    job.save_revision().publish()
    response = get(client, "/vacancies/")
    assert titles(response) == ["Acme backend developer"]
    item = response.json()["items"][0]
    assert item["company"]["title"] == "Acme"
    assert item["role"]["slug"] == "python-developer"
    assert item["seniority"] == "senior"
    assert item["employment_type"] == "FULL_TIME"
    assert item["location"]["city"] == "Berlin"
    assert item["salary"] == {"min": 60000.0, "max": 75000.0, "currency": "EUR", "unit": "YEAR"}
    assert item["valid_through"] is not None
    detail = get(client, f"/vacancies/{job.pk}/").json()
    assert detail["description"][0]["type"] == "paragraph"
    assert "friendly team" in detail["description_html"]
    assert detail["identifier"] == str(job.translation_key)


def test_vacancy_filters_are_the_vacancy_indexs(client, acme, bolt):
    assert titles(get(client, "/vacancies/", company="bolt")) == ["Bolt backend developer"]
    assert titles(get(client, "/vacancies/", seniority="junior")) == []
    assert len(titles(get(client, "/vacancies/", role="python-developer"))) == 2
    response = get(client, "/vacancies/", seniority="wizard")
    assert response.status_code == 400


@pytest.mark.parametrize("state", ["draft", "expired", "restricted"])
def test_hidden_vacancies_are_nowhere(client, acme, state):
    job = acme.live_job
    hide(job, state)
    assert titles(get(client, "/vacancies/")) == []
    assert get(client, f"/vacancies/{job.pk}/").status_code == 404
    company = get(client, f"/companies/{acme.company.pk}/").json()
    assert company["open_vacancies"] == 0


def test_vacancies_of_a_draft_company_are_hidden(client, acme):
    CompanyPage.objects.get(pk=acme.company.pk).unpublish()
    assert titles(get(client, "/vacancies/")) == []
    assert get(client, f"/vacancies/{acme.live_job.pk}/").status_code == 404
    assert titles(get(client, "/companies/")) == []


def test_company_detail(client, acme, bolt):
    data = get(client, f"/companies/{acme.company.pk}/").json()
    assert data["verified"] is False
    assert data["open_vacancies"] == 1
    assert data["tech_stack"] == []
    assert data["hiring_focus"] == "Acme hires Python developers."
    assert titles(get(client, "/companies/")) == ["Acme", "Bolt"]


def test_career_paths(client, careers, role):
    path = factories.CareerPathPageFactory(
        parent=careers["career_paths"],
        title="Backend developer",
        role=role,
        junior_expectations="Basics",
    )
    data = get(client, f"/career-paths/{path.pk}/").json()
    assert data["role"]["slug"] == role.slug
    assert data["levels"] == [{"seniority": "junior", "expectations": "Basics"}]
    assert titles(get(client, "/career-paths/", role=role.slug)) == ["Backend developer"]


@pytest.mark.parametrize("kind", ["topics", "roles", "faqs"])
def test_snippets_show_live_ones_only(client, locales, kind):
    factory = {
        "topics": factories.TopicFactory,
        "roles": factories.RoleFactory,
        "faqs": factories.FAQFactory,
    }[kind]
    live = factory()
    draft = factory(live=False)
    response = get(client, f"/snippets/{kind}/")
    assert response.status_code == 200
    ids = [item["id"] for item in response.json()["items"]]
    assert ids == [live.pk]
    assert get(client, f"/snippets/{kind}/{live.pk}/").status_code == 200
    assert get(client, f"/snippets/{kind}/{draft.pk}/").status_code == 404


def test_a_question_under_a_draft_question_bank_is_hidden(client, questions):
    bank = type(questions["bank"]).objects.get(pk=questions["bank"].pk)
    bank.unpublish()
    assert titles(get(client, "/questions/")) == []
    assert get(client, f"/questions/{questions['visible'].pk}/").status_code == 404
