"""Career paths: a role's skills, expectations per level, preparation steps and its vacancies."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(home_pages):
    """Questions, a guide and a skill check that career path steps link to."""
    home = home_pages["en"]
    bank = factories.QuestionIndexPageFactory(parent=home)
    return {
        "live_question": factories.QuestionPageFactory(parent=bank, title="What is a decorator?"),
        "draft_question": factories.QuestionPageFactory(
            parent=bank, title="Unpublished question", live=False
        ),
        "guide": factories.GuidePageFactory(
            parent=factories.GuideIndexPageFactory(parent=home), title="Python interview guide"
        ),
        "skill_check": factories.SkillCheckPageFactory(parent=home, title="Python skill check"),
    }


@pytest.fixture
def path(careers, content, role):
    return factories.CareerPathPageFactory(
        parent=careers["career_paths"],
        title="Python developer",
        role=role,
        summary="Build and run Python services.",
        skills=[("skill", "Idiomatic Python"), ("skill", "SQL")],
        junior_expectations="Writes correct, readable code.",
        senior_expectations="Shapes the architecture.",
        steps=[
            (
                "step",
                {
                    "title": "Master the fundamentals",
                    "text": "Data types and mutability.",
                    "guide": content["guide"],
                    "skill_check": content["skill_check"],
                    "questions": {
                        "heading": "",
                        "questions": [content["live_question"], content["draft_question"]],
                    },
                },
            )
        ],
    )


def test_career_path_index_lists_its_paths(client, careers, path):
    html = client.get(careers["career_paths"].url).text
    assert f'<a href="{path.url}">Python developer</a>' in html
    assert "Build and run Python services." in html


def test_career_path_shows_skills_and_what_each_level_is_expected_to_know(client, path):
    html = client.get(path.url).text
    assert "<li>Idiomatic Python</li>" in html
    assert "<dt>Junior</dt><dd>Writes correct, readable code.</dd>" in html
    assert "<dt>Senior</dt><dd>Shapes the architecture.</dd>" in html
    assert "<dt>Mid-level</dt>" not in html  # the editor described no mid-level expectations


def test_preparation_steps_link_live_guides_skill_checks_and_questions(client, path, content):
    html = client.get(path.url).text
    assert f'href="{content["guide"].url}">Python interview guide</a>' in html
    assert f'href="{content["skill_check"].url}">Python skill check</a>' in html
    assert f'href="{content["live_question"].url}">What is a decorator?</a>' in html
    assert "Unpublished question" not in html


def test_career_path_lists_open_vacancies_for_its_role_automatically(client, careers, path, role):
    company = factories.CompanyPageFactory(parent=careers["companies"], title="Acme")
    factories.JobPageFactory(parent=company, role=role, title="Python developer at Acme")
    factories.JobPageFactory(
        parent=company, role=factories.RoleFactory(name="Designer"), title="Designer at Acme"
    )
    factories.JobPageFactory(parent=company, role=role, title="Draft opening", live=False)

    html = client.get(path.url).text
    jobs = re.findall(r'class="job-card__title"><a href="[^"]+">([^<]+)</a>', html)

    assert jobs == ["Python developer at Acme"]


def test_career_path_links_to_all_vacancies_for_its_role_when_there_are_more(
    client, careers, path, role
):
    company = factories.CompanyPageFactory(parent=careers["companies"])
    factories.JobPageFactory.create_batch(12, parent=company, role=role)

    html = client.get(path.url).text

    assert html.count('class="job-card"') == 10
    assert f'href="{careers["jobs"].url}?role=python-developer">See all 12 vacancies' in html


def test_german_career_path_lists_german_vacancies_tagged_with_the_german_role(
    client, careers, path, role, locales
):
    german = locales["de"]
    german_role = role.copy_for_translation(german)
    german_role.name, german_role.slug = "Python-Entwickler", "python-entwickler"
    german_role.save()
    company = factories.CompanyPageFactory(parent=careers["companies"])
    job = factories.JobPageFactory(parent=company, role=role, title="Python developer")
    for page in (careers["career_paths"], careers["companies"], company):
        page.copy_for_translation(german).save_revision().publish()
    german_job = job.copy_for_translation(german)
    german_job.title, german_job.role = "Python-Entwickler (m/w/d)", german_role
    german_job.save_revision().publish()
    german_path = path.copy_for_translation(german)
    german_path.save_revision().publish()

    html = client.get(german_path.url).text

    assert "Python-Entwickler (m/w/d)" in html
    assert ">Python developer</a>" not in html


def test_career_path_without_vacancies_says_so(client, path):
    assert "There are no open vacancies for this role right now." in client.get(path.url).text
