"""Each of the PostgreSQL backend's changes to modelsearch, measured against modelsearch's own method
at 10,000 questions: the figures behind ``search/backends/postgres.py``.

For each change the same requests run twice, back to back: with the portal's method, then with
modelsearch's (the portal's class attribute swapped for the one it overrides, for this benchmark
only). Creates its own throwaway PostgreSQL database; prints figures; asserts nothing about time.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python benchmarks/bench_search_seam.py [--size 10000]
"""

import argparse
import contextlib
import gc
import os
import random
import time

from bench_search import (
    Corpus,
    indexed_questions,
    percentiles,
    throwaway_search_database,
    workloads,
)

from django.core.management import call_command
from django.db import connection
from django.test import Client

from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchQueryCompiler,
)
from wagtail.search.backends import get_search_backend

from guides.models import QuestionPage
from search.backends import postgres


@contextlib.contextmanager
def stock(cls, name, stock_cls):
    """Within the block, ``cls.name`` is modelsearch's ``stock_cls.name``."""
    own = cls.__dict__[name]
    setattr(cls, name, getattr(stock_cls, name))
    try:
        yield
    finally:
        setattr(cls, name, own)


def typo_workload(corpus, ids, n=150):
    """Searches for a title word with two letters swapped: few exact matches, so the view adds
    matches for similar spellings (``Fuzzy``)."""
    rng = random.Random(11)
    requests = []
    for question in QuestionPage.objects.filter(pk__in=rng.sample(ids, 600)).select_related(
        "locale"
    ):
        words = [w for w in question.title.split() if w.isalpha() and len(w) >= 6]
        if not words:
            continue
        word = rng.choice(words)
        i = rng.randint(1, len(word) - 3)
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        requests.append((f"/{question.locale.language_code}/search/", {"q": typo}))
    return requests[:n]


def compare(label, client, requests, swap):
    """p50/p95 with the portal's method and with modelsearch's, each request timed with both one
    after the other, so that the machine's changing load falls on both alike."""
    gc.collect()
    for url, params in requests[:20]:  # warm up connections, caches and query plans
        client.get(url, params)
        with swap():
            client.get(url, params)
    own, modelsearch, statuses = [], [], set()
    for url, params in requests:
        for timings, context in ((own, contextlib.nullcontext), (modelsearch, swap)):
            with context():
                started = time.perf_counter()
                statuses.add(client.get(url, params).status_code)
                timings.append((time.perf_counter() - started) * 1000)
    (own_p50, own_p95), (stock_p50, stock_p95) = percentiles(own), percentiles(modelsearch)
    print(
        f"  {label:<30} portal p50 {own_p50:6.1f} p95 {own_p95:6.1f} ms | "
        f"modelsearch p50 {stock_p50:6.1f} p95 {stock_p95:6.1f} ms   "
        f"({len(requests)} requests each, statuses {sorted(statuses)})"
    )


def time_rebuild():
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    return time.perf_counter() - started


def run(size):
    corpus = Corpus()
    ids = indexed_questions(corpus, size)
    print(f"\n{size:,} questions (os.getloadavg {os.getloadavg()[0]:.1f})")
    client = Client()
    loads = workloads(corpus, ids)

    print("add_items (one walk over the search fields, plain SQL):")
    own = time_rebuild()
    with stock(postgres.MultilingualPostgresIndex, "add_items", PostgresIndex):
        stock_s = time_rebuild()
    own_again = time_rebuild()
    print(
        f"  full re-index (manage.py update_index): portal {own:.0f} s, then {own_again:.0f} s | "
        f"modelsearch {stock_s:.0f} s (one configuration for all), in between"
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    compiler = postgres.MultilingualPostgresSearchQueryCompiler
    print("_build_fuzzy_queryset (trigram index on titles):")
    compare(
        "typo, similar spellings added",
        client,
        typo_workload(corpus, ids),
        lambda: stock(compiler, "_build_fuzzy_queryset", PostgresSearchQueryCompiler),
    )
    print("CappedAutocompleteQueryCompiler.search (rank at most 24 candidates):")
    compare(
        "suggest",
        client,
        loads["suggest"],
        lambda: stock(
            postgres.CappedAutocompleteQueryCompiler, "search", PostgresAutocompleteQueryCompiler
        ),
    )
    index = get_search_backend().get_index_for_model(QuestionPage)
    started = time.perf_counter()
    for _ in range(5):
        index._refresh_title_norms()
    print(
        "_refresh_title_norms (modelsearch's, after every add_items): "
        f"{(time.perf_counter() - started) * 200:.1f} ms a call"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()

    with throwaway_search_database("bench_search_seam"):
        run(args.size)


if __name__ == "__main__":
    main()
