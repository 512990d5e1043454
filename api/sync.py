"""Vacancy sync for companies' hiring systems, with an API token of a company editor.

A token acts as its editor and can do what the editor can do in the admin, through the same code:
the vacancy form built from the admin's edit handler (``build_page_form``, so the publishing
checks of ``JobPageForm`` and the staff-only fields apply), Wagtail's create/edit/unpublish actions
(their permission checks), and the admin's "Submit for moderation" step (the Company review
workflow starts, or resumes after "needs changes", or restarts with the new version). Nothing is
published here: portal staff approve in the admin.
"""

from typing import Any

from ninja import Body, Query, Schema, Status
from pydantic import ConfigDict, Field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.actions import action_registry
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.api.v3.form_data import build_page_form, build_page_update_form
from wagtail.api.v3.schemas import create_generator, patch_generator
from wagtail.models import WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.utils.forms import FormValidationError

from careers.models import CompanyPage, JobPage

from . import content, schemas
from .pagination import Paging, page_of, paged
from .params import Id

# The vacancy endpoints share their paths with the public ones (GET and POST /vacancies/), and
# django-ninja serves one path from one router.
router = content.router
SYNC = {"auth": BearerTokenAuth(), "tags": ["vacancy sync"]}


class StrictBody(Schema):
    """Unknown fields are an error, not silently dropped: a field the API does not write (say
    ``verified``) is refused with a 422 rather than seeming to succeed."""

    model_config = ConfigDict(extra="forbid")


class CreateBase(StrictBody):
    company_id: Id = Field(description="The company's hiring page: the new vacancy's parent.")


VacancyCreate = create_generator.generate_schema(
    JobPage, base_class=CreateBase, fields=["title", "slug"], required_fields=["title"]
)
VacancyUpdate = patch_generator.generate_schema(
    JobPage, base_class=StrictBody, fields=["title", "slug"]
)


def synced(job):
    """A vacancy as its company sees it: the latest draft's title, its review state."""
    latest = job.get_latest_revision_as_object()
    state = job.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        status = "in_review"
    elif job.live and not job.is_open:
        status = "expired"
    elif job.live:
        status = "live_with_draft" if job.has_unpublished_changes else "live"
    else:
        status = "draft"
    return {
        "id": job.pk,
        "title": latest.title,
        "slug": latest.slug,
        "company_id": job.get_parent().pk,
        "live": job.live,
        "url": job.full_url if job.live else None,
        "sync": {
            "status": status,
            "workflow": state.workflow.name if state and state.is_active else None,
            "has_unpublished_changes": job.has_unpublished_changes,
        },
    }


def submit_for_review(job, user):
    """What the admin's "Submit for moderation" does with the revision just saved."""
    state = job.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        if not state.user_can_cancel(user):
            raise PermissionDenied("The vacancy is being reviewed and cannot be changed now.")
        state.cancel(user=user)  # reviewers see the new version, as "restart workflow" does
    workflow = job.get_workflow()
    if workflow is None:
        raise PermissionDenied("There is no review workflow for this company's vacancies.")
    workflow.start(job, user)


def with_current_values(job, data):
    """The change applied to the latest draft, every field given: submitting for review checks
    the whole vacancy (as the admin's form does), not only the fields the request changed."""
    current = {}
    for name, field in VacancyUpdate.model_fields.items():
        key = field.alias or name  # a foreign key is written by its id: role_id
        value = getattr(job, key)
        current[key] = list(value.get_prep_value()) if name == "description" else value
    return VacancyUpdate(**{**current, **data.model_dump(exclude_unset=True, by_alias=True)})


def vacancy_form(build, *args):
    """Wagtail's form builder for the request's data; it expects StreamField items shaped as the
    admin sends them and fails on anything else, which is the client's mistake (422), not ours."""
    try:
        return build(*args)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        message = f"Each description block needs a 'type' and a 'value' ({error!r})."
        raise FormValidationError({("description",): [(message, "invalid")]}) from error


def validate_fully(form):
    """Submitting for review validates like the admin's submit: everything publishing needs."""
    if not form.is_valid():
        raise FormValidationError.from_form(form)


