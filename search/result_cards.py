"""What a search result shows of its page: title, link, the plain text of its snippet fields and
the short facts shown with it.

All of it changes only when content does, so ``result_cards`` caches it per page until the content
version changes (``portal.content_version``): a StreamField's text means converting every block and
fetching the pages and snippets its blocks choose (a guide's body was a fifth of a demo search),
and the specific page is needed only to read them. A search reads the cards of a page of results in
one cache round trip and needs no page rows for them (``search.backends.RankedMatches`` hands over
only ids); only pages not cached yet are fetched, as their specific type.
"""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import get_language

from wagtail.models import Page

from portal.content_version import cached_many
from portal.routing import site_for_request

from .result_types import result_type_for_content_type


@dataclass(frozen=True)
class ResultCard:
    title: str
    url: str | None  # relative to the request's site; None for a page outside every site
    texts: tuple[str, ...]  # the snippet fields' plain text, best first
    details: tuple[str, ...]  # choice labels and the city, in the active language


def result_cards(pages, request):
    """{page pk: ResultCard} for result pages: anything with ``pk`` (a ranked match's id, a
    generic, specific or deferred page), cached per page, language, the request's site and the
    content version. A page that no longer exists has no card."""
    given = {page.pk: page for page in pages}
    site = site_for_request(request)  # remembered per host: no query on a warm search

    def compute(pks):
        loaded = [given[pk] for pk in pks if _is_loaded(given[pk])]
        to_fetch = [pk for pk in pks if not _is_loaded(given[pk])]
        if to_fetch:
            loaded += Page.objects.filter(pk__in=to_fetch).specific()
        return {page.pk: _result_card(page, request) for page in loaded}

    return cached_many(
        "search-result-card", compute, list(given), get_language(), site.pk if site else None
    )


def _is_loaded(page):
    """A specific page with its own fields loaded (not deferred)."""
    return isinstance(page, Page) and type(page) is not Page and not page.get_deferred_fields()


def _result_card(page, request):
    fields = result_type_for_content_type(page.content_type_id).snippet_fields
    return ResultCard(
        title=page.title,
        url=page.get_url(request),
        texts=tuple(text for text in snippet_texts(page, fields) if text),
        details=details_for(page),
    )


def snippet_texts(page, field_names):
    """The plain text of each field the page has, one at a time, whitespace collapsed; rich text
    and StreamFields without markup."""
    for name in field_names:
        value = getattr(page, name, None)
        if not value or callable(value):
            continue
        try:
            model_field = page._meta.get_field(name)
        except FieldDoesNotExist:
            model_field = None
        if hasattr(model_field, "get_searchable_content"):
            text = " ".join(str(text) for text in model_field.get_searchable_content(value))
        else:
            text = str(value)
        yield " ".join(text.split())


# Choice fields whose label tells a reader something at a glance: a question's difficulty,
# a vacancy's seniority and remote policy.
DETAIL_CHOICE_FIELDS = ("difficulty", "seniority", "remote_policy")


def details_for(page):
    details = []
    for name in DETAIL_CHOICE_FIELDS:
        if getattr(page, name, None):
            details.append(str(getattr(page, f"get_{name}_display")()))
    city = getattr(page, "city", "")
    if city:
        details.append(city)
    return tuple(details)
