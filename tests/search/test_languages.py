"""Each language gets its stemmer by name; a new language needs no search configuration."""

import pytest

from django.test import override_settings

from search.backends.languages import elasticsearch_analyzer, postgres_config
from search.backends.postgres import MultilingualPostgresSearchBackend


@pytest.mark.parametrize(
    ("language", "config", "analyzer"),
    [
        ("en", "english", "english"),
        ("de", "german", "german"),
        ("fr", "french", "french"),
        ("pt-br", "portuguese", "portuguese"),
        ("ja", "simple", "standard"),  # no stemmer: words are matched as written
    ],
)
def test_stemmer_is_chosen_by_the_languages_english_name(language, config, analyzer):
    assert postgres_config(language) == config
    assert elasticsearch_analyzer(language) == analyzer


@pytest.mark.django_db
def test_a_language_added_to_settings_is_stemmed_without_search_configuration():
    with override_settings(LANGUAGES=[("en", "English"), ("es", "Spanish")]):
        backend = MultilingualPostgresSearchBackend({})

    assert backend.config_for_language("es") == "spanish"
    assert backend.config_for_language("xx") == "english"  # unknown: the default language's


@pytest.mark.django_db
def test_search_configs_option_overrides_the_choice():
    backend = MultilingualPostgresSearchBackend({"SEARCH_CONFIGS": {"de": "simple"}})

    assert backend.config_for_language("de") == "simple"
    assert backend.config_for_language("fr") == "french"
