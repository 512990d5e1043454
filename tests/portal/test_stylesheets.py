"""Every stylesheet parses cleanly: a stray merge-conflict line once dropped the suggestions rule.

tinycss2 parses the syntax (rules, declarations); cssselect2 parses each rule's selector, because a
stray line such as ``=======`` is glued to the next rule's selector and is a syntax error only there.
"""

from pathlib import Path

import cssselect2
import pytest
import tinycss2

from django.conf import settings

STYLESHEETS = sorted(
    path for folder in settings.STATICFILES_DIRS for path in Path(folder).rglob("*.css")
)


def parse_errors(css):
    """Every parse error in ``css``, at the top level, inside rules and inside declarations."""
    errors = []
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    for rule in rules:
        if rule.type == "error":
            errors.append(f"line {rule.source_line}: {rule.message}")
        elif rule.type == "qualified-rule":
            errors.extend(rule_errors(rule))
        elif rule.type == "at-rule" and rule.content is not None:
            nested = tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True)
            for item in nested:
                if item.type == "error":
                    errors.append(f"line {item.source_line}: {item.message}")
                elif item.type == "qualified-rule" and rule.lower_at_keyword != "keyframes":
                    errors.extend(rule_errors(item))
    return errors


def rule_errors(rule):
    errors = []
    try:
        cssselect2.compile_selector_list(rule.prelude)
    except cssselect2.SelectorError as error:
        errors.append(
            f"line {rule.source_line}: selector {tinycss2.serialize(rule.prelude)!r}: {error}"
        )
    items = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
    errors.extend(
        f"line {item.source_line}: {item.message}" for item in items if item.type == "error"
    )
    return errors


def test_there_are_stylesheets_to_check():
    assert STYLESHEETS


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda path: path.name)
def test_stylesheet_has_no_parse_errors(path):
    errors = parse_errors(path.read_text(encoding="utf-8"))
    assert not errors, errors


def test_a_merge_conflict_line_is_a_parse_error():
    css = ".a { color: red; }\n=======\n.search-suggestions { position: absolute; }\n"
    assert parse_errors(css)
