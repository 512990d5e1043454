"""The Atom feed of vacancies: valid per RFC 4287 as a real parser reads it, with the vacancy
index's filters, linked from the index; expired and hidden vacancies never appear."""

import re

import feedparser
import pytest

from careers.models import CompanyPage
from tests import factories

from .conftest import hide

pytestmark = pytest.mark.django_db


def read(client, query=""):
    response = client.get(f"/en/jobs/feed/{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


def test_feed_is_valid_atom_with_the_required_elements(client, acme):
    feed = read(client)
    # RFC 4287 §4.1.1: a feed has an id, a title and an updated date (and an author, here at feed
    # level); each entry an id, a title, an updated date and a link.
    assert feed.feed.id
    assert feed.feed.title == "Jobs · JobFutures"
    assert feed.feed.updated_parsed
    assert feed.feed.author == "JobFutures"
    assert any(link.rel == "self" for link in feed.feed.links)
    (entry,) = feed.entries
    job = acme.live_job
    assert entry.title == "Acme backend developer"
    assert entry.id == job.full_url
    assert entry.link == job.full_url
    assert entry.updated_parsed
    assert entry.author == "Acme"
    assert "Berlin, DE" in entry.summary
    assert {tag.term for tag in entry.tags} >= {"Python developer", "Senior"}


def test_feed_takes_the_vacancy_indexs_filters(client, acme, bolt):
    junior = factories.JobPageFactory(parent=bolt.company, title="Bolt junior", seniority="junior")
    junior.save_revision().publish()
    assert {e.title for e in read(client, "?company=bolt").entries} == {
        "Bolt backend developer",
        "Bolt junior",
    }
    assert [e.title for e in read(client, "?seniority=junior").entries] == ["Bolt junior"]
    # A bad value is ignored, as on the index page: the other filters still apply.
    assert [e.title for e in read(client, "?seniority=junior&remote=never").entries] == [
        "Bolt junior"
    ]


@pytest.mark.parametrize("state", ["draft", "expired", "restricted", "company draft"])
def test_hidden_vacancies_never_appear(client, acme, state):
    if state == "company draft":
        CompanyPage.objects.get(pk=acme.company.pk).unpublish()
    else:
        hide(acme.live_job, state)
    assert read(client).entries == []


def test_index_links_its_feed_with_the_same_filters(client, acme):
    html = client.get("/en/jobs/?seniority=senior&page=1").content.decode()
    links = re.findall(
        r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html
    )
    assert links == ["/en/jobs/feed/?seniority=senior"]
    assert [e.title for e in read(client, "?seniority=senior").entries] == [
        "Acme backend developer"
    ]
