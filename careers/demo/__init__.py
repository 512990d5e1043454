"""Demo content of the careers app: companies, vacancies and career paths, in three languages.

Reads ``careers.json`` next to this file. Questions, guides and skill checks (the guides demo's
pages) are looked up by slug and skipped if the guides demo has not created them; roles are created
if the taxonomy demo has not. It creates what is missing and changes nothing that exists, unless
``load_demo --reset`` (see ``portal.demo.pages``). Translations go through wagtail-localize.
"""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale

from careers.models import (
    CareerPathIndexPage,
    CareerPathPage,
    CompanyIndexPage,
    CompanyPage,
    JobIndexPage,
    JobPage,
)
from careers.onboarding import ensure_company_review, onboard_company
from guides.models import GuidePage, QuestionPage, SkillCheckPage
from portal.demo import DEMO_ADMIN
from portal.demo.pages import home_page, is_resetting, upsert_child, upsert_translation
from portal.models import Role

from .logos import company_logo

DATA = Path(__file__).parent / "careers.json"
DEMO_PASSWORD = DEMO_ADMIN["password"]  # one password for every demo login
# Two companies maintain their own pages in the demo; their editors' logins are printed.
DEMO_EDITORS = {"acme": "recruiter@acme.example", "nordwind-mobility": "talent@nordwind.example"}
VACANCY_DAYS = 60  # how long a demo vacancy stays open after it was posted

INDEXES = {
    CompanyIndexPage: {
        "en": (
            "Companies",
            "companies",
            "Verified companies first: how each one hires, what it "
            "offers and which roles are open.",
        ),
        "de": (
            "Unternehmen",
            "unternehmen",
            "Geprüfte Unternehmen zuerst: wie sie einstellen, was "
            "sie bieten und welche Stellen offen sind.",
        ),
        "fr": (
            "Entreprises",
            "entreprises",
            "Les entreprises vérifiées d'abord : comment elles "
            "recrutent, ce qu'elles offrent et les postes ouverts.",
        ),
    },
    JobIndexPage: {
        "en": (
            "Vacancies",
            "jobs",
            "Open vacancies at companies hiring through JobFutures. Filter "
            "by role, seniority, location and more.",
        ),
        "de": (
            "Stellenangebote",
            "stellen",
            "Offene Stellen bei Unternehmen, die über JobFutures "
            "einstellen. Filtern Sie nach Rolle, Erfahrung, Ort und mehr.",
        ),
        "fr": (
            "Offres d'emploi",
            "offres",
            "Les postes ouverts des entreprises qui recrutent sur "
            "JobFutures. Filtrez par rôle, niveau, lieu et plus encore.",
        ),
    },
    CareerPathIndexPage: {
        "en": (
            "Career paths",
            "career-paths",
            "What each role needs at each level, and how to prepare for it step by step.",
        ),
        "de": (
            "Karrierewege",
            "karrierewege",
            "Was jede Rolle auf jeder Stufe verlangt und wie Sie "
            "sich Schritt für Schritt darauf vorbereiten.",
        ),
        "fr": (
            "Parcours de carrière",
            "parcours",
            "Ce que chaque rôle exige à chaque niveau, et comment s'y préparer étape par étape.",
        ),
    },
}


def read():
    return json.loads(DATA.read_text(encoding="utf-8"))


@transaction.atomic
def load(out):
    data = read()
    home = home_page("en")
    now = timezone.now()
    indexes = {model: load_index(home, model, texts) for model, texts in INDEXES.items()}
    ensure_company_review()

    roles = {}
    companies = {}
    for entry in data["companies"]:
        companies[entry["slug"]] = load_company(indexes[CompanyIndexPage], entry, now)
    editors = [
        onboard_company(companies[slug].title, email, slug=slug)
        for slug, email in DEMO_EDITORS.items()
    ]
    for entry in data["jobs"]:
        role = roles.setdefault(entry["role"], role_named(entry["role"]))
        load_job(companies[entry["company"]], entry, role, now)

    for onboarding in editors:
        user = onboarding.editor
        if not user.has_usable_password():
            user.set_password(DEMO_PASSWORD)
            user.save()
        out.write(
            f"  Company editor of {onboarding.company.title}: {settings.WAGTAILADMIN_BASE_URL}"
            f"/admin/ user {user.username!r}, password {DEMO_PASSWORD!r}"
        )


