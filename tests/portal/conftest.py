"""The page cache and the edge cache tests share a published page and switch the cache on."""

import pytest

from tests import factories


@pytest.fixture
def page_cache_on(settings):
    """The test settings serve uncached; the cache tests switch it on."""
    settings.PAGE_CACHE = True


@pytest.fixture
def page(home_pages):
    """A published standard page for the cache tests to request."""
    page = factories.StandardPageFactory(
        parent=home_pages["en"], title="Hiring with us", slug="hiring", intro="We hire juniors."
    )
    page.save_revision().publish()
    return page
