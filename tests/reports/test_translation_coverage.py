"""The translation coverage report: missing, up to date and out of date, per page/snippet and language."""

import pytest

from django.contrib.auth.models import Group, Permission

from reports.translation_coverage import State
from tests import factories

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-coverage/"


def coverage(client, **filters):
    response = client.get(REPORT, filters)
    assert response.status_code == 200
    return {(row.label, row.locale.language_code): row for row in response.context["object_list"]}


def publish_again(obj):
    obj.save_revision().publish()


@pytest.fixture
def page(home_pages):
    page = factories.StandardPageFactory(parent=home_pages["en"], title="For employers")
    page.save_revision().publish()
    return page


def test_untranslated_page_is_missing_in_every_other_language(admin_client, page):
    rows = coverage(admin_client)
    assert rows["For employers", "de"].state == State.MISSING
    assert rows["For employers", "fr"].state == State.MISSING
    assert ("For employers", "en") not in rows


def test_page_translated_with_wagtail_localize_is_up_to_date(admin_client, page, translate):
    translate(page, "de")
    rows = coverage(admin_client)
    assert rows["For employers", "de"].state == State.UP_TO_DATE
    assert rows["For employers", "de"].is_synced
    assert rows["For employers", "de"].translation_status == "live"
    assert rows["For employers", "fr"].state == State.MISSING
    assert rows["For employers", "fr"].translation_status == ""


def test_unpublished_translation_shows_as_a_draft(admin_client, page, translate, locales):
    translate(page, "de").unpublish()
    row = coverage(admin_client)["For employers", "de"]
    assert row.state == State.UP_TO_DATE
    assert row.translation_status == "draft"


