"""Home pages become a stream of blocks that starts with a hero: existing pages keep their body, with
a hero (the page's title and introduction above a search box) put in front of it."""

import json
import uuid

from django.db import migrations, models


def add_hero(apps, schema_editor):
    # The historical model's StreamField knows no blocks (portal.fields keeps them out of
    # migrations) and would drop every block it is given: the JSON is written as it is.
    HomePage = apps.get_model("home", "HomePage")
    table = schema_editor.quote_name(HomePage._meta.db_table)
    for page in HomePage.objects.all():
        blocks = list(page.body.raw_data)
        if any(block.get("type") == "hero" for block in blocks):
            continue
        hero = {"type": "hero", "value": {"heading": "", "text": ""}, "id": str(uuid.uuid4())}
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET body = %s WHERE page_ptr_id = %s",  # noqa: S608 - a table name
                [json.dumps([hero, *blocks]), page.pk],
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_faqpage"),
    ]

    operations = [
        migrations.AlterField(
            model_name="homepage",
            name="intro",
            field=models.TextField(
                blank=True,
                help_text="Shown in the hero unless it has its own text, and in search engines' results.",
                verbose_name="introduction",
            ),
        ),
        migrations.RunPython(add_hero, migrations.RunPython.noop),
    ]
