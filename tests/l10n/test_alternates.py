"""hreflang alternates (with x-default) and og:locale on pages below the home page."""

import re

import pytest

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
