"""The candidate's profile page: login required, validated fields, plain text only, data rights."""

import json

import pytest

from django.contrib.auth import get_user_model

from candidates.models import CandidateProfile
from tests import factories

pytestmark = pytest.mark.django_db

VALID = {
    "display_name": "Ada Lovelace",
    "headline": "Backend developer",
    "seniority": "senior",
    "languages": ["en", "de"],
    "locations": "Berlin",
    "remote": "hybrid",
    "employment_types": ["FULL_TIME"],
    "salary_currency": "EUR",
    "salary_min": "70000",
    "salary_max": "85000",
    "available_from": "2027-01-01",
    "link_1": "https://github.com/ada",
    "summary": "Ten years of Python.",
}


@pytest.mark.parametrize("url", ["/en/profile/", "/en/profile/export/", "/en/profile/delete/"])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_profile_page_is_private_and_not_indexed(candidate_client):
    response = candidate_client.get("/en/profile/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_saving_the_profile_keeps_every_field(candidate_client, profile):
    role = factories.RoleFactory(name="Backend developer")
    topic = factories.TopicFactory(name="Databases")
    data = {**VALID, "roles": [role.pk], "skills": [topic.pk]}
    response = candidate_client.post("/en/profile/", data)
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.seniority == "senior" and profile.languages == ["en", "de"]
    assert list(profile.roles.all()) == [role] and list(profile.skills.all()) == [topic]
    assert profile.salary_min == 70000 and profile.link_1 == "https://github.com/ada"


def test_salary_is_formatted_like_vacancies(candidate_client, profile):
    profile.salary_currency, profile.salary_min, profile.salary_max = "EUR", 70000, 85000
    profile.save()
    assert "70,000\u201385,000\u00a0EUR" in candidate_client.get("/en/profile/").content.decode()
    assert "70.000\u201385.000\u00a0EUR" in candidate_client.get("/de/profile/").content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("link_1", "javascript:alert(1)", "starting with http:// or https://"),
        ("link_2", "ftp://example.com/file", "starting with http:// or https://"),
        ("summary", "x" * 1501, "at most 1500 characters"),
        ("display_name", "", "This field is required"),
        ("display_name", "A" * 81, "at most 80 characters"),
        ("headline", "bad\x07bell", "control characters"),
        ("salary_max", "1000", "The maximum is below the minimum"),
        ("salary_min", "99999999999", "up to 10000000"),
        ("languages", ["xx"], "Select a valid choice"),
        ("seniority", "overlord", "Select a valid choice"),
        ("available_from", "yesterday", "Enter a valid date"),
    ],
)
def test_bad_input_gets_a_clear_message_and_nothing_is_saved(
    candidate_client, profile, field, value, message
):
    before = CandidateProfile.objects.filter(pk=profile.pk).values().get()
    response = candidate_client.post("/en/profile/", {**VALID, field: value})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert CandidateProfile.objects.filter(pk=profile.pk).values().get() == before


def test_salary_needs_a_currency(candidate_client):
    response = candidate_client.post("/en/profile/", {**VALID, "salary_currency": ""})
    assert response.status_code == 400
    assert "Choose the currency" in response.content.decode()


def test_typed_text_is_never_rendered_as_html(candidate_client, profile):
    hostile = '<script>alert("x")</script><b>bold</b>'
    response = candidate_client.post(
        "/en/profile/", {**VALID, "headline": hostile[:120], "summary": hostile}
    )
    assert response.status_code == 302
    html = candidate_client.get("/en/profile/").content.decode()
    assert "<script>alert" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_export_holds_everything_about_me_and_nothing_about_others(
    candidate_client, profile, other_profile, acme, acme_request
):
    response = candidate_client.get("/en/profile/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "ada@example.com"
    assert data["profile"]["display_name"] == "Ada Lovelace"
    assert data["contact_requests"][0]["company"] == "Acme"
    assert "Grace" not in response.content.decode()


def test_deleting_the_account_needs_confirmation(candidate_client, profile):
    response = candidate_client.post("/en/profile/delete/", {})
    assert response.status_code == 400
    assert get_user_model().objects.filter(pk=profile.user_id).exists()


def test_deleting_the_account_removes_everything_and_companies_see_candidate_left(
    candidate_client, profile, acme, acme_request
):
    contact = acme_request
    response = candidate_client.post("/en/profile/delete/", {"confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=profile.user_id).exists()
    assert not CandidateProfile.objects.filter(pk=profile.pk).exists()
    contact.refresh_from_db()
    assert contact.profile is None and contact.status == "left"
    assert candidate_client.get("/en/profile/").status_code == 302  # logged out
    client = candidate_client
    client.force_login(acme.editor)
    assert "Candidate left" in client.get("/admin/pool/requests/").content.decode()


def test_german_profile_page_is_german(candidate_client):
    html = candidate_client.get("/de/profile/").content.decode()
    assert "Ihr Profil ist privat" in html and "Pool verlassen" in html
    assert "Deutsch" in html and "Englisch" in html  # spoken languages, named in German
