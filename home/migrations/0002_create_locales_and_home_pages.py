"""English, German and French locales, and one site whose root is the English home page.

The German and French home pages are translations of it (same translation key), so every page of
the portal lives under a language prefix from the first migrate on.
"""

import uuid

from django.db import migrations

LANGUAGES = ("en", "de", "fr")
HOME_PAGES = {
    "en": ("JobFutures", "home"),
    "de": ("JobFutures", "startseite"),
    "fr": ("JobFutures", "accueil"),
}


def create_locales_and_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}

    # Wagtail's own initial migration made a plain "Welcome" page; the portal's home replaces it.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", slug="home").delete()

    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    translation_key = uuid.uuid4()
    homes = {}
    for position, code in enumerate(LANGUAGES, start=2):
        title, slug = HOME_PAGES[code]
        homes[code] = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locales[code],
            translation_key=translation_key,
            live=True,
            has_unpublished_changes=False,
        )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=homes["en"], is_default_site=True,
        site_name="JobFutures",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_locales_and_home_pages, migrations.RunPython.noop),
    ]
