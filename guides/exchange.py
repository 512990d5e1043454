"""Reading and validating question-bank exchange files (the format is in DESIGN.md).

Validation reads the whole file before anything is written, and reports every problem by item
index and field, so an editor can fix a file in one pass.
"""

import json
from dataclasses import dataclass, field

from django.utils.text import slugify

from wagtail.models import Locale

from .choices import Difficulty

MAX_TEXT = {"slug": 255, "title": 255, "short_answer": 5_000, "answer": 100_000}
MAX_TAG = 100


class ExchangeFileError(Exception):
    """The file cannot be imported; ``problems`` lists every reason, one line each."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class QuestionEntry:
    index: int
    slug: str
    locale: str
    title: str
    short_answer: str
    answer: str
    difficulty: str
    topics: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    translation_of: str | None = None

    @property
    def key(self):
        return (self.slug, self.locale)


def read_file(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise ExchangeFileError([f"{path}: no such file"]) from None
    except UnicodeDecodeError as error:
        raise ExchangeFileError(
            [f"{path}: not UTF-8 ({error.reason} at byte {error.start})"]
        ) from None
    except json.JSONDecodeError as error:
        raise ExchangeFileError(
            [f"{path}: not valid JSON ({error.msg}, line {error.lineno})"]
        ) from None
    except RecursionError:
        raise ExchangeFileError([f"{path}: not valid JSON (nested too deeply)"]) from None
    except OSError as error:  # a directory, no permission...
        raise ExchangeFileError([f"{path}: cannot be read ({error.strerror})"]) from None


def _unencodable(value):
    """Whether a string holds a lone surrogate (valid in JSON's \\u escapes, not in UTF-8)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _text(item, name, problems, where, *, required=True):
    value = item.get(name, "")
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        problems.append(f"{where}, field '{name}': must be a string")
        return ""
    value = value.strip() if name != "answer" else value
    if required and not value:
        problems.append(f"{where}, field '{name}': is required")
    if len(value) > MAX_TEXT[name]:
        problems.append(f"{where}, field '{name}': longer than {MAX_TEXT[name]} characters")
    if "\x00" in value:
        problems.append(f"{where}, field '{name}': contains a NUL character")
    if _unencodable(value):
        problems.append(f"{where}, field '{name}': contains an invalid character (lone surrogate)")
    return value


def _tags(item, name, problems, where):
    value = item.get(name, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(tag, str) and tag.strip() and not _unencodable(tag) for tag in value
    ):
        problems.append(f"{where}, field '{name}': must be a list of non-empty names")
        return []
    tags = [tag.strip() for tag in value]
    if any(len(tag) > MAX_TAG or not slugify(tag, allow_unicode=True) for tag in tags):
        problems.append(
            f"{where}, field '{name}': each name needs a letter or digit and at most {MAX_TAG} characters"
        )
    if len(set(tags)) != len(tags):
        problems.append(f"{where}, field '{name}': names repeat")
    return tags


def parse(data):
    """Validated entries, sources before translations; raises ExchangeFileError with every problem."""
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise ExchangeFileError(['the file must be a JSON object with a "questions" list'])
    languages = set(Locale.objects.values_list("language_code", flat=True))
    difficulties = set(Difficulty.values)
    problems, entries, seen = [], [], {}
    for index, item in enumerate(data["questions"]):
        where = f"item {index}"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        unknown = set(item) - {
            *MAX_TEXT,
            "locale",
            "difficulty",
            "topics",
            "roles",
            "translation_of",
        }
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        slug = _text(item, "slug", problems, where)
        if slug and slugify(slug, allow_unicode=True) != slug:
            problems.append(
                f"{where}, field 'slug': use lowercase letters, digits and hyphens only"
            )
        locale = item.get("locale")
        if not isinstance(locale, str) or locale not in languages:
            problems.append(
                f"{where}, field 'locale': must be one of {', '.join(sorted(languages))}"
            )
            locale = None
        difficulty = item.get("difficulty")
        if not isinstance(difficulty, str) or difficulty not in difficulties:
            problems.append(
                f"{where}, field 'difficulty': must be one of {', '.join(Difficulty.values)}"
            )
            difficulty = None
        translation_of = item.get("translation_of")
        if translation_of is not None and (
            not isinstance(translation_of, str)
            or not translation_of.strip()
            or _unencodable(translation_of)
        ):
            problems.append(f"{where}, field 'translation_of': must be a slug or null")
            translation_of = None
        entry = QuestionEntry(
            index=index,
            slug=slug,
            locale=locale,
            title=_text(item, "title", problems, where),
            short_answer=_text(item, "short_answer", problems, where),
            answer=_text(item, "answer", problems, where, required=False),
            difficulty=difficulty,
            topics=_tags(item, "topics", problems, where),
            roles=_tags(item, "roles", problems, where),
            translation_of=translation_of,
        )
        if entry.key in seen:
            problems.append(
                f"{where}, field 'slug': '{slug}' in '{locale}' repeats item {seen[entry.key]}"
            )
        seen.setdefault(entry.key, index)
        entries.append(entry)
    if problems:
        raise ExchangeFileError(problems)
    return sorted(entries, key=lambda entry: entry.translation_of is not None)
