"""Chosen pages, as a visitor of the active language may see them.

Editors choose pages once, usually in the source language; wagtail-localize keeps those choices when it
translates a page (pages are localized at render time). Blocks therefore resolve each choice to its
live, public translation in the active language, or keep the chosen page marked as not translated,
and drop anything a visitor may not see. One query per call, whatever the number of pages.
"""

from dataclasses import dataclass

from wagtail.models import Locale, Page


@dataclass(frozen=True)
class VisiblePage:
    page: Page
    translation_missing: bool  # shown in another language than the visitor's

    @property
    def language_code(self):
        return self.page.locale.language_code


def visible_pages(chosen, model=Page, locale=None):
    """Resolve chosen pages (any locale, ``None`` for deleted ones) in order, without duplicates."""
    chosen = [page for page in chosen if page is not None]
    if not chosen:
        return []
    locale = locale or Locale.get_active()
    candidates = (
        model.objects.live()
        .public()
        .filter(translation_key__in={page.translation_key for page in chosen})
        .select_related("locale")
    )
    if model is Page:
        candidates = candidates.specific()
    by_key = {}
    for candidate in candidates:
        versions = by_key.setdefault(candidate.translation_key, {})
        versions[candidate.locale_id] = candidate
    resolved, seen = [], set()
    for page in chosen:
        versions = by_key.get(page.translation_key, {})
        if page.translation_key in seen or not versions:
            continue
        seen.add(page.translation_key)
        if locale.pk in versions:
            resolved.append(VisiblePage(versions[locale.pk], translation_missing=False))
        elif page.locale_id in versions:
            resolved.append(VisiblePage(versions[page.locale_id], translation_missing=True))
    return resolved
