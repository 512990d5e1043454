"""What a company's editor may do in the admin: work on its own hiring page and vacancies, submit
them for review, and nothing else.

Two companies, Acme and Bolt, are onboarded with ``onboard_company`` exactly as portal staff
onboard them. Acme's editor is logged in and tries, through the real admin URLs, everything it must
not do to Bolt's pages and to the rest of the site. Wagtail refuses a request either with a 403
or by redirecting to the dashboard with "Sorry, you do not have permission to access this area".
"""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Collection, Page, PageViewRestriction, Revision
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from careers.models import CompanyPage, JobPage
from careers.onboarding import PORTAL_STAFF
from tests import factories

from .admin_access import assert_denied
from .admin_forms import company_page_form, job_page_form

# Acme and Bolt are onboarded once for the module; each test reads them afresh and its own
# changes are rolled back after it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("companies_once")]


def admin_url(name, *args, query=""):
    return reverse(name, args=args) + query


# Bolt's pages as Acme's editor would address them: (URL name, which of Bolt's pages).
BOLT_PAGE_VIEWS = [
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:copy",
    "wagtailadmin_pages:move",
    "wagtailadmin_pages:delete",
    "wagtailadmin_pages:unpublish",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:usage",
    "wagtailadmin_pages:add_subpage",
    "wagtailadmin_pages:set_privacy",
    "wagtailadmin_pages:convert_alias",
    "wagtail_localize:submit_page_translation",
]


@pytest.mark.parametrize("view", BOLT_PAGE_VIEWS)
@pytest.mark.parametrize("which", ["company", "live_job", "draft_job"])
def test_company_editor_cannot_open_another_companys_pages(acme_editor, bolt, view, which):
    page = bolt.company if which == "company" else getattr(bolt, which)
    if view == "wagtailadmin_pages:convert_alias":
        # Wagtail answers 404 for a page that is not an alias whoever asks: address a real one,
        # so that only a permission refusal passes.
        page = page.create_alias(update_slug=f"{page.slug}-alias")
        response = acme_editor.get(admin_url(view, page.pk))
        assert_denied(acme_editor, response, not_found_allowed=False)
        assert Page.objects.get(pk=page.pk).alias_of_id is not None
        return
    response = acme_editor.get(admin_url(view, page.pk))
    assert_denied(acme_editor, response)


def test_company_editor_cannot_add_a_vacancy_to_another_company(acme_editor, bolt):
    url = admin_url("wagtailadmin_pages:add", "careers", "jobpage", bolt.company.pk)
    assert_denied(acme_editor, acme_editor.get(url))
    response = acme_editor.post(url, job_page_form(bolt.live_job, slug="planted", title="Planted"))
    assert_denied(acme_editor, response)
    assert not JobPage.objects.filter(slug="planted").exists()


def test_company_editor_cannot_edit_another_companys_page_with_a_forged_post(acme_editor, bolt):
    url = admin_url("wagtailadmin_pages:edit", bolt.company.pk)
    response = acme_editor.post(url, company_page_form(bolt.company, title="Defaced"))
    assert_denied(acme_editor, response)
    assert CompanyPage.objects.get(pk=bolt.company.pk).title == "Bolt"
    assert not Revision.page_revisions.filter(content__title="Defaced").exists()


def test_company_editor_cannot_delete_unpublish_or_move_another_companys_pages(
    acme_editor, acme, bolt
):
    job = bolt.live_job
    assert_denied(acme_editor, acme_editor.post(admin_url("wagtailadmin_pages:delete", job.pk)))
    assert_denied(acme_editor, acme_editor.post(admin_url("wagtailadmin_pages:unpublish", job.pk)))
    move = admin_url("wagtailadmin_pages:move_confirm", job.pk, acme.company.pk)
    assert_denied(acme_editor, acme_editor.post(move))
    job.refresh_from_db()
    assert job.live
    assert job.get_parent().pk == bolt.company.pk


