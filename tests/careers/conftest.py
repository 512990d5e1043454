"""The careers section of the site, and companies onboarded the way portal staff onboard them.

A module with many tests about Acme and Bolt onboards them once for all its tests (onboarding
costs seconds) with ``pytestmark = pytest.mark.usefixtures("companies_once")``: ``careers``,
``acme`` and ``bolt`` then read what ``companies_once`` built, afresh for each test.
"""

from dataclasses import dataclass, replace

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Site

from careers.models import CareerPathIndexPage, CompanyIndexPage, CompanyPage, JobIndexPage, JobPage
from tests import factories

from .factories import careers_indexes, onboarded_company


def _onboarded_once(request):
    """What ``companies_once`` built, when the test's module uses it; else None."""
    if "companies_once" in request.fixturenames:
        return request.getfixturevalue("companies_once")
    return None


@pytest.fixture
def careers(request, home_pages):
    """The English company, vacancy and career-path indexes, as in the demo."""
    if saved := _onboarded_once(request):
        return fresh_indexes(saved)
    return careers_indexes(home_pages["en"])


@pytest.fixture
def role(db):
    return factories.RoleFactory(name="Python developer")


@pytest.fixture
def acme(request, careers):
    if saved := _onboarded_once(request):
        return fresh_onboarding(saved, "acme")
    return onboarded_company("Acme", "editor@acme.example")


@pytest.fixture
def bolt(request, careers):
    if saved := _onboarded_once(request):
        return fresh_onboarding(saved, "bolt")
    return onboarded_company("Bolt", "editor@bolt.example")


@pytest.fixture
def acme_editor(client, acme):
    """A logged-in client for Acme's editor."""
    client.force_login(acme.editor)
    return client


@dataclass(frozen=True)
class _Saved:
    """Primary keys of what ``companies_once`` built, to fetch fresh instances for each test."""

    indexes: dict
    onboardings: dict


@pytest.fixture(scope="module")
def companies_once(django_db_setup, django_db_blocker):
    """Acme and Bolt onboarded once for a whole test module (onboarding costs seconds).

    The data is written inside a transaction that is rolled back when the module is done; each
    test still runs in its own savepoint, so whatever a test changes is undone after it. Tests
    use the function-scoped ``acme``/``bolt``/``careers`` fixtures built on this one, which fetch
    fresh instances: a test that changes an object in memory leaves the next test unaffected.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.get_translation(Locale.get_default()).specific
        indexes = careers_indexes(home)
        onboardings = {
            "acme": onboarded_company("Acme", "editor@acme.example"),
            "bolt": onboarded_company("Bolt", "editor@bolt.example"),
        }
        yield _Saved(
            indexes={name: page.pk for name, page in indexes.items()},
            onboardings={
                name: {
                    "company": o.company.pk,
                    "group": o.group.pk,
                    "editor": o.editor.pk,
                    "live_job": o.live_job.pk,
                    "draft_job": o.draft_job.pk,
                    "onboarding": o,
                }
                for name, o in onboardings.items()
            },
        )
        transaction.set_rollback(True)


def fresh_onboarding(saved, name):
    """The onboarding of ``name`` from ``companies_once``, every object read again."""
    pks = saved.onboardings[name]
    onboarding = replace(
        pks["onboarding"],
        company=CompanyPage.objects.get(pk=pks["company"]),
        group=Group.objects.get(pk=pks["group"]),
        editor=get_user_model().objects.get(pk=pks["editor"]),
    )
    onboarding.live_job = JobPage.objects.get(pk=pks["live_job"])
    onboarding.draft_job = JobPage.objects.get(pk=pks["draft_job"])
    return onboarding


def fresh_indexes(saved):
    return {
        name: model.objects.get(pk=saved.indexes[name])
        for name, model in (
            ("companies", CompanyIndexPage),
            ("jobs", JobIndexPage),
            ("career_paths", CareerPathIndexPage),
        )
    }