def link(out):
    """Runs once every app has loaded its demo content: career paths link to guides and skill
    checks, so they are built now."""
    home = home_page("en")
    index = CareerPathIndexPage.objects.child_of(home).get(
        slug=INDEXES[CareerPathIndexPage]["en"][1]
    )
    load_career_paths(read(), index)


# Pages ---------------------------------------------------------------------------------------


def upsert(parent, model, slug, fields, on_create=None):
    """``upsert_child``; ``on_create`` fields (dates the demo makes up relative to today) are set
    on the first run only."""
    if on_create and not parent.get_children().filter(slug=slug).exists():
        fields = {**fields, **on_create}
    page, _created = upsert_child(parent, model, slug, **fields)
    return page


def translate(source, language_code, fields):
    page, _created = upsert_translation(source, language_code, **fields)
    return page


def paragraphs(text):
    return [escape(part.strip()) for part in text.split("\n\n") if part.strip()]


def rich_text(text):
    return "".join(f"<p>{part}</p>" for part in paragraphs(text))


def first_sentence(text, limit=300):
    sentence = text.split("\n\n")[0].split(". ")[0].rstrip(".") + "."
    return sentence[:limit]


def load_index(home, model, texts):
    title, slug, intro = texts["en"]
    fields = {"title": title, "intro": intro, "show_in_menus": True}
    index = upsert(home, model, slug, fields)
    for code in ("de", "fr"):
        title, slug, intro = texts[code]
        translate(index, code, {"title": title, "slug": slug, "intro": intro})
    return index


def company_fields(entry):
    return {
        "title": entry["name"],
        "hiring_focus": entry["hiring_focus"],
        "about": rich_text(entry["about"]),
        "listing_summary": CompanyPage.summary_from(entry["hiring_focus"]),
        "hiring_process": [
            {"type": "step", "value": {"title": step["title"], "text": step["text"]}}
            for step in entry["process"]
        ],
        "benefits": [{"type": "benefit", "value": benefit} for benefit in entry["benefits"]],
    }


def load_company(index, entry, now):
    logo = company_logo(entry["name"], entry["slug"])
    fields = {
        **company_fields(entry),
        "logo": logo,
        "tech_stack": ", ".join(entry["tech_stack"]),
        "headquarters": entry["location"],
        "verified": entry["verified"],
    }
    on_create = {"verified_at": now} if entry["verified"] else {}
    company = upsert(index, CompanyPage, entry["slug"], fields, on_create=on_create)
    for code, translated in entry.get("translations", {}).items():
        fields = {**company_fields(translated), "slug": translated["slug"], "logo": logo}
        translate(company, code, fields)
    return company


def role_named(name):
    """The English role of this name, created if the taxonomy demo did not create it."""
    locale = Locale.get_default()
    role = Role.objects.filter(locale=locale, name=name).first()
    if role is None:
        role, _created = Role.objects.get_or_create(
            locale=locale, slug=slugify(name), defaults={"name": name, "live": True}
        )
    return role


def job_fields(entry):
    return {
        "title": entry["title"],
        "listing_summary": first_sentence(entry["description"]),
        "description": [
            {"type": "paragraph", "value": f"<p>{part}</p>"}
            for part in paragraphs(entry["description"])
        ],
    }