def test_company_editor_cannot_lock_or_restrict_another_companys_page(acme_editor, bolt):
    page = bolt.company
    assert_denied(acme_editor, acme_editor.post(admin_url("wagtailadmin_pages:lock", page.pk)))
    privacy = admin_url("wagtailadmin_pages:set_privacy", page.pk)
    assert_denied(
        acme_editor, acme_editor.post(privacy, {"restriction_type": "password", "password": "x"})
    )
    page.refresh_from_db()
    assert not page.locked
    assert not PageViewRestriction.objects.filter(page=page).exists()


def test_company_editor_cannot_copy_another_companys_vacancy_into_its_own_page(
    acme_editor, acme, bolt
):
    url = admin_url("wagtailadmin_pages:copy", bolt.draft_job.pk)
    response = acme_editor.post(
        url,
        {
            "new_title": "Copied plans",
            "new_slug": "copied-plans",
            "new_parent_page": acme.company.pk,
        },
    )
    assert_denied(acme_editor, response)
    assert not acme.company.get_children().filter(slug="copied-plans").exists()


def test_company_editor_cannot_copy_its_own_vacancy_into_another_company(acme_editor, acme, bolt):
    url = admin_url("wagtailadmin_pages:copy", acme.live_job.pk)
    response = acme_editor.post(
        url,
        {"new_title": "Planted", "new_slug": "planted", "new_parent_page": bolt.company.pk},
    )
    assert response.status_code == 200
    assert "You do not have permission to copy to page" in response.text
    assert not bolt.company.get_children().filter(slug="planted").exists()


def test_company_editor_can_copy_its_own_vacancy_within_its_page(acme_editor, acme):
    url = admin_url("wagtailadmin_pages:copy", acme.live_job.pk)
    response = acme_editor.post(
        url,
        {"new_title": "Second opening", "new_slug": "second", "new_parent_page": acme.company.pk},
    )
    assert response.status_code == 302
    copy = acme.company.get_children().get(slug="second")
    assert not copy.live  # it goes live through review like everything else


# Revisions addressed by id -----------------------------------------------------------------


def test_company_editor_cannot_view_compare_or_revert_another_companys_revisions(acme_editor, bolt):
    job = bolt.live_job
    revision = job.latest_revision
    for url in (
        admin_url("wagtailadmin_pages:revisions_view", job.pk, revision.pk),
        admin_url("wagtailadmin_pages:revisions_revert", job.pk, revision.pk),
        admin_url("wagtailadmin_pages:revisions_compare", job.pk, "earliest", "latest"),
        admin_url("wagtailadmin_pages:revisions_compare", job.pk, revision.pk, "live"),
        admin_url("wagtailadmin_pages:revisions_unschedule", job.pk, revision.pk),
    ):
        assert_denied(acme_editor, acme_editor.get(url))


def test_another_companys_revision_id_is_not_found_under_an_own_page(acme_editor, acme, bolt):
    """Wagtail looks revisions up among the addressed page's own revisions."""
    foreign = bolt.draft_job.latest_revision
    own = acme.live_job
    for url in (
        admin_url("wagtailadmin_pages:revisions_view", own.pk, foreign.pk),
        admin_url("wagtailadmin_pages:revisions_revert", own.pk, foreign.pk),
        admin_url("wagtailadmin_pages:revisions_compare", own.pk, foreign.pk, "latest"),
    ):
        response = acme_editor.get(url, follow=True)
        assert response.status_code == 404
        assert "Bolt secret plans" not in response.text


def test_company_editor_cannot_revert_an_own_page_to_another_companys_revision(
    acme_editor, acme, bolt
):
    foreign = bolt.draft_job.latest_revision
    own = acme.live_job
    url = admin_url("wagtailadmin_pages:revisions_revert", own.pk, foreign.pk)
    response = acme_editor.post(url, job_page_form(own))
    assert response.status_code in (302, 404)
    own.refresh_from_db()
    assert own.get_latest_revision_as_object().title == "Acme backend developer"


# Not listed --------------------------------------------------------------------------------


