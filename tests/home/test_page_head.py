"""What a search engine and a browser tab see of every page type in the demo."""

import re

import pytest

from django.utils import translation

from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_pages(demo):
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault((type(page).__name__, page.locale.language_code), page)
    return pages


def head(html):
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    description = re.search(r'<meta name="description" content="([^"]*)">', html)
    return title, description.group(1) if description else None


def test_every_page_type_has_a_description_and_the_site_name_once_in_its_title(client, demo_pages):
    assert len({kind for kind, _language in demo_pages}) >= 12
    problems = []
    for (kind, language), page in demo_pages.items():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        title, description = head(response.content.decode())
        if not description:
            problems.append(f"{kind} {language} {page.url}: no description")
        if title.count("JobFutures") != 1:
            problems.append(f"{kind} {language} {page.url}: title {title!r}")
    assert not problems
    assert head(client.get("/en/").content.decode())[0] == "JobFutures"


def test_a_vacancy_without_a_summary_describes_itself(demo_pages):
    job = demo_pages[("JobPage", "en")]
    job.search_description = job.listing_summary = ""
    with translation.override("en"):  # as the English page renders it, whatever ran before
        assert job.meta_description == f"{job.title} at {job.company.title} (Berlin, DE, Hybrid)"
