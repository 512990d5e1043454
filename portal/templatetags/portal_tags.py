from django import template

from wagtail.models import Site

from portal import jsonld
from portal.content_version import cached
from portal.i18n import hreflang_alternates, localized, page_trail
from portal.i18n import og_locale as og_locale_for
from portal.visibility import visible

register = template.Library()


@register.filter
def json_ld(data):
    """Serialise a dict for <script type="application/ld+json">; content cannot close the element."""
    return jsonld.dumps(data)


@register.filter
def hreflang(language_links):
    return hreflang_alternates(language_links or [])


@register.filter
def og_locale(language_code):
    return og_locale_for(language_code)


@register.inclusion_tag("includes/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    """The active language's top-level pages that editors marked "show in menus"."""
    request = context.get("request")
    current = context.get("page")
    if current is not None:
        home = page_trail(current)[0]  # fetched already for the breadcrumbs and language links
    else:
        site = Site.find_for_request(request) if request else None
        if site is None:
            return {"items": [], "home": None}
        home = localized(site.root_page)

    def menu():
        return [
            {"title": item.title, "url": item.get_url(request), "path": item.path}
            for item in visible(home.get_children()).in_menu()
        ]

    items = cached("primary-navigation", menu, home.pk)
    return {
        "home": home,
        "items": [
            {**item, "is_current": bool(current and current.path.startswith(item["path"]))}
            for item in items
        ],
    }
