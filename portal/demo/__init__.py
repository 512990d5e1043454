"""Demo content of the portal app: the demo superuser, the site's address, topics, roles and FAQs."""

import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from wagtail.models import Site

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
