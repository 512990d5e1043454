"""The design as a visitor's browser renders it: the phone header, dark mode and print."""

import pytest

from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BACKGROUND = "getComputedStyle(document.documentElement).backgroundColor"


@pytest.fixture
def guide(home_pages):
    index = factories.GuideIndexPageFactory(parent=home_pages["en"])
    return factories.GuidePageFactory(parent=index, title="Python interviews")


@pytest.fixture
def visit(browser, live_server):
    contexts = []

    def visit(path, **options):
        context = browser.new_context(base_url=live_server.url, locale="en-GB", **options)
        contexts.append(context)
        page = context.new_page()
        page.goto(path)
        return page

    yield visit
    for context in contexts:
        context.close()


def test_phone_header_is_compact_and_nothing_scrolls_sideways(visit, guide):
    page = visit(guide.url, viewport={"width": 390, "height": 800})
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 180  # it took about 250 px before the menu scrolled sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("#site-search-q").is_visible()
    assert page.get_by_role("link", name="Log in").is_visible()


@pytest.mark.parametrize(
    ("scheme", "background"), [("light", "rgb(255, 255, 255)"), ("dark", "rgb(15, 21, 32)")]
)
def test_page_follows_the_visitors_colour_scheme(visit, guide, scheme, background):
    page = visit(guide.url, color_scheme=scheme)
    assert page.evaluate(BACKGROUND) == background


def test_printed_guide_leaves_out_the_site_around_it(visit, guide):
    page = visit(guide.url)
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert page.get_by_role("heading", level=1, name="Python interviews").is_visible()
    page.emulate_media(media="screen")
    assert page.locator(".site-header").is_visible()
