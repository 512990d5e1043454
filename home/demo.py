"""Demo content of the home app, from ``demo.json``: the home pages' blocks, the "For employers" form
page, the imprint and privacy pages and the footer that links them, in three languages.

Like every loader it creates what is missing and leaves what exists alone (``portal.demo.pages``).
"""

import json
from pathlib import Path

from wagtail.models import Site

from portal.demo.pages import home_page, is_resetting, upsert_child, upsert_translation

from .models import FAQPage, FooterSettings, FormField, FormPage, StandardPage

DATA = json.loads((Path(__file__).parent / "demo.json").read_text(encoding="utf-8"))
LANGUAGES = ("en", "de", "fr")
STAFF_ADDRESS = "hiring@jobfutures.example"


def stream(items):
    """[(block type, text)] from the data file as StreamField data."""
    data = []
    for kind, text in items:
        value = {
            "heading": {"text": text, "level": "h2"},
            "paragraph": text,
            "callout": {"kind": "note", "text": f"<p>{text}</p>"},
        }[kind]
        data.append({"type": kind, "value": value})
    return data


def home_body(text, employers_page):
    """The home page's bands: every automatic block, in the order a visitor meets them."""
    title, band_text, link_text = text["employers"]
    count = {"pages": [], "count": 3}
    return [
        {"type": "hero", "value": {"heading": text["hero"], "text": ""}},
        {"type": "guides", "value": {"heading": text["guides"], **count}},
        {"type": "topics", "value": {"heading": text["topics"], "count": 8}},
        {"type": "vacancies", "value": {"heading": text["vacancies"], "pages": [], "count": 4}},
        {"type": "companies", "value": {"heading": text["companies"], "companies": []}},
        {"type": "career_paths", "value": {"heading": text["career_paths"], **count}},
        {"type": "skill_checks", "value": {"heading": text["skill_checks"], **count}},
        {
            "type": "employers",
            "value": {
                "title": title,
                "text": band_text,
                "page": employers_page.pk,
                "url": "",
                "link_text": link_text,
            },
        },
    ]


def form_page_fields(text):
    return {
        "title": text["title"],
        "slug": text["slug"],
        "intro": text["intro"],
        "body": stream(text["body"]),
        "form_heading": text["form_heading"],
        "thank_you_text": text["thank_you"],
        "subject": text["subject"],
        "to_address": STAFF_ADDRESS,
        "from_address": "portal@jobfutures.example",
        "form_fields": [
            FormField(label=label, field_type=kind, required=required, help_text=help_text)
            for label, kind, required, help_text in text["fields"]
        ],
    }


def load_employers_page():
    """The "For employers" form page in every language (an older demo's standard page stays)."""
    home = home_page("en")
    english = form_page_fields(DATA["for_employers"]["en"])
    existing = home.get_children().filter(slug=english["slug"]).specific().first()
    if existing is not None and not isinstance(existing, FormPage):
        return existing
    page, _ = upsert_child(home, FormPage, english.pop("slug"), show_in_menus=True, **english)
    for code in LANGUAGES[1:]:
        upsert_translation(page, code, **form_page_fields(DATA["for_employers"][code]))
    return page


def load_legal_pages():
    """Imprint and privacy pages in every language; returns the English ones."""
    pages = []
    for texts in DATA["legal"].values():
        english = texts["en"]
        page, _ = upsert_child(
            home_page("en"),
            StandardPage,
            english["slug"],
            title=english["title"],
            intro=english["intro"],
            body=stream(english["body"]),
        )
        for code in LANGUAGES[1:]:
            text = texts[code]
            upsert_translation(
                page,
                code,
                title=text["title"],
                slug=text["slug"],
                intro=text["intro"],
                body=stream(text["body"]),
            )
        pages.append(page)
    return pages


def load_footer(pages):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    if footer.links and not is_resetting():
        return
    footer.links = [{"type": "page", "value": {"page": page.pk, "title": ""}} for page in pages]
    footer.save()


def load_home_pages(employers_page):
    for code in LANGUAGES:
        page = home_page(code)
        text = DATA["home"][code]
        # The home pages exist before the demo (a migration makes them, with a hero): fill what an
        # editor has not written, never overwrite it.
        untouched = all(block.block_type == "hero" for block in page.body) and not page.intro
        if untouched or is_resetting():
            page.intro = text["intro"]
            page.body = home_body(text, employers_page)
            page.save_revision().publish()


def load_faq_page():
    """The FAQ page in every language (it lists the FAQ snippets by itself)."""
    english = DATA["faq_page"]["en"]
    page, _ = upsert_child(
        home_page("en"),
        FAQPage,
        english["slug"],
        show_in_menus=True,
        title=english["title"],
        intro=english["intro"],
    )
    for code in LANGUAGES[1:]:
        upsert_translation(page, code, **DATA["faq_page"][code])


def load(out):
    employers_page = load_employers_page()
    load_footer([employers_page, *load_legal_pages()])
    load_home_pages(employers_page)


def link(out):
    """The FAQ page comes once every app has loaded its sections, so it sits last in the menu."""
    load_faq_page()
