from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

FRAMEWORK_APPS = ("django.", "wagtail", "modelcluster", "taggit", "rest_framework")


class Command(BaseCommand):
    help = "Build the demo content in every language. Idempotent: running it twice changes nothing."

    def handle(self, *args, **options):
        """Each app's ``demo`` module runs in INSTALLED_APPS order: ``load(out)`` builds its content,
        then, once every app has loaded, ``link(out)`` adds links to other apps' pages."""
        modules = []
        for app_config in apps.get_app_configs():
            name = f"{app_config.name}.demo"
            if not app_config.name.startswith(FRAMEWORK_APPS) and find_spec(name):
                modules.append((app_config, import_module(name)))
        with transaction.atomic():
            for app_config, module in modules:
                if hasattr(module, "load"):
                    self.stdout.write(f"Loading demo content: {app_config.verbose_name}")
                    module.load(self.stdout)
            for _app_config, module in modules:
                if hasattr(module, "link"):
                    module.link(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
