"""Which stemmer each language is indexed and searched with.

PostgreSQL and Elasticsearch both name their Snowball stemmers after the language in English
("german", "french"), so a language added to ``LANGUAGES`` gets the right stemmer without further
configuration. The database backend's ``SEARCH_CONFIGS`` option overrides the choice.
"""

from django.conf import settings
from django.utils.translation import get_language_info

# Built-in text search configurations of PostgreSQL 15 (SELECT cfgname FROM pg_ts_config).
POSTGRES_CONFIGS = frozenset(
    [
        "arabic",
        "armenian",
        "basque",
        "catalan",
        "danish",
        "dutch",
        "english",
        "finnish",
        "french",
        "german",
        "greek",
        "hindi",
        "hungarian",
        "indonesian",
        "irish",
        "italian",
        "lithuanian",
        "nepali",
        "norwegian",
        "portuguese",
        "romanian",
        "russian",
        "serbian",
        "spanish",
        "swedish",
        "tamil",
        "turkish",
        "yiddish",
    ]
)

# Built-in language analyzers of Elasticsearch 8 and 9.
ELASTICSEARCH_ANALYZERS = frozenset(
    [
        "arabic",
        "armenian",
        "basque",
        "bengali",
        "brazilian",
        "bulgarian",
        "catalan",
        "cjk",
        "czech",
        "danish",
        "dutch",
        "english",
        "estonian",
        "finnish",
        "french",
        "galician",
        "german",
        "greek",
        "hindi",
        "hungarian",
        "indonesian",
        "irish",
        "italian",
        "latvian",
        "lithuanian",
        "norwegian",
        "persian",
        "portuguese",
        "romanian",
        "russian",
        "serbian",
        "sorani",
        "spanish",
        "swedish",
        "turkish",
        "thai",
    ]
)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def _stemmer_name(language_code, available, overrides, default):
    if language_code in overrides:
        return overrides[language_code]
    for code in (language_code, language_code.split("-")[0]):
        try:
            name = get_language_info(code)["name"].lower()
        except KeyError:
            continue
        if name in available:
            return name
    return default


def postgres_config(language_code, overrides=None):
    """The PostgreSQL text search configuration for a language; "simple" (no stemming) if none."""
    return _stemmer_name(language_code, POSTGRES_CONFIGS, overrides or {}, "simple")


def elasticsearch_analyzer(language_code, overrides=None):
    """The Elasticsearch analyzer for a language; "standard" (no stemming) if none."""
    return _stemmer_name(language_code, ELASTICSEARCH_ANALYZERS, overrides or {}, "standard")
