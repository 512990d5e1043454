"""Site search on OpenSearch (osmem-server) next to PostgreSQL at 10,000 questions, and publish latency
with index updates queued for the task worker.

osmem-server is an in-memory OpenSearch for tests (a test-only dependency): its figures show what the
portal's side costs (building the query, one round trip, loading the page objects), not what a real
cluster would answer in. Creates its own throwaway PostgreSQL database and its own osmem process
(a free port on 127.0.0.1), and removes both at the end. Prints figures; asserts nothing about time.

Bulk indexing into osmem (what timed out before): opensearch-py's ``streaming_bulk`` of 10,000
documents shaped like the portal's (three language copies of the catch-all field) indexed about
1,000 documents in 3-5 s, and then one bulk request stalled for 15-25 s at 5,000 and at 10,000
documents (load average 9-10). Neither the chunk size (100 or 500 documents), nor
``refresh_interval: -1``, nor GOGC=400 for osmem's Go runtime removed the stall. The client's
default timeout (10 s) failed there; the engine's ``TIMEOUT`` of 120 s lets ``update_index`` of
10,000 questions finish (199 s at load average 9).

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python benchmarks/bench_search_engine.py [--size 10000]
"""

import argparse
import gc
import statistics
import time

from bench_search import (
    Corpus,
    indexed_questions,
    throwaway_search_database,
    timed_requests,
    workloads,
)
from osmem_server import OsmemServer

from django.core.management import call_command
from django.test import Client, override_settings

from guides.models import QuestionPage

PUBLISHES = 40
ENGINE = {
    "BACKEND": "search.backends.opensearch",
    "INDEX_PREFIX": "bench_",
    "TIMEOUT": 120,  # osmem stalls a bulk request for up to 25 s under load (see above)
    "AUTO_UPDATE": False,
    "UPDATE_THROUGH_QUEUE": True,
}
QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["search"]},
}


def measure(label, corpus, ids):
    client = Client()
    gc.collect()
    for name, requests in workloads(corpus, ids).items():
        (p50, p95), statuses = timed_requests(client, requests)
        print(
            f"  {label:<22} {name:<18} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
            f"{len(requests)} requests, statuses {sorted(statuses)}"
        )


def publish_latency(label, question):
    timings = []
    for number in range(PUBLISHES):
        question.title = f"{question.title.split(' #')[0]} #{number}"
        started = time.perf_counter()
        question.save_revision().publish()
        timings.append((time.perf_counter() - started) * 1000)
    ordered = sorted(timings)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    print(f"  publish, {label:<46} p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms")


def run(size, engine_url):
    corpus = Corpus()
    ids = indexed_questions(corpus, size)
    backends = {"default": dict(ENGINE, URLS=[engine_url])}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"\n{size:,} questions; indexed into OpenSearch (update_index) in "
              f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    measure("PostgreSQL", corpus, ids)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        measure("OpenSearch (osmem)", corpus, ids)

    question = QuestionPage.objects.get(pk=ids[0])
    publish_latency("PostgreSQL index updated inline", question)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, TASKS=QUEUE):
        publish_latency("OpenSearch, index update queued", question)
        started = time.perf_counter()
        call_command(
            "db_worker", "--backend=search", "--queue-name=search", "--batch", "--no-reload",
            "--no-startup-delay", verbosity=0,
        )  # fmt: skip
        elapsed = (time.perf_counter() - started) * 1000
        print(f"  the worker then ran the queued updates in {elapsed:.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()

    with throwaway_search_database("bench_search_engine"):
        print("osmem-server (starting…)")
        server = OsmemServer.start(japanese=False)
        try:
            run(args.size, server.url)
        finally:
            server.close()
            print("osmem-server stopped.")


if __name__ == "__main__":
    main()
