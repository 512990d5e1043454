"""hreflang alternates (with x-default) and og:locale on pages below the home page."""

import re
from datetime import timedelta

import pytest

from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def head(html):
    return html.split("</head>", 1)[0]


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head(html)))


def og(html, prop):
    return re.findall(rf'<meta property="og:{prop}" content="([^"]+)">', head(html))


@pytest.fixture
def employers(home_pages, translate_directly):
    """ "For employers" in English, German and French."""
    page = factories.StandardPageFactory(
        parent=home_pages["en"], title="For employers", slug="for-employers"
    )
    page.save_revision().publish()
    translate_directly(page, "de", title="Für Arbeitgeber", slug="fuer-arbeitgeber")
    translate_directly(page, "fr", title="Pour les employeurs", slug="pour-les-employeurs")
    return page


def test_translated_page_lists_every_translation_and_x_default_to_english(client, employers):
    html = client.get("/de/fuer-arbeitgeber/").text
    assert hreflangs(html) == {
        "en": "http://localhost/en/for-employers/",
        "de": "http://localhost/de/fuer-arbeitgeber/",
        "fr": "http://localhost/fr/pour-les-employeurs/",
        "x-default": "http://localhost/en/for-employers/",
    }


def test_translated_page_has_og_locale_of_its_language_and_alternates(client, employers):
    html = client.get("/fr/pour-les-employeurs/").text
    assert og(html, "locale") == ["fr_FR"]
    assert sorted(og(html, "locale:alternate")) == ["de_DE", "en_GB"]
    assert '<html lang="fr">' in html


def test_unpublished_translation_is_not_an_alternate(client, employers, locales):
    employers.get_translation(locales["fr"]).unpublish()
    html = client.get("/en/for-employers/").text
    assert set(hreflangs(html)) == {"en", "de", "x-default"}
    assert og(html, "locale:alternate") == ["de_DE"]


def test_page_without_an_english_version_has_no_x_default(client, home_pages):
    page = factories.StandardPageFactory(
        parent=home_pages["de"], title="Nur auf Deutsch", slug="nur"
    )
    page.save_revision().publish()
    html = client.get("/de/nur/").text
    assert hreflangs(html) == {"de": "http://localhost/de/nur/"}
    assert og(html, "locale") == ["de_DE"]


def test_a_translation_unpublished_after_a_view_is_no_longer_an_alternate(
    client, employers, locales
):
    """The page's translations are remembered until content changes; unpublishing one changes it."""
    assert "fr" in hreflangs(client.get("/en/for-employers/").text)
    employers.get_translation(locales["fr"]).unpublish()
    assert set(hreflangs(client.get("/en/for-employers/").text)) == {"en", "de", "x-default"}


def test_a_translation_published_after_a_view_becomes_an_alternate(
    client, home_pages, translate_directly
):
    page = factories.StandardPageFactory(parent=home_pages["en"], title="Imprint", slug="imprint")
    page.save_revision().publish()
    assert set(hreflangs(client.get("/en/imprint/").text)) == {"en", "x-default"}
    translate_directly(page, "de", title="Impressum", slug="impressum")
    assert set(hreflangs(client.get("/en/imprint/").text)) == {"en", "de", "x-default"}


def test_a_translation_stops_being_an_alternate_when_its_expiry_date_passes(
    client, home_pages, translate_directly, monkeypatch
):
    """No publish marks an expiry date passing: the remembered translations are checked against
    the time of each request."""
    page = factories.StandardPageFactory(parent=home_pages["en"], title="Events", slug="events")
    page.save_revision().publish()
    expiry = timezone.now() + timedelta(hours=1)
    translate_directly(page, "fr", title="Événements", slug="evenements", expire_at=expiry)
    assert "fr" in hreflangs(client.get("/en/events/").text)

    later = expiry + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    html = client.get("/en/events/").text
    assert set(hreflangs(html)) == {"en", "x-default"}
    assert og(html, "locale:alternate") == []
