"""A company's hiring system syncs its vacancies with its editor's API token: drafts that go to
the Company review workflow, exactly as the admin's "Submit for moderation"; and the permission
matrix through the API: everything the editor may not do in the admin is refused, nothing changes."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import APIToken

from careers.models import CompanyPage, JobPage
from careers.onboarding import PORTAL_STAFF, REVIEW_TASK, REVIEW_WORKFLOW
from tests import factories

from .conftest import API, titles

pytestmark = pytest.mark.django_db


def token_for(user):
    _token, plaintext = APIToken.create_token(user=user, name="Hiring system")
    return plaintext


class HiringSystem:
    """An HTTP client for the API with a bearer token."""

    def __init__(self, client, token):
        self.client, self.headers = client, {"Authorization": f"Bearer {token}"}

    def post(self, path, data=None):
        return self.client.post(
            f"{API}{path}", data or {}, content_type="application/json", headers=self.headers
        )

    def patch(self, path, data):
        return self.client.patch(
            f"{API}{path}", data, content_type="application/json", headers=self.headers
        )

    def get(self, path):
        return self.client.get(f"{API}{path}", headers=self.headers)


@pytest.fixture
def acme_system(client, acme):
    return HiringSystem(client, token_for(acme.editor))


def vacancy(company, role, **fields):
    return {
        "company_id": company.pk,
        "title": "Data engineer",
        "role_id": role.pk,
        "seniority": "mid",
        "remote_policy": "remote",
        "applicant_country": "DE",
        "apply_url": "https://ats.example.com/jobs/42",
        "expire_at": (timezone.now() + datetime.timedelta(days=30)).isoformat(),
        "description": [{"type": "paragraph", "value": "<p>Pipelines in Python.</p>"}],
        **fields,
    }


def test_hiring_system_creates_a_draft_in_company_review(client, acme_system, acme, role):
    response = acme_system.post("/vacancies/", vacancy(acme.company, role))
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["sync"] == {
        "status": "in_review",
        "workflow": REVIEW_WORKFLOW,
        "has_unpublished_changes": True,
    }
    job = JobPage.objects.get(pk=data["id"])
    assert not job.live
    assert job.get_parent().pk == acme.company.pk
    assert job.owner == acme.editor
    assert job.current_workflow_task.name == REVIEW_TASK
    assert "Data engineer" not in titles(client.get(f"{API}/vacancies/"))


def test_an_incomplete_vacancy_is_refused_as_in_the_admin(acme_system, acme, role):
    before = acme.company.get_children().count()
    response = acme_system.post("/vacancies/", vacancy(acme.company, role, expire_at=None))
    assert response.status_code == 422
    assert "expire_at" in str(response.json()["errors"])
    assert acme.company.get_children().count() == before


@pytest.mark.parametrize("blocks", [[{}], [{"value": "<p>No type</p>"}], ["paragraph"]])
def test_malformed_description_blocks_are_refused_with_nothing_changed(
    acme_system, acme, role, blocks
):
    """Found by schemathesis: Wagtail's form builder raised KeyError on a block without a type."""
    job = acme.live_job
    revisions = job.revisions.count()
    response = acme_system.patch(f"/vacancies/{job.pk}/", {"description": blocks})
    assert response.status_code in (400, 422), response.content
    assert job.revisions.count() == revisions
    before = acme.company.get_children().count()
    response = acme_system.post("/vacancies/", vacancy(acme.company, role, description=blocks))
    assert response.status_code in (400, 422), response.content
    assert acme.company.get_children().count() == before


def test_an_update_is_reviewed_before_it_goes_live(client, acme_system, acme):
    job = acme.live_job
    response = acme_system.patch(f"/vacancies/{job.pk}/", {"title": "Lead backend developer"})
    assert response.status_code == 200, response.content
    assert response.json()["sync"]["status"] == "in_review"
    assert JobPage.objects.get(pk=job.pk).title == "Acme backend developer"
    assert titles(client.get(f"{API}/vacancies/")) == ["Acme backend developer"]

    staff = factories.UserFactory()
    staff.groups.add(Group.objects.get(name=PORTAL_STAFF))
    job = JobPage.objects.get(pk=job.pk)
    job.current_workflow_task_state.task.specific.on_action(
        job.current_workflow_task_state, staff, "approve"
    )
    assert JobPage.objects.get(pk=job.pk).title == "Lead backend developer"


def test_hiring_system_unpublishes_its_vacancy(client, acme_system, acme):
    job = acme.live_job
    response = acme_system.post(f"/vacancies/{job.pk}/unpublish/")
    assert response.status_code == 200, response.content
    assert response.json()["live"] is False
    assert not JobPage.objects.get(pk=job.pk).live
    assert client.get(f"{API}/vacancies/{job.pk}/").status_code == 404


def test_hiring_system_reads_its_own_drafts_and_revisions(acme_system, acme):
    mine = acme_system.get("/vacancies/mine/").json()
    assert {item["title"] for item in mine["items"]} == {
        "Acme backend developer",
        "Acme secret plans",
    }
    draft = acme_system.get(f"/vacancies/{acme.draft_job.pk}/draft/")
    assert draft.status_code == 200
    assert draft.json()["draft"]["title"] == "Acme secret plans"
    revisions = acme_system.get(f"/vacancies/{acme.draft_job.pk}/revisions/")
    assert revisions.json()["count"] == 1


