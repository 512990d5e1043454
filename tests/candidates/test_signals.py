"""Readiness signals: saved from a finished skill check on purpose, private until shared."""

import pytest

from candidates.models import ReadinessSignal
from tests import factories

from .factories import SignalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def skill_check(home_pages):
    home = home_pages["en"]
    questions = factories.QuestionIndexPageFactory(parent=home)
    fundamentals = factories.TopicFactory(name="Python fundamentals")
    databases = factories.TopicFactory(name="Databases")
    tuples = factories.QuestionPageFactory(
        parent=questions, slug="lists-vs-tuples", topics=[fundamentals]
    )
    joins = factories.QuestionPageFactory(parent=questions, slug="sql-joins", topics=[databases])
    other = factories.QuestionPageFactory(
        parent=questions, slug="not-in-this-check", topics=[databases]
    )
    check = factories.SkillCheckPageFactory(
        parent=home, slug="python-check", questions=[tuples, joins]
    )
    check.topics = {"fundamentals": fundamentals, "databases": databases}
    check.other_question = other
    return check


def test_skill_check_works_without_an_account_and_offers_to_log_in(client, skill_check):
    html = client.get(skill_check.url).content.decode()
    assert "data-skill-check" in html
    assert "csrfmiddlewaretoken" not in html  # nothing user-specific in an anonymous page
    assert "/en/accounts/login/?next=/en/python-check/" in html


def test_signed_in_candidate_sees_the_save_form(candidate_client, skill_check):
    html = candidate_client.get(skill_check.url).content.decode()
    assert 'action="/en/profile/skill-check/"' in html
    assert f'name="skill_check" value="{skill_check.pk}"' in html


def test_saving_stores_one_private_outcome_per_topic(candidate_client, profile, skill_check):
    response = candidate_client.post(
        "/en/profile/skill-check/",
        {"skill_check": skill_check.pk, "knew": ["lists-vs-tuples"], "review": ["sql-joins"]},
    )
    assert response.status_code == 302
    signals = {s.topic.name: s for s in profile.signals.select_related("topic")}
    assert signals["Python fundamentals"].outcome == "knew"
    assert signals["Databases"].outcome == "review"
    assert not any(signal.shared for signal in signals.values())


def test_marks_of_questions_outside_the_check_are_ignored(candidate_client, profile, skill_check):
    response = candidate_client.post(
        "/en/profile/skill-check/",
        {"skill_check": skill_check.pk, "knew": ["not-in-this-check", "<script>"]},
    )
    assert response.status_code == 302
    assert not profile.signals.exists()


def test_an_unknown_skill_check_is_a_bad_request(candidate_client, profile):
    for value in ("999999", "abc", ""):
        response = candidate_client.post("/en/profile/skill-check/", {"skill_check": value})
        assert response.status_code == 400
    assert not profile.signals.exists()


def test_anonymous_save_goes_to_login(client, skill_check):
    response = client.post("/en/profile/skill-check/", {"skill_check": skill_check.pk})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not ReadinessSignal.objects.exists()


def test_each_signal_has_its_own_share_switch(candidate_client, profile):
    signal = SignalFactory(
        profile=profile, topic=factories.TopicFactory(name="Testing"), shared=False
    )
    candidate_client.post(f"/en/profile/signals/{signal.pk}/", {"action": "share"})
    signal.refresh_from_db()
    assert signal.shared
    candidate_client.post(f"/en/profile/signals/{signal.pk}/", {"action": "hide"})
    signal.refresh_from_db()
    assert not signal.shared
    candidate_client.post(f"/en/profile/signals/{signal.pk}/", {"action": "delete"})
    assert not ReadinessSignal.objects.filter(pk=signal.pk).exists()


def test_someone_elses_signal_cannot_be_changed(candidate_client, other_profile):
    theirs = SignalFactory(
        profile=other_profile, topic=factories.TopicFactory(name="Testing"), shared=False
    )
    for action in ("share", "delete"):
        response = candidate_client.post(f"/en/profile/signals/{theirs.pk}/", {"action": action})
        assert response.status_code == 404
    theirs.refresh_from_db()
    assert not theirs.shared


def test_an_unknown_action_changes_nothing(candidate_client, profile):
    signal = SignalFactory(
        profile=profile, topic=factories.TopicFactory(name="Testing"), shared=False
    )
    response = candidate_client.post(f"/en/profile/signals/{signal.pk}/", {"action": "publish"})
    assert response.status_code == 400
    signal.refresh_from_db()
    assert not signal.shared
