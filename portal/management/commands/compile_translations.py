from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's .po catalogues to .mo files (no system gettext needed)."

    def handle(self, *args, **options):
        catalogues = sorted(
            po
            for directory in settings.LOCALE_PATHS
            for po in Path(directory).glob("*/LC_MESSAGES/*.po")
        )
        for po_path in catalogues:
            polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        self.stdout.write(f"Compiled {len(catalogues)} catalogue(s).")
