from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db


def test_load_demo_twice_changes_nothing(demo):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    call_command("load_demo", stdout=StringIO())
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions


def test_load_demo_prints_the_demo_login(demo):
    assert "user 'admin', password 'jobfutures-demo'" in demo


def test_demo_pages_exist_in_every_language(client, demo):
    for path in ("/en/for-employers/", "/de/fuer-arbeitgeber/", "/fr/pour-les-employeurs/"):
        assert client.get(path).status_code == 200
