"""Building blocks for demo content: create what is missing, and leave what exists alone.

Each app ships a ``demo`` module or package with ``load(out)``; ``manage.py load_demo`` runs them in
INSTALLED_APPS order, so ``portal`` never imports the apps that build on it.

``make demo`` runs ``load_demo`` on every start, so an existing page, translation or snippet is
never written again: what an editor changed in the demo survives. ``load_demo --reset`` runs the
loaders inside ``resetting()``, which brings everything back to the demo data files.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

from wagtail.fields import StreamField
from wagtail.models import Locale, Site

from portal.fields import stream_content

_resetting = ContextVar("demo_resetting", default=False)


@contextmanager
def resetting(enabled=True):
    """Within this block the loaders overwrite existing demo content with the data files'."""
    token = _resetting.set(enabled)
    try:
        yield
    finally:
        _resetting.reset(token)


def is_resetting():
    """Whether a loader may overwrite what exists (``load_demo --reset``), not only create."""
    return _resetting.get()


def home_page(language_code="en"):
    """The site's home page in one language."""
    root = Site.objects.get(is_default_site=True).root_page
    return root.get_translation(Locale.objects.get(language_code=language_code)).specific


def _apply(page, fields):
    """Set the fields that differ; StreamFields are compared by content, not block ids."""
    changed = False
    for name, value in fields.items():
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            same = stream_content(field, getattr(page, name)) == stream_content(field, value)
        else:
            same = getattr(page, name) == value
        if not same:
            setattr(page, name, value)
            changed = True
    return changed


@transaction.atomic
def upsert_child(parent, model, slug, **fields):
    """Create ``slug`` under ``parent``; when resetting, bring an existing page back to ``fields``
    (publishing only when something changed).

    Returns ``(page, created)``. Running it twice with the same arguments writes nothing.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is None:
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    page = existing.specific
    if not is_resetting():
        return page, False
    if _apply(page, fields) or not page.live:
        page.save_revision().publish()
    return page, False


@transaction.atomic
def upsert_translation(source, language_code, **fields):
    """The translation of ``source`` into ``language_code``, created under the translated parent.

    Fields (slug included) are set on the translation; returns ``(page, created)``.
    """
    locale = Locale.objects.get(language_code=language_code)
    translation = source.get_translation_or_none(locale)
    created = translation is None
    if not created and not is_resetting():
        return translation.specific, False
    if created:
        translation = source.copy_for_translation(locale, copy_parents=False, alias=False)
    translation = translation.specific
    if _apply(translation, fields) or created or not translation.live:
        translation.save_revision().publish()
    return translation, created
