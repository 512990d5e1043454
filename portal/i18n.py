"""Links between a page and its translations: the language switcher and hreflang alternates."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info, to_locale

from wagtail.models import Locale, Page

from portal.content_version import cached
from portal.visibility import hidden_paths, is_visible

_locales = {}  # Locale objects by id and by language code


def _all_locales():
    if not _locales:
        for locale in Locale.objects.all():
            _locales[locale.pk] = _locales[locale.language_code] = locale
    return _locales


def active_locale():
    """The Locale of the active language, without a query per call (Locale.get_active() queries).

    Locales change only when an administrator adds a language; the cache is dropped when they do.
    """
    locales = _all_locales()
    code = get_language() or settings.LANGUAGE_CODE
    return locales.get(code) or Locale.get_active()


def localized(page):
    """``page.localized`` (its live translation in the active language, else the page itself)
    without ``Locale.get_active()``'s query."""
    locale = active_locale()
    if page.locale_id == locale.pk:
        return page
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else page


def locale_code(obj):
    """The language code of a page or snippet, without fetching its locale."""
    locale = _all_locales().get(obj.locale_id)
    return locale.language_code if locale else obj.locale.language_code


def _forget_locales(**kwargs):
    _locales.clear()


post_save.connect(_forget_locales, sender=Locale)
post_delete.connect(_forget_locales, sender=Locale)


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


def _ancestor_paths(page):
    steplen = page.steplen
    return [page.path[:end] for end in range(2 * steplen, len(page.path) + 1, steplen)]


def trail_rows(page):
    """The page's ancestors below the tree root and the page, and every translation of each of
    them (live or not), in path order: one query, remembered under the page's path until content
    changes (a publish, unpublish, move or deletion bumps the content version), and on the page."""
    if not hasattr(page, "_trail_rows"):

        def compute():
            paths = _ancestor_paths(page)
            keys = Page.objects.filter(path__in=paths).values("translation_key")
            return list(Page.objects.filter(translation_key__in=keys).order_by("path"))

        page._trail_rows = cached("page-trail", compute, page.path)
    return page._trail_rows


def remember_trail_rows(page, rows):
    """``trail_rows(page)`` as read elsewhere under the current content version (``portal.routing``
    keeps them with the page's route: no cache read of their own)."""
    page._trail_rows = rows


def _load_trail(page):
    """The trail and the visible translations, remembered on the page object. Visibility is decided
    here on every request: an expiry date passes without any change to the content."""
    if hasattr(page, "_trail"):
        return
    ancestors = set(_ancestor_paths(page)[:-1])
    rows = trail_rows(page)
    hidden = hidden_paths()
    page._trail = [row for row in rows if row.path in ancestors] + [page]
    page._translations = [row for row in rows if is_visible(row, hidden)]


def page_trail(page):
    """The page's ancestors below the tree root, then the page."""
    _load_trail(page)
    return page._trail


def language_links_for_page(page, request):
    """One link per language: to the page's visible translation, else to its nearest translated
    ancestor. One query whatever the depth of the page, none while the content is unchanged."""
    _load_trail(page)
    chain = page._trail
    by_key_and_language = {(t.translation_key, locale_code(t)): t for t in page._translations}
    current_language = locale_code(page)
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
                is_current=code == current_language,
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
    default = settings.LANGUAGE_CODE
    for link in alternates:
        if link.language_code == default:
            x_default = LanguageLink("x-default", "", link.url, link.full_url, False, False)
            return [*alternates, x_default]
    return alternates
