"""Guides and question bank: render times of the demo guide and of a 10,000-question bank, and the
import time of 10,000 questions (search indexing included)."""

import time
from io import StringIO

from support import report, throwaway_database, timed

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

QUESTIONS = 10_000


def exchange_item(n):
    return {
        "slug": f"bench-question-{n:05d}",
        "locale": "en",
        "title": f"How would you explain benchmark topic {n} in an interview?",
        "short_answer": "Name the trade-off, give an example, say when it matters in production.",
        "answer": f"Explain topic {n} with an example.\n\n```python\nvalue = {n}\nprint(value * 2)\n```\n\nFollow-up: when does it matter?",
        "difficulty": ("junior", "mid", "senior")[n % 3],
        "topics": [("Python fundamentals", "Databases", "Testing")[n % 3]],
        "roles": ["Python developer"],
        "translation_of": None,
    }


def main():
    from guides.importer import QuestionImporter, index_questions

    with throwaway_database():
        call_command("load_demo", stdout=StringIO())
        client = Client()
        guide = "/en/guides/python-interview-questions/"
        client.get(guide)
        report("demo guide page (warm cache)", timed(lambda: client.get(guide), 50))

        data = {"questions": [exchange_item(n) for n in range(QUESTIONS)]}
        start = time.perf_counter()
        importer = QuestionImporter(data)
        result = importer.run()
        created_at = time.perf_counter()
        print(
            f"import of {QUESTIONS:,} questions: {created_at - start:.1f} s (created {result.created})"
        )

        from guides.models import QuestionPage

        ids = list(
            QuestionPage.objects.filter(slug__startswith="bench-").values_list("pk", flat=True)
        )
        start = time.perf_counter()
        index_questions(ids)
        print(
            f"search indexing of those {QUESTIONS:,} questions: {time.perf_counter() - start:.1f} s"
        )

        bank = "/en/questions/"
        for url in (bank, f"{bank}?page=500", f"{bank}?topic=databases&difficulty=senior&page=3"):
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            report(
                f"question bank {url.removeprefix(bank) or 'page 1'} ({len(queries)} queries)",
                timed(lambda u=url: client.get(u), 30),
            )


if __name__ == "__main__":
    main()