def test_explorer_shows_a_company_editor_its_own_page_only(acme_editor, acme, bolt):
    response = acme_editor.get(admin_url("wagtailadmin_explore", acme.company.get_parent().pk))
    assert response.status_code == 302  # to the editor's own section
    response = acme_editor.get(response["Location"])
    assert "Acme secret plans" in response.text
    assert "Bolt" not in response.text

    response = acme_editor.get(admin_url("wagtailadmin_explore", bolt.company.pk))
    assert response.status_code == 302
    assert response["Location"] == admin_url("wagtailadmin_explore", acme.company.pk)


def test_admin_search_does_not_list_another_companys_pages(acme_editor, bolt):
    response = acme_editor.get(admin_url("wagtailadmin_pages:search", query="?q=Bolt"))
    assert response.status_code == 200
    assert "Bolt backend developer" not in response.text
    assert "Bolt secret plans" not in response.text


@pytest.mark.parametrize("query", ["", "?q=plans"])
def test_page_chooser_does_not_show_another_companys_drafts(acme_editor, acme, bolt, query):
    if query:
        url = admin_url("wagtailadmin_choose_page_search", query=query)
    else:
        url = admin_url("wagtailadmin_choose_page_child", bolt.company.pk)
    response = acme_editor.get(url)
    assert response.status_code == 200
    assert "Bolt secret plans" not in response.text


def test_page_chooser_shows_a_company_editor_its_own_drafts_and_live_pages(acme_editor, acme, bolt):
    response = acme_editor.get(admin_url("wagtailadmin_choose_page_search", query="?q=developer"))
    assert "Acme backend developer" in response.text
    assert "Bolt backend developer" in response.text  # live and public: linking to it is fine
    response = acme_editor.get(admin_url("wagtailadmin_choose_page_child", acme.company.pk))
    assert "Acme secret plans" in response.text


def test_page_chooser_still_shows_staff_every_draft(client, acme, bolt):
    staff = factories.UserFactory()
    staff.groups.add(Group.objects.get(name=PORTAL_STAFF))
    client.force_login(staff)
    response = client.get(admin_url("wagtailadmin_choose_page_child", bolt.company.pk))
    assert "Bolt secret plans" in response.text


# The rest of the site ----------------------------------------------------------------------


def test_company_editor_cannot_edit_guides_or_questions(acme_editor, careers):
    home = careers["companies"].get_parent()
    guide = factories.GuidePageFactory(parent=factories.GuideIndexPageFactory(parent=home))
    question = factories.QuestionPageFactory(parent=factories.QuestionIndexPageFactory(parent=home))
    for page in (guide, question, home):
        assert_denied(acme_editor, acme_editor.get(admin_url("wagtailadmin_pages:edit", page.pk)))
    add_question = admin_url(
        "wagtailadmin_pages:add", "guides", "questionpage", question.get_parent().pk
    )
    assert_denied(acme_editor, acme_editor.get(add_question))


@pytest.mark.parametrize("model", ["topic", "role", "faq"])
def test_company_editor_cannot_list_add_or_edit_taxonomy_and_faqs(acme_editor, model):
    snippet = {
        "topic": factories.TopicFactory,
        "role": factories.RoleFactory,
        "faq": factories.FAQFactory,
    }[model]()
    for view, args in (("list", []), ("add", []), ("edit", [snippet.pk]), ("delete", [snippet.pk])):
        response = acme_editor.get(admin_url(f"wagtailsnippets_portal_{model}:{view}", *args))
        assert_denied(acme_editor, response)
    response = acme_editor.post(admin_url(f"wagtailsnippets_portal_{model}:delete", snippet.pk))
    assert_denied(acme_editor, response)
    assert type(snippet).objects.filter(pk=snippet.pk).exists()


def test_company_editor_can_choose_a_role_for_a_vacancy(acme_editor, role):
    response = acme_editor.get(admin_url("wagtailsnippetchoosers_portal_role:choose"))
    assert response.status_code == 200
    assert role.name in response.text


def test_company_editor_cannot_edit_another_companys_logo(acme_editor, bolt):
    logo = factories.ImageFactory(collection=_collection(bolt))
    assert_denied(acme_editor, acme_editor.get(admin_url("wagtailimages:edit", logo.pk)))
    response = acme_editor.get(admin_url("wagtailimages:index"))
    assert logo.title not in response.text


