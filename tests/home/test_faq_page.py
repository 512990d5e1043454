import json
import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_faq_page_groups_live_faqs_of_its_language_by_audience(client, home_pages, locales):
    factories.FAQFactory(question="How do I prepare?", audience="candidates")
    factories.FAQFactory(question="How do we get verified?", audience="employers")
    factories.FAQFactory(question="Draft question?", live=False)
    factories.FAQFactory(question="Wie bereite ich mich vor?", locale=locales["de"])
    page = factories.FAQPageFactory(parent=home_pages["en"])

    html = client.get(page.url).text
    main = html.split("<main", 1)[1]
    assert main.index("Candidates") < main.index("How do I prepare?") < main.index("Employers")
    assert main.index("Employers") < main.index("How do we get verified?")
    assert "Draft question?" not in html
    assert "Wie bereite ich mich vor?" not in html
    assert html.count('<details class="faq">') == 2
    data = [
        json.loads(s)
        for s in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    faq = next(item for item in data if item["@type"] == "FAQPage")
    assert {entity["name"] for entity in faq["mainEntity"]} == {
        "How do I prepare?",
        "How do we get verified?",
    }
