"""The footer editors manage: links to chosen pages, shown in the visitor's language."""

import pytest

from wagtail.models import Site

from home.models import FooterSettings
from tests import factories

pytestmark = pytest.mark.django_db


def test_footer_links_chosen_pages_in_the_visitors_language(client, home_pages):
    imprint = factories.StandardPageFactory(
        parent=home_pages["en"], title="Imprint", slug="imprint"
    )
    german = imprint.copy_for_translation(home_pages["de"].locale, copy_parents=False)
    german.title, german.slug = "Impressum", "impressum"
    german.save_revision().publish()
    draft = factories.StandardPageFactory(parent=home_pages["en"], title="Draft terms", live=False)
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.links = [
        {"type": "page", "value": {"page": imprint.pk, "title": ""}},
        {"type": "page", "value": {"page": draft.pk, "title": ""}},
    ]
    footer.save()

    english = client.get("/en/").text.split('<footer class="site-footer">', 1)[1]
    assert '<a href="/en/imprint/">Imprint</a>' in english
    assert "Draft terms" not in english
    german_footer = client.get("/de/").text.split('<footer class="site-footer">', 1)[1]
    assert '<a href="/de/impressum/">Impressum</a>' in german_footer