def _collection(onboarding):
    return Collection.objects.get(name=onboarding.group.name)


# Translations ------------------------------------------------------------------------------


@pytest.fixture
def bolt_in_german(bolt, locales):
    """Bolt's page translated into German by portal staff with wagtail-localize."""
    translate_object(bolt.company.get_parent(), [locales["de"]])
    translate_object(bolt.company, [locales["de"]])
    return Translation.objects.get(
        source__object_id=bolt.company.translation_key, target_locale=locales["de"]
    )


def test_company_editor_cannot_submit_another_companys_page_for_translation(
    acme_editor, bolt, locales
):
    url = admin_url("wagtail_localize:submit_page_translation", bolt.company.pk)
    response = acme_editor.post(url, {"locales": [locales["fr"].pk]})
    assert_denied(acme_editor, response)
    assert bolt.company.get_translation_or_none(locales["fr"]) is None


def test_company_editor_cannot_edit_preview_or_stop_another_companys_translation(
    acme_editor, bolt_in_german
):
    translation = bolt_in_german
    german_page = translation.get_target_instance()
    assert_denied(
        acme_editor, acme_editor.get(admin_url("wagtailadmin_pages:edit", german_page.pk))
    )
    for name in ("preview_translation", "download_pofile"):
        response = acme_editor.get(admin_url(f"wagtail_localize:{name}", translation.pk))
        assert_denied(acme_editor, response)
    for name in ("stop_translation", "machine_translate"):
        response = acme_editor.post(admin_url(f"wagtail_localize:{name}", translation.pk))
        assert_denied(acme_editor, response)
    translation.refresh_from_db()
    assert translation.enabled


def test_company_editor_cannot_submit_its_own_page_for_translation(acme_editor, acme, locales):
    """Translation is portal staff's job: wagtail-localize checks only its own permission, not
    the page, so company groups never get it."""
    url = admin_url("wagtail_localize:submit_page_translation", acme.company.pk)
    assert_denied(acme_editor, acme_editor.get(url))


# Verification and review -------------------------------------------------------------------


def test_company_editor_does_not_see_the_verification_fields(acme_editor, acme):
    response = acme_editor.get(admin_url("wagtailadmin_pages:edit", acme.company.pk))
    assert response.status_code == 200
    assert 'name="verified"' not in response.text
    assert 'name="verified_at"' not in response.text


def test_forged_post_cannot_mark_a_company_verified(acme_editor, acme):
    url = admin_url("wagtailadmin_pages:edit", acme.company.pk)
    data = company_page_form(acme.company, hiring_focus="Now hiring")
    data.update({"verified": "on", "verified_at": "2020-01-01 10:00"})
    response = acme_editor.post(url, data)

    assert response.status_code == 302
    company = CompanyPage.objects.get(pk=acme.company.pk)
    draft = company.get_latest_revision_as_object()
    assert draft.hiring_focus == "Now hiring"
    assert draft.verified is False
    assert draft.verified_at is None
    assert company.verified is False


def test_portal_staff_can_mark_a_company_verified(client, acme):
    staff = factories.UserFactory()
    staff.groups.add(Group.objects.get(name=PORTAL_STAFF))
    client.force_login(staff)
    url = admin_url("wagtailadmin_pages:edit", acme.company.pk)
    data = company_page_form(acme.company, **{"verified": "on", "action-publish": "1"})
    response = client.post(url, data)

    assert response.status_code == 302
    assert CompanyPage.objects.get(pk=acme.company.pk).verified is True


def test_company_editor_cannot_publish_without_review(acme_editor, acme):
    url = admin_url("wagtailadmin_pages:edit", acme.live_job.pk)
    data = job_page_form(acme.live_job, title="Published without review")
    data["action-publish"] = "1"
    acme_editor.post(url, data)

    assert JobPage.objects.get(pk=acme.live_job.pk).title == "Acme backend developer"


