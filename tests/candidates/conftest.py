"""Candidates, and companies as the pool sees them: Acme verified, Bolt not."""

import pytest

from candidates.models import ContactRequest
from tests import factories
from tests.careers.factories import onboarded_company

from .factories import PASSWORD, ProfileFactory


@pytest.fixture
def careers(home_pages):
    home = home_pages["en"]
    return {"companies": factories.CompanyIndexPageFactory(parent=home)}


@pytest.fixture
def acme(careers):
    """A verified company with one open vacancy and one draft."""
    return onboarded_company("Acme", "editor@acme.example", verified=True)


@pytest.fixture
def bolt(careers):
    """An unverified company."""
    return onboarded_company("Bolt", "editor@bolt.example", verified=False)


@pytest.fixture
def acme_request(acme, profile):
    """Acme's pending contact request to the candidate, about its open vacancy."""
    return ContactRequest.objects.create(
        profile=profile,
        handle=profile.handle,
        company=acme.company,
        vacancy=acme.live_job,
        message="Hi",
    )


@pytest.fixture
def acme_client(client, acme):
    client.force_login(acme.editor)
    return client


@pytest.fixture
def profile(db):
    return ProfileFactory(display_name="Ada Lovelace", user__email="ada@example.com")


@pytest.fixture
def other_profile(db):
    return ProfileFactory(display_name="Grace Hopper", user__email="grace@example.com")


@pytest.fixture
def candidate_client(client, profile):
    client.force_login(profile.user)
    return client


@pytest.fixture
def password():
    return PASSWORD
