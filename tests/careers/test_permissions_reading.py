"""The permission matrix, read cases: what a company's editor may READ in the admin.

``test_permissions.py`` shows that every forged write on another company's pages is refused. Here
Acme's editor opens, through the real admin URLs, every screen that names pages, snippets or
files by id or lists them, and must learn nothing about Bolt's unpublished or private content
(rule: ``portal.admin_visibility``). Portal staff still see everything.
"""

import pytest
from wagtail_factories import DocumentFactory

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail_localize.operations import translate_object

from careers.onboarding import PORTAL_STAFF
from tests import factories

from .admin_access import assert_denied_without

# Acme and Bolt are onboarded once for the module; each test reads them afresh and its own
# changes are rolled back after it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("companies_once")]

SECRET = "Bolt secret plans"  # the title of Bolt's draft vacancy


@pytest.fixture
def staff_client(client, acme):
    staff = factories.UserFactory()
    staff.groups.add(Group.objects.get(name=PORTAL_STAFF))
    client.force_login(staff)
    return client


def menu(client):
    """The admin's menus, as the dashboard sends them."""
    return client.get(reverse("wagtailadmin_home")).text


# Reports -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url_name", ["portal_translation_coverage", "portal_translation_coverage_results"]
)
def test_translation_coverage_report_is_refused_to_company_editors(acme_editor, bolt, url_name):
    response = acme_editor.get(reverse(url_name))
    assert_denied_without(acme_editor, response, SECRET)
    assert reverse("portal_translation_coverage") not in menu(acme_editor)


def test_portal_staff_see_the_translation_coverage_report(staff_client, bolt):
    assert reverse("portal_translation_coverage") in menu(staff_client)
    response = staff_client.get(reverse("portal_translation_coverage"))
    assert response.status_code == 200
    assert SECRET in response.text


@pytest.fixture
def bolt_draft_in_german(bolt, locales):
    """Bolt's draft vacancy translated into German by portal staff with wagtail-localize."""
    for page in (bolt.company.get_parent(), bolt.company, bolt.draft_job):
        translate_object(page, [locales["de"]])
    return bolt.draft_job


@pytest.mark.parametrize(
    "url_name",
    ["wagtail_localize:translations_report", "wagtail_localize:translations_report_results"],
)
def test_wagtail_localize_translations_report_is_refused_to_company_editors(
    acme_editor, bolt_draft_in_german, url_name
):
    response = acme_editor.get(reverse(url_name))
    assert_denied_without(acme_editor, response, SECRET)
    assert reverse("wagtail_localize:translations_report") not in menu(acme_editor)


def test_portal_staff_see_wagtail_localize_translations_report(staff_client, bolt_draft_in_german):
    assert reverse("wagtail_localize:translations_report") in menu(staff_client)
    response = staff_client.get(reverse("wagtail_localize:translations_report_results"))
    assert response.status_code == 200
    assert SECRET in response.text


# Confirmation screens addressed by id ------------------------------------------------------


def test_move_confirmation_does_not_name_another_companys_draft(acme_editor, acme, bolt):
    for page, destination in ((bolt.draft_job, acme.company), (acme.live_job, bolt.draft_job)):
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])
        assert_denied_without(acme_editor, acme_editor.get(url), SECRET)