def test_company_editor_submits_for_review_and_cannot_approve_it(acme_editor, acme):
    url = admin_url("wagtailadmin_pages:edit", acme.live_job.pk)
    data = job_page_form(acme.live_job, title="Lead backend developer")
    data["action-submit"] = "1"
    response = acme_editor.post(url, data)
    assert response.status_code == 302

    job = JobPage.objects.get(pk=acme.live_job.pk)
    assert job.workflow_in_progress
    assert job.current_workflow_task.name == "Portal staff approval"
    task_state = job.current_workflow_task_state
    approve = admin_url("wagtailadmin_pages:workflow_action", job.pk, "approve", task_state.pk)
    response = acme_editor.post(approve)
    assert response.status_code in (302, 403)
    assert JobPage.objects.get(pk=job.pk).title == "Acme backend developer"

    staff = factories.UserFactory()
    staff.groups.add(Group.objects.get(name=PORTAL_STAFF))
    acme_editor.force_login(staff)
    acme_editor.post(approve)
    assert JobPage.objects.get(pk=job.pk).title == "Lead backend developer"


def test_company_editor_can_create_a_vacancy_as_a_draft(acme_editor, acme, role):
    url = admin_url("wagtailadmin_pages:add", "careers", "jobpage", acme.company.pk)
    assert acme_editor.get(url).status_code == 200
    template = factories.JobPageFactory.build(role=role, slug="data-engineer")
    response = acme_editor.post(url, job_page_form(template, title="Data engineer"))

    assert response.status_code == 302
    job = acme.company.get_children().get(slug="data-engineer")
    assert not job.live
    assert Page.objects.get(pk=job.pk).owner == acme.editor


def test_page_types_report_does_not_name_another_companys_drafts(acme_editor, acme, bolt):
    """Wagtail's report names the last edited page of each type; it is for staff only here."""
    bolt.draft_job.title = "Bolt stealth launch"
    bolt.draft_job.save_revision()
    bolt.draft_job.save()

    for name in ("page_types_usage", "page_types_usage_results"):
        response = acme_editor.get(admin_url(f"wagtailadmin_reports:{name}"))
        assert "stealth" not in response.text
        assert_denied(acme_editor, response)
    reports = acme_editor.get(admin_url("wagtailadmin_home")).text
    assert admin_url("wagtailadmin_reports:page_types_usage") not in reports


def test_portal_staff_still_see_the_page_types_report(client, acme):
    staff = factories.UserFactory()
    staff.groups.add(Group.objects.get(name=PORTAL_STAFF))
    client.force_login(staff)
    response = client.get(admin_url("wagtailadmin_reports:page_types_usage"))
    assert response.status_code == 200
    assert "Vacancy" in response.text


def test_admin_api_does_not_return_another_companys_pages(acme_editor, acme, bolt):
    index = acme.company.get_parent()
    listing = admin_url("wagtailadmin_api:pages:listing", query=f"?child_of={index.pk}")
    titles = [item["title"] for item in acme_editor.get(listing).json()["items"]]
    assert titles == ["Acme"]
    for page in (bolt.company, bolt.draft_job):
        response = acme_editor.get(admin_url("wagtailadmin_api:pages:detail", page.pk), follow=True)
        assert response.status_code == 404
        assert "Bolt" not in response.text


def test_reverting_to_a_verified_revision_does_not_verify_the_company_again(acme_editor, acme):
    """Portal staff verified Acme, then withdrew it; an old revision still says verified."""
    company = CompanyPage.objects.get(pk=acme.company.pk)
    company.verified = True
    verified_revision = company.save_revision()
    verified_revision.publish()
    company = CompanyPage.objects.get(pk=acme.company.pk)
    company.verified = False
    company.save_revision().publish()

    url = admin_url("wagtailadmin_pages:revisions_revert", company.pk, verified_revision.pk)
    response = acme_editor.post(url, company_page_form(company, hiring_focus="Reverted"))

    assert response.status_code == 302
    company = CompanyPage.objects.get(pk=company.pk)
    draft = company.get_latest_revision_as_object()
    assert draft.hiring_focus == "Reverted"
    assert draft.verified is False
