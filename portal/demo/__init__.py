"""Demo content of the portal app: the demo superuser, the site's address, topics, roles and FAQs."""

import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Locale, Site

from portal.models import FAQ, Role, Topic

from .pages import is_resetting

DATA = Path(__file__).parent
DEMO_ADMIN = {
    "username": "admin",
    "email": "admin@jobfutures.example",
    "password": "jobfutures-demo",
}


def read(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@transaction.atomic
def load(out):
    ensure_site_address()
    ensure_demo_admin(out)
    load_taxonomy(read("taxonomy.json"))
    load_faqs(read("faqs.json"))


def _upsert_translated(model, lookup, translations):
    """Create one object per language, all sharing the English object's translation key; when
    resetting, bring existing ones back to ``translations``.

    ``lookup(language_code, fields)`` names the fields that find an existing object.
    """
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = None
    for code in ("en", *[c for c in translations if c != "en"]):
        if code not in translations or code not in locales:
            continue
        fields = translations[code]
        existing = model.objects.filter(locale=locales[code], **lookup(code, fields)).first()
        if existing is None and source is not None:
            existing = model.objects.filter(
                locale=locales[code], translation_key=source.translation_key
            ).first()
        if existing is None:
            existing = model(locale=locales[code], live=True, **fields)
            if source is not None:
                existing.translation_key = source.translation_key
            existing.save()
        elif is_resetting() and any(
            getattr(existing, name) != value for name, value in fields.items()
        ):
            for name, value in fields.items():
                setattr(existing, name, value)
            existing.save()
        source = source or existing


def load_taxonomy(data):
    for model, items in ((Topic, data["topics"]), (Role, data["roles"])):
        for item in items:
            translations = {
                code: {
                    "name": name,
                    "slug": item["slug"] if code == "en" else slugify(name),
                    "description": item["description"].get(code, ""),
                }
                for code, name in item["name"].items()
            }
            _upsert_translated(model, lambda code, fields: {"name": fields["name"]}, translations)


def load_faqs(data):
    for item in data["faqs"]:
        translations = {
            code: {
                "question": question,
                "answer": item["answer"][code],
                "audience": item["audience"],
            }
            for code, question in item["question"].items()
        }
        _upsert_translated(FAQ, lambda code, fields: {"question": fields["question"]}, translations)


def ensure_site_address():
    """Point the site at WAGTAILADMIN_BASE_URL so canonical and sitemap URLs are the served ones."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.get(is_default_site=True)
    port = address.port or (443 if address.scheme == "https" else 80)
    if (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save()


def ensure_demo_admin(out):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=DEMO_ADMIN["username"],
        defaults={"email": DEMO_ADMIN["email"], "is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_password(DEMO_ADMIN["password"])
        user.save()
    out.write(
        f"  Demo admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ "
        f"user {DEMO_ADMIN['username']!r}, password {DEMO_ADMIN['password']!r}"
    )
