"""What an editor does in wagtail-localize's translation editor, as plain functions for tests."""

from django.urls import reverse
from django.utils.http import urlencode

from wagtail_localize.models import StringSegment, Translation


def translation_record(instance, language):
    """wagtail-localize's Translation of ``instance`` into ``language``."""
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=language
    )


def segment(translation, path):
    """The source string segment of a field (``intro``, ``question``...) of a translation."""
    return StringSegment.objects.get(source=translation.source, context__path=path)


def edit_segment(client, translation, path, value):
    """Type a translation into one segment of the translation editor, as its JavaScript does."""
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, segment(translation, path).pk],
    )
    body = urlencode({"value": value})
    response = client.put(url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content
    return response


def publish_page(client, page, django_capture_on_commit_callbacks):
    """Press "Publish in German" in the translation editor of a page."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302, response.content
    page.refresh_from_db()
    return page
