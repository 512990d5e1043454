"""The W3C Nu HTML checker (npm ``vnu-jar``, run with Debian's Java) finds no error in any page type,
in English, German and French, as the demo renders them."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from django.conf import settings

from tests.judged_pages import judged_paths

pytestmark = pytest.mark.django_db

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")


@pytest.fixture
def vnu():
    if not (VNU.exists() and JAVA):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the Nu checker but {VNU} or java is missing (make judges).")
        pytest.skip("vnu-jar or java is not installed (make judges)")
    return VNU


def nu_errors(vnu, files):
    """One run of the checker on every file: ``{file name: ["line: message", ...]}``."""
    result = subprocess.run(  # noqa: S603 - our own files, a fixed command
        [JAVA, "-jar", str(vnu), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = {}
    for message in json.loads(result.stderr)["messages"]:
        name = Path(message.get("url", "?")).name
        errors.setdefault(name, []).append(f"{message.get('lastLine')}: {message['message']}")
    return errors


def test_every_page_type_in_every_language_is_valid_html(client, demo, vnu, tmp_path):
    files = []
    for language in ("en", "de", "fr"):
        for name, path in judged_paths(language):
            response = client.get(path)
            assert response.status_code == (404 if name == "404" else 200), path
            files.append(tmp_path / f"{language}-{name}.html")
            files[-1].write_bytes(response.content)

    assert len(files) >= 45
    assert nu_errors(vnu, files) == {}
