"""The interface speaks the visitor's language: complete catalogues, and no English left on German pages."""

import html
import re
from pathlib import Path

import polib
import pytest

from django.conf import settings

CATALOGUES = {
    code: Path(settings.BASE_DIR, "locale", code, "LC_MESSAGES", "django.po")
    for code, _name in settings.LANGUAGES
    if code != settings.LANGUAGE_CODE
}


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_interface_string_is_translated(language):
    catalogue = polib.pofile(str(CATALOGUES[language]))
    assert len(catalogue) > 100
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


def _visible_text(page_html):
    body = page_html.split("<body", 1)[1]
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    return re.sub(r"\s+", " ", html.unescape(body))


def _english_leftovers(text, catalogue):
    """English interface strings that have a different German translation but appear as they are."""
    leftovers = []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural or "%" in entry.msgid or "{" in entry.msgid or "<" in entry.msgid:
            continue
        if entry.msgstr == entry.msgid or len(entry.msgid) < 4 or " " not in entry.msgid:
            continue  # single words ("Python", "Junior") may be the same in both languages
        if entry.msgid in text:
            leftovers.append(entry.msgid)
    return leftovers


GERMAN_PAGES = [
    "/de/",
    "/de/leitfaeden/",
    "/de/leitfaeden/python-interviewfragen/",
    "/de/fragen/",
    "/de/fragen/?difficulty=bogus",
    "/de/fragen/generatoren/",
    "/de/fragen/kontextmanager/",
    "/de/haeufige-fragen/",
    "/de/unternehmen/",
    "/de/unternehmen/acme/",
    "/de/unternehmen/acme/senior-python-entwickler/",
    "/de/stellen/",
    "/de/stellen/?seniority=bogus",
    "/de/karrierewege/",
    "/de/search/?q=generator",
    "/de/search/",
    "/de/no-such-page/",
]


@pytest.mark.django_db
def test_german_pages_show_no_english_interface_strings(client, demo):
    catalogue = polib.pofile(str(CATALOGUES["de"]))
    for url in GERMAN_PAGES:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        leftovers = _english_leftovers(_visible_text(response.content.decode()), catalogue)
        assert leftovers == [], f"{url} shows English: {leftovers}"
