from django.core.management.base import BaseCommand, CommandError

from guides.exchange import ExchangeFileError, read_file
from guides.importer import QuestionImporter


class Command(BaseCommand):
    help = (
        "Import questions from an exchange-format JSON file. Validates the whole file first and writes "
        "nothing if any item is invalid; idempotent by (slug, locale)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 JSON file in the question bank exchange format")

    def handle(self, *args, file, **options):
        try:
            result = QuestionImporter(read_file(file)).run()
        except ExchangeFileError as error:
            lines = "\n".join(f"  {problem}" for problem in error.problems)
            raise CommandError(
                f"Nothing was imported: {len(error.problems)} problem(s)\n{lines}"
            ) from None
        self.stdout.write(
            f"created {result.created}, updated {result.updated}, unchanged {result.unchanged}"
        )
