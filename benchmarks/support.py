"""What every benchmark needs: Django set up on a throwaway PostgreSQL database, and timing helpers.

Benchmarks print figures; they assert nothing about time. They never touch the developer's database:
each run creates ``test_<name>`` next to it (as the test suite does) and drops it at the end.
"""

import contextlib
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


@contextlib.contextmanager
def throwaway_database(keep=False, drop=True):
    """``keep=True`` (a script's ``--keep``) reuses the database of the last run and leaves it in
    place, for profiling one change after another; ``drop=False`` creates a new one and leaves it
    in place, to inspect afterwards."""
    setup_test_environment()
    # Never the test suite's "test_<name>": a benchmark started while `make test` runs would drop it.
    test_settings = connection.settings_dict.setdefault("TEST", {})
    test_settings["NAME"] = test_settings.get("NAME") or f"bench_{connection.settings_dict['NAME']}"
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=keep)
    try:
        yield name
    finally:
        if drop and not keep:
            connection.creation.destroy_test_db(name, verbosity=0)


def timed(function, repeat):
    """Run ``function`` ``repeat`` times; return the durations in milliseconds."""
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def report(label, durations):
    ordered = sorted(durations)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{label:<58} median {statistics.median(ordered):8.1f} ms   p95 {p95:8.1f} ms   (n={len(ordered)})"
    )
