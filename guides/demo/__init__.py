"""Demo content of the guides app: question banks, skill checks, guides and FAQ pages in three
languages.

The question bank is the exchange-format file ``questions.json``, loaded with the importer like any
editor's file; guides and skill checks are ``guides.json``. Translations go through wagtail-localize
(``portal.demo.pages.upsert_translation``).
"""

import json
from pathlib import Path

from django.apps import apps

from wagtail.models import Page

from guides.importer import QuestionImporter
from guides.models import (
    GuideIndexPage,
    GuidePage,
    QuestionIndexPage,
    QuestionPage,
    SkillCheckIndexPage,
    SkillCheckPage,
    SkillCheckQuestion,
)
from portal.demo.pages import home_page, is_resetting, upsert_child, upsert_translation
from portal.models import FAQ, PageTopic, Topic

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
    SkillCheckIndexPage: {
        "en": (
            "Skill checks",
            "skill-checks",
            "Check privately how ready you are: answer in your own words, reveal what a strong "
            "answer covers and see which topics to review.",
        ),
        "de": (
            "Skill-Checks",
            "skill-checks",
            "Prüfen Sie privat, wie gut Sie vorbereitet sind: Antworten Sie mit eigenen Worten, "
            "decken Sie auf, was eine starke Antwort enthält, und sehen Sie, was Sie wiederholen "
            "sollten.",
        ),
        "fr": (
            "Auto-évaluations",
            "auto-evaluations",
            "Évaluez-vous en privé : répondez avec vos propres mots, affichez ce que couvre une "
            "bonne réponse et voyez quels thèmes revoir.",
        ),
    },
}

NEXT_STEP_LINKS = {
    # the "link" names of guides.json: (app label, model) of the page they point to
    "questions": ("guides", "QuestionIndexPage"),
    "skill-checks": ("guides", "SkillCheckIndexPage"),
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
    sections = {}
    for model, languages in SECTIONS.items():
        title, slug, intro = languages["en"]
        page, _ = upsert_child(
            home_page("en"), model, slug, title=title, intro=intro, show_in_menus=True
        )
        for code in ("de", "fr"):
            title, slug, intro = languages[code]
            upsert_translation(page, code, title=title, slug=slug, intro=intro)
        sections[model] = page
    result = QuestionImporter(read("questions.json"), update_existing=is_resetting()).run()
    out.write(
        f"  Questions: created {result.created}, updated {result.updated}, unchanged {result.unchanged}"
    )
    for entry in read("guides.json")["skill_checks"]:
        load_skill_check(sections[SkillCheckIndexPage], entry)


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


def load_skill_check(index, entry):
    """A skill check under the index, translated; one the demo once placed below the home page
    moves under the index."""
    earlier = SkillCheckPage.objects.child_of(index.get_parent()).filter(slug=entry["slug"]).first()
    if earlier is not None and not index.get_children().filter(slug=entry["slug"]).exists():
        earlier.move(index, pos="last-child")
    page, created = upsert_child(index, SkillCheckPage, entry["slug"], **skill_check_fields(entry))
    if created or is_resetting():
        wanted = [question.pk for question in english_questions(entry["questions"])]
        if [link.question_id for link in page.questions.all()] != wanted:
            page.questions = [
                SkillCheckQuestion(question_id=pk, sort_order=position)
                for position, pk in enumerate(wanted)
            ]
            page.save_revision().publish()
    for code, translated in entry["translations"].items():
        upsert_translation(page, code, slug=translated["slug"], **skill_check_fields(translated))
    return page


def skill_check_fields(entry):
    return {
        "title": entry["title"],
        "intro": entry["intro"],
        "listing_summary": entry["intro"][:300],
    }


def english_questions(slugs):
    """The English questions with these slugs, in order; slugs without a question are skipped."""
    found = QuestionPage.objects.filter(locale__language_code="en", slug__in=slugs)
    by_slug = {question.slug: question for question in found}
    return [by_slug[slug] for slug in slugs if slug in by_slug]


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
    # Every FAQ, for candidates and employers alike, under a heading that says so.
    heading = FAQ_HEADINGS.get(guide["locale"], "")
    body.append(("faq", {"heading": heading, "audience": FAQ.Audience.BOTH, "faqs": []}))
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
                    "filters": step.get("filters", ""),
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
    "en": "Questions candidates and employers ask",
    "de": "Fragen von Bewerbenden und Arbeitgebern",
    "fr": "Les questions des candidats et des employeurs",
}
RELATED_HEADINGS = {"en": "Keep preparing", "de": "Weiter üben", "fr": "Continuer à vous préparer"}
NEXT_HEADINGS = {"en": "Next steps", "de": "Nächste Schritte", "fr": "Prochaines étapes"}
TRUSTED_HEADINGS = {"en": "Trusted by", "de": "Vertrauen uns", "fr": "Ils nous font confiance"}
