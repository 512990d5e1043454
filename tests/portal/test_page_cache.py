"""The anonymous page cache, seen through HTTP: what is stored, what is served, what empties it."""

import datetime

import pytest

from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone

from wagtail.models import PageViewRestriction

from portal.page_cache import HEADER
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def warm(client, url):
    """Request ``url`` until it comes from the cache; return the cached response."""
    first = client.get(url)
    assert first[HEADER] == "miss"
    second = client.get(url)
    assert second[HEADER] == "hit"
    return second


def test_second_anonymous_request_is_a_hit_with_the_same_page(client, page):
    first = client.get(page.url)
    second = client.get(page.url)
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert second.status_code == 200
    assert second.content == first.content
    assert "We hire juniors." in second.text
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "en"


def test_a_hit_runs_no_database_query(client, page, django_assert_num_queries):
    warm(client, page.url)
    with django_assert_num_queries(0):
        assert client.get(page.url)[HEADER] == "hit"


def test_cacheable_pages_tell_shared_caches_to_keep_them_and_browsers_to_revalidate(client, page):
    response = client.get(page.url)
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "s-maxage=600"}


def test_published_change_is_served_at_once(client, page):
    warm(client, page.url)
    page.intro = "We hire seniors."
    page.save_revision().publish()
    response = client.get(page.url)
    assert response[HEADER] == "miss"
    assert "We hire seniors." in response.text


def test_saving_a_draft_keeps_the_cache(client, page):
    warm(client, page.url)
    page.intro = "Draft: we hire everyone."
    page.save_revision()
    response = client.get(page.url)
    assert response[HEADER] == "hit"
    assert "We hire juniors." in response.text


def test_saving_a_draft_snippet_keeps_the_cache_and_publishing_it_empties_it(client, page):
    faq = factories.FAQFactory(question="Do you sponsor visas?")
    warm(client, page.url)
    faq.question = "Draft: do you sponsor visas?"
    faq.save_revision()
    assert client.get(page.url)[HEADER] == "hit"
    faq.save_revision().publish()
    assert client.get(page.url)[HEADER] == "miss"


def test_publishing_a_topic_empties_the_cache(client, page):
    topic = factories.TopicFactory(name="Testing")
    warm(client, page.url)
    topic.name = "Testing with pytest"
    topic.save_revision().publish()
    assert client.get(page.url)[HEADER] == "miss"


def test_unpublished_page_is_gone_at_once(client, page):
    warm(client, page.url)
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_deleted_page_is_gone_at_once(client, page):
    warm(client, page.url)
    url = page.url
    page.delete()
    assert client.get(url).status_code == 404


def test_moved_page_leaves_its_old_address(client, page, home_pages):
    section = factories.StandardPageFactory(parent=home_pages["en"], title="About", slug="about")
    section.save_revision().publish()
    warm(client, page.url)
    old_url = page.url
    page.move(section, pos="last-child")
    # Wagtail leaves a redirect at the old address.
    assert client.get(old_url, follow=True).redirect_chain == [("/en/about/hiring/", 301)]


def test_restricting_a_page_stops_serving_it_from_the_cache(client, page):
    warm(client, page.url)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get(page.url)
    assert "We hire juniors." not in response.text
    assert HEADER not in response


def test_expired_vacancy_is_served_but_never_stored(client, home_pages):
    companies = factories.CompanyIndexPageFactory(parent=home_pages["en"])
    company = factories.CompanyPageFactory(parent=companies)
    job = factories.JobPageFactory(
        parent=company, expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    for _ in range(2):
        response = client.get(job.url)
        assert response.status_code == 200
        assert HEADER not in response


def test_password_form_with_its_csrf_token_is_never_stored(client, page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for _ in range(2):
        response = client.get(page.url)
        assert "csrfmiddlewaretoken" in response.text
        assert HEADER not in response
        assert "private" in response["Cache-Control"]


def test_cached_page_carries_no_csrf_token_or_cookie(client, page):
    response = warm(client, page.url)
    assert "csrfmiddlewaretoken" not in response.text
    assert not response.cookies


def test_signed_in_editor_never_gets_nor_fills_the_cache(client, page, admin_user):
    client.force_login(admin_user)
    response = client.get(page.url)
    assert HEADER not in response
    assert {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }
    client.logout()
    assert client.get(page.url)[HEADER] == "miss"

    assert client.get(page.url)[HEADER] == "hit"
    client.force_login(admin_user)
    response = client.get(page.url)
    assert HEADER not in response
    assert "wagtail-userbar" in response.text


def test_visitor_with_a_session_is_never_served_from_the_cache(client, page):
    warm(client, page.url)
    session = SessionStore()
    session["seen"] = True
    session.create()
    client.cookies["sessionid"] = session.session_key
    assert HEADER not in client.get(page.url)


def test_visitor_with_a_flash_message_is_never_served_from_the_cache(client, page):
    warm(client, page.url)
    client.cookies["messages"] = "anything"
    assert HEADER not in client.get(page.url)


def test_conditional_get_answers_304(client, page):
    response = warm(client, page.url)
    etag, last_modified = response["ETag"], response["Last-Modified"]
    not_modified = client.get(page.url, headers={"If-None-Match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert client.get(page.url, headers={"If-Modified-Since": last_modified}).status_code == 304
    assert client.get(page.url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_etag_changes_when_the_page_does(client, page):
    etag = warm(client, page.url)["ETag"]
    page.intro = "We hire seniors."
    page.save_revision().publish()
    response = client.get(page.url, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert "We hire seniors." in response.text


def test_head_is_answered_from_the_cache_without_a_body(client, page):
    body = warm(client, page.url).content
    response = client.head(page.url)
    assert response.status_code == 200
    assert response[HEADER] == "hit"
    assert response.content == b""
    assert response["Content-Length"] == str(len(body))


def test_query_string_is_normalised(client, home_pages):
    bank = factories.QuestionIndexPageFactory(parent=home_pages["en"])
    bank.save_revision().publish()
    assert client.get(bank.url + "?difficulty=junior&page=1")[HEADER] == "miss"
    assert client.get(bank.url + "?page=1&difficulty=junior")[HEADER] == "hit"
    assert client.get(bank.url + "?difficulty=senior&page=1")[HEADER] == "miss"


def test_search_results_are_cached_briefly(client, home_pages):
    first = client.get("/en/search/?q=python")
    assert first[HEADER] == "miss"
    assert "s-maxage=60" in first["Cache-Control"]
    assert client.get("/en/search/?q=python")[HEADER] == "hit"


def test_error_responses_are_not_stored(client, home_pages):
    for _ in range(2):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert HEADER not in response


def test_admin_is_never_cached(client, admin_user):
    client.force_login(admin_user)
    assert HEADER not in client.get("/admin/")
    client.logout()
    assert HEADER not in client.get("/admin/login/")


def test_page_cache_off_serves_every_request_fresh(client, page, settings):
    settings.PAGE_CACHE = False
    for _ in range(2):
        assert HEADER not in client.get(page.url)
