"""Site search: live, public pages of the active language only."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from portal.i18n import language_links_for_path

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query,
            "results": page,
            "language_links": language_links_for_path(request),
        },
    )


SUGGESTIONS = 8


def suggest(request):
    """Title suggestions for search-as-you-type, as JSON."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    suggestions = []
    if len(query) >= 2:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .autocomplete(query)[:SUGGESTIONS]
        )
        suggestions = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    return JsonResponse({"query": query, "suggestions": suggestions})
