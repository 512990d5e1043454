"""Onboarding a company: its draft hiring page, a group whose editors may work on that page and its
vacancies only, a collection for its logo, images and documents, the editor's account, and the review workflow that
sends every company edit to portal staff before it goes live.

Everything is get-or-create: onboarding a company twice changes nothing.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import CompanyIndexPage, CompanyPage

PORTAL_STAFF = "Portal staff"
REVIEW_WORKFLOW = "Company review"
REVIEW_TASK = "Portal staff approval"

# Company editors add and edit; they do not publish. A user who may publish bypasses a workflow
# (Wagtail shows them "Publish" next to "Submit for moderation"), so without publish permission
# every change of theirs goes live only when portal staff approve it. See docs/editors.md.
COMPANY_PAGE_PERMISSIONS = ("add_page", "change_page")
COMPANY_IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
COMPANY_DOCUMENT_PERMISSIONS = ("add_document", "change_document", "choose_document")

STAFF_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
STAFF_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("careers", "verify_company"),
    ("wagtail_localize", "submit_translation"),
    *(
        ("portal", f"{action}_{model}")
        for model in ("topic", "role", "faq")
        for action in ("add", "change", "delete", "publish")
    ),
)
STAFF_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
)


class OnboardingError(Exception):
    pass


@dataclass
class Onboarding:
    company: CompanyPage
    group: Group
    editor: object
    changes: list = field(default_factory=list)  # what this run created or granted, for the log
    set_password_url: str = ""  # empty once the editor has chosen a password


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant(group, app_label, codename, changes):
    permission = _permission(app_label, codename)
    if not group.permissions.filter(pk=permission.pk).exists():
        group.permissions.add(permission)
        changes.append(f"granted {app_label}.{codename} to {group.name!r}")


def _grant_on_page(group, page, codenames, changes):
    for codename in codenames:
        _obj, created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )
        if created:
            changes.append(f"granted {codename} on {page.url_path!r} to {group.name!r}")


def _grant_on_collection(group, collection, permissions, changes):
    for app_label, codename in permissions:
        _obj, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
        if created:
            changes.append(f"granted {codename} in collection {collection.name!r}")


def _group(name, changes):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        changes.append(f"created group {name!r}")
    return group


@transaction.atomic
def ensure_company_review():
    """The "Portal staff" group and the "Company review" workflow on every company index page.

    Returns what it changed (empty when everything was already in place).
    """
    changes = []
    staff = _group(PORTAL_STAFF, changes)
    for app_label, codename in STAFF_PERMISSIONS:
        _grant(staff, app_label, codename, changes)
    _grant_on_page(staff, Page.get_first_root_node(), STAFF_PAGE_PERMISSIONS, changes)
    _grant_on_collection(
        staff, Collection.get_first_root_node(), STAFF_COLLECTION_PERMISSIONS, changes
    )

    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
        changes.append(f"created task {REVIEW_TASK!r}")
    if not task.groups.filter(pk=staff.pk).exists():
        task.groups.add(staff)
        changes.append(f"made {PORTAL_STAFF!r} the approvers of {REVIEW_TASK!r}")
    workflow, created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    if created:
        changes.append(f"created workflow {REVIEW_WORKFLOW!r}")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in CompanyIndexPage.objects.all():
        assigned, created = WorkflowPage.objects.get_or_create(
            page=index, defaults={"workflow": workflow}
        )
        if created:
            changes.append(f"assigned {REVIEW_WORKFLOW!r} to {index.url_path!r}")
        elif assigned.workflow_id != workflow.pk:
            assigned.workflow = workflow
            assigned.save()
            changes.append(f"assigned {REVIEW_WORKFLOW!r} to {index.url_path!r}")
    return changes


def company_group_name(name):
    return f"Company: {name}"


def company_collection_name(name):
    """The collection for a company's images and documents, named like its group. Its editors
    see the files of this collection only (``portal.admin_visibility.readable_files``)."""
    return company_group_name(name)


def company_index():
    """The company index of the default language, where new hiring pages start."""
    index = CompanyIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    if index is None:
        raise OnboardingError(
            "There is no company index page in the default language yet: create one under the "
            "home page (e.g. /companies/) first."
        )
    return index


def set_password_url(user):
    """A one-time link to choose a password (Django's password-reset token; it stops working
    once used or after PASSWORD_RESET_TIMEOUT)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@transaction.atomic
def onboard_company(name, editor_email, slug=None):
    """Give the company ``name`` a draft hiring page and ``editor_email`` the right to maintain
    it, and nothing else. Idempotent."""
    name = name.strip()
    editor_email = editor_email.strip().lower()
    slug = slug or slugify(name)
    if not name or not slug:
        raise OnboardingError("The company needs a name.")
    changes = ensure_company_review()

    index = company_index()
    company = CompanyPage.objects.child_of(index).filter(slug=slug).first()
    if company is None:
        company = CompanyPage(title=name, slug=slug, live=False)
        index.add_child(instance=company)
        company.save_revision(log_action=True)
        changes.append(f"created draft hiring page {company.url_path!r}")

    group = _group(company_group_name(name), changes)
    _grant(group, "wagtailadmin", "access_admin", changes)
    _grant_on_page(group, company, COMPANY_PAGE_PERMISSIONS, changes)
    collection_name = company_collection_name(name)
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=collection_name).first()
    if collection is None:
        collection = root.add_child(name=collection_name)
        changes.append(f"created collection {collection_name!r}")
    _grant_on_collection(
        group,
        collection,
        [
            *(("wagtailimages", codename) for codename in COMPANY_IMAGE_PERMISSIONS),
            *(("wagtaildocs", codename) for codename in COMPANY_DOCUMENT_PERMISSIONS),
        ],
        changes,
    )

    User = get_user_model()
    editor = User.objects.filter(email__iexact=editor_email).first()
    if editor is None:
        editor = User(username=editor_email, email=editor_email)
        editor.set_unusable_password()
        editor.save()
        changes.append(f"created user {editor_email!r}")
    if not editor.groups.filter(pk=group.pk).exists():
        editor.groups.add(group)
        changes.append(f"added {editor_email!r} to {group.name!r}")

    return Onboarding(
        company=company,
        group=group,
        editor=editor,
        changes=changes,
        set_password_url="" if editor.has_usable_password() else set_password_url(editor),
    )
