"""Site search at scale: latency through the view at 10,000 and 100,000 questions, and the time to
rebuild the search index.

Creates its own throwaway PostgreSQL database next to DATABASE_URL's (never the developer's data),
fills it in bulk, and drops it at the end. Prints figures; asserts nothing about time.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python benchmarks/bench_search.py [--sizes 10000 100000]
"""

import argparse
import gc
import os
import random
import statistics
import sys
import time
import uuid
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
warnings.filterwarnings("ignore", message="No directory at")  # no collectstatic needed here

import django  # noqa: E402

django.setup()

from support import throwaway_database  # noqa: E402

from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from guides.models import QuestionIndexPage, QuestionPage  # noqa: E402
from portal.models import PageTopic, Topic  # noqa: E402

SEED_WORDS = {
    "en": (
        "python generator decorator closure iterator context manager exception list tuple "
        "dictionary set string mutability reference class method property inheritance "
        "metaclass descriptor coroutine asyncio thread process lock queue database index "
        "query transaction migration model serializer view template cache session cookie "
        "authentication authorization token validation testing fixture mock profiling "
        "performance memory garbage collection packaging dependency deployment container "
        "logging monitoring api endpoint pagination versioning security injection"
    ),
    "de": (
        "Python Generator Dekorator Abschluss Iterator Kontextmanager Ausnahme Liste Tupel "
        "Wörterbuch Menge Zeichenkette Veränderlichkeit Referenz Klasse Methode Eigenschaft "
        "Vererbung Metaklasse Deskriptor Koroutine Faden Prozess Sperre Warteschlange "
        "Datenbank Index Abfrage Transaktion Migration Modell Ansicht Vorlage Zwischenspeicher "
        "Sitzung Authentifizierung Autorisierung Validierung Testen Attrappe Leistung "
        "Speicher Bereitstellung Protokollierung Überwachung Schnittstelle Sicherheit"
    ),
    "fr": (
        "Python générateur décorateur fermeture itérateur gestionnaire contexte exception liste "
        "tuple dictionnaire ensemble chaîne mutabilité référence classe méthode propriété "
        "héritage métaclasse descripteur coroutine fil processus verrou file base données "
        "index requête transaction migration modèle vue gabarit cache session authentification "
        "autorisation jeton validation test simulacre performance mémoire déploiement "
        "journalisation surveillance interface sécurité"
    ),
}
TITLE_TEMPLATES = {
    "en": ["What is {0} in {1}?", "How do you use {0} with {1}?", "When should a {0} replace {1}?"],
    "de": ["Was ist {0} in {1}?", "Wie nutzt man {0} mit {1}?", "Wann ersetzt {0} ein {1}?"],
    "fr": [
        "Qu'est-ce que {0} dans {1} ?",
        "Comment utiliser {0} avec {1} ?",
        "Quand {0} remplace-t-il {1} ?",
    ],
}
FILLER = {
    "en": [
        "the",
        "a",
        "of",
        "and",
        "to",
        "in",
        "is",
        "it",
        "that",
        "with",
        "for",
        "as",
        "on",
        "be",
        "by",
        "this",
        "an",
    ],
    "de": [
        "der",
        "die",
        "das",
        "und",
        "zu",
        "in",
        "ist",
        "es",
        "dass",
        "mit",
        "für",
        "als",
        "auf",
        "ein",
        "eine",
        "von",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "à",
        "dans",
        "est",
        "il",
        "que",
        "avec",
        "pour",
        "comme",
        "sur",
        "un",
        "une",
        "de",
    ],
}
TOPICS_PER_LANGUAGE = 30
SYNTHETIC_WORDS = 3000
REQUESTS = 300
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "te",
    "vi",
    "zo",
    "bra",
    "cle",
    "dri",
    "fro",
    "gla",
    "pre",
    "stu",
    "tra",
]


