"""Every environment variable the portal reads, in one place.

Settings modules import from here; nothing else calls ``os.environ``.
"""

import os


def env(name, default=None):
    """Return the variable, treating an empty string as unset."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_list(name, default=()):
    value = env(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY")
DATABASE_URL = env("DATABASE_URL")
REDIS_URL = env("REDIS_URL")
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
OPENSEARCH_URL = env("OPENSEARCH_URL")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
DEEPL_API_KEY = env("DEEPL_API_KEY")
