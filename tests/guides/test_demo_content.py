"""The guides demo in every language: the question bank translated, skill checks with their index,
and the guide's FAQs."""

import pytest

from guides.models import QuestionPage, SkillCheckIndexPage, SkillCheckPage

pytestmark = pytest.mark.django_db

SKILL_CHECK_INDEXES = {
    "en": "/en/skill-checks/",
    "de": "/de/skill-checks/",
    "fr": "/fr/auto-evaluations/",
}
TRANSLATED_GUIDES = {
    "de": "/de/leitfaeden/python-interviewfragen/",
    "fr": "/fr/guides/questions-entretien-python/",
}


@pytest.mark.parametrize("language", sorted(TRANSLATED_GUIDES))
def test_every_demo_question_is_translated_and_the_guide_shows_none_in_english(
    client, demo, language
):
    """A German or French candidate reading the demo guide meets no English-only question."""
    translated = QuestionPage.objects.live().filter(locale__language_code=language)
    english = QuestionPage.objects.filter(locale__language_code="en")
    untranslated = english.exclude(translation_key__in=translated.values("translation_key"))
    assert list(untranslated.values_list("slug", flat=True)) == []

    html = client.get(TRANSLATED_GUIDES[language]).text

    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert main.count('class="question-card"') >= 10
    assert 'href="/en/' not in main
    assert 'lang="en"' not in main


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_skill_check_index_is_in_the_navigation_and_lists_both_checks(client, demo, language):
    index = SkillCheckIndexPage.objects.get(locale__language_code=language)
    html = client.get(SKILL_CHECK_INDEXES[language]).text
    nav = html.split("<nav", 1)[1].split("</nav>", 1)[0]
    assert f'href="{index.url}"' in nav
    checks = SkillCheckPage.objects.child_of(index).live()
    assert checks.count() == 2
    for check in checks:
        assert f'href="{check.url}"' in html


def test_german_skill_check_is_german_with_its_questions(client, demo):
    html = client.get("/de/skill-checks/python-grundlagen/").text
    assert "<h1>Skill-Check Python-Grundlagen</h1>" in html
    assert "Ihre Ergebnisse bleiben in Ihrem Browser." in html
    assert html.count('class="skill-check__question"') == 7


def test_german_guide_links_to_the_german_skill_checks_not_the_english_ones(client, demo):
    html = client.get("/de/leitfaeden/python-interviewfragen/").text
    assert 'href="/de/skill-checks/"' in html
    assert 'href="/en/skill-checks/' not in html


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/en/guides/python-interview-questions/", "Questions candidates and employers ask"),
        ("/de/leitfaeden/python-interviewfragen/", "Fragen von Bewerbenden und Arbeitgebern"),
        ("/fr/guides/questions-entretien-python/", "Les questions des candidats et des employeurs"),
    ],
)
def test_guide_faq_heading_names_both_audiences_it_shows(client, demo, url, heading):
    """The guide's FAQ shows employers' questions too, so its heading may not say candidates'."""
    html = client.get(url).text
    assert f">{heading}</h2>" in html
    faqs = html.split(heading, 1)[1].split("</section>", 1)[0]
    assert faqs.count('<details class="faq">') >= 10