def test_synced_translation_is_out_of_date_after_the_source_is_published_until_synced(
    admin_client, page, translate, django_capture_on_commit_callbacks
):
    translate(page, "de")
    page.intro = "Hire Python developers who passed our interview guides."
    publish_again(page)
    row = coverage(admin_client)["For employers", "de"]
    assert row.state == State.OUT_OF_DATE

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(row.sync_url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert coverage(admin_client)["For employers", "de"].state == State.UP_TO_DATE


def test_saving_a_draft_of_the_source_does_not_make_translations_out_of_date(
    admin_client, page, translate
):
    translate(page, "de")
    page.intro = "A draft nobody reads yet."
    page.save_revision()
    assert coverage(admin_client)["For employers", "de"].state == State.UP_TO_DATE


def test_direct_translation_is_out_of_date_until_it_is_published_after_the_source(
    admin_client, page, translate_directly
):
    german = translate_directly(page, "de", title="Für Arbeitgeber", slug="fuer-arbeitgeber")
    assert coverage(admin_client)["For employers", "de"].state == State.UP_TO_DATE

    publish_again(page)
    row = coverage(admin_client)["For employers", "de"]
    assert row.state == State.OUT_OF_DATE
    assert not row.is_synced

    publish_again(german)
    assert coverage(admin_client)["For employers", "de"].state == State.UP_TO_DATE


def test_snippets_have_the_three_states(admin_client, locales, translate):
    faq = factories.FAQFactory(question="Can I apply twice?")
    faq.save_revision().publish()
    topic = factories.TopicFactory(name="Databases")
    topic.save_revision().publish()
    translate(faq, "de")
    translate(topic, "de")
    publish_again(topic)

    rows = coverage(admin_client)
    assert rows["Can I apply twice?", "de"].state == State.UP_TO_DATE
    assert rows["Can I apply twice?", "fr"].state == State.MISSING
    assert rows["Databases", "de"].state == State.OUT_OF_DATE
    assert rows["Databases", "de"].type_label == "Topic"


def test_rows_link_to_translate_edit_and_sync(admin_client, page, translate, locales):
    german = translate(page, "de")
    html = admin_client.get(REPORT).text
    assert f'href="/admin/localize/submit/page/{page.pk}/?select_locale=fr"' in html
    assert f'href="/admin/pages/{german.pk}/edit/"' in html
    row = coverage(admin_client)["For employers", "de"]
    assert f'href="{row.sync_url}"' in html
    assert row.sync_url.startswith("/admin/localize/update/")


def test_snippet_rows_link_to_the_snippet_translate_and_edit_views(admin_client, translate):
    faq = factories.FAQFactory(question="Who sees my profile?")
    german = translate(faq, "de")
    rows = coverage(admin_client)
    assert rows["Who sees my profile?", "fr"].translate_url == (
        f"/admin/localize/submit/snippet/portal/faq/{faq.pk}/?select_locale=fr"
    )
    assert rows["Who sees my profile?", "de"].edit_translation_url == (
        f"/admin/snippets/portal/faq/edit/{german.pk}/"
    )
    assert (
        admin_client.get(rows["Who sees my profile?", "de"].edit_translation_url).status_code == 200
    )


def test_report_filters_by_language_type_and_state(admin_client, page, translate):
    faq = factories.FAQFactory(question="Is the portal free?")
    translate(page, "de")

    german = coverage(admin_client, language="de")
    assert {language for _label, language in german} == {"de"}

    faqs = coverage(admin_client, type="portal.faq")
    assert set(faqs) == {(faq.question, "de"), (faq.question, "fr")}

    standard_pages = coverage(admin_client, type="home.standardpage")
    assert set(standard_pages) == {("For employers", "de"), ("For employers", "fr")}

    missing = coverage(admin_client, state="missing", type="home.standardpage")
    assert set(missing) == {("For employers", "fr")}


def test_invalid_filter_values_show_the_unfiltered_report(admin_client, page):
    rows = coverage(admin_client, language="xx", state="bogus", type="nope.nope")
    assert ("For employers", "de") in rows


def test_report_is_paginated(admin_client, home_pages):
    for number in range(30):
        factories.StandardPageFactory(parent=home_pages["en"], title=f"Page {number:02}")
    first = admin_client.get(REPORT)
    second = admin_client.get(REPORT, {"p": 2})
    assert len(first.context["object_list"]) == 50
    assert len(second.context["object_list"]) == 2 * 30 + 2 - 50  # and the home page
    assert first.context["paginator"].count == 62


@pytest.mark.parametrize("pages", [2, 40])
def test_report_query_count_does_not_grow_with_rows(
    admin_client, home_pages, translate, django_assert_max_num_queries, pages
):
    for number in range(pages):
        page = factories.StandardPageFactory(parent=home_pages["en"], title=f"Guide {number}")
        if number % 2:
            translate(page, "de")
        faq = factories.FAQFactory()
        if number % 3:
            translate(faq, "fr")
    admin_client.get(
        REPORT
    )  # warm the content type and locale caches, as any earlier request would
    # 9 for the report and the admin around it, 1 for the candidate pool's menu item, 1 for the
    # Forms menu item (shown once a form page type exists: "For employers")
    with django_assert_max_num_queries(11):
        response = admin_client.get(REPORT, {"p": 1})
    assert len(response.context["object_list"]) == min(50, (pages * 2 + 1) * 2)


def test_report_is_in_the_reports_menu(admin_client):
    html = admin_client.get("/admin/").text
    assert REPORT in html


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_users_without_admin_access_cannot_see_the_report(client, django_user_model):
    user = django_user_model.objects.create_user("candidate", password="pw")
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert "Translation coverage" not in response.text


def test_editors_who_may_not_translate_cannot_open_the_report(
    client, page, translate, django_user_model
):
    """It lists every page and snippet of the site, drafts included (issue 9)."""
    translate(page, "de")
    editor = django_user_model.objects.create_user("reviewer", password="pw")
    reviewers = Group.objects.create(name="Reviewers")
    reviewers.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(reviewers)
    client.force_login(editor)
    response = client.get(REPORT, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Sorry, you do not have permission to access this area." in response.text
    assert REPORT not in response.text
