"""An editor who leaves out what Google's JobPosting needs gets an error on publish, not invalid
structured data; a draft can be saved with less."""

import pytest

from django.urls import reverse
from django.utils.html import escape

from tests import factories

from .admin_forms import company_page_form, job_page_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("staff", "staff@example.com", "pw")
    client.force_login(admin)
    return client


@pytest.fixture
def job(careers, role):
    company = factories.CompanyPageFactory(parent=careers["companies"])
    job = factories.JobPageFactory(parent=company, role=role, live=False, expire_at=None)
    job.save_revision()
    return job


def edit(client, job, action=None, **fields):
    data = job_page_form(job, **fields)
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[job.pk]), data)


def errors(response):
    form = response.context["form"]
    return {name: [str(e) for e in errs] for name, errs in form.errors.items()}


def test_publishing_a_vacancy_without_an_expiry_date_shows_an_error(staff_client, job):
    response = edit(staff_client, job, action="action-publish")

    assert response.status_code == 200
    assert "expire_at" in errors(response)
    assert "The page could not be saved due to validation errors" in response.text
    job.refresh_from_db()
    assert not job.live


def test_saving_a_draft_without_an_expiry_date_works(staff_client, job):
    response = edit(staff_client, job, title="Python developer (draft)")

    assert response.status_code == 302
    job.refresh_from_db()
    assert job.get_latest_revision_as_object().title == "Python developer (draft)"
    assert not job.live


@pytest.mark.parametrize(
    ("fields", "field_with_error"),
    [
        ({"remote_policy": "remote", "applicant_country": ""}, "applicant_country"),
        ({"remote_policy": "onsite", "city": ""}, "city"),
        ({"apply_url": "", "apply_email": ""}, "apply_url"),
        ({"salary_min": "50000", "salary_currency": ""}, "salary_currency"),
        (
            {"salary_min": "80000", "salary_max": "60000", "salary_currency": "EUR"},
            "salary_max",
        ),
    ],
)
def test_publishing_an_incomplete_vacancy_names_the_missing_field(
    staff_client, job, fields, field_with_error
):
    response = edit(
        staff_client, job, action="action-publish", expire_at="2099-01-01 12:00", **fields
    )

    assert response.status_code == 200
    assert field_with_error in errors(response)
    job.refresh_from_db()
    assert not job.live


def test_a_complete_vacancy_is_published(staff_client, job):
    response = edit(staff_client, job, action="action-publish", expire_at="2099-01-01 12:00")

    assert response.status_code == 302
    job.refresh_from_db()
    assert job.live
    assert job.expire_at.year == 2099


def test_rich_text_posted_as_raw_html_is_a_form_error_not_a_server_error(acme_editor, acme):
    company = acme.company
    data = company_page_form(company, about="<p>Posted as HTML, not as the editor's JSON</p>")
    response = acme_editor.post(reverse("wagtailadmin_pages:edit", args=[company.pk]), data)

    assert response.status_code == 200
    assert errors(response)["about"] == [
        "This text could not be read. Reload the page and enter it again."
    ]
    company.refresh_from_db()
    assert "Posted as HTML" not in company.about


def test_the_expiry_error_names_the_admin_controls_that_set_it(staff_client, job):
    response = edit(staff_client, job, action="action-publish")

    (message,) = errors(response)["expire_at"]
    assert "Status side panel" in message and "“Edit schedule”" in message
    # Wagtail's editor shows them as the message names them (the schedule marked invalid).
    page = response.text.replace(escape(message), "")
    assert 'data-side-panel="status"' in page
    assert "Edit schedule" in page
    assert "Expiry date/time" in page
