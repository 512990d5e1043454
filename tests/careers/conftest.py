"""The careers section of the site, and companies onboarded the way portal staff onboard them."""

import pytest

from careers.onboarding import onboard_company
from tests import factories


@pytest.fixture
def careers(home_pages):
    """The English company, vacancy and career-path indexes, as in the demo."""
    home = home_pages["en"]
    return {
        "companies": factories.CompanyIndexPageFactory(parent=home),
        "jobs": factories.JobIndexPageFactory(parent=home),
        "career_paths": factories.CareerPathIndexPageFactory(parent=home),
    }


@pytest.fixture
def role(db):
    return factories.RoleFactory(name="Python developer")


def _onboarded(careers, name, email):
    """A company onboarded with ``onboard_company``, its hiring page approved and published, with a
    live vacancy and a draft one."""
    onboarding = onboard_company(name, email)
    company = onboarding.company
    company.hiring_focus = f"{name} hires Python developers."
    company.save_revision().publish()
    live_job = factories.JobPageFactory(parent=company, title=f"{name} backend developer")
    live_job.save_revision().publish()
    draft_job = factories.JobPageFactory(parent=company, title=f"{name} secret plans", live=False)
    draft_job.save_revision()
    onboarding.live_job = live_job
    onboarding.draft_job = draft_job
    return onboarding


@pytest.fixture
def acme(careers):
    return _onboarded(careers, "Acme", "editor@acme.example")


@pytest.fixture
def bolt(careers):
    return _onboarded(careers, "Bolt", "editor@bolt.example")


@pytest.fixture
def acme_editor(client, acme):
    """A logged-in client for Acme's editor."""
    client.force_login(acme.editor)
    return client
