"""Template tags for what every page shows from the home app: the footer's links."""

from django import template
from django.core.cache import cache

from wagtail.models import Site

from home.models import FooterSettings
from portal.content_version import content_version
from portal.i18n import active_locale
from portal.request_cache import read_together

register = template.Library()

# One entry for every site and language, read with the other keys every page needs (one round trip),
# so a warm page's footer costs neither a query nor a cache read of its own.
FOOTER_LINKS_KEY = "home:footer-links"
read_together(FOOTER_LINKS_KEY)


@register.simple_tag(takes_context=True)
def footer_links(context):
    """[{url, title, language}] of the site's footer links as the visitor may follow them, kept
    until content or the footer changes."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    part = f"{request.get_host()}:{site.pk}:{active_locale().pk}"
    version = content_version()
    entries = cache.get(FOOTER_LINKS_KEY) or {}
    if part in entries and entries[part][0] == version:
        return entries[part][1]
    links = [
        # A chosen page's own title: its listing title would cost a query per link.
        {
            "url": link.get_url(),
            "title": link.get("title")
            or (link.shown.page.title if link.shown else link.get_title()),
            "language": link.get_language(),
        }
        for link in FooterSettings.for_site(site).visible_links(request)
    ]
    entries = {key: entry for key, entry in entries.items() if entry[0] == version}
    entries[part] = (version, links)
    cache.set(FOOTER_LINKS_KEY, entries, timeout=None)
    return links
