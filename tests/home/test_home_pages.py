import re

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_home_page_is_served_in_each_language(client, home_pages, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.text
    assert response.context["page"] == home_pages[language]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("de-DE,de;q=0.9,en;q=0.5", "/de/"), ("fr", "/fr/"), ("en-GB", "/en/"), ("ja", "/en/")],
)
def test_root_redirects_to_the_visitors_language(client, home_pages, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("path", ["/xx/", "/xx/anything/", "/pt-br/"])
def test_unknown_language_prefix_is_404(client, home_pages, path):
    response = client.get(path)
    assert response.status_code == 404


def test_path_without_language_prefix_redirects_into_one(client, home_pages):
    response = client.get("/for-employers/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/de/for-employers/"


def test_home_page_lists_hreflang_alternates_for_every_language_and_x_default(client, home_pages):
    response = client.get("/de/")
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', response.text)
    )
    assert alternates == {
        "en": "http://localhost/en/",
        "de": "http://localhost/de/",
        "fr": "http://localhost/fr/",
        "x-default": "http://localhost/en/",
    }


def test_home_page_has_canonical_and_opengraph_tags(client, home_pages):
    html = client.get("/fr/").text
    assert '<link rel="canonical" href="http://localhost/fr/">' in html
    assert '<meta property="og:locale" content="fr_FR">' in html
    assert '<meta property="og:title" content="JobFutures">' in html


def test_language_switcher_links_to_translations_only(client, home_pages):
    html = client.get("/en/").text
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/de/"' in switcher
    assert 'href="/fr/"' in switcher
    assert 'aria-current="true" lang="en"' in switcher


def test_language_switcher_falls_back_to_translated_parent_with_a_note(client, home_pages):
    only_english = StandardPage(title="Only in English", slug="only-english")
    home_pages["en"].add_child(instance=only_english)
    only_english.save_revision().publish()

    html = client.get("/en/only-english/").text
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/de/"' in switcher
    assert "page not translated" in switcher
    hreflangs = re.findall(r'hreflang="([^"]+)" href="[^"]+">', html.split("</head>")[0])
    assert hreflangs == ["en", "x-default"]


def test_page_title_cannot_break_out_of_json_ld(client, home_pages):
    home = home_pages["en"]
    home.title = "</script><script>alert(1)</script>"
    home.save_revision().publish()
    html = client.get("/en/").text
    assert "<script>alert(1)</script>" not in html
    assert "\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)" in html
