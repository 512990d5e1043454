"""What each environment configures: production refuses to start without its variables, DeepL and
Elasticsearch are switched on by theirs. Settings are read at import, so each case needs a fresh
import; one subprocess (``tests/settings_probe.py``) imports them all."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from modelsearch.backends import import_backend

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal"
REDIS_URL = "redis://127.0.0.1:6379/15"
# Variables each case sets itself: never inherited from the shell running the tests.
CASE_VARIABLES = {
    "SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "OPENSEARCH_URL",
    "DEEPL_API_KEY",
    "SERVE_MEDIA",
}
CASES = {
    "production without SECRET_KEY": {
        "settings": "portal.settings.production",
        "env": {"DATABASE_URL": DATABASE_URL},
    },
    "production without DATABASE_URL": {
        "settings": "portal.settings.production",
        "env": {"SECRET_KEY": "x" * 50},
    },
    "production without REDIS_URL": {
        "settings": "portal.settings.production",
        "env": {"SECRET_KEY": "x" * 50, "DATABASE_URL": DATABASE_URL},
    },
    "dev with a DeepL key": {
        "settings": "portal.settings.dev",
        "env": {"DEEPL_API_KEY": "key:fx"},
        "read": ["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"],
    },
    "dev without a DeepL key": {
        "settings": "portal.settings.dev",
        "env": {},
        "read": ["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"],
    },
    "without a search engine": {
        "settings": "portal.settings.test",
        "env": {},
        "read": ["WAGTAILSEARCH_BACKENDS"],
    },
    "with OPENSEARCH_URL": {
        "settings": "portal.settings.test",
        "env": {"OPENSEARCH_URL": "https://search.example.com:9200"},
        "read": ["WAGTAILSEARCH_BACKENDS"],
    },
    "with ELASTICSEARCH_URL": {
        "settings": "portal.settings.test",
        "env": {"ELASTICSEARCH_URL": "https://search.example.com:9243"},
        "read": ["WAGTAILSEARCH_BACKENDS"],
    },
    "production with SERVE_MEDIA=on (make serve, make audit)": {
        "settings": "portal.settings.production",
        "env": {
            "SECRET_KEY": "x" * 50,
            "DATABASE_URL": DATABASE_URL,
            "REDIS_URL": REDIS_URL,
            "SERVE_MEDIA": "on",
        },
        "read": ["SERVE_MEDIA", "DEBUG"],
    },
    "production without SERVE_MEDIA": {
        "settings": "portal.settings.production",
        "env": {"SECRET_KEY": "x" * 50, "DATABASE_URL": DATABASE_URL, "REDIS_URL": REDIS_URL},
        "read": ["SERVE_MEDIA"],
    },
    # Last: Django is set up with it and runs its system checks.
    "production with both variables": {
        "settings": "portal.settings.production",
        "env": {"SECRET_KEY": "x" * 50, "DATABASE_URL": DATABASE_URL, "REDIS_URL": REDIS_URL},
        "check": True,
    },
}


@pytest.fixture(scope="module")
def configured():
    inherited = {k: v for k, v in os.environ.items() if k not in CASE_VARIABLES}
    inherited.pop("DJANGO_SETTINGS_MODULE", None)
    cases = [{**case, "env": {**inherited, **case["env"]}} for case in CASES.values()]
    result = subprocess.run(  # noqa: S603 - this repository's script, not input
        [sys.executable, "-m", "tests.settings_probe"],
        cwd=ROOT,
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(CASES, json.loads(result.stdout.strip().splitlines()[-1]), strict=True))


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "REDIS_URL"])
def test_production_settings_refuse_to_start_without_required_variables(configured, missing):
    error = configured[f"production without {missing}"]["error"]
    assert error == f"ImproperlyConfigured: {missing} must be set in production."


def test_production_settings_start_with_both_variables(configured):
    assert configured["production with both variables"] == {"check": "ok"}


def test_deepl_is_used_when_an_api_key_is_set(configured):
    translator = configured["dev with a DeepL key"]["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]
    assert translator["CLASS"].endswith(".DeepLTranslator")
    assert translator["OPTIONS"] == {"AUTH_KEY": "key:fx"}


def test_dummy_translator_is_used_without_an_api_key(configured):
    translator = configured["dev without a DeepL key"]["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]
    assert translator["CLASS"].endswith(".DummyTranslator")


def search_backend(configured, case):
    params = dict(configured[case]["WAGTAILSEARCH_BACKENDS"]["default"])
    return import_backend(params.pop("BACKEND"))(params)


def test_search_uses_the_database_unless_an_engine_is_configured(configured):
    backend = search_backend(configured, "without a search engine")
    assert type(backend).__name__ == "MultilingualPostgresSearchBackend"


def test_opensearch_url_switches_search_to_opensearch(configured):
    backend = search_backend(configured, "with OPENSEARCH_URL")
    assert type(backend).__name__ == "MultilingualOpenSearchBackend"
    assert backend.index_prefix == "jobfutures_"
    assert [host.get("host") for host in backend.hosts] == ["search.example.com"]


def test_elasticsearch_url_switches_search_to_elasticsearch(configured):
    backend = search_backend(configured, "with ELASTICSEARCH_URL")
    assert type(backend).__name__ == "MultilingualElasticsearchBackend"
    assert backend.index_prefix == "jobfutures_"
    assert [host.get("host") for host in backend.hosts] == ["search.example.com"]


def test_production_serves_uploaded_media_only_when_asked(configured):
    """make serve and make audit show the demo's logos; a deployment leaves media to its storage."""
    asked = configured["production with SERVE_MEDIA=on (make serve, make audit)"]
    assert asked == {"SERVE_MEDIA": True, "DEBUG": False}
    assert configured["production without SERVE_MEDIA"] == {"SERVE_MEDIA": False}
