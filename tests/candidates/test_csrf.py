"""Every candidate and pool form refuses a POST without the CSRF token, changing nothing."""

import pytest

from django.test import Client

from candidates.models import CandidateProfile, ContactRequest
from tests import factories

from .factories import SignalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict():
    return Client(enforce_csrf_checks=True)


def test_candidate_forms_need_the_csrf_token(strict, profile, acme):
    signal = SignalFactory(
        profile=profile, topic=factories.TopicFactory(name="Testing"), shared=False
    )
    contact = ContactRequest.objects.create(
        profile=profile, handle=profile.handle, company=acme.company, message="Hi"
    )
    strict.force_login(profile.user)
    posts = [
        ("/en/profile/", {"display_name": "Changed"}),
        ("/en/profile/pool/", {"action": "leave"}),
        ("/en/profile/skill-check/", {"skill_check": "1"}),
        (f"/en/profile/signals/{signal.pk}/", {"action": "share"}),
        (f"/en/profile/requests/{contact.pk}/", {"action": "accept"}),
        ("/en/profile/delete/", {"confirm": "on"}),
        ("/en/accounts/email/", {"action_add": "", "email": "x@example.com"}),
        ("/en/accounts/logout/", {}),
    ]
    for url, data in posts:
        assert strict.post(url, data).status_code == 403, url
    profile.refresh_from_db()
    signal.refresh_from_db()
    contact.refresh_from_db()
    assert profile.display_name == "Ada Lovelace" and profile.in_pool
    assert not signal.shared and contact.status == "pending"
    assert CandidateProfile.objects.filter(pk=profile.pk).exists()


def test_pool_forms_need_the_csrf_token(strict, acme, profile, admin_user):
    strict.force_login(acme.editor)
    response = strict.post(
        f"/admin/pool/{profile.handle}/contact/", {"vacancy": acme.live_job.pk, "message": "Hi"}
    )
    assert response.status_code == 403
    strict.force_login(admin_user)
    response = strict.post(
        "/admin/pool/moderation/", {"action": "suspend-profile", "handle": profile.handle}
    )
    assert response.status_code == 403
    profile.refresh_from_db()
    assert not profile.suspended and not ContactRequest.objects.exists()


def test_signup_and_login_need_the_csrf_token(strict, home_pages):
    assert strict.post("/en/accounts/signup/", {"email": "a@example.com"}).status_code == 403
    assert strict.post("/en/accounts/login/", {"login": "a@example.com"}).status_code == 403
