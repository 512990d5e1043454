"""Demo content of the candidates app: the "Candidate profiles" and "Candidate pool" pages in three
languages, 30 fictional candidates (most in the pool, a few sharing signals) and one pending
contact request from Acme. Idempotent: running it twice writes nothing the second time.
"""

import datetime
import json
from pathlib import Path

from allauth.account.models import EmailAddress

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.html import escape

from portal.demo import DEMO_ADMIN
from portal.demo.pages import home_page, upsert_child, upsert_translation
from portal.models import Role, Topic

from ..models import CandidateProfile, ContactRequest, ReadinessSignal

DATA = Path(__file__).parent
CANDIDATES = 30
IN_POOL = 26  # the last four keep their profile private
FIRST = ["Alex", "Bea", "Chen", "Dana", "Emil", "Fatou", "Goran", "Hana", "Ines", "Jonas"]
LAST = ["Keller", "Moreau", "Novak", "Okafor", "Petit", "Quinn", "Rossi", "Schmidt", "Tanaka"]
SENIORITIES = ["junior", "mid", "senior", "lead"]
REMOTE = ["remote", "hybrid", "onsite"]
CITIES = ["Berlin", "Munich", "Hamburg", "Paris", "Lyon", "Vienna", "Zurich", "Amsterdam"]
LANGUAGES = [["en"], ["de", "en"], ["fr", "en"], ["de"], ["fr"], ["en", "es"]]
HEADLINES = [
    "Backend developer who enjoys clean APIs",
    "Data engineer moving into Django",
    "Python developer with a testing habit",
    "Full-stack developer, Python first",
]
DEMO_CANDIDATE = "candidate@example.com"  # logs in with the demo password; in the pool


def load(out):
    load_pages()
    load_candidates(out)


def load_pages():
    StandardPage = apps.get_model("home", "StandardPage")
    for page in json.loads((DATA / "pages.json").read_text(encoding="utf-8"))["pages"]:
        source, _created = upsert_child(home_page("en"), StandardPage, **fields(page["en"]))
        for code in ("de", "fr"):
            upsert_translation(source, code, **fields(page[code]))


def fields(language):
    body = []
    for kind, text, *link in language["body"]:
        if kind == "heading":
            body.append(("heading", {"text": text, "level": "h2"}))
        elif kind == "paragraph":
            body.append(("paragraph", f"<p>{escape(text)}</p>"))
        else:  # a call to action
            body.append(("paragraph", f'<p><a href="{escape(link[0])}">{escape(text)}</a></p>'))
    return {
        "slug": language["slug"],
        "title": language["title"],
        "intro": language["intro"],
        "body": body,
    }


def load_candidates(out):
    User = get_user_model()
    roles = list(Role.objects.filter(locale__language_code="en").order_by("pk"))
    topics = list(Topic.objects.filter(locale__language_code="en").order_by("pk"))
    today = timezone.localdate()
    profiles = []
    for number in range(CANDIDATES):
        email = DEMO_CANDIDATE if number == 0 else f"candidate{number:02d}@example.com"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(username=email, email=email)
            user.set_password(DEMO_ADMIN["password"])
            user.save()
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        values = {
            "display_name": f"{FIRST[number % len(FIRST)]} {LAST[number % len(LAST)]}",
            "headline": HEADLINES[number % len(HEADLINES)],
            "seniority": SENIORITIES[number % len(SENIORITIES)],
            "languages": LANGUAGES[number % len(LANGUAGES)],
            "locations": CITIES[number % len(CITIES)],
            "remote": REMOTE[number % len(REMOTE)],
            "employment_types": ["FULL_TIME"] if number % 4 else ["FULL_TIME", "CONTRACTOR"],
            "salary_currency": "EUR" if number % 3 else "",
            "salary_min": 45000 + 5000 * (number % 8) if number % 3 else None,
            "salary_max": 60000 + 5000 * (number % 8) if number % 3 else None,
            "available_from": datetime.date(today.year + 1, 1 + number % 12, 1)
            if number % 2
            else None,
            "summary": "Fictional demo candidate. Likes readable code, careful reviews and small releases.",
            "language": ("en", "de", "fr")[number % 3],
        }
        profile = CandidateProfile.objects.filter(user=user).first()
        if profile is None:
            profile = CandidateProfile(user=user, handle=f"DEMO{number:02d}", **values)
            if number < IN_POOL:
                profile.in_pool = True
                profile.pool_consent_at = timezone.now()
                profile.pool_consent_version = settings.CANDIDATE_POOL_CONSENT_VERSION
            profile.save()
            if roles:
                profile.roles.set([roles[number % len(roles)]])
            if topics:
                profile.skills.set(topics[number % len(topics) :][:3])
        profiles.append(profile)
    for profile in profiles[:6]:  # a few candidates share skill-check signals
        for position, topic in enumerate(topics[:2]):
            ReadinessSignal.objects.get_or_create(
                profile=profile,
                topic=topic,
                defaults={
                    "outcome": "knew" if position == 0 else "review",
                    "checked_on": today,
                    "shared": True,
                },
            )
    pending_request_from_acme(profiles[0])
    out.write(
        f"  Candidates: {len(profiles)} ({IN_POOL} in the pool); demo candidate login "
        f"{settings.WAGTAILADMIN_BASE_URL}/en/accounts/login/ {DEMO_CANDIDATE!r}, "
        f"password {DEMO_ADMIN['password']!r}"
    )


def pending_request_from_acme(profile):
    CompanyPage = apps.get_model("careers", "CompanyPage")
    JobPage = apps.get_model("careers", "JobPage")
    acme = CompanyPage.objects.filter(slug="acme", locale__language_code="en").first()
    if acme is None or ContactRequest.objects.filter(profile=profile, company=acme).exists():
        return
    ContactRequest.objects.create(
        profile=profile,
        handle=profile.handle,
        company=acme,
        vacancy=JobPage.objects.descendant_of(acme).live().order_by("path").first(),
        message="Hello! Your backend focus fits our platform team. Would you like to talk?",
    )
