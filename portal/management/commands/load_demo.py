from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from portal.demo.pages import resetting

FRAMEWORK_APPS = ("django.", "wagtail", "modelcluster", "taggit", "rest_framework")


class Command(BaseCommand):
    help = (
        "Build the demo content in every language: create what is missing, never change what exists "
        "(an editor's changes survive). --reset brings the demo content back to its data files."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Overwrite demo pages and snippets that editors changed with the demo data.",
        )

    def handle(self, *args, **options):
        """Each app's ``demo`` module runs in INSTALLED_APPS order: ``load(out)`` builds its content,
        then, once every app has loaded, ``link(out)`` adds links to other apps' pages."""
        modules = []
        for app_config in apps.get_app_configs():
            name = f"{app_config.name}.demo"
            if not app_config.name.startswith(FRAMEWORK_APPS) and find_spec(name):
                modules.append((app_config, import_module(name)))
        with transaction.atomic(), resetting(options["reset"]):
            for app_config, module in modules:
                if hasattr(module, "load"):
                    self.stdout.write(f"Loading demo content: {app_config.verbose_name}")
                    module.load(self.stdout)
            for _app_config, module in modules:
                if hasattr(module, "link"):
                    module.link(self.stdout)
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            # Planner statistics for what was just loaded, as after any bulk load: autovacuum would
            # gather them only later, and until then PostgreSQL plans the search for empty tables.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
