import pytest

from django.core.cache import cache

from wagtail.models import Locale, Site

LANGUAGES = ("en", "de", "fr")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (real Redis, a database of its own)."""
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploaded files (images, their renditions) go to a temporary folder, not media/."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get(language_code=code) for code in LANGUAGES}


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_pages(site, locales):
    """The home page of each language, as the data migration made them."""
    root = site.root_page
    return {code: root.get_translation(locale).specific for code, locale in locales.items()}
