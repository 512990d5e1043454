import pytest

from wagtail.models import PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_sitemap_lists_the_home_page_of_every_language(client, home_pages):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    for language in ("en", "de", "fr"):
        assert f"<loc>http://localhost/{language}/</loc>" in response.text


def test_sitemap_lists_hreflang_alternates(client, home_pages):
    xml = client.get("/sitemap.xml").text
    assert '<xhtml:link rel="alternate" hreflang="de" href="http://localhost/de/"/>' in xml


def test_sitemap_leaves_out_drafts_and_private_pages(client, home_pages):
    draft = StandardPage(title="Draft", slug="draft", live=False)
    home_pages["en"].add_child(instance=draft)
    private = StandardPage(title="Private", slug="private")
    home_pages["en"].add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    xml = client.get("/sitemap.xml").text
    assert "/en/draft/" not in xml
    assert "/en/private/" not in xml
