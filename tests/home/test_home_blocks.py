"""The home page as editors arrange it: a hero with search and bands of content a visitor may see."""

import re

import pytest

from careers.models import CareerPathPage, JobPage
from home.demo import DATA
from tests import factories

pytestmark = pytest.mark.django_db


def hrefs(html):
    return re.findall(
        r'href="(/[^"]*)"', html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    )


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_demo_home_page_shows_every_band_in_the_visitors_language(client, demo, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.text
    text = DATA["home"][language]
    for heading in ("hero", "guides", "topics", "vacancies", "companies"):
        assert text[heading] in html, heading
    # A band with nothing to show in the visitor's language is left out (not every demo career path
    # has a German or French translation yet).
    paths = CareerPathPage.objects.live().filter(locale__language_code=language).exists()
    assert (text["career_paths"] in html) == paths
    assert text["employers"][0] in html
    assert 'role="search"' in html.split('<main id="main"', 1)[1]
    vacancies = JobPage.objects.live().filter(locale__language_code=language).count()
    assert html.count('class="job-card"') == min(4, vacancies) > 0
    assert f'href="/{language}/' in html and "?topic=" in html
    assert (
        html.count('class="card"') >= 1
    )  # featured guides (career paths, skill checks as there are)
    # Every link in the page body stays in the visitor's language.
    assert all(link.startswith(f"/{language}/") for link in hrefs(html) if link != "/sitemap.xml")


def test_demo_home_page_query_count_is_bounded(client, demo, django_assert_max_num_queries):
    client.get("/en/")  # the site's root paths, locales and navigation are cached from here on
    with django_assert_max_num_queries(22):
        assert client.get("/en/", HTTP_CACHE_CONTROL="no-cache").status_code == 200


def guide_band(home, **value):
    home.body = [
        {"type": "hero", "value": {"heading": "", "text": ""}},
        {"type": "guides", "value": {"heading": "Start here", "pages": [], "count": 3, **value}},
    ]
    home.save_revision().publish()


def test_home_band_lists_only_visible_guides_of_the_visitors_language(client, home_pages):
    english = factories.GuideIndexPageFactory(parent=home_pages["en"])
    live = factories.GuidePageFactory(parent=english, title="Python interviews")
    factories.GuidePageFactory(parent=english, title="A draft guide", live=False)
    guide_band(home_pages["en"])
    html = client.get("/en/").text
    assert f'href="{live.url}"' in html
    assert "A draft guide" not in html
    guide_band(home_pages["de"])
    assert "Python interviews" not in client.get("/de/").text  # no German guide: no band


def test_home_band_shows_chosen_guides_in_order_and_drops_hidden_ones(client, home_pages):
    index = factories.GuideIndexPageFactory(parent=home_pages["en"])
    first = factories.GuidePageFactory(parent=index, title="First pick")
    second = factories.GuidePageFactory(parent=index, title="Second pick")
    hidden = factories.GuidePageFactory(parent=index, title="Unpublished pick", live=False)
    guide_band(home_pages["en"], pages=[second.pk, hidden.pk, first.pk])
    html = client.get("/en/").text
    assert html.index("Second pick") < html.index("First pick")
    assert "Unpublished pick" not in html


def test_hero_uses_the_page_title_and_introduction_when_left_empty(client, home_pages):
    home = home_pages["en"]
    home.intro = "Prepare for interviews."
    guide_band(home)
    html = client.get("/en/").text
    assert '<h1 id="hero-heading">JobFutures</h1>' in html
    assert '<p class="lead">Prepare for interviews.</p>' in html
    assert html.count("<h1") == 1


def test_migrated_home_pages_start_with_a_hero(home_pages):
    assert all(page.has_hero for page in home_pages.values())


def test_home_page_without_a_hero_still_has_its_heading(client, home_pages):
    home = home_pages["en"]
    home.body = [{"type": "heading", "value": {"text": "Welcome", "level": "h2"}}]
    home.save_revision().publish()
    html = client.get("/en/").text
    assert "<h1>JobFutures</h1>" in html and "Welcome" in html


def test_topic_band_links_into_the_question_bank_filtered_by_topic(client, home_pages):
    bank = factories.QuestionIndexPageFactory(parent=home_pages["en"])
    topic = factories.TopicFactory(name="Databases", slug="databases")
    for title in ("Indexes?", "Transactions?"):
        factories.QuestionPageFactory(parent=bank, title=title, topics=[topic])
    home = home_pages["en"]
    home.body = [{"type": "topics", "value": {"heading": "By topic", "count": 8}}]
    home.save_revision().publish()
    html = client.get("/en/").text
    assert f'href="{bank.url}?topic=databases"' in html
    assert "2 questions" in html
    filtered = client.get(f"{bank.url}?topic=databases").text
    assert "Indexes?" in filtered
