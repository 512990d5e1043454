"""The demo companies' logos: SVG marks with the company's name, kept when an editor replaced them."""

import xml.etree.ElementTree as ET

import pytest

from django.core.files.base import ContentFile

from careers.demo.logos import company_logo
from portal.demo.pages import resetting
from tests import factories

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Acme Analytics", "acme"),
        ("Nordwind Mobility", "nordwind-mobility"),
        ("Clairsoin Health", "clairsoin-health"),
        ("Brightloop Studio", "brightloop-studio"),
    ],
)
def test_demo_logo_is_an_svg_mark_with_the_company_name(name, slug):
    logo = company_logo(name, slug)
    assert logo.is_svg()
    with logo.open_file() as svg:
        root = ET.parse(svg).getroot()  # noqa: S314 - our own demo markup
    assert root.tag == f"{SVG}svg"
    assert root.get("aria-label") == name
    assert " ".join(text.text for text in root.iter(f"{SVG}text")) == name
    # A drawn mark beside the name, not a tile with initials.
    assert [child for child in root if child.tag != f"{SVG}text"]
    assert logo.get_rendition("max-160x80").url.endswith(".svg")


def test_company_page_shows_the_svg_logo(client, home_pages):
    companies = factories.CompanyIndexPageFactory(parent=home_pages["en"])
    company = factories.CompanyPageFactory(
        parent=companies, title="Acme Analytics", logo=company_logo("Acme Analytics", "acme")
    )
    html = client.get(company.url).text
    assert company.logo.get_rendition("max-240x120").url in html
    assert ".svg" in company.logo.get_rendition("max-240x120").url
    assert 'height="72" src=' in html  # whole pixels: width="240.0" would be invalid HTML


def test_company_page_and_cards_show_the_logo_without_writing_to_redis_on_each_view(
    client, home_pages, redis_commands
):
    """Wagtail's ``{% image %}`` writes the rendition back to the cache on every view."""
    companies = factories.CompanyIndexPageFactory(parent=home_pages["en"])
    company = factories.CompanyPageFactory(
        parent=companies, title="Acme Analytics", logo=company_logo("Acme Analytics", "acme")
    )
    urls = [company.url, companies.url]
    for url in urls:  # the first views create the rendition and remember the routes
        assert client.get(url).status_code == 200
    redis_commands.clear()
    logo_url = company.logo.get_renditions("max-240x120")["max-240x120"].url
    for url in urls:
        assert f'alt="" height="72" src="{logo_url}"' in client.get(url).text
    assert not redis_commands.writes(), redis_commands


def test_an_existing_logo_is_kept_unless_the_demo_is_reset():
    logo = company_logo("Acme Analytics", "acme")
    edited = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    logo.file = ContentFile(edited, name="edited-by-acme.svg")
    logo.save()
    assert "edited-by-acme" in company_logo("Acme Analytics", "acme").file.name
    with resetting():
        assert "original_images/acme-logo" in company_logo("Acme Analytics", "acme").file.name
