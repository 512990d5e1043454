"""/llms.txt tells language models what the site offers in each language (llmstxt.org format)."""

import re

import pytest

from careers.models import JobPage
from guides.models import GuidePage, QuestionPage

pytestmark = pytest.mark.django_db


def test_llms_txt_lists_each_languages_sections_and_pages(client, demo):
    response = client.get("/llms.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("# JobFutures\n\n> ")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## English",
        "## Deutsch",
        "## français",
    ]
    links = re.findall(r"- \[[^\]]+\]\((http://[^)]+)\)", text)
    for guide in GuidePage.objects.live():
        assert f"{guide.full_url}?format=md" in links
    for question in QuestionPage.objects.live().filter(locale__language_code="fr"):
        assert f"{question.full_url}?format=md" in links
    for path in ("/en/questions/", "/de/fragen/", "/en/jobs/", "/fr/guides/"):
        assert any(link.endswith(path) for link in links), path


def test_llms_txt_leaves_out_what_visitors_cannot_see(client, demo):
    expired = JobPage.objects.filter(live=False).first()
    hidden = JobPage.objects.live().filter(locale__language_code="en").first()
    hidden_url = hidden.full_url
    hidden.unpublish()

    text = client.get("/llms.txt").content.decode()

    assert expired is not None
    assert f"({expired.full_url})" not in text
    assert f"({hidden_url})" not in text
    assert f"({hidden.get_parent().full_url})" in text
