"""Site search and title suggestions: thin views over SiteSearch and the search backend."""

import logging

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from portal.i18n import active_locale, language_links_for_path
from portal.routing import site_for_request

from .backends import SearchUnavailable
from .filters import SearchFilterSet
from .query_log import record_search
from .query_text import parse_query
from .result_types import result_type_for_content_type
from .site_search import SiteSearch
from .visibility import visible_pages

logger = logging.getLogger(__name__)

SUGGESTIONS = 8
MIN_SUGGEST_LENGTH = 2


def search(request):
    site_for_request(request)  # every result's link needs it: remembered per host, no query
    locale = active_locale()
    filterset = SearchFilterSet(request.GET, queryset=visible_pages(locale), locale=locale)
    context = {
        "filterset": filterset,
        "query": filterset.query,
        "language_links": language_links_for_path(request),
    }
    try:
        outcome = SiteSearch(request, filterset).run()
    except SearchUnavailable:
        logger.exception("Site search is unavailable")
        response = TemplateResponse(request, "search/unavailable.html", context, status=503)
        response["Retry-After"] = "60"
        return response

    if outcome.mode == "search" and filterset.page_number == 1:
        active_total = 0 if outcome.fallback_locale else outcome.total
        record_search(filterset.query, locale, active_total)

    context.update(outcome=outcome, notices=notices(filterset, outcome))
    if filterset.errors:
        status = 400
    elif outcome.page_out_of_range:
        status = 404
    else:
        status = 200
    return TemplateResponse(request, "search/search.html", context, status=status)


def notices(filterset, outcome):
    """What the visitor should know about how their request was understood."""
    messages = []
    query = filterset.query
    if query.was_shortened:
        messages.append(_("Your search was long, so only its beginning was used."))
    elif query.text and not query.terms:
        messages.append(_("Type words to search for; punctuation and symbols are ignored."))
    ignored = {
        "type": _("There is no result type “%(value)s”; showing all types."),
        "topic": _("There is no topic “%(value)s” in this language; showing all topics."),
        "difficulty": _("There is no difficulty “%(value)s”; showing all levels."),
        "page": _("“%(value)s” is not a page number; showing the first page."),
    }
    for name, value in filterset.invalid_values():
        if name in ignored:
            messages.append(ignored[name] % {"value": value[:50]})
    if outcome.page_out_of_range:
        messages.append(_("There are not that many pages of results; showing the last one."))
    return messages


def suggest(request):
    """Up to eight visible pages of the active language with title words starting like the query."""
    query = parse_query(request.GET.get("q"))
    suggestions = []
    status = 200
    if len(query.searchable) >= MIN_SUGGEST_LENGTH:
        site_for_request(request)  # for the links: remembered per host, no query
        pages = visible_pages(active_locale()).autocomplete(query.searchable, operator="and")
        try:
            suggestions = [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "type": str(result_type_for_content_type(page.content_type_id).label),
                }
                for page in pages[:SUGGESTIONS]
            ]
        except SearchUnavailable:
            logger.exception("Search suggestions are unavailable")
            status = 503
    response = JsonResponse({"query": query.text, "suggestions": suggestions}, status=status)
    if status == 200:
        patch_cache_control(response, public=True, max_age=60)
    return response