def own_vacancy(request, vacancy_id):
    """A vacancy the token's editor may edit; any other is "not found", so ids of other
    companies' drafts reveal nothing."""
    job = get_object_or_404(JobPage, pk=vacancy_id)
    if not job.permissions_for_user(request.user).can_edit():
        raise Http404
    return job


@router.post(
    "vacancies/",
    **SYNC,
    response={201: schemas.SyncedVacancy},
    url_name="vacancy_create",
    summary="Create a vacancy as a draft and submit it for review",
)
@transaction.atomic
def create_vacancy(request, data: VacancyCreate = Body(...)):
    company = CompanyPage.objects.filter(pk=data.company_id).first()
    if company is None or not company.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied("You cannot add vacancies to this company.")
    form = vacancy_form(build_page_form, JobPage, company, data, request.user)
    validate_fully(form)
    action = action_registry.get_action_class(JobPage, "create")(
        form.instance, company, user=request.user, form=form, publish=False
    )
    action.execute()
    job = JobPage.objects.get(pk=form.instance.pk)
    submit_for_review(job, request.user)
    return Status(201, synced(job))


@router.patch(
    "vacancies/{int:vacancy_id}/",
    **SYNC,
    response=schemas.SyncedVacancy,
    url_name="vacancy_update",
    summary="Change a vacancy (a new draft) and submit it for review",
)
@transaction.atomic
def update_vacancy(request, vacancy_id: Id, data: VacancyUpdate = Body(...)):
    job = own_vacancy(request, vacancy_id).get_latest_revision_as_object()
    form = vacancy_form(build_page_update_form, job, with_current_values(job, data), request.user)
    validate_fully(form)
    action = action_registry.get_action_class(JobPage, "edit")(
        form.instance, user=request.user, form=form, publish=False
    )
    action.execute()
    job = JobPage.objects.get(pk=job.pk)
    submit_for_review(job, request.user)
    return synced(job)


@router.post(
    "vacancies/{int:vacancy_id}/unpublish/",
    **SYNC,
    response=schemas.SyncedVacancy,
    url_name="vacancy_unpublish",
    summary="Take a vacancy off the site (no review needed)",
)
def unpublish_vacancy(request, vacancy_id: Id):
    job = own_vacancy(request, vacancy_id)
    action_registry.get_action_class(JobPage, "unpublish")(job, user=request.user).execute()
    return synced(JobPage.objects.get(pk=job.pk))


@router.get(
    "vacancies/mine/",
    **SYNC,
    response=paged(schemas.SyncedVacancy),
    url_name="vacancy_sync_list",
    summary="The vacancies this token may edit, drafts included",
)
def my_vacancies(request, paging: Paging = Query(...)):
    editable = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    jobs = JobPage.objects.filter(pk__in=editable.values("pk")).order_by("pk")
    return page_of(jobs, paging, lambda items: [synced(job) for job in items])


@router.get(
    "vacancies/{int:vacancy_id}/draft/",
    **SYNC,
    response=dict[str, Any],
    url_name="vacancy_draft",
    summary="The latest draft of a vacancy this token may edit",
)
def vacancy_draft(request, vacancy_id: Id):
    job = own_vacancy(request, vacancy_id).get_latest_revision_as_object()
    return {**synced(JobPage.objects.get(pk=job.pk)), "draft": job.serializable_data()}


@router.get(
    "vacancies/{int:vacancy_id}/revisions/",
    **SYNC,
    response=paged(schemas.Revision),
    url_name="vacancy_revisions",
    summary="The revisions of a vacancy this token may edit",
)
def vacancy_revisions(request, vacancy_id: Id, paging: Paging = Query(...)):
    job = own_vacancy(request, vacancy_id)
    revisions = job.revisions.select_related("user").order_by("-created_at", "-pk")
    return page_of(
        revisions,
        paging,
        lambda items: [
            {
                "id": revision.pk,
                "created_at": revision.created_at,
                "user": revision.user.get_username() if revision.user else None,
                "approved_go_live_at": revision.approved_go_live_at,
            }
            for revision in items
        ],
    )
