"""Uncached rendering of the demo guide: in-process render time, queries warm and cold, and (with
``--profile``) where the time goes.

"Cold" is the first view after the content changed (the derived-data cache is empty); "warm" is a
view with that cache filled, as every view after the first. No page cache is involved: each render
runs the whole page. Prints figures; asserts nothing about time.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python benchmarks/bench_render.py [--profile] [--keep]
"""

import cProfile
import pstats
import sys
from io import StringIO

from support import report, throwaway_database, timed

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = [
    "/en/guides/python-interview-questions/",
    "/en/questions/lists-vs-tuples/",
    "/en/career-paths/python-backend-developer/",
    "/en/companies/acme/",
]


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


def main():
    from guides.models import GuidePage

    with throwaway_database(keep="--keep" in sys.argv):
        if not GuidePage.objects.exists():
            call_command("load_demo", stdout=StringIO())
        client = Client()
        for url in PAGES:
            client.get(url)  # renditions and other first-view work, as in production
            cache.clear()
            cold = queries(client, url)
            warm = queries(client, url)
            report(
                f"{url} ({warm} queries warm, {cold} cold)", timed(lambda u=url: client.get(u), 40)
            )

        if "--profile" in sys.argv:
            guide = PAGES[0]
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(20):
                client.get(guide)
            profile.disable()
            stats = pstats.Stats(profile)
            stats.sort_stats("cumulative").print_stats(60)
            stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
