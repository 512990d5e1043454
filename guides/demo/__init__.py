"""Demo content of the guides app: question banks, guides and FAQ pages in three languages.

The question bank is the exchange-format file ``questions.json``, loaded with the importer like any
editor's file; guides are ``guides.json``.
"""

import json
from pathlib import Path

from django.apps import apps

from wagtail.models import Page

from guides.importer import QuestionImporter
from guides.models import GuideIndexPage, GuidePage, QuestionIndexPage, QuestionPage
from home.models import FAQPage
from portal.demo.pages import home_page, is_resetting, upsert_child, upsert_translation
from portal.models import PageTopic, Topic

DATA = Path(__file__).parent

SECTIONS = {
    # model: {language: (title, slug, intro)}
    QuestionIndexPage: {
        "en": (
            "Question bank",
            "questions",
            "Every interview question, with what a strong answer covers.",
        ),
        "de": (
            "Fragensammlung",
            "fragen",
            "Alle Interviewfragen, mit dem, was eine starke Antwort enthält.",
        ),
        "fr": (
            "Banque de questions",
            "questions",
            "Toutes les questions d'entretien, avec ce que couvre une bonne réponse.",
        ),
    },
    GuideIndexPage: {
        "en": ("Guides", "guides", "Structured preparation for technical interviews."),
        "de": ("Leitfäden", "leitfaeden", "Strukturierte Vorbereitung auf technische Interviews."),
        "fr": ("Guides", "guides", "Une préparation structurée aux entretiens techniques."),
    },
    FAQPage: {
        "en": ("FAQ", "faq", "Answers for candidates and employers."),
        "de": (
            "Häufige Fragen",
            "haeufige-fragen",
            "Antworten für Bewerberinnen, Bewerber und Arbeitgeber.",
        ),
        "fr": ("FAQ", "faq", "Réponses pour les candidats et les employeurs."),
    },
}

NEXT_STEP_LINKS = {
    # the "link" names of guides.json: (app label, model) of the page they point to
    "questions": ("guides", "QuestionIndexPage"),
    "skill-checks": ("guides", "SkillCheckPage"),
    "career-paths": ("careers", "CareerPathIndexPage"),
    "jobs": ("careers", "JobIndexPage"),
    "companies": ("careers", "CompanyIndexPage"),
    "for-employers": ("home", "StandardPage", "for-employers"),
    "candidate-profiles": ("home", "StandardPage", "candidate-profiles"),
    "candidate-pool": ("home", "StandardPage", "candidate-pool"),
}


def read(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def load(out):
    for model, languages in SECTIONS.items():
        title, slug, intro = languages["en"]
        page, _ = upsert_child(
            home_page("en"), model, slug, title=title, intro=intro, show_in_menus=True
        )
        for code in ("de", "fr"):
            title, slug, intro = languages[code]
            upsert_translation(page, code, title=title, slug=slug, intro=intro)
    result = QuestionImporter(read("questions.json"), update_existing=is_resetting()).run()
    out.write(
        f"  Questions: created {result.created}, updated {result.updated}, unchanged {result.unchanged}"
    )


def link(out):
    """Guides come last, once every app has loaded: their next steps and trusted-by blocks link to
    pages of other apps."""
    load_guides(read("guides.json")["guides"])


def load_guides(guides):
    sources = {}
    for guide in guides:
        fields = {
            "title": guide["title"],
            "intro": guide["intro"],
            "listing_summary": GuidePage.summary_from(guide["intro"]),
            "body": guide_body(guide),
        }
        if guide["translation_of"] is None:
            index = GuideIndexPage.objects.get(locale__language_code="en")
            page, created = upsert_child(index, GuidePage, guide["slug"], **fields)
            if created or is_resetting():
                set_topics(page, guide["topics"])
        else:
            source = sources[guide["translation_of"]]
            page, _ = upsert_translation(source, guide["locale"], slug=guide["slug"], **fields)
        sources[guide["slug"]] = page


def set_topics(page, names):
    topics = list(Topic.objects.filter(locale=page.locale, name__in=names))
    if sorted(t.pk for t in topics) != sorted(link.topic_id for link in page.topic_links.all()):
        page.topic_links = [PageTopic(topic=topic, sort_order=i) for i, topic in enumerate(topics)]
        page.save_revision().publish()


def guide_body(guide):
    """The guide's StreamField: each section as a heading, text and question list, then FAQs and
    next steps. Questions are chosen by their English slug, as an editor choosing them would."""
    english = {q.slug: q for q in QuestionPage.objects.filter(locale__language_code="en")}
    body = []
    for section in guide["sections"]:
        body.append(("heading", {"text": section["heading"], "level": "h2"}))
        body.append(("paragraph", f"<p>{section['text']}</p>"))
        chosen = [english[slug] for slug in section["questions"] if slug in english]
        if chosen:
            body.append(("questions", {"heading": "", "questions": chosen}))
    body.append(
        (
            "faq",
            {
                "heading": FAQ_HEADINGS.get(guide["locale"], ""),
                "audience": guide["faq_audience"],
                "faqs": [],
            },
        )
    )
    body.append(
        (
            "related",
            {"heading": RELATED_HEADINGS.get(guide["locale"], ""), "items": [], "automatic": 3},
        )
    )
    steps = []
    for step in guide["next_steps"]:
        target = first_page(*NEXT_STEP_LINKS.get(step["link"], ("", "")))
        if target is not None:
            steps.append(
                {
                    "title": step["title"],
                    "text": step["text"],
                    "page": target,
                    "url": "",
                    "link_text": "",
                }
            )
    if steps:
        body.append(
            ("next_steps", {"heading": NEXT_HEADINGS.get(guide["locale"], ""), "steps": steps})
        )
    companies = verified_companies()
    if companies:
        body.append(
            (
                "trusted_by",
                {"heading": TRUSTED_HEADINGS.get(guide["locale"], ""), "companies": companies},
            )
        )
    return body


def first_page(app_label, model_name, slug=None):
    if not app_label:
        return None
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    pages = Page.objects.type(model).filter(locale__language_code="en")
    if slug:
        pages = pages.filter(slug=slug)
    return pages.order_by("path").first()


def verified_companies():
    try:
        model = apps.get_model("careers", "CompanyPage")
    except LookupError:
        return []
    return list(model.objects.filter(locale__language_code="en", verified=True).order_by("title"))


FAQ_HEADINGS = {
    "en": "Questions candidates ask",
    "de": "Häufige Fragen",
    "fr": "Questions fréquentes",
}
RELATED_HEADINGS = {"en": "Keep preparing", "de": "Weiter üben", "fr": "Continuer à vous préparer"}
NEXT_HEADINGS = {"en": "Next steps", "de": "Nächste Schritte", "fr": "Prochaines étapes"}
TRUSTED_HEADINGS = {"en": "Trusted by", "de": "Vertrauen uns", "fr": "Ils nous font confiance"}
