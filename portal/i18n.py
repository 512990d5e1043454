"""Links between a page and its translations: the language switcher and hreflang alternates."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info, to_locale

from wagtail.models import Locale, Page


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str  # the language's own name ("Deutsch"), as a speaker of it would look for it
    url: str
    full_url: str  # absolute, as hreflang and sitemaps require
    is_current: bool
    is_fallback: (
        bool  # no translation of this page: the link goes to its nearest translated ancestor
    )


# OpenGraph wants language_TERRITORY; the territory is where most of the portal's readers are.
OG_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}


def og_locale(language_code):
    return OG_LOCALES.get(language_code, to_locale(language_code))


def _language_name(code):
    return get_language_info(code)["name_local"]


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def language_links_for_page(page, request):
    """One link per language: to the page's live translation, else to its nearest translated ancestor.

    Two queries whatever the depth of the page: its ancestors, then every live public translation of
    the page and of its ancestors.
    """
    chain = [*page.get_ancestors().filter(depth__gt=1), page]
    translations = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=[p.translation_key for p in chain])
        .select_related("locale")
    )
    by_key_and_language = {(t.translation_key, t.locale.language_code): t for t in translations}
    links = []
    for code in _languages():
        target, is_fallback = None, False
        for candidate in reversed(chain):
            target = by_key_and_language.get((candidate.translation_key, code))
            if target:
                break
            is_fallback = True
        if target is None:
            continue
        links.append(
            LanguageLink(
                language_code=code,
                name=_language_name(code),
                url=target.get_url(request),
                full_url=target.get_full_url(request),
                is_current=code == page.locale.language_code,
                is_fallback=is_fallback,
            )
        )
    return links


def language_links_for_path(request):
    """For views that are not pages (search): the same path under each language prefix."""
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    links = []
    for code in _languages():
        url = translate_url(request.get_full_path(), code)
        links.append(
            LanguageLink(
                language_code=code,
                name=_language_name(code),
                url=url,
                full_url=request.build_absolute_uri(url),
                is_current=code == current,
                is_fallback=False,
            )
        )
    return links


def hreflang_alternates(language_links):
    """hreflang <link>s: exact translations only, plus x-default pointing at the default language."""
    alternates = [link for link in language_links if not link.is_fallback]
    default = Locale.get_default().language_code
    for link in alternates:
        if link.language_code == default:
            x_default = LanguageLink("x-default", "", link.url, link.full_url, False, False)
            return [*alternates, x_default]
    return alternates