def vocabulary(language, rng):
    """Seed words plus a long tail of made-up words, with Zipf-like weights (few words are common)."""
    words = SEED_WORDS[language].split()
    while len(words) < SYNTHETIC_WORDS:
        words.append("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


class Corpus:
    def __init__(self, seed=20260101):
        self.rng = random.Random(seed)
        self.vocab = {language: vocabulary(language, self.rng) for language in SEED_WORDS}
        self.count = 0

    def words(self, language, n):
        words, weights = self.vocab[language]
        return self.rng.choices(words, weights, k=n)

    def sentence(self, language, n):
        words = self.words(language, n)
        filler = FILLER[language]
        mixed = [w if i % 3 else f"{self.rng.choice(filler)} {w}" for i, w in enumerate(words)]
        return " ".join(mixed).capitalize() + "."

    def title(self, language):
        template = self.rng.choice(TITLE_TEMPLATES[language])
        first, second = self.words(language, 2)
        self.count += 1
        return f"{template.format(first, second)} ({self.count})"


def create_questions(corpus, count, banks, topics):
    """Bulk-create `count` live questions spread over the languages' question banks."""
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(QuestionPage)
    languages = list(banks)
    per_language = {language: count // len(languages) for language in languages}
    per_language[languages[0]] += count - sum(per_language.values())
    created_ids = []
    for language, n in per_language.items():
        bank = banks[language]
        first_step = bank.numchild + 1
        for start in range(0, n, 5000):
            size = min(5000, n - start)
            pages, details = [], []
            for offset in range(size):
                step = first_step + start + offset
                title = corpus.title(language)
                slug = f"q-{step}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=Page._get_path(bank.path, bank.depth + 1, step),
                        depth=bank.depth + 1,
                        numchild=0,
                        url_path=f"{bank.url_path}{slug}/",
                        content_type=content_type,
                        locale_id=bank.locale_id,
                        translation_key=uuid.uuid4(),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
                details.append(
                    {
                        "short_answer": corpus.sentence(language, 20),
                        "answer": [("paragraph", f"<p>{corpus.sentence(language, 60)}</p>")],
                        "difficulty": corpus.rng.choice(["junior", "mid", "senior"]),
                    }
                )
            Page.objects.bulk_create(pages)
            questions = [
                QuestionPage(page_ptr_id=page.pk, **fields)
                for page, fields in zip(pages, details, strict=True)
            ]
            # QuestionPage inherits Page's table: insert only its own table's rows.
            QuestionPage._base_manager._insert(
                questions, fields=QuestionPage._meta.local_concrete_fields, using="default"
            )
            links = []
            for page in pages:
                for position, topic in enumerate(corpus.rng.sample(topics[language], 2)):
                    links.append(
                        PageTopic(
                            page_id=page.pk,
                            topic=topic,
                            sort_order=position,
                            locale_id=bank.locale_id,
                            translation_key=uuid.uuid4(),
                        )
                    )
            PageTopic.objects.bulk_create(links)
            created_ids.extend(page.pk for page in pages)
        bank.numchild += n
        Page.objects.filter(pk=bank.pk).update(numchild=bank.numchild)
    return created_ids


def index_questions(ids, chunk_size=2000):
    """Index new questions in bulk, as the rebuild command does but with topics prefetched."""
    index = get_search_backend().get_index_for_model(QuestionPage)
    for start in range(0, len(ids), chunk_size):
        chunk = (
            QuestionPage.objects.filter(pk__in=ids[start : start + chunk_size])
            .prefetch_related("topic_links__topic")
            .order_by("pk")
        )
        index.add_items(QuestionPage, list(chunk))


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95


def timed_requests(client, requests):
    timings, statuses = [], set()
    for url, params in requests[:20]:  # warm up connections, caches and query plans
        client.get(url, params)
    for url, params in requests:
        started = time.perf_counter()
        response = client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
        statuses.add(response.status_code)
    return percentiles(timings), statuses


def workloads(corpus, sample_ids):
    """Searches a visitor would make: words from an existing title, filtered by one of its topics."""
    rng = random.Random(7)
    questions = (
        QuestionPage.objects.filter(pk__in=rng.sample(sample_ids, min(len(sample_ids), 2000)))
        .select_related("locale")
        .prefetch_related("topic_links__topic")
    )
    one_word, two_words, suggest = [], [], []
    for question in questions:
        language = question.locale.language_code
        filler = set(FILLER[language])
        words = [
            w.strip("?()")
            for w in question.title.split()
            if len(w.strip("?()")) > 3 and w.lower() not in filler and not w.startswith("(")
        ]
        if len(words) < 2:
            continue
        topic = rng.choice([link.topic for link in question.topic_links.all()])
        url = f"/{language}/search/"
        one_word.append((url, {"q": rng.choice(words), "topic": topic.slug}))
        two_words.append((url, {"q": " ".join(rng.sample(words, 2)), "topic": topic.slug}))
        word = rng.choice(words)
        suggest.append((f"/{language}/search/suggest/", {"q": word[: rng.randint(3, 5)]}))
    return {
        "one word + topic": one_word[:REQUESTS],
        "two words + topic": two_words[:REQUESTS],
        "suggest": suggest[:REQUESTS],
    }


def prepare(corpus):
    """A question bank and topics in every language; returns (banks, topics)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    banks, topics = {}, {}
    for home in Page.objects.filter(depth=2).select_related("locale"):
        language = home.locale.language_code
        banks[language] = home.add_child(
            instance=QuestionIndexPage(title="Questions", slug="questions")
        )
        topics[language] = [
            Topic.objects.create(
                name=f"{word.capitalize()} {number}",
                slug=f"topic-{number}",
                locale=locales[language],
                live=True,
            )
            for number, word in enumerate(corpus.words(language, TOPICS_PER_LANGUAGE))
        ]
    return banks, topics


def indexed_questions(corpus, size):
    """A question bank per language with ``size`` questions in all, indexed and analysed; their ids."""
    banks, topics = prepare(corpus)
    ids = create_questions(corpus, size, banks, topics)
    index_questions(ids)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return ids


def grow(corpus, banks, topics, ids, size, rebuild=False):
    """Add questions until there are `size` and index them: the new ones in bulk, or with
    `rebuild` the whole index with `update_index` (timed, as an operator would run it)."""
    started = time.perf_counter()
    new_ids = create_questions(corpus, size - len(ids), banks, topics)
    ids.extend(new_ids)
    with connection.cursor() as cursor:
        # Planner statistics, as autovacuum keeps them in production (it is off on the test
        # server): without them update_index's chunk query sorted every page on disk for each
        # of its 100 chunks of 1,000, most of the 100,000 re-index.
        cursor.execute("ANALYZE")
    print(f"\n{size:,} questions (created in {time.perf_counter() - started:.0f} s)")
    started = time.perf_counter()
    if rebuild:
        call_command("update_index", verbosity=0)
        elapsed = time.perf_counter() - started
        print(f"  full re-index of {size:,} questions (manage.py update_index): {elapsed:.0f} s")
    else:
        index_questions(new_ids)
        print(f"  new questions indexed in bulk in {time.perf_counter() - started:.0f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def first_page_sql(results, stop=10):
    """The queryset the database backend runs for the first results (modelsearch internals)."""
    compiler = results.query_compiler
    return compiler.search(compiler.get_config(results.backend), 0, stop, backend=results.backend)


def explain(label, queryset, indexes):
    """Print which of our indexes PostgreSQL uses for a search query."""
    plan = queryset.explain()
    used = [name for name in indexes if name in plan]
    print(f"  EXPLAIN {label}: uses {', '.join(used) if used else 'NO search index'}")


def explain_searches():
    from django.utils import translation

    from search.visibility import visible_pages

    locale = Locale.objects.get(language_code="en")
    word = SEED_WORDS["en"].split()[-1]
    indexes = [
        "site_search_title_body_gin",
        "site_search_indexentry_object_id",
        "site_search_page_id_text",
        "wagtailsear_autocom",
        "modelsearch_title_text_unaccent_trgm",
        "site_search_page_expire_at",
    ]
    with translation.override("en"):
        pages = visible_pages(locale)
        explain(f"search {word!r}", first_page_sql(pages.search(word)), indexes)
        topic = Topic.objects.filter(locale=locale).first()
        on_topic = pages.filter(id__in=PageTopic.objects.filter(topic=topic).values("page_id"))
        explain(f"search {word!r} + topic", first_page_sql(on_topic.search(word)), indexes)
        suggestions = pages.autocomplete(word[:3])
        explain(f"suggest {word[:3]!r}", first_page_sql(suggestions, stop=8), indexes)


GOALS = {10_000: 50, 100_000: 150}
PROFILED_REQUESTS = 50


def measure(corpus, ids, size):
    client = Client()
    requests_by_workload = workloads(corpus, ids)
    # The benchmark's own bookkeeping (every id, the vocabulary) is no part of a server process:
    # keep the garbage collector from scanning it during the timed requests.
    gc.collect()
    gc.freeze()
    for name, requests in requests_by_workload.items():
        (p50, p95), statuses = timed_requests(client, requests)
        goal = 30 if name == "suggest" else GOALS.get(size)
        verdict = f" (goal p95 ≤ {goal} ms: {'met' if p95 <= goal else 'MISSED'})" if goal else ""
        print(
            f"  {name:<18} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
            f"{len(requests)} requests, statuses {sorted(statuses)}{verdict}"
        )
        time_in_sql(client, requests[:PROFILED_REQUESTS])


def time_in_sql(client, requests):
    """Where a request's time goes: the database (as the driver waits for it) and the rest
    (Python: the view, the backend's query building, templates)."""
    total = sql = queries = 0.0
    for url, params in requests:
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(url, params)
            total += time.perf_counter() - started
        sql += sum(float(query["time"]) for query in captured.captured_queries)
        queries += len(captured.captured_queries)
    n = len(requests)
    print(
        f"  {'':<18} of which SQL {sql * 1000 / n:5.1f} ms in {queries / n:.0f} queries, "
        f"the rest {(total - sql) * 1000 / n:5.1f} ms (mean of {n} requests)"
    )


def run(sizes):
    corpus = Corpus()
    banks, topics = prepare(corpus)
    ids = []
    for size in sizes:
        grow(corpus, banks, topics, ids, size, rebuild=size == sizes[-1])
        measure(corpus, ids, size)
    explain_searches()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--keep", action="store_true", help="leave the database in place to inspect it afterwards"
    )
    args = parser.parse_args()

    with throwaway_search_database("bench_search", keep=args.keep):
        run(sorted(args.sizes))


def throwaway_search_database(name, keep=False):
    """``support.throwaway_database`` named ``<name>_<pid>``, with persistent connections as in
    production (portal/settings/base.py): the test settings open a connection per request, which
    would add connection setup to every figure. ``keep`` leaves it in place afterwards."""
    database = settings.DATABASES["default"]
    database["CONN_MAX_AGE"] = 60
    database["TEST"]["NAME"] = f"{name}_{os.getpid()}"
    print(f"Throwaway database {database['TEST']['NAME']} (migrating…)")
    return throwaway_database(drop=not keep)


if __name__ == "__main__":
    main()
