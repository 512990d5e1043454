from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from careers.onboarding import OnboardingError, onboard_company


class Command(BaseCommand):
    help = (
        "Give a company a draft hiring page and an editor who may maintain that page and its "
        "vacancies only; their changes go live when portal staff approve them. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help='the company\'s name, e.g. "Acme"')
        parser.add_argument(
            "--editor", required=True, metavar="EMAIL", help="the company editor's email address"
        )
        parser.add_argument("--slug", help="the hiring page's slug (default: from the name)")

    def handle(self, *args, name, editor, slug=None, **options):
        try:
            result = onboard_company(name, editor, slug=slug)
        except OnboardingError as error:
            raise CommandError(str(error)) from error
        for change in result.changes:
            self.stdout.write(f"  {change}")
        if not result.changes:
            self.stdout.write("  Nothing to change: the company was already onboarded.")
        edit_path = reverse("wagtailadmin_pages:edit", args=[result.company.pk])
        edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + edit_path
        self.stdout.write(f"Hiring page (draft until portal staff approve it): {edit_url}")
        if result.set_password_url:
            self.stdout.write(
                f"Send {result.editor.email} this link to choose a password "
                f"(it works once, for a limited time): {result.set_password_url}"
            )
        else:
            self.stdout.write(f"{result.editor.email} already has a password.")
        self.stdout.write(self.style.SUCCESS(f"{result.company.title} is onboarded."))
