"""Every page type runs under the strict Content-Security-Policy without a violation or a console
error, and Wagtail's admin works under its own policy."""

from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import Page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Injected before any page script (not subject to the page's policy): collects every violation.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


def one_page_of_each_type():
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        pages.setdefault((type(page).__name__, page.locale.language_code), page.url)
    return pages


def visit(page, url):
    """Open ``url``; return the console errors and CSP violations it caused."""
    errors = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(url)
    page.wait_for_load_state("load")
    assert response.status < 400, url
    return errors + page.evaluate("window.__cspViolations")


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", stdout=StringIO())


def test_every_public_page_type_runs_under_the_strict_policy(demo, browser, live_server):
    urls = {**one_page_of_each_type(), ("search", "en"): "/en/search/?q=python"}
    assert len(urls) >= 30
    context = browser.new_context(base_url=live_server.url)
    context.add_init_script(RECORD_VIOLATIONS)
    problems = {}
    for key, url in urls.items():
        page = context.new_page()
        header = page.request.get(url).headers["content-security-policy"]
        for directive in ("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"):
            assert directive in header, (url, header)
        assert "unsafe" not in header
        if found := visit(page, url):
            problems[key] = found
        page.close()
    context.close()
    assert not problems


def test_the_admin_works_under_its_policy(demo, browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("jobfutures-demo")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    guide = Page.objects.get(
        url_path__endswith="/python-interview-questions/", locale__language_code="en"
    )
    problems = {}
    for url in ("/admin/", f"/admin/pages/{guide.pk}/edit/", f"/admin/pages/{guide.pk}/"):
        header = page.request.get(url).headers["content-security-policy"]
        assert "frame-ancestors 'self'" in header
        if found := visit(page, url):
            problems[url] = found
    context.close()
    assert not problems
