import json
import re
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command

from guides.exchange import ExchangeFileError
from guides.importer import QuestionImporter, export_questions
from guides.models import QuestionPage
from portal.models import Role, Topic
from tests import factories

from .conftest import exchange_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def banks(home_pages, question_bank):
    """A question bank in English, German and French."""
    german = question_bank.copy_for_translation(home_pages["de"].locale)
    german.slug = "fragen"
    german.save_revision().publish()
    french = question_bank.copy_for_translation(home_pages["fr"].locale)
    french.save_revision().publish()
    return {"en": question_bank, "de": german, "fr": french}


def run_import(tmp_path, items, capsys=None):
    path = tmp_path / "questions.json"
    path.write_text(json.dumps({"questions": items}), encoding="utf-8")
    call_command("import_questions", str(path))


def test_import_creates_questions_topics_and_roles_and_prints_counts(banks, tmp_path, capsys):
    run_import(
        tmp_path,
        [exchange_item("lists-vs-tuples"), exchange_item("generators", topics=["Generators"])],
    )

    assert "created 2, updated 0, unchanged 0" in capsys.readouterr().out
    question = QuestionPage.objects.get(slug="lists-vs-tuples")
    assert question.live
    assert question.get_parent().specific == banks["en"]
    assert [block.block_type for block in question.answer] == ["paragraph", "code"]
    assert question.answer[1].value["language"] == "python"
    assert set(Topic.objects.values_list("name", flat=True)) == {
        "Python fundamentals",
        "Generators",
    }
    assert Role.objects.get().name == "Python developer"


def test_imported_questions_are_served_and_listed(client, banks, tmp_path):
    run_import(tmp_path, [exchange_item("lists-vs-tuples")])
    assert client.get("/en/questions/lists-vs-tuples/").status_code == 200
    assert "What is lists vs tuples?" in client.get("/en/questions/").text


def test_import_twice_changes_nothing(banks, tmp_path, capsys):
    items = [exchange_item("lists-vs-tuples"), exchange_item("decorators")]
    run_import(tmp_path, items)
    capsys.readouterr()
    run_import(tmp_path, items)
    assert "created 0, updated 0, unchanged 2" in capsys.readouterr().out
    assert QuestionPage.objects.count() == 2


def test_import_updates_a_changed_question_with_a_revision(banks, tmp_path, capsys):
    run_import(tmp_path, [exchange_item("lists-vs-tuples")])
    run_import(tmp_path, [exchange_item("lists-vs-tuples", short_answer="Tuples are immutable.")])
    assert "created 0, updated 1, unchanged 0" in capsys.readouterr().out
    question = QuestionPage.objects.get(slug="lists-vs-tuples")
    assert question.short_answer == "Tuples are immutable."
    assert question.revisions.count() == 1


def test_invalid_file_reports_every_bad_item_by_index_and_field_and_writes_nothing(banks, tmp_path):
    items = [
        exchange_item("fine"),
        exchange_item("Not A Slug"),
        exchange_item("bad-level", difficulty="expert", locale="xx"),
        exchange_item("no-title", title=""),
        exchange_item("fine"),
        "not an object",
    ]
    with pytest.raises(CommandError) as raised:
        run_import(tmp_path, items)

    message = str(raised.value)
    assert "Nothing was imported" in message
    assert "item 1, field 'slug'" in message
    assert "item 2, field 'difficulty'" in message
    assert "item 2, field 'locale'" in message
    assert "item 3, field 'title': is required" in message
    assert "item 4, field 'slug': 'fine' in 'en' repeats item 0" in message
    assert "item 5: must be an object" in message
    assert not QuestionPage.objects.exists()
    assert not Topic.objects.exists()


def test_a_bad_item_leaves_already_saved_questions_untouched(banks, tmp_path):
    run_import(tmp_path, [exchange_item("lists-vs-tuples")])
    with pytest.raises(CommandError):
        run_import(
            tmp_path,
            [
                exchange_item("lists-vs-tuples", short_answer="changed"),
                exchange_item("x", difficulty="?"),
            ],
        )
    assert QuestionPage.objects.get().short_answer == "A strong answer explains lists-vs-tuples."


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[]", 'a JSON object with a "questions" list'),
    ],
)
def test_unreadable_files_get_a_clear_message(banks, tmp_path, content, expected):
    path = tmp_path / "questions.json"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=expected):
        call_command("import_questions", str(path))