def load_job(company, entry, role, now):
    location = entry["location"] or {}
    salary = entry["salary"] or {}
    remote = entry["remote"] == "remote"
    fields = {
        **job_fields(entry),
        "role": role,
        "seniority": entry["seniority"],
        "employment_type": entry["employment_type"],
        "remote_policy": entry["remote"],
        "city": location.get("city", ""),
        "region": location.get("region", ""),
        "country": location.get("country", ""),
        "applicant_country": location.get("country", "") if remote else "",
        "salary_min": salary.get("min"),
        "salary_max": salary.get("max"),
        "salary_currency": salary.get("currency", ""),
        "salary_unit": salary.get("unit", "YEAR"),
        "apply_url": entry["apply_url"],
        "apply_email": entry["apply_email"],
    }
    posted = now - datetime.timedelta(days=entry["days_open"])
    closes = posted + datetime.timedelta(days=VACANCY_DAYS)
    if entry["expired"]:
        return load_expired_job(company, entry, fields, posted, closes, now)
    existing = company.get_children().filter(slug=entry["slug"]).first()
    existing = existing.specific if existing else None
    if existing is None or existing.expire_at is None or existing.expire_at <= now:
        # Open for the rest of its demo lifetime, at least a week, counted from this run.
        fields["expire_at"] = max(closes, now + datetime.timedelta(days=7))
    job = upsert(company, JobPage, entry["slug"], fields, on_create={"first_published_at": posted})
    # The role is a translatable snippet: wagtail-localize picks its translation.
    for code, translated in entry.get("translations", {}).items():
        translate(job, code, {**job_fields(translated), "slug": translated["slug"]})
    return job


def load_expired_job(company, entry, fields, posted, closes, now):
    """A vacancy whose expiry date has passed and that publish_scheduled has unpublished."""
    job = company.get_children().filter(slug=entry["slug"]).first()
    if job is None:
        job = JobPage(
            slug=entry["slug"],
            locale=company.locale,
            first_published_at=posted,
            expire_at=min(closes, now - datetime.timedelta(days=1)),
            **fields,
        )
        company.add_child(instance=job)
        job.save_revision().publish()
    elif not is_resetting():
        return job.specific
    job = job.specific
    for name, value in fields.items():
        setattr(job, name, value)
    job.save_revision()
    if job.live:
        job.unpublish(set_expired=True)
    return job


def questions_by_slug(slugs):
    """The English questions with these slugs, in order; slugs without a question are skipped."""
    found = QuestionPage.objects.filter(locale=Locale.get_default(), slug__in=slugs)
    by_slug = {question.slug: question for question in found}
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def best_skill_check(question_ids, skill_checks):
    """The skill check sharing the most questions with a step, if it shares at least two (the
    demo data names no skill checks for steps)."""
    overlaps = [
        (len(set(question_ids) & questions), page.pk, page) for page, questions in skill_checks
    ]
    shared, _pk, page = max(overlaps, default=(0, 0, None))
    return page if shared >= 2 else None


def load_career_paths(data, index):
    skill_checks = [
        (page, {link.question_id for link in page.questions.all()})
        for page in SkillCheckPage.objects.filter(locale=Locale.get_default())
    ]
    guides = {guide.slug: guide for guide in GuidePage.objects.filter(locale=Locale.get_default())}
    for entry in data["career_paths"]:
        steps = [career_step(step, guides, skill_checks) for step in entry["steps"]]
        fields = {**career_path_fields(entry, steps), "role": role_named(entry["role"])}
        path = upsert(index, CareerPathPage, entry["slug"], fields)
        for code, translated in entry.get("translations", {}).items():
            translated_steps = [
                {**step, "value": {**step["value"], **text}}
                for step, text in zip(steps, translated["steps"], strict=True)
            ]
            fields = career_path_fields(translated, translated_steps)
            translate(path, code, {**fields, "slug": translated["slug"]})


def career_step(step, guides, skill_checks):
    """One preparation step: its guide, questions and the skill check covering them."""
    questions = [q.pk for q in questions_by_slug(step["questions"])]
    guide = guides.get(step.get("guide") or "")
    skill_check = best_skill_check(questions, skill_checks)
    return {
        "type": "step",
        "value": {
            "title": step["title"],
            "text": step["text"],
            "guide": guide.pk if guide else None,
            "skill_check": skill_check.pk if skill_check else None,
            "questions": {"heading": "", "questions": questions},
        },
    }


def career_path_fields(entry, steps):
    """The fields a career path's translation gives too (its role comes from wagtail-localize)."""
    return {
        "title": entry["title"],
        "summary": entry["summary"],
        "listing_summary": first_sentence(entry["summary"]),
        "skills": [{"type": "skill", "value": skill} for skill in entry["skills"]],
        "junior_expectations": entry["levels"]["junior"],
        "mid_expectations": entry["levels"]["mid"],
        "senior_expectations": entry["levels"]["senior"],
        "steps": steps,
    }
