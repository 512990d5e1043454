"""The pool: consent to join, pseudonymous cards for verified companies only, contact requests."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core import mail

from wagtail.users.models import UserProfile

from candidates.models import (
    CompanyBlock,
    CompanyPoolAccess,
    ContactRequest,
    PoolView,
)
from careers.onboarding import PORTAL_STAFF
from tests import factories
from tests.factories import UserFactory

from .factories import ProfileFactory, SignalFactory

pytestmark = pytest.mark.django_db


def test_joining_the_pool_records_consent(candidate_client, profile):
    profile.in_pool = False
    profile.save()
    response = candidate_client.post("/en/profile/pool/", {"version": "2026-12"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert not profile.in_pool  # no consent ticked
    candidate_client.post("/en/profile/pool/", {"consent": "on", "version": "2026-12"})
    profile.refresh_from_db()
    assert profile.in_pool and profile.pool_consent_version == "2026-12"
    assert profile.pool_consent_at is not None


def test_consent_to_an_outdated_text_is_refused(candidate_client, profile):
    profile.in_pool = False
    profile.save()
    candidate_client.post("/en/profile/pool/", {"consent": "on", "version": "2020-01"})
    profile.refresh_from_db()
    assert not profile.in_pool


def test_leaving_the_pool_hides_the_card_at_once(client, acme, profile):
    client.force_login(acme.editor)
    assert client.get(f"/admin/pool/{profile.handle}/").status_code == 200
    client.force_login(profile.user)
    client.post("/en/profile/pool/", {"action": "leave"})
    client.force_login(acme.editor)
    assert client.get(f"/admin/pool/{profile.handle}/").status_code == 404
    assert profile.handle not in client.get("/admin/pool/").content.decode()


def test_verified_company_sees_pseudonymous_cards_without_name_email_or_links(acme_client, profile):
    profile.link_1 = "https://github.com/ada"
    profile.save()
    topic = factories.TopicFactory(name="Databases")
    SignalFactory(profile=profile, topic=topic, shared=True)
    SignalFactory(profile=profile, topic=factories.TopicFactory(name="Secret topic"), shared=False)
    response = acme_client.get("/admin/pool/")
    html = response.content.decode().split('class="pool-cards"')[1].split("filterable__filters")[0]
    assert response.status_code == 200
    assert f"Candidate {profile.handle}" in html
    assert "Databases" in html and "Secret topic" not in html
    for private in ("Ada Lovelace", "ada@example.com", "github.com/ada"):
        assert private not in html
    assert "no-store" in response["Cache-Control"]


def test_pool_menu_item_is_shown_only_to_verified_companies(client, acme, bolt):
    client.force_login(acme.editor)
    assert "/admin/pool/" in client.get("/admin/").content.decode()
    client.force_login(bolt.editor)
    assert "/admin/pool/" not in client.get("/admin/").content.decode()


def _pool_urls(handle):
    """Every pool URL with a method and data: (method, url, data)."""
    return [
        ("get", "/admin/pool/", {}),
        ("get", "/admin/pool/?seniority=senior", {}),
        ("get", "/admin/pool/requests/", {}),
        ("get", f"/admin/pool/{handle}/", {}),
        ("post", f"/admin/pool/{handle}/contact/", {"message": "Hi"}),
        ("get", "/admin/pool/moderation/", {}),
        ("post", "/admin/pool/moderation/", {"action": "suspend-profile", "handle": handle}),
    ]


def test_candidates_get_403_on_every_pool_url_and_action(client, profile, other_profile):
    client.force_login(profile.user)
    for method, url, data in _pool_urls(other_profile.handle):
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, (method, url)
        html = response.content.decode()
        assert "open to editors of verified companies only" in html
        assert other_profile.handle not in html
        assert "no-store" in response["Cache-Control"]
    other_profile.refresh_from_db()
    assert not other_profile.suspended
    assert not ContactRequest.objects.exists() and not PoolView.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in_on_every_pool_url(client, profile):
    for method, url, data in _pool_urls(profile.handle):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith("/admin/login/"), url
    profile.refresh_from_db()
    assert not profile.suspended
    assert not PoolView.objects.exists()


def test_unverified_company_gets_403_on_every_pool_url_and_action(client, bolt, profile):
    client.force_login(bolt.editor)
    for method, url, data in _pool_urls(profile.handle):
        response = getattr(client, method)(url, {**data, "vacancy": bolt.live_job.pk})
        assert response.status_code == 403, (method, url)
        assert profile.handle not in response.content.decode()
    profile.refresh_from_db()
    assert not profile.suspended
    assert not ContactRequest.objects.exists() and not PoolView.objects.exists()


def test_an_unknown_pseudonym_is_the_admins_404(acme_client):
    response = acme_client.get("/admin/pool/NOSUCH/")
    assert response.status_code == 404
    assert "page404__header" in response.content.decode()


def test_a_suspended_company_loses_pool_access(client, acme, profile):
    CompanyPoolAccess.objects.create(company=acme.company, suspended=True)
    client.force_login(acme.editor)
    assert client.get("/admin/pool/").status_code == 403


def test_opening_a_card_is_logged_for_the_candidate(client, acme, profile):
    client.force_login(acme.editor)
    client.get(f"/admin/pool/{profile.handle}/")
    assert PoolView.objects.filter(profile=profile, company=acme.company).count() == 1
    client.force_login(profile.user)
    assert "Acme" in client.get("/en/profile/").content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("seniority=senior", {"senior"}),
        ("remote=remote", {"junior"}),
        ("location=munich", {"mid"}),
        ("language=fr", {"senior"}),
        ("available_by=2027-02-01", {"junior", "senior"}),
    ],
)
def test_filters(acme_client, query, expected):
    profiles = [
        ProfileFactory(seniority="junior", remote="remote", locations="Berlin", languages=["en"]),
        ProfileFactory(
            seniority="mid",
            remote="hybrid",
            locations="Munich",
            languages=["de"],
            available_from=datetime.date(2027, 6, 1),
        ),
        ProfileFactory(seniority="senior", remote="onsite", locations="Lyon", languages=["fr"]),
    ]
    html = acme_client.get(f"/admin/pool/?{query}").content.decode()
    shown = {p.seniority for p in profiles if f"Candidate {p.handle}" in html}
    assert shown == expected


def test_filters_sit_in_wagtails_filter_panel_and_keep_what_was_chosen(acme_client):
    skill = factories.TopicFactory(name="Databases")
    html = acme_client.get(
        f"/admin/pool/?language=fr&seniority=senior&skill={skill.pk}&location=Lyon"
    ).content.decode()
    panel = html.split('class="filterable__filters"')[1]
    assert panel.count('class="w-field__wrapper') == 7  # every filter in Wagtail's field layout
    assert '<label class="w-field__label" for="id_language"' in panel
    assert '<option value="fr" selected>French</option>' in panel
    assert '<option value="de">German</option>' in panel
    assert '<option value="senior" selected>' in panel
    assert f'<option value="{skill.pk}" selected>Databases</option>' in panel
    assert 'name="skill" id="id_skill" multiple' in panel
    assert 'value="Lyon"' in panel


def test_language_names_in_the_filter_follow_the_admin_language(client, acme):
    profile = UserProfile.get_for_user(acme.editor)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(acme.editor)
    panel = client.get("/admin/pool/").content.decode().split('class="filterable__filters"')[1]
    assert '<option value="de">Deutsch</option>' in panel
    assert '<option value="fr">Französisch</option>' in panel


def test_role_and_skill_filters_match_choices_made_in_another_language(acme_client, locales):
    role = factories.RoleFactory(name="Backend developer")
    role_de = factories.RoleFactory(
        name="Backend-Entwickler", locale=locales["de"], translation_key=role.translation_key
    )
    skill = factories.TopicFactory(name="Databases")
    german, other = ProfileFactory(), ProfileFactory()
    german.roles.add(role_de)
    german.skills.add(
        factories.TopicFactory(
            name="Datenbanken", locale=locales["de"], translation_key=skill.translation_key
        )
    )
    html = acme_client.get(f"/admin/pool/?role={role.pk}&skill={skill.pk}").content.decode()
    assert f"Candidate {german.handle}" in html and f"Candidate {other.handle}" not in html


@pytest.mark.parametrize(
    "query", ["seniority=overlord", "available_by=soon", "role=abc", "page=999"]
)
def test_bad_filters_are_a_clear_400(acme_client, query):
    response = acme_client.get(f"/admin/pool/?{query}")
    assert response.status_code == 400


# The filtered listing's queries whatever the number of candidates (session, user, permissions,
# Wagtail's admin menu with its Forms and Settings items, the company, the filters' choices, one
# page of cards with their roles, skills and shared signals, the count).
POOL_LISTING_QUERIES = 20


@pytest.mark.parametrize("count", [5, 200])
def test_pool_listing_queries_do_not_grow_with_profiles(
    acme_client, django_assert_num_queries, count
):
    topic = factories.TopicFactory(name="Databases")
    role = factories.RoleFactory(name="Backend developer")
    for profile in ProfileFactory.create_batch(count, seniority="senior", languages=["en"]):
        profile.roles.add(role)
        profile.skills.add(topic)
        SignalFactory(profile=profile, topic=topic)
    url = "/admin/pool/?seniority=senior&language=en"
    acme_client.get(url)  # Wagtail's first admin view of a session writes to it
    with django_assert_num_queries(POOL_LISTING_QUERIES):
        response = acme_client.get(url)
    assert response.content.decode().count('class="candidate-card"') == min(count, 20)


def test_contact_request_emails_the_candidate_and_shows_on_the_profile(client, acme, profile):
    client.force_login(acme.editor)
    response = client.post(
        f"/admin/pool/{profile.handle}/contact/",
        {"vacancy": acme.live_job.pk, "message": "We would love to talk."},
    )
    assert response.status_code == 302
    contact = ContactRequest.objects.get()
    assert contact.company_id == acme.company.pk and contact.vacancy_id == acme.live_job.pk
    assert mail.outbox[-1].to == ["ada@example.com"]
    assert "Acme" in mail.outbox[-1].subject
    client.force_login(profile.user)
    assert "We would love to talk." in client.get("/en/profile/").content.decode()


def test_a_request_must_name_one_of_the_companys_own_open_vacancies(client, acme, bolt, profile):
    client.force_login(acme.editor)
    for vacancy in (bolt.live_job.pk, acme.draft_job.pk, 999999, "x"):
        response = client.post(
            f"/admin/pool/{profile.handle}/contact/", {"vacancy": vacancy, "message": "Hi"}
        )
        assert response.status_code == 400
        assert "Choose one of your company" in response.content.decode()
    assert not ContactRequest.objects.exists()
    assert not mail.outbox


def test_long_or_hostile_messages_are_refused(client, acme, profile):
    client.force_login(acme.editor)
    for message in ("x" * 1001, "", "bell\x07"):
        response = client.post(
            f"/admin/pool/{profile.handle}/contact/",
            {"vacancy": acme.live_job.pk, "message": message},
        )
        assert response.status_code == 400
    assert not ContactRequest.objects.exists()


def test_one_open_request_per_candidate(client, acme, profile):
    client.force_login(acme.editor)
    data = {"vacancy": acme.live_job.pk, "message": "Hi"}
    client.post(f"/admin/pool/{profile.handle}/contact/", data)
    response = client.post(f"/admin/pool/{profile.handle}/contact/", data)
    assert response.status_code == 409
    assert "has not answered" in response.content.decode()
    assert ContactRequest.objects.count() == 1


def test_daily_request_limit(client, acme, settings):
    settings.CANDIDATE_POOL_DAILY_REQUESTS = 2
    client.force_login(acme.editor)
    profiles = ProfileFactory.create_batch(3)
    statuses = [
        client.post(
            f"/admin/pool/{p.handle}/contact/", {"vacancy": acme.live_job.pk, "message": "Hi"}
        ).status_code
        for p in profiles
    ]
    assert statuses == [302, 302, 409]
    assert ContactRequest.objects.count() == 2


def test_accepting_reveals_name_and_email_to_that_company_only(
    client, acme, profile, careers, acme_request
):
    other = factories.CompanyPageFactory(parent=careers["companies"], title="Other")
    contact = acme_request
    ContactRequest.objects.create(
        profile=profile, handle=profile.handle, company=other, message="Hello"
    )
    client.force_login(acme.editor)
    assert "Ada Lovelace" not in client.get("/admin/pool/requests/").content.decode()
    client.force_login(profile.user)
    client.post(f"/en/profile/requests/{contact.pk}/", {"action": "accept"})
    client.force_login(acme.editor)
    html = client.get("/admin/pool/requests/").content.decode()
    assert "Ada Lovelace" in html and "ada@example.com" in html
    card = client.get(f"/admin/pool/{profile.handle}/").content.decode()
    assert "Ada Lovelace" in card and "ada@example.com" in card
    contact = ContactRequest.objects.get(company=other)
    assert contact.status == "pending" and not contact.revealed


def test_declining_tells_the_company(client, acme, profile, acme_request):
    contact = acme_request
    client.force_login(profile.user)
    client.post(f"/en/profile/requests/{contact.pk}/", {"action": "decline"})
    client.force_login(acme.editor)
    html = client.get("/admin/pool/requests/").content.decode()
    assert "Declined" in html and "Ada Lovelace" not in html


def test_blocking_a_company_hides_the_candidate_from_it(client, acme, profile, acme_request):
    contact = acme_request
    client.force_login(profile.user)
    client.post(f"/en/profile/requests/{contact.pk}/", {"action": "block"})
    assert CompanyBlock.objects.filter(profile=profile, company=acme.company).exists()
    client.force_login(acme.editor)
    assert profile.handle not in client.get("/admin/pool/").content.decode()
    assert client.get(f"/admin/pool/{profile.handle}/").status_code == 404
    response = client.post(
        f"/admin/pool/{profile.handle}/contact/", {"vacancy": acme.live_job.pk, "message": "Again"}
    )
    assert response.status_code == 404
    assert ContactRequest.objects.count() == 1


def test_a_candidate_cannot_answer_someone_elses_request(client, acme, profile, other_profile):
    theirs = ContactRequest.objects.create(
        profile=other_profile, handle=other_profile.handle, company=acme.company, message="Hi"
    )
    client.force_login(profile.user)
    for action in ("accept", "block"):
        assert (
            client.post(f"/en/profile/requests/{theirs.pk}/", {"action": action}).status_code == 404
        )
    theirs.refresh_from_db()
    assert theirs.status == "pending"
    assert not CompanyBlock.objects.exists()


def test_a_company_sees_only_its_own_requests(client, acme, careers, profile):
    other = factories.CompanyPageFactory(parent=careers["companies"], title="Other")
    ContactRequest.objects.create(
        profile=profile, handle=profile.handle, company=other, message="Other company's secret"
    )
    client.force_login(acme.editor)
    html = client.get("/admin/pool/requests/").content.decode()
    assert "Other company" not in html and profile.handle not in html


def test_suspended_profiles_are_hidden_from_companies(client, acme, profile):
    profile.suspended = True
    profile.save()
    client.force_login(acme.editor)
    assert client.get(f"/admin/pool/{profile.handle}/").status_code == 404


def test_portal_staff_suspend_profiles_and_company_access_and_see_counts(
    client, admin_user, acme, profile
):
    client.force_login(admin_user)
    html = client.get("/admin/pool/moderation/").content.decode()
    assert "In the pool: 1" in html
    client.post("/admin/pool/moderation/", {"action": "suspend-profile", "handle": profile.handle})
    profile.refresh_from_db()
    assert profile.suspended
    client.post(
        "/admin/pool/moderation/", {"action": "suspend-company", "company": acme.company.pk}
    )
    client.force_login(acme.editor)
    assert client.get("/admin/pool/").status_code == 403


def test_company_editors_cannot_moderate(client, acme, profile):
    client.force_login(acme.editor)
    response = client.post(
        "/admin/pool/moderation/", {"action": "suspend-profile", "handle": profile.handle}
    )
    assert response.status_code == 403
    profile.refresh_from_db()
    assert not profile.suspended


def test_portal_staff_group_may_moderate(client, acme, profile):
    staff = UserFactory()
    staff.groups.add(Group.objects.get(name=PORTAL_STAFF))
    client.force_login(staff)
    assert client.get("/admin/pool/moderation/").status_code == 200
