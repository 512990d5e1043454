"""Every internal link of the demo, in every language, leads somewhere: a walk from each home page.

Breadth-first from /en/, /de/ and /fr/, each URL fetched once through the test client, following
every same-site ``<a href>`` of the HTML pages found. The walk fails on any 4xx or 5xx, and on a link
from a page in one language to a page in another when the target has a translation in the first
(its ``hreflang`` alternates say so): a German visitor must not land on English pages by accident.
"""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from django.conf import settings

from wagtail.models import Site

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Not walked: the admin is the editors' interface, behind a login, and none of the demo's content.
EXCLUDED_PREFIXES = ("/admin/",)
MAX_URLS = 3000  # far above the demo's size: a walk that grows past it is following a link loop


class Links(HTMLParser):
    """The page's ``<a href>`` targets (without the language switcher's, which change language on
    purpose and say so with ``hreflang``) and its ``hreflang`` alternates."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.alternates = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href") and "hreflang" not in attrs:
            self.links.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.alternates[attrs["hreflang"]] = attrs.get("href", "")


def language_of(path):
    first = path.strip("/").split("/", 1)[0]
    return first if first in LANGUAGES else None


def internal_path(base, href, hosts):
    """The same-site path and query ``href`` points to from ``base``, or None."""
    if href.startswith(("mailto:", "tel:", "javascript:")):
        return None
    url, _fragment = urldefrag(urljoin(base, href))
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc not in hosts):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if path.startswith(EXCLUDED_PREFIXES) else path


def walk(client, hosts):
    """(statuses {url: status}, alternates {url: {language: path}}, links [(from, to)])."""
    queue = deque(f"/{code}/" for code in LANGUAGES)
    statuses, alternates, links = {}, {}, []
    seen = set(queue)
    while queue:
        url = queue.popleft()
        response = client.get(url)
        statuses[url] = response.status_code
        targets = []
        if response.status_code in (301, 302, 303, 307, 308):
            targets = [response["Location"]]
        elif response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            parser = Links()
            parser.feed(response.content.decode())
            targets = parser.links
            alternates[url] = {
                code: urlsplit(href).path for code, href in parser.alternates.items()
            }
        for href in targets:
            path = internal_path(f"http://testserver{url}", href, hosts)
            if path is None:
                continue
            links.append((url, path))
            if path not in seen:
                seen.add(path)
                queue.append(path)
        assert len(seen) < MAX_URLS, "the walk does not end: a link loop?"
    return statuses, alternates, links


def translation_of(client, path, language, alternates):
    """The path of ``path``'s version in ``language``, or None: a page names its translations in
    its ``hreflang`` alternates; a view without them (sign-up, search) exists in each language
    under the same path."""
    if alternates:
        return alternates.get(language)
    there = language_of(path)
    swapped = f"/{language}/{path[len(there) + 2 :]}"
    return swapped if client.get(swapped).status_code == 200 else None


def test_every_internal_link_of_the_demo_works_and_stays_in_the_visitors_language(client, demo):
    site = Site.objects.get(is_default_site=True)
    hosts = {"testserver", site.hostname, f"{site.hostname}:{site.port}"}

    statuses, alternates, links = walk(client, hosts)

    broken = sorted(
        f"{source} -> {target} ({statuses[target]})"
        for source, target in set(links)
        if statuses.get(target, 200) >= 400
    )
    assert not broken, "broken links:\n" + "\n".join(broken)
    wrong_language = set()
    for source, target in set(links):
        here, there = language_of(source), language_of(target)
        if here and there and here != there:
            translation = translation_of(client, target, here, alternates.get(target))
            if translation:
                wrong_language.add(f"{source} -> {target} (the {here} page is {translation})")
    assert not wrong_language, "links into another language:\n" + "\n".join(sorted(wrong_language))
    for code in LANGUAGES:  # the walk reached each language's content, not just its home page
        assert sum(language_of(url) == code for url in statuses) > 40, code
