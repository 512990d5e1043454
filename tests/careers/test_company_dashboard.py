"""A company editor's admin dashboard starts with their hiring page, its vacancies and what of
theirs waits for review; nobody else gets that panel."""

import re

import pytest

from django.urls import reverse

from wagtail.models import Workflow

from careers.onboarding import REVIEW_WORKFLOW
from tests import factories

pytestmark = pytest.mark.django_db


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.text


def test_a_company_editor_sees_their_hiring_page_and_vacancies_first(acme_editor, acme, bolt):
    html = dashboard(acme_editor)

    panel = html.split('id="company-dashboard-acme-section"', 1)[1].split("</section>", 1)[0]
    assert reverse("wagtailadmin_pages:edit", args=[acme.company.pk]) in panel
    assert reverse("wagtailadmin_pages:add", args=["careers", "jobpage", acme.company.pk]) in panel
    assert f'href="{acme.company.url}"' in panel  # the live hiring page
    for job in (acme.live_job, acme.draft_job):
        assert reverse("wagtailadmin_pages:edit", args=[job.pk]) in panel
        assert job.title in panel
    assert 'id="company-dashboard-bolt' not in html
    assert bolt.live_job.title not in html


def test_a_company_editor_sees_their_pages_in_review(acme_editor, acme):
    job = factories.JobPageFactory(parent=acme.company, title="Acme data engineer", live=False)
    job.save_revision(user=acme.editor)
    Workflow.objects.get(name=REVIEW_WORKFLOW).start(job, acme.editor)

    html = dashboard(acme_editor)

    review = html.split('id="company-dashboard-review-section"', 1)[1].split("</section>", 1)[0]
    assert "Acme data engineer" in review
    assert acme.live_job.title not in review


def test_staff_and_candidates_get_no_company_panel(client, acme, django_user_model):
    staff = django_user_model.objects.create_superuser("staff", "staff@example.com", "pw")
    client.force_login(staff)

    assert 'id="company-dashboard-' not in dashboard(client)


def test_the_panel_costs_the_same_queries_for_many_vacancies(
    acme_editor, acme, django_assert_num_queries, django_assert_max_num_queries
):
    dashboard(acme_editor)
    with django_assert_max_num_queries(60) as few:
        dashboard(acme_editor)
    for number in range(8):
        factories.JobPageFactory(parent=acme.company, title=f"Acme role {number}")
    with django_assert_num_queries(len(few.captured_queries)):
        html = dashboard(acme_editor)
    assert len(re.findall(r"Acme role \d", html)) == 8


def test_a_company_editors_avatar_is_served_by_the_portal(acme_editor):
    avatars = re.findall(r'<img src="([^"]+)"[^>]*>', dashboard(acme_editor))

    assert avatars
    assert all(src.startswith("/static/wagtailadmin/images/") for src in avatars)
