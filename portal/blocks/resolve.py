"""Chosen pages, as a visitor of the active language may see them.

Editors choose pages once, usually in the source language; wagtail-localize keeps those choices when it
translates a page (pages are localized at render time). Blocks therefore resolve each choice to its
visible translation in the active language, or keep the chosen page marked as not translated, and
drop anything a visitor may not see.

Wagtail has already loaded the chosen pages (in bulk) when a block renders, so pages already in the
active language cost no query; the others cost one query for the whole block.
"""

from dataclasses import dataclass

from wagtail.models import Page

from portal.i18n import active_locale, locale_code
from portal.visibility import hidden_paths, is_visible, visible


@dataclass(frozen=True)
class VisiblePage:
    page: Page
    translation_missing: bool  # shown in another language than the visitor's

    @property
    def language_code(self):
        return locale_code(self.page)


def visible_pages(chosen, model=Page, locale=None, specific=True):
    """Resolve chosen pages (any locale, ``None`` for deleted ones) in order, without duplicates.

    With ``model=Page`` fetched translations are specific unless ``specific=False`` (enough for a URL
    and a title).
    """
    chosen = [page for page in chosen if page is not None]
    if not chosen:
        return []
    locale = locale or active_locale()
    hidden = hidden_paths()
    versions = {}  # translation key -> {locale id: page}
    for page in chosen:
        if is_visible(page, hidden):
            versions.setdefault(page.translation_key, {})[page.locale_id] = page
    missing = {page.translation_key for page in chosen if page.locale_id != locale.pk}
    if missing:
        candidates = visible(model.objects.filter(translation_key__in=missing, locale=locale))
        if model is Page and specific:
            candidates = candidates.specific()
        for candidate in candidates:
            versions.setdefault(candidate.translation_key, {})[candidate.locale_id] = candidate
    resolved, seen = [], set()
    for page in chosen:
        options = versions.get(page.translation_key, {})
        if page.translation_key in seen or not options:
            continue
        seen.add(page.translation_key)
        if locale.pk in options:
            resolved.append(VisiblePage(options[locale.pk], translation_missing=False))
        elif page.locale_id in options:
            resolved.append(VisiblePage(options[page.locale_id], translation_missing=True))
    return resolved
