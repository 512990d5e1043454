"""Candidate accounts (django-allauth) under the language prefix: sign up, verify, log in, limits."""

import re
from pathlib import Path

import allauth
import polib
import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from candidates.account_strings import ALLAUTH_MESSAGES

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "new@example.com",
    "password1": "a long pass phrase 42",
    "password2": "a long pass phrase 42",
}


def verification_link(message):
    return re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+/)", message.body).group(1)


def test_sign_up_sends_a_verification_email_and_the_link_logs_in(client, home_pages):
    response = client.post("/en/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    user = get_user_model().objects.get(email="new@example.com")
    assert not user.is_staff and not user.is_superuser
    # Not verified yet: logging in leads to "verify your e-mail", not the profile.
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "new@example.com", "password": SIGNUP["password1"]}
    )
    assert "/profile/" not in response.get("Location", "")
    link = verification_link(mail.outbox[-1])
    response = client.post(link)
    assert response.status_code == 302
    assert client.get("/en/profile/").status_code == 200


def test_german_sign_up_page_is_german_and_private(client, home_pages):
    response = client.get("/de/accounts/signup/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Registrieren" in html
    assert '<html lang="de">' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_login_is_rate_limited_per_address(client, profile):
    for _attempt in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": profile.user.email, "password": "wrong"}
        )
        assert "Too many failed login attempts" not in response.content.decode()
    # Even the right password is refused until the limit expires.
    response = client.post(
        "/en/accounts/login/",
        {"login": profile.user.email, "password": "correct horse battery staple"},
    )
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_with_the_right_password_reaches_the_profile(client, profile, password):
    response = client.post(
        "/en/accounts/login/", {"login": profile.user.email, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/profile/"


def test_a_candidate_gets_no_admin(candidate_client, profile):
    response = candidate_client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    response = candidate_client.get("/admin/pages/")
    assert response.status_code == 302
    profile.user.refresh_from_db()
    assert not profile.user.is_staff
    assert not profile.user.has_perm("wagtailadmin.access_admin")


def test_password_reset_mails_a_link(client, profile):
    response = client.post("/en/accounts/password/reset/", {"email": profile.user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body


def test_changing_the_email_sends_a_verification_to_the_new_address(candidate_client):
    response = candidate_client.post(
        "/en/accounts/email/", {"action_add": "", "email": "ada.new@example.com"}
    )
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["ada.new@example.com"]


def test_account_link_in_the_header(client, candidate_client, home_pages):
    html = candidate_client.get("/en/").content.decode()
    assert 'href="/en/profile/"' in html


def _switcher(html):
    return html.split('class="language-switcher"')[1].split("</nav>")[0]


@pytest.mark.parametrize(
    ("url", "others"),
    [
        ("/en/accounts/login/?next=/en/profile/", ["/de/accounts/login/?next=/en/profile/"]),
        ("/de/accounts/signup/", ["/en/accounts/signup/", "/fr/accounts/signup/"]),
        ("/fr/accounts/password/reset/", ["/en/accounts/password/reset/"]),
    ],
)
def test_account_pages_switch_language_to_the_same_page(client, home_pages, url, others):
    switcher = _switcher(client.get(url).content.decode())
    for other in others:
        assert f'href="{other}"' in switcher
    assert 'aria-current="true"' in switcher


def test_profile_pages_switch_language_to_the_same_page(candidate_client):
    for url, other in [
        ("/de/profile/", "/en/profile/"),
        ("/en/profile/delete/", "/fr/profile/delete/"),
    ]:
        switcher = _switcher(candidate_client.get(url).content.decode())
        assert f'href="{other}" hreflang="{other[1:3]}"' in switcher


INFORMAL_GERMAN = re.compile(r"\b(du|dich|dir|dein\w*|gib|bist|hast|kannst)\b", re.IGNORECASE)


def _text(html):
    return re.sub(r"<[^>]+>", " ", html.split("<body", 1)[1])


def test_allauths_german_messages_are_overridden_as_listed():
    """The listed messages are allauth's own, so the project's formal German replaces them."""
    allauth_german = polib.pofile(
        str(Path(allauth.__file__).parent / "locale" / "de" / "LC_MESSAGES" / "django.po")
    )
    ours = polib.pofile(str(Path(settings.BASE_DIR, "locale", "de", "LC_MESSAGES", "django.po")))
    theirs = {entry.msgid for entry in allauth_german}
    for message in ALLAUTH_MESSAGES:
        assert message in theirs, message
        assert not INFORMAL_GERMAN.search(ours.find(message).msgstr), message


def test_german_account_pages_say_sie(candidate_client, home_pages):
    pages = {
        "/de/accounts/password/reset/": "Geben Sie unten Ihre E-Mail-Adresse ein",
        "/de/accounts/signup/": "Sie haben bereits ein Konto?",
        "/de/accounts/login/": "Sie haben noch kein Konto?",
    }
    anonymous = Client()
    for url, formal in pages.items():
        text = _text(anonymous.get(url).content.decode())
        assert formal in text, url
        assert not INFORMAL_GERMAN.search(text), (url, INFORMAL_GERMAN.search(text))
    text = _text(candidate_client.get("/de/accounts/logout/").content.decode())
    assert "Möchten Sie sich wirklich abmelden?" in text
    assert not INFORMAL_GERMAN.search(text)


def test_german_sign_up_e_mail_and_page_say_sie(client, home_pages):
    response = client.post("/de/accounts/signup/", SIGNUP, follow=True)
    text = _text(response.content.decode())
    assert "Wir haben Ihnen eine E-Mail zur Bestätigung gesendet" in text
    assert not INFORMAL_GERMAN.search(text)
    message = mail.outbox[-1]
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in message.subject
    assert "Vielen Dank, dass Sie" in message.body
    assert not INFORMAL_GERMAN.search(message.subject + message.body)
