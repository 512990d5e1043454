from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Build the demo content in every language. Idempotent: running it twice changes nothing."

    def handle(self, *args, **options):
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.demo"
            if app_config.name.startswith(
                ("django.", "wagtail", "modelcluster", "taggit", "rest_framework")
            ) or not find_spec(module_name):
                continue
            loader = getattr(import_module(module_name), "load", None)
            if loader is None:  # a folder of data files that another app's loader reads
                continue
            self.stdout.write(f"Loading demo content: {app_config.verbose_name}")
            loader(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
