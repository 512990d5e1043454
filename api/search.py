"""The site search through the API: the same function as the search page (``SiteSearch``), so the
same ranking, locale, visibility, promotions and fallback to the default language."""

import re
from html import unescape
from typing import Literal

from ninja import Query, Router, Schema
from pydantic import Field

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags

from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from guides.models.questions import Difficulty
from search.backends import SearchUnavailable
from search.filters import MAX_PAGE_NUMBER, SearchFilterSet
from search.result_types import RESULT_TYPES
from search.site_search import SiteSearch
from search.visibility import visible_pages

from . import schemas
from .params import Slug, Text

MARKED = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)

router = Router(auth=AllowAnonymous(), tags=["search"])

ResultType = Literal[tuple(kind.slug for kind in RESULT_TYPES)]
LocaleCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]


class SearchParams(Schema):
    q: Text | None = Field(None, description="What to search for.")
    locale: LocaleCode = settings.LANGUAGE_CODE
    type: ResultType | None = None
    topic: Slug | None = None
    difficulty: Literal[tuple(Difficulty.values)] | None = None
    page: int = Field(1, ge=1, le=MAX_PAGE_NUMBER)


def plain(snippet_html):
    """The snippet as text, and its marked words."""
    highlights = [unescape(strip_tags(word)) for word in MARKED.findall(snippet_html)]
    return unescape(strip_tags(snippet_html)), highlights


def result(hit, request):
    text, highlights = plain(hit.snippet)
    return {
        "title": hit.title,
        "url": request.build_absolute_uri(hit.url),
        "type": hit.kind.slug if hit.kind else None,
        "snippet": text,
        "highlights": highlights,
        "promoted": hit.promoted,
    }


@router.get(
    "",
    response={200: schemas.SearchResults},
    url_name="search",
    summary="Search the site, as the search page does",
)
def search(request, params: SearchParams = Query(...)):
    locale = Locale.objects.get(language_code=params.locale)
    data = params.dict(exclude_none=True)
    with translation.override(params.locale):
        filterset = SearchFilterSet(data, queryset=visible_pages(locale), locale=locale)
        if filterset.errors:
            errors = [
                {"loc": ["query", name], "msg": str(message)}
                for name, messages in filterset.errors.items()
                for message in messages
            ]
            return problem_response(status=400, detail="Invalid parameters", errors=errors)
        try:
            outcome = SiteSearch(request, filterset).run()
        except SearchUnavailable:
            response = problem_response(status=503, detail="Search is unavailable, try again later")
            response["Retry-After"] = "60"
            return response
    if outcome.page_out_of_range:
        return problem_response(status=404, detail="There are not that many pages of results")
    page = outcome.page
    return {
        "query": filterset.query.text,
        "locale": (outcome.fallback_locale or locale).language_code,
        "fallback": outcome.fallback_locale is not None,
        "similar_spellings": outcome.similar_spellings,
        "count": outcome.total,
        "page": page.number if page else 1,
        "pages": page.paginator.num_pages if page else 0,
        "items": [result(hit, request) for hit in [*outcome.promotions, *outcome.hits]],
    }
