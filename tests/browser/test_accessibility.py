"""axe-core (npm, pinned in package-lock.json) finds no accessibility violation on any page type in
English, German and French, as Chromium renders them."""

import os
from io import StringIO
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command

from tests.judged_pages import judged_paths

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
# Every WCAG 2.x A/AA rule and axe's best practices; only violations, not the "incomplete" ones a
# person must judge.
RUN_AXE = "axe.run(document, {resultTypes: ['violations']})"


@pytest.fixture
def axe():
    if not AXE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run axe-core but {AXE} is missing (make judges runs npm ci).")
        pytest.skip("axe-core is not installed (make judges)")
    return AXE


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", stdout=StringIO())


def violations(page, axe):
    """What axe-core finds on the page that is open: ``{rule: [first elements it names]}``."""
    page.add_script_tag(path=str(axe))
    found = page.evaluate(RUN_AXE)["violations"]
    return {rule["id"]: [node["target"] for node in rule["nodes"][:3]] for rule in found}


def test_every_page_type_in_every_language_has_no_axe_violation(demo, axe, browser, live_server):
    """Every page type in each language in the light colour scheme, and in English in the dark one
    (the dark palette's contrast; the languages share it)."""
    problems = {}
    checked = 0
    for scheme, languages in (("light", ("en", "de", "fr")), ("dark", ("en",))):
        # The page's Content-Security-Policy forbids the inline script axe arrives in; the policy
        # itself is tested in test_content_security_policy.py.
        context = browser.new_context(
            base_url=live_server.url, bypass_csp=True, color_scheme=scheme
        )
        page = context.new_page()
        for language in languages:
            for name, path in judged_paths(language):
                response = page.goto(path)
                assert response.status == (404 if name == "404" else 200), path
                if found := violations(page, axe):
                    problems[f"{scheme} {language} {name} {path}"] = found
                checked += 1
        context.close()

    assert checked >= 60
    assert problems == {}
