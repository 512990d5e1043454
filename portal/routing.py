"""Wagtail's routing of a page address, remembered until content changes.

Wagtail finds the page for ``/en/guides/python-interview-questions/`` level by level: the site's root
page in the visitor's language (a query for the Locale, one for the specific root page), then each
child and its specific page: five queries on the demo guide, on every view. Where an address leads is
derived data like any other: it changes only when a page is published, unpublished, moved or deleted
or a site changes, which bumps the content version (``portal.cache``). A route remembered under the
current version costs one query (the page by its id), and its entry comes with the request's first
Redis round trip, with the page's trail of ancestors and translations (``portal.i18n.trail_rows``,
for the language switcher and breadcrumbs). A route computed here skips the Locale query too
(``portal.i18n.localized``).

The site that answers a host is remembered the same way, in the same round trip: Wagtail's
``Site.find_for_request`` queries the sites (with their root pages) once per request, and a site or
its root page changes only with a bump of the content version. Routes are remembered per host for
the same reason: the site a host leads to is part of where its addresses lead.

What is remembered is the page at the address; the page routes itself from there as Wagtail would
have it (``page.route(request, [])``: a ``RoutablePageMixin`` page picks its index view). An address
that a page routes on to a view of its own (``/en/jobs/feed/``) is not remembered, nor a page below a
hidden subtree's root (``portal.visibility``): an ancestor that expires later must stop its subtree
being served on its date, which no publish marks.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Site

from portal.content_version import TIMEOUT, VERSION_KEY, content_version
from portal.i18n import localized, remember_trail_rows, trail_rows
from portal.visibility import hidden_roots


def _below_hidden_root(page):
    return any(page.path.startswith(path) and path != page.path for path, _ in hidden_roots())


def _remembered_page(entry):
    _version, pk, content_type_id, trail = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=pk).first() if model is not None else None
    if page is not None:
        remember_trail_rows(page, trail)
    return page


def _host(request):
    """The host as Wagtail's ``Site.find_for_request`` matches it: by hostname and port."""
    return f"{split_domain_port(request.get_host())[0]}:{request.get_port()}"


def _read_with_site(request, *keys):
    """(the request's site, the content version, {key: entry}) for ``keys``, read with the site's
    entry and the version in one round trip; the site comes from its entry when that is current
    (``Site.find_for_request`` and a new entry otherwise)."""
    site_key = f"site:{_host(request)}"
    found = cache.get_many([VERSION_KEY, site_key, *keys])
    version = found.get(VERSION_KEY) or content_version()
    if not hasattr(request, "_wagtail_site"):
        remembered = found.get(site_key)
        if remembered is not None and remembered[0] == version:
            request._wagtail_site = remembered[1]
        elif Site.find_for_request(request) is not None:
            cache.set(site_key, (version, request._wagtail_site), TIMEOUT)
    return request._wagtail_site, version, found


def site_for_request(request):
    """``Site.find_for_request(request)`` for a view other than Wagtail's ``serve`` (search, say),
    from the entry remembered for the host when it is current: no query on a warm view."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    return _read_with_site(request)[0]


def route_for_request(request, path):
    """What Wagtail's ``Page.route_for_request`` returns for ``path`` (a ``RouteResult`` or None)."""
    key = f"route:{_host(request)}:{get_language()}:{path}"
    site, version, found = _read_with_site(request, key)
    if site is None:
        return None
    entry = found.get(key)
    try:
        if entry is not None and entry[0] == version:
            page = _remembered_page(entry)
            if page is not None:
                return page.route(request, [])
        components = [component for component in path.split("/") if component]
        root = localized(site.root_page)
        result = root.specific.route(request, components)
    except Http404:
        return None
    page = result[0]
    # The page at the address itself, not a page routing the rest of it to a view of its own.
    at_address = page.url_path == root.url_path + "".join(f"{part}/" for part in components)
    if at_address and not _below_hidden_root(page):
        # (content version, page id, content type id, the page's trail rows)
        entry = (version, page.pk, page.content_type_id, trail_rows(page))
        cache.set(key, entry, TIMEOUT)
    return result


class PageRouteMiddleware:
    """Routes a request for Wagtail's ``serve`` view here first; Wagtail then uses the result it
    keeps on the request (``request._wagtail_route_for_request``, see ``Page.route_for_request``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            request._wagtail_route_for_request = route_for_request(request, path)
        return None
