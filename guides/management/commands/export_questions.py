import json

from django.core.management.base import BaseCommand, CommandError

from guides.importer import export_questions


class Command(BaseCommand):
    help = "Export every question to a JSON file in the exchange format (import reads it back unchanged)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the JSON; '-' for standard output")

    def handle(self, *args, file, **options):
        data = export_questions()
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if file == "-":
            self.stdout.write(text, ending="")
            return
        try:
            with open(file, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as error:
            raise CommandError(f"Cannot write {file}: {error.strerror}") from None
        self.stdout.write(f"exported {len(data['questions'])} questions to {file}")