def test_token_last_use_is_recorded(acme_system, acme):
    assert APIToken.objects.get(user=acme.editor).last_used_at is None
    acme_system.get("/vacancies/mine/")
    assert APIToken.objects.get(user=acme.editor).last_used_at is not None


# The permission matrix: each refused, nothing changed.


def snapshot(*pages):
    """What visitors and reviewers see of some pages: live state, titles, latest revision."""
    rows = []
    for page in pages:
        page = type(page).objects.get(pk=page.pk)
        rows.append((page.pk, page.live, page.title, page.latest_revision_id, page.expire_at))
    return rows


def test_cannot_create_under_another_company(acme_system, bolt, role):
    before = bolt.company.get_children().count()
    response = acme_system.post("/vacancies/", vacancy(bolt.company, role))
    assert response.status_code == 403
    assert bolt.company.get_children().count() == before


@pytest.mark.parametrize(
    "request_",
    [
        ("patch", "/vacancies/{id}/", {"title": "Taken over"}),
        ("post", "/vacancies/{id}/unpublish/", None),
        ("get", "/vacancies/{id}/draft/", None),
        ("get", "/vacancies/{id}/revisions/", None),
    ],
    ids=["update", "unpublish", "read draft", "read revisions"],
)
@pytest.mark.parametrize("which", ["live_job", "draft_job"])
def test_cannot_touch_or_read_another_companys_vacancy(
    client, acme_system, acme, bolt, request_, which
):
    method, path, body = request_
    target = getattr(bolt, which)
    before = snapshot(target)
    args = (path.format(id=target.pk),) + ((body,) if body is not None else ())
    response = getattr(acme_system, method)(*args)
    assert response.status_code == 404
    assert "secret" not in response.content.decode()
    assert snapshot(target) == before
    # The same request about Acme's own vacancy is allowed: the refusal is about ownership.
    own = getattr(acme, which)
    args = (path.format(id=own.pk),) + ((body,) if body is not None else ())
    if method == "post" and which == "draft_job":
        return  # a draft cannot be unpublished, whoever asks
    assert getattr(acme_system, method)(*args).status_code == 200


def test_cannot_publish_without_review(client, acme_system, acme, role):
    job = acme.live_job
    before = snapshot(job)
    for body in ({"title": "Published now", "action": "publish"}, {"meta": {"action": "publish"}}):
        response = acme_system.patch(f"/vacancies/{job.pk}/", body)
        assert response.status_code == 422
    assert acme_system.post(f"/vacancies/{job.pk}/publish/").status_code in (404, 405)
    assert snapshot(job) == before
    response = acme_system.post("/vacancies/", vacancy(acme.company, role, action="publish"))
    assert response.status_code == 422
    assert titles(client.get(f"{API}/vacancies/")) == ["Acme backend developer"]


def test_cannot_set_verified(acme_system, acme, role):
    for response in (
        acme_system.patch(f"/vacancies/{acme.live_job.pk}/", {"verified": True}),
        acme_system.post("/vacancies/", vacancy(acme.company, role, verified=True)),
    ):
        assert response.status_code == 422
    assert CompanyPage.objects.get(pk=acme.company.pk).verified is False
    assert acme.company.get_children().count() == 2


def test_revoked_and_missing_tokens_cannot_write(client, acme, role):
    token, plaintext = APIToken.create_token(user=acme.editor, name="Old system")
    token.revoke()
    system = HiringSystem(client, plaintext)
    before = snapshot(acme.live_job)
    assert system.patch(f"/vacancies/{acme.live_job.pk}/", {"title": "X"}).status_code == 401
    assert client.post(f"{API}/vacancies/", {}, content_type="application/json").status_code == 401
    assert snapshot(acme.live_job) == before


def test_reads_with_a_token_show_only_what_visitors_see(acme_system, acme):
    assert titles(acme_system.get("/vacancies/")) == ["Acme backend developer"]
    assert acme_system.get(f"/vacancies/{acme.draft_job.pk}/").status_code == 404


# Tokens in the admin


def test_company_editor_creates_sees_and_revokes_only_their_own_tokens(client, acme, bolt):
    token_for(bolt.editor)
    client.force_login(acme.editor)
    add = reverse("wagtailusers_api_tokens:add")
    response = client.post(add, {"name": "Our ATS", "user": acme.editor.pk})
    assert response.status_code == 200
    token = APIToken.objects.get(user=acme.editor)
    assert token.prefix in response.content.decode()

    index = client.get(reverse("wagtailusers_api_tokens:index")).content.decode()
    assert "Our ATS" in index
    assert "Hiring system" not in index  # Bolt's
    assert "Last used" in index

    bolt_token = APIToken.objects.get(user=bolt.editor)
    revoke_bolt = reverse("wagtailusers_api_tokens:delete", args=[bolt_token.pk])
    assert client.post(revoke_bolt, follow=True).status_code == 404
    assert APIToken.objects.get(pk=bolt_token.pk).revoked_at is None

    client.post(reverse("wagtailusers_api_tokens:delete", args=[token.pk]))
    assert APIToken.objects.get(pk=token.pk).revoked_at is not None
