"""/sitemap.xml: live public pages of every locale, each with its hreflang alternates.

Wagtail's own sitemap lists only the active language's tree and has no alternates.
"""

from collections import defaultdict

from django.db.models import Q
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site

from portal.visibility import visible


def sitemap_entries(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    roots = site.root_page.get_translations(inclusive=True)
    in_site = Q()
    for root in roots:
        in_site |= Q(path__startswith=root.path)
    pages = (
        visible(Page.objects.filter(in_site))
        .select_related("locale")
        .only("id", "path", "url_path", "translation_key", "last_published_at", "locale")
        .order_by("path")
    )
    entries = [
        {
            "location": page.get_full_url(request),
            "language": page.locale.language_code,
            "lastmod": page.last_published_at,
            "key": page.translation_key,
        }
        for page in pages
    ]
    alternates = defaultdict(list)
    for entry in entries:
        alternates[entry["key"]].append(entry)
    for entry in entries:
        entry["alternates"] = alternates[entry["key"]] if len(alternates[entry["key"]]) > 1 else []
    return entries


@require_safe
def sitemap(request):
    return TemplateResponse(
        request,
        "sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )
