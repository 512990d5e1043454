import sys

from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = "Say in one line whether the database (and, with --cache, the cache) answers; exit 1 if not."

    def add_arguments(self, parser):
        parser.add_argument("--cache", action="store_true", help="also check the cache server")
        parser.add_argument(
            "--create-database",
            action="store_true",
            help="create the configured PostgreSQL database if it does not exist yet",
        )

    def handle(self, *args, **options):
        settings_dict = connection.settings_dict
        where = f"{settings_dict['ENGINE'].rsplit('.', 1)[-1]} at {settings_dict.get('HOST') or 'local'}"
        where += f":{settings_dict.get('PORT') or 'default'}"
        try:
            # The server, not the named database: the test runner creates its own test database.
            with connection._nodb_cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception as error:
            self.stderr.write(
                f"No database answers ({where}): {error.__class__.__name__}. Start PostgreSQL "
                "or set DATABASE_URL."
            )
            sys.exit(1)
        if options["create_database"] and connection.vendor == "postgresql":
            self.create_database(settings_dict["NAME"])
        if options["cache"]:
            try:
                cache.set("check-services", "1", timeout=5)
            except Exception as error:
                self.stderr.write(
                    f"The cache does not answer: {error.__class__.__name__}. Start Redis or set REDIS_URL."
                )
                sys.exit(1)
        self.stdout.write(f"Services answer ({where}).")

    def create_database(self, name):
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(f"CREATE DATABASE {connection.ops.quote_name(name)}")
                self.stdout.write(f"Created the database {name}.")
