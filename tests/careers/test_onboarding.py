"""``manage.py onboard_company``: a company gets a draft hiring page and an editor who may maintain
it, through review, and nothing else."""

import re
from io import StringIO

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    WorkflowPage,
)

from careers.models import CompanyPage
from careers.onboarding import PORTAL_STAFF
from tests import factories

pytestmark = pytest.mark.django_db


def onboard(*args):
    out = StringIO()
    call_command("onboard_company", *args, stdout=out)
    return out.getvalue()


def state():
    """Everything onboarding may create, counted."""
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
        WorkflowPage.objects.count(),
        sum(group.permissions.count() for group in Group.objects.all()),
    )


def test_onboarding_creates_a_draft_hiring_page_under_the_company_index(careers):
    onboard("Acme", "--editor", "recruiter@acme.example")

    company = CompanyPage.objects.get(slug="acme")
    assert company.get_parent().pk == careers["companies"].pk
    assert company.title == "Acme"
    assert not company.live
    assert company.latest_revision is not None
    assert company.verified is False


def test_onboarding_creates_the_editor_without_a_password_and_prints_a_set_password_link(
    careers, client, django_user_model
):
    output = onboard("Acme", "--editor", "Recruiter@Acme.example")

    editor = django_user_model.objects.get(email="recruiter@acme.example")
    assert not editor.has_usable_password()
    assert [group.name for group in editor.groups.all()] == ["Company: Acme"]
    link = re.search(r"(http://\S+/admin/password_reset/confirm/\S+/)", output).group(1)
    response = client.get(link.removeprefix("http://127.0.0.1:8000"), follow=True)
    assert response.status_code == 200
    assert 'name="new_password1"' in response.text


def test_editor_who_chose_a_password_gets_no_new_link(careers, django_user_model):
    onboard("Acme", "--editor", "recruiter@acme.example")
    editor = django_user_model.objects.get(email="recruiter@acme.example")
    editor.set_password("a long and private passphrase")
    editor.save()

    output = onboard("Acme", "--editor", "recruiter@acme.example")

    assert "password_reset" not in output
    assert "already has a password" in output


def test_company_group_may_add_and_edit_its_own_page_only(careers):
    onboard("Acme", "--editor", "recruiter@acme.example")

    group = Group.objects.get(name="Company: Acme")
    company = CompanyPage.objects.get(slug="acme")
    page_permissions = {
        (permission.page_id, permission.permission.codename)
        for permission in GroupPagePermission.objects.filter(group=group)
    }
    assert page_permissions == {(company.pk, "add_page"), (company.pk, "change_page")}
    assert set(group.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        *("add_apitoken", "change_apitoken", "delete_apitoken", "view_apitoken"),
    }
    collection = Collection.objects.get(name="Company: Acme")
    file_permissions = set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission__codename", flat=True
        )
    )
    assert file_permissions == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }


def test_onboarding_sets_up_the_company_review_workflow_for_portal_staff(careers):
    onboard("Acme", "--editor", "recruiter@acme.example")

    company = CompanyPage.objects.get(slug="acme")
    workflow = company.get_workflow()
    assert workflow.name == "Company review"
    [task] = [task.specific for task in workflow.tasks]
    assert [group.name for group in task.groups.all()] == [PORTAL_STAFF]
    staff = Group.objects.get(name=PORTAL_STAFF)
    verify = Permission.objects.get(codename="verify_company")
    assert staff.permissions.filter(pk=verify.pk).exists()


def test_onboarding_twice_changes_nothing(careers):
    onboard("Acme", "--editor", "recruiter@acme.example")
    before = state()

    output = onboard("Acme", "--editor", "recruiter@acme.example")

    assert state() == before
    assert "Nothing to change" in output


def test_onboarding_a_second_editor_adds_them_to_the_same_group(careers, django_user_model):
    onboard("Acme", "--editor", "recruiter@acme.example")
    onboard("Acme", "--editor", "cto@acme.example")

    group = Group.objects.get(name="Company: Acme")
    assert set(group.user_set.values_list("email", flat=True)) == {
        "recruiter@acme.example",
        "cto@acme.example",
    }
    assert CompanyPage.objects.filter(slug="acme").count() == 1


def test_onboarding_keeps_an_existing_hiring_page(careers):
    existing = factories.CompanyPageFactory(parent=careers["companies"], title="Acme", slug="acme")

    output = onboard("Acme Corporation", "--editor", "recruiter@acme.example", "--slug", "acme")

    assert "created draft hiring page" not in output
    existing.refresh_from_db()
    assert existing.live
    assert GroupPagePermission.objects.filter(page=existing).exists()


def test_onboarding_without_a_company_index_explains_what_to_do(home_pages):
    with pytest.raises(CommandError, match="no company index page"):
        onboard("Acme", "--editor", "recruiter@acme.example")


def test_onboarding_requires_an_editor(careers):
    with pytest.raises(CommandError):
        onboard("Acme")
