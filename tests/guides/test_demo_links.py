"""No dead ends on the demo: questions lead to their guides and neighbours, guides' next steps open
filtered lists, and automatic related content never repeats what the page shows."""

import re

import pytest

from django.core.cache import cache
from django.utils.html import escape

from wagtail.models import Locale

from guides.models import GuidePage, QuestionPage

pytestmark = pytest.mark.django_db

GUIDE = "/en/guides/python-interview-questions/"
QUESTION_WARM, QUESTION_COLD = 12, 24


def hrefs(html):
    return re.findall(r'<a [^>]*href="([^"]+)"', html)


def guide_questions(guide):
    """The guide's questions (English, as chosen), in page order."""
    by_id = QuestionPage.objects.in_bulk(guide.chosen_question_ids())
    return [by_id[pk] for pk in dict.fromkeys(guide.chosen_question_ids())]


def test_question_links_its_guide_and_the_questions_before_and_after_it_there(client, demo):
    guide = GuidePage.objects.get(slug="python-interview-questions")
    questions = guide_questions(guide)
    before, question, after = questions[3:6]

    html = client.get(question.url).text

    trails = html.split('class="question-trails"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{guide.url}#{question.anchor}"' in trails
    assert f'href="{before.url}" rel="prev">{escape(before.title)}</a>' in trails
    assert f'href="{after.url}" rel="next">{escape(after.title)}</a>' in trails
    # Going back comes after every onward link, not between the answer and the guides.
    assert html.index("Back to the question bank") > html.rindex('class="card"')


def test_first_question_of_a_guide_has_no_previous_one(client, demo):
    guide = GuidePage.objects.get(slug="python-interview-questions")
    first = guide_questions(guide)[0]
    trails = client.get(first.url).text.split('class="question-trails"', 1)[1]
    trails = trails.split("</nav>", 1)[0]
    assert 'rel="prev"' not in trails.split(guide.get_listing_title(), 1)[1].split("</li>\n", 1)[0]
    assert 'rel="next"' in trails


def german_trails(slug="listen-vs-tupel"):
    """The German question and its guide's questions before and after it (English, as chosen)."""
    question = QuestionPage.objects.get(slug=slug, locale__language_code="de")
    guide = GuidePage.objects.get(slug="python-interview-questions")
    questions = guide_questions(guide)
    at = [q.translation_key for q in questions].index(question.translation_key)
    return question, questions[at - 1], questions[at + 1]


def test_german_question_links_the_german_guide_and_its_german_neighbours(client, demo):
    question, before, after = german_trails()
    german = Locale.objects.get(language_code="de")
    before, after = (page.get_translation_or_none(german) for page in (before, after))
    assert before and after, "the neighbours have German translations"

    html = client.get(question.url).text

    trails = html.split('class="question-trails"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/de/leitfaeden/python-interviewfragen/#listen-vs-tupel"' in trails
    assert f'<a href="{before.url}" rel="prev">{escape(before.title)}</a>' in trails
    assert f'<a href="{after.url}" rel="next">{escape(after.title)}</a>' in trails
    assert 'href="/en/' not in trails
    assert 'lang="en"' not in trails


def test_german_question_shows_a_neighbour_without_german_translation_in_english_marked_so(
    client, demo
):
    question, before, _after = german_trails()
    before.get_translation(Locale.objects.get(language_code="de")).delete()

    html = client.get(question.url).text

    trails = html.split('class="question-trails"', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="{before.url}" rel="prev" lang="en">{escape(before.title)}</a>' in trails
    for anchor in re.findall(r"<a [^>]*>", trails):
        assert ('href="/en/' in anchor) == ('lang="en"' in anchor), anchor


def test_question_related_pages_repeat_nothing_the_page_already_links(client, demo):
    question = QuestionPage.objects.get(slug="decorators", locale__language_code="en")
    html = client.get(question.url).text
    trails = html.split('class="question-trails"', 1)[1].split("</nav>", 1)[0]
    related = html.split('id="related-heading"', 1)[1].split("</section>", 1)[0]
    related_links = hrefs(related)
    assert related_links
    assert not set(related_links) & {href.split("#")[0] for href in hrefs(trails)}
    assert question.url not in related_links


def test_question_page_query_budget_on_the_demo(client, demo, django_assert_max_num_queries):
    question = QuestionPage.objects.get(slug="generators", locale__language_code="en")
    assert client.get(question.url).status_code == 200
    cache.clear()
    with django_assert_max_num_queries(QUESTION_COLD):
        cold = client.get(question.url)
    with django_assert_max_num_queries(QUESTION_WARM):
        warm = client.get(question.url)
    assert cold.content == warm.content
    assert 'class="question-trails"' in warm.text


def test_guide_keep_preparing_never_lists_a_question_the_guide_shows(client, demo):
    guide = GuidePage.objects.get(slug="python-interview-questions")
    html = client.get(GUIDE).text
    related = html.split('<section class="related">', 1)[1].split("</section>", 1)[0]
    shown = {question.url for question in guide_questions(guide)}
    assert hrefs(related)
    assert not set(hrefs(related)) & shown


@pytest.mark.parametrize(
    ("guide", "link_text", "role"),
    [
        (GUIDE, "Find Python jobs", "Python developer"),
        ("/de/leitfaeden/python-interviewfragen/", "Python-Stellen finden", "Python-Entwickler"),
    ],
)
def test_find_python_jobs_opens_the_vacancies_filtered_by_python(
    client, demo, guide, link_text, role
):
    html = client.get(guide).text
    card = html.split(link_text, 1)[1].split("</li>", 1)[0]
    url = hrefs(card)[0]
    assert "?role=" in url

    listing = client.get(url.replace("&amp;", "&")).text

    cards = listing.count('class="job-card"')
    assert 0 < cards < 11
    assert f'<option value="{url.split("role=")[1]}" selected>' in listing
    assert role in listing
