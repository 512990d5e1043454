"""Median render times of the vacancy index and the company index with 1,000 vacancies.

Builds a throwaway database of its own (dropped at the end), fills it with 50 companies and 1,000
vacancies, then renders each page several times as an anonymous visitor. Prints figures; asserts
nothing about time.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python benchmarks/bench_careers.py
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

COMPANIES = 50
VACANCIES = 1_000
RUNS = 15
CITIES = ["Berlin", "Hamburg", "Lyon", "Amsterdam", "Vienna", "Zurich", "Munich", "Paris"]


def build():
    from wagtail.models import Locale, Site

    from tests import factories

    home = Site.objects.get(is_default_site=True).root_page.specific
    assert home.locale == Locale.get_default()
    companies = factories.CompanyIndexPageFactory(parent=home)
    jobs = factories.JobIndexPageFactory(parent=home)
    roles = [
        factories.RoleFactory(name=name)
        for name in ("Python developer", "Backend developer", "Data engineer", "Django developer")
    ]
    per_company = VACANCIES // COMPANIES
    for number in range(COMPANIES):
        company = factories.CompanyPageFactory(
            parent=companies, logo=factories.ImageFactory(), verified=number % 3 != 0
        )
        for offset in range(per_company):
            factories.JobPageFactory(
                parent=company,
                role=roles[offset % len(roles)],
                city=CITIES[(number + offset) % len(CITIES)],
                remote_policy=("onsite", "hybrid", "remote")[offset % 3],
            )
    return {"vacancy index": jobs.url, "company index": companies.url}


def measure(client, url):
    client.get(url)  # warm up: logo renditions, template loading
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings) * 1000, len(queries)


def main():
    setup_test_environment()
    media = tempfile.mkdtemp(prefix="bench-careers-media-")
    settings.MEDIA_ROOT = media
    database = connection.settings_dict["NAME"]
    connection.settings_dict.setdefault("TEST", {})["NAME"] = f"bench_careers_{database}"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        started = time.perf_counter()
        urls = build()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics, as autovacuum keeps them in production
        print(
            f"Careers: built {COMPANIES} companies and {VACANCIES} vacancies "
            f"in {time.perf_counter() - started:.1f} s"
        )
        cache.clear()
        client = Client()
        pages = {
            **urls,
            "vacancy index, page 40": urls["vacancy index"] + "?page=40",
            "vacancy index, 3 filters": urls["vacancy index"]
            + "?role=python-developer&remote=hybrid&location=Berlin",
        }
        for name, url in pages.items():
            median, queries = measure(client, url)
            print(f"  {name:<28} median {median:7.1f} ms over {RUNS} renders, {queries} queries")
    finally:
        connection.creation.destroy_test_db(database, verbosity=0)
        shutil.rmtree(media, ignore_errors=True)


if __name__ == "__main__":
    main()
