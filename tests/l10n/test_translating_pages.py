"""Editors translate pages with wagtail-localize through the admin: submit, edit segments, publish,
sync after the source changes, and work offline with PO files."""

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation

from tests import factories

from .translating import edit_segment, publish_page, translation_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(guide_index):
    guide = factories.GuidePageFactory(
        parent=guide_index,
        title="Python interview questions",
        slug="python-interview-questions",
        intro="Prepare for your Python interview.",
    )
    guide.save_revision().publish()
    return guide


@pytest.fixture
def employers_page(home_pages):
    page = factories.StandardPageFactory(
        parent=home_pages["en"], title="For employers", slug="for-employers", intro="Hire well."
    )
    page.save_revision().publish()
    return page


def test_editor_translates_a_guide_into_german_edits_segments_and_publishes(
    admin_client, client, guide, locales, django_capture_on_commit_callbacks
):
    submit = reverse("wagtail_localize:submit_page_translation", args=[guide.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(submit, {"locales": [locales["de"].pk]})
    german = guide.get_translation(locales["de"]).specific
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[german.pk])

    translation = translation_record(guide, "de")
    edit_segment(admin_client, translation, "title", "Python-Interviewfragen")
    edit_segment(admin_client, translation, "slug", "python-interviewfragen")
    edit_segment(admin_client, translation, "intro", "Bereite dich auf dein Python-Interview vor.")
    german = publish_page(admin_client, german, django_capture_on_commit_callbacks)

    assert german.live
    assert german.url == "/de/guides/python-interviewfragen/"
    html = client.get(german.url).text
    assert '<html lang="de">' in html
    assert "Python-Interviewfragen" in html
    assert "Bereite dich auf dein Python-Interview vor." in html
    assert "Prepare for your Python interview." not in html


def test_translation_editor_opens_for_a_translated_page(admin_client, employers_page, translate):
    german = translate(employers_page, "de")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[german.pk]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_sync_after_the_source_changes_brings_the_new_source_text_into_the_translation(
    admin_client, employers_page, translate, django_capture_on_commit_callbacks
):
    german = translate(employers_page, "de")
    translation = translation_record(employers_page, "de")
    edit_segment(admin_client, translation, "title", "Für Arbeitgeber")
    publish_page(admin_client, german, django_capture_on_commit_callbacks)

    employers_page.intro = "Post your vacancies for free."
    employers_page.save_revision().publish()
    german.refresh_from_db()
    assert german.intro == "Hire well."  # not synced yet

    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(sync, {"publish_translations": "on"})
    assert response.status_code == 302

    german.refresh_from_db()
    assert german.intro == "Post your vacancies for free."  # untranslated yet: the new source
    assert german.title == "Für Arbeitgeber"  # translated strings are kept


def test_sync_without_publishing_offers_the_new_string_in_the_translation_editor(
    admin_client, employers_page, translate
):
    german = translate(employers_page, "de")
    translation = translation_record(employers_page, "de")
    employers_page.intro = "Post your vacancies for free."
    employers_page.save_revision().publish()

    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    admin_client.post(sync, {})

    german.refresh_from_db()
    assert german.intro == "Hire well."  # the live translation is unchanged until published
    translation.source.refresh_from_db()
    strings = set(translation.source.stringsegment_set.values_list("string__data", flat=True))
    assert "Post your vacancies for free." in strings


def test_po_file_export_and_import_translate_a_page_offline(
    admin_client, client, employers_page, translate, django_capture_on_commit_callbacks
):
    german = translate(employers_page, "de")
    translation = translation_record(employers_page, "de")

    download = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    response = admin_client.get(download)
    assert response.status_code == 200
    assert response["Content-Disposition"] == "attachment; filename=for-employers-de.po"
    po = polib.pofile(response.content.decode())
    assert {entry.msgctxt: entry.msgid for entry in po}["intro"] == "Hire well."

    # The translator fills in the file offline...
    for entry in po:
        entry.msgstr = {"title": "Für Arbeitgeber", "intro": "Gut einstellen."}.get(
            entry.msgctxt, ""
        )
    upload = SimpleUploadedFile("for-employers-de.po", str(po).encode())
    edit_url = reverse("wagtailadmin_pages:edit", args=[german.pk])
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302
    assert response["Location"] == edit_url

    # ...and the editor publishes the imported translation.
    german = publish_page(admin_client, german, django_capture_on_commit_callbacks)
    assert german.title == "Für Arbeitgeber"
    assert "Gut einstellen." in client.get(german.url).text


def test_po_file_of_another_translation_is_refused(admin_client, employers_page, translate):
    translate(employers_page, "de")
    translate(employers_page, "fr")
    german, french = (
        translation_record(employers_page, "de"),
        translation_record(employers_page, "fr"),
    )
    po = french.export_po()
    for entry in po:
        entry.msgstr = "Texte français"
    upload = SimpleUploadedFile("for-employers-fr.po", str(po).encode())

    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[german.pk]), {"file": upload}, follow=True
    )

    assert "Cannot import PO file that was created for a different translation." in response.text
    assert not StringTranslation.objects.filter(locale__language_code="de").exists()
