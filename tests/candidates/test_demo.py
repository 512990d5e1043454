"""The candidates demo: content pages in three languages, 30 candidates, one request from Acme.

One test, because building the demo takes a while: it checks what the demo shows, then that a
second run writes nothing."""

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Revision

from candidates.models import CandidateProfile, ContactRequest, ReadinessSignal
from careers.demo import DEMO_EDITORS

pytestmark = pytest.mark.django_db

CONTENT_PAGES = [
    ("/en/candidate-profiles/", "Create your profile"),
    ("/de/kandidatenprofile/", "Profil anlegen"),
    ("/fr/profils-de-candidats/", "Créer mon profil"),
    ("/en/candidate-pool/", "Browse the pool (verified companies)"),
    ("/de/kandidatenpool/", "Dem Pool beitreten"),
    ("/fr/vivier-de-candidats/", "Rejoindre le vivier"),
]


def test_demo_pages_candidates_and_the_request_from_acme_and_a_second_run_writes_nothing(
    client, home_pages
):
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "candidate@example.com" in out.getvalue()

    for url, text in CONTENT_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url
    guide = client.get("/en/guides/python-interview-questions/").text
    assert 'href="/en/candidate-profiles/"' in guide
    assert 'href="/en/candidate-pool/"' in client.get("/en/guides/django-interview-questions/").text

    assert CandidateProfile.objects.count() == 30
    assert CandidateProfile.objects.in_pool().count() == 26
    assert ReadinessSignal.objects.filter(shared=True).values("profile").distinct().count() == 6
    contact = ContactRequest.objects.get()
    assert contact.company.slug == "acme" and contact.status == "pending"
    client.force_login(get_user_model().objects.get(email=DEMO_EDITORS["acme"]))
    html = client.get("/admin/pool/").content.decode()
    assert "26 candidates" in html and "Candidate DEMO" in html

    revisions = Revision.objects.count()
    call_command("load_demo", stdout=StringIO())
    assert Revision.objects.count() == revisions
    assert CandidateProfile.objects.count() == 30
    assert ContactRequest.objects.count() == 1