def test_move_confirmation_still_shows_a_superuser_the_pages(admin_client, acme, bolt):
    url = reverse("wagtailadmin_pages:move_confirm", args=[bolt.draft_job.pk, acme.company.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert SECRET in response.text


BULK_ACTIONS = ["delete", "move", "publish", "unpublish"]


@pytest.mark.parametrize("action", BULK_ACTIONS)
def test_bulk_action_confirmation_does_not_name_another_companys_draft(acme_editor, bolt, action):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    response = acme_editor.get(url, {"id": [bolt.draft_job.pk]})
    assert_denied_without(acme_editor, response, SECRET)


def test_bulk_delete_lists_the_editors_own_pages_without_another_companys_draft(
    acme_editor, acme, bolt
):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = acme_editor.get(url, {"id": [acme.draft_job.pk, bolt.draft_job.pk]})
    assert response.status_code == 200
    assert "Acme secret plans" in response.text
    assert SECRET not in response.text


def test_bulk_delete_still_names_the_pages_to_a_superuser(admin_client, bolt):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = admin_client.get(url, {"id": [bolt.draft_job.pk]})
    assert response.status_code == 200
    assert SECRET in response.text


@pytest.fixture
def bolt_draft_in_review(bolt):
    page = bolt.draft_job
    page.get_workflow().start(page, bolt.editor)
    return page


def test_workflow_cancellation_screen_does_not_tell_that_another_companys_page_is_in_review(
    acme_editor, bolt_draft_in_review
):
    url = reverse(
        "wagtailadmin_pages:confirm_workflow_cancellation", args=[bolt_draft_in_review.pk]
    )
    assert_denied_without(
        acme_editor, acme_editor.get(url), SECRET, "Portal staff approval", "Company review"
    )


def test_workflow_cancellation_screen_still_asks_portal_staff(staff_client, bolt_draft_in_review):
    url = reverse(
        "wagtailadmin_pages:confirm_workflow_cancellation", args=[bolt_draft_in_review.pk]
    )
    response = staff_client.get(url)
    assert response.status_code == 200
    assert "Portal staff approval" in response.text


# Images and documents ----------------------------------------------------------------------


@pytest.fixture
def files(acme, bolt):
    """A document and an image in each company's collection, and a staff document in the root."""
    by_name = {o.group.name: o for o in (acme, bolt)}
    made = {}
    for name, onboarding in by_name.items():
        collection = Collection.objects.get(name=name)
        company = onboarding.company.title
        made[company] = (
            DocumentFactory(collection=collection, title=f"{company} salary bands"),
            factories.ImageFactory(collection=collection, title=f"{company} office photo"),
        )
    made["staff"] = DocumentFactory(
        collection=Collection.get_first_root_node(), title="Staff pricing sheet"
    )
    return made


@pytest.mark.parametrize("endpoint", ["documents", "images"])
def test_admin_api_lists_only_the_files_of_the_editors_own_collection(acme_editor, files, endpoint):
    response = acme_editor.get(f"/admin/api/main/{endpoint}/")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    own = "Acme salary bands" if endpoint == "documents" else "Acme office photo"
    assert titles == {own}


@pytest.mark.parametrize("endpoint", ["documents", "images"])
def test_admin_api_does_not_return_another_companys_file_by_id(acme_editor, files, endpoint):
    document, image = files["Bolt"]
    pk = document.pk if endpoint == "documents" else image.pk
    response = acme_editor.get(f"/admin/api/main/{endpoint}/{pk}/")
    assert_denied_without(acme_editor, response, "Bolt")


def test_admin_api_still_lists_every_document_to_portal_staff(staff_client, files):
    titles = {
        item["title"] for item in staff_client.get("/admin/api/main/documents/").json()["items"]
    }
    assert titles == {"Acme salary bands", "Bolt salary bands", "Staff pricing sheet"}


@pytest.mark.parametrize("url_name", ["wagtaildocs:index", "wagtaildocs_chooser:choose"])
def test_document_listing_and_chooser_show_the_editors_own_collection(acme_editor, files, url_name):
    response = acme_editor.get(reverse(url_name))
    assert response.status_code == 200
    assert "Acme salary bands" in response.text
    assert "Bolt salary bands" not in response.text
    assert "Staff pricing sheet" not in response.text


def test_company_editor_can_upload_a_document_to_its_collection(acme_editor, acme):
    collection = Collection.objects.get(name=acme.group.name)
    response = acme_editor.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Interview guide",
            "collection": collection.pk,
            "file": SimpleUploadedFile("guide.pdf", b"%PDF-1.4 guide"),
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.get(title="Interview guide").collection == collection


def test_company_documents_are_public_unless_their_collection_is_private(client, files):
    """Documents are served through Django, so a collection's privacy applies to each download."""
    document, _image = files["Bolt"]
    assert client.get(document.url).status_code == 200
    restriction = CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    response = client.get(document.url)
    assert response.status_code == 302  # to the login, with the document to come back to
    assert "next=" in response["Location"]
    restriction.delete()


# Choosers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("restriction", ["password", "groups"])
def test_page_chooser_search_does_not_show_restricted_pages(acme_editor, careers, restriction):
    home = careers["companies"].get_parent()
    lounge = factories.StandardPageFactory(parent=home, title="Members lounge")
    lounge.save_revision().publish()
    view_restriction = PageViewRestriction.objects.create(
        page=lounge, restriction_type=restriction, password="secret"
    )
    if restriction == "groups":
        view_restriction.groups.add(Group.objects.get(name=PORTAL_STAFF))
    response = acme_editor.get(reverse("wagtailadmin_choose_page_search"), {"q": "lounge"})
    assert response.status_code == 200
    assert "Members lounge" not in response.text


def test_page_chooser_search_still_shows_unrestricted_live_pages(acme_editor, careers):
    home = careers["companies"].get_parent()
    factories.StandardPageFactory(parent=home, title="Members lounge").save_revision().publish()
    response = acme_editor.get(reverse("wagtailadmin_choose_page_search"), {"q": "lounge"})
    assert "Members lounge" in response.text


@pytest.fixture
def faqs(db):
    return (
        factories.FAQFactory(question="How long does onboarding take?"),
        factories.FAQFactory(question="Unannounced salary transparency rules?", live=False),
    )


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/choose/portal/faq/",
        "/admin/snippets/choose/portal/faq/results/",
        "/admin/localize/api/snippets/portal/faq/",
    ],
)
def test_snippet_choosers_show_company_editors_live_faqs_only(acme_editor, faqs, url):
    response = acme_editor.get(url)
    assert response.status_code == 200
    assert "How long does onboarding take?" in response.text
    assert "Unannounced" not in response.text


def test_localize_snippet_api_does_not_return_a_draft_faq_by_id(acme_editor, faqs):
    response = acme_editor.get(f"/admin/localize/api/snippets/portal/faq/{faqs[1].pk}/")
    assert_denied_without(acme_editor, response, "Unannounced")


def test_snippet_chooser_still_shows_portal_staff_draft_faqs(staff_client, faqs):
    response = staff_client.get("/admin/snippets/choose/portal/faq/results/")
    assert "Unannounced salary transparency rules?" in response.text