def test_missing_file_gets_a_clear_message(banks, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_questions", str(tmp_path / "missing.json"))


def test_translation_of_makes_the_entry_a_translation_with_translated_topics(banks, tmp_path):
    run_import(
        tmp_path,
        [
            exchange_item("generators", topics=["Iterators and generators"]),
            exchange_item(
                "generatoren",
                locale="de",
                title="Was ist ein Generator?",
                topics=["Iteratoren und Generatoren"],
                roles=["Python-Entwickler"],
                translation_of="generators",
            ),
        ],
    )
    english = QuestionPage.objects.get(slug="generators")
    german = QuestionPage.objects.get(slug="generatoren")
    assert german.translation_key == english.translation_key
    assert german.locale.language_code == "de"
    assert german.get_parent().specific == banks["de"]
    german_topic = german.topic_links.get().topic
    assert german_topic.translation_key == english.topic_links.get().topic.translation_key
    assert german_topic.locale.language_code == "de"


def test_translation_of_an_unknown_question_is_an_error(banks, tmp_path):
    with pytest.raises(CommandError, match="item 0, field 'translation_of': no question 'nope'"):
        run_import(tmp_path, [exchange_item("x", locale="de", translation_of="nope")])


def test_import_into_a_language_without_a_question_bank_is_an_error(question_bank, tmp_path):
    with pytest.raises(CommandError, match="no question bank page in 'fr'"):
        run_import(tmp_path, [exchange_item("x", locale="fr")])


def test_raw_html_in_markdown_is_escaped_not_stored(banks, tmp_path, client):
    run_import(
        tmp_path,
        [exchange_item("xss", answer="Hi <script>alert(1)</script> [x](javascript:alert(1))")],
    )
    html = client.get("/en/questions/xss/").text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_export_then_import_round_trips_without_changes(banks, tmp_path, capsys):
    demo = json.loads(Path("guides/demo/questions.json").read_text(encoding="utf-8"))
    QuestionImporter(demo).run()
    exported = tmp_path / "export.json"
    call_command("export_questions", str(exported))
    capsys.readouterr()

    call_command("import_questions", str(exported))

    assert f"created 0, updated 0, unchanged {len(demo['questions'])}" in capsys.readouterr().out
    assert json.loads(exported.read_text())["questions"] == export_questions()["questions"]


def test_export_names_the_source_of_each_translation(banks, tmp_path):
    QuestionImporter(
        {
            "questions": [
                exchange_item("a"),
                exchange_item("a-fr", locale="fr", translation_of="a", topics=[]),
            ]
        }
    ).run()
    by_slug = {item["slug"]: item for item in export_questions()["questions"]}
    assert by_slug["a"]["translation_of"] is None
    assert by_slug["a-fr"]["translation_of"] == "a"


def test_importer_rejects_unknown_fields(banks):
    with pytest.raises(ExchangeFileError, match="item 0: unknown field"):
        QuestionImporter({"questions": [exchange_item("a", colour="red")]})


def test_editor_made_questions_are_found_by_slug_and_locale(banks, tmp_path, capsys):
    factories.QuestionPageFactory(parent=banks["en"], slug="made-by-hand", title="By hand?")
    run_import(tmp_path, [exchange_item("made-by-hand")])
    assert "created 0, updated 1, unchanged 0" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"locale": ["en"]}, "item 0, field 'locale': must be one of de, en, fr"),
        ({"difficulty": {}}, "item 0, field 'difficulty': must be one of junior, mid, senior"),
        ({"title": "What is \ud800?"}, "item 0, field 'title': contains an invalid character"),
        ({"topics": ["Gener\udfffators"]}, "item 0, field 'topics': must be a list"),
    ],
)
def test_hostile_values_are_reported_by_item_and_field_and_nothing_is_written(
    banks, tmp_path, change, expected
):
    items = [exchange_item("lists-vs-tuples", **change)]
    with pytest.raises(CommandError, match=re.escape(expected)):
        run_import(tmp_path, items)
    assert not QuestionPage.objects.exists()
    assert not Topic.objects.exists()


def test_json_nested_a_hundred_thousand_levels_deep_gets_a_clear_message(banks, tmp_path):
    path = tmp_path / "questions.json"
    path.write_text('{"questions": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(
        CommandError, match="questions.json: not valid JSON \\(nested too deeply\\)"
    ):
        call_command("import_questions", str(path))
    assert not QuestionPage.objects.exists()


def test_a_directory_given_as_the_file_gets_a_clear_message(banks, tmp_path):
    with pytest.raises(CommandError, match=f"{re.escape(str(tmp_path))}: cannot be read"):
        call_command("import_questions", str(tmp_path))
