"""Building blocks for demo content: create what is missing, and leave what exists alone.

Each app ships a ``demo`` module or package with ``load(out)``; ``manage.py load_demo`` runs them in
INSTALLED_APPS order, so ``portal`` never imports the apps that build on it.

``make demo`` runs ``load_demo`` on every start, so an existing page, translation or snippet is
never written again: what an editor changed in the demo survives. ``load_demo --reset`` runs the
loaders inside ``resetting()``, which brings everything back to the demo data files.
"""

import json
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

from wagtail.fields import StreamField
from wagtail.models import Locale, Site
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

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
    """The translation of ``source`` into ``language_code``, made with wagtail-localize as an editor
    would (Translate in the admin): a translation source, a ``Translation`` to the locale and one
    string translation per segment, so the admin's translation editor and "Sync translated pages"
    work on demo pages too.

    ``fields`` are the human translation (slug included): each segment of those fields is stored as a
    manual translation. Segments of fields not given (a city name, an empty SEO title) go to the
    configured machine translator (the dummy one unless DeepL is set up). The translated parent must
    exist. Returns ``(page, created)``; an existing translation is left alone unless resetting.
    """
    locale = Locale.objects.get(language_code=language_code)
    existing = source.get_translation_or_none(locale)
    if existing is not None and not is_resetting():
        return existing.specific, False
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    Translation.objects.get_or_create(source=translation_source, target_locale=locale)
    human, overrides = _human_translation(source.specific, fields)
    for segment in translation_source.overridablesegment_set.select_related("context"):
        value = overrides.get((segment.context.path, segment.data_json))
        if value is not None:
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(value, cls=DjangoJSONEncoder)},
            )
    machine = []
    for segment in translation_source.stringsegment_set.select_related("context", "string"):
        text = human.get((segment.context.path, segment.string.data))
        if text is None:
            machine.append(segment)
        else:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    _machine_translate(translation_source, locale, machine)
    page, _created = translation_source.create_or_update_translation(
        locale, publish=False, fallback=True
    )
    page = page.specific
    # publish=True would publish once the outer transaction commits; later loaders need it live now.
    page.get_latest_revision().publish()
    return page, existing is None


def _human_translation(source, fields):
    """What ``fields`` translate, as wagtail-localize stores it: ``({(segment path, source text):
    translated text}, {(segment path, source value): overriding value})``. The source page and a
    copy holding ``fields`` are segmented alike, so their segments pair up in order; overridable
    segments (an address in a link block) count where the translation changes them."""
    copy = type(source).objects.get(pk=source.pk)
    for name, value in fields.items():
        setattr(copy, name, value)
        field = copy._meta.get_field(name)
        if isinstance(field, StreamField):  # give new blocks their ids, as saving would
            stream_block = field.stream_block
            value = getattr(copy, name)
            setattr(copy, name, stream_block.to_python(stream_block.get_prep_value(value)))

    def by_field(instance):
        grouped = {}
        for segment in extract_segments(instance):
            if isinstance(segment, StringSegmentValue | OverridableSegmentValue):
                grouped.setdefault(segment.path.split(".")[0], []).append(segment)
        return grouped

    original, translated = by_field(source), by_field(copy)
    strings, overrides = {}, {}
    for name in fields:
        pairs = original.get(name, []), translated.get(name, [])
        if [type(s) for s in pairs[0]] != [type(s) for s in pairs[1]]:
            raise ValueError(
                f"{source!r}: the translation of {name!r} has {len(pairs[1])} segments, "
                f"the source {len(pairs[0])}: the demo data must translate each one"
            )
        for ours, theirs in zip(*pairs, strict=True):
            if isinstance(ours, StringSegmentValue):
                strings[(ours.path, ours.string.data)] = theirs.string.data
            elif ours.data != theirs.data:
                overrides[(ours.path, json.dumps(ours.data, cls=DjangoJSONEncoder))] = theirs.data
    return strings, overrides


def _machine_translate(translation_source, locale, segments):
    """Machine-translate the segments without a human translation, as the admin's "Translate
    with ..." button does, keeping translations that exist."""
    translator = get_machine_translator()
    done = set(
        StringTranslation.objects.filter(
            locale=locale, translation_of__in=[segment.string_id for segment in segments]
        ).values_list("translation_of_id", "context_id")
    )
    missing = [s for s in segments if (s.string_id, s.context_id) not in done]
    if not missing or translator is None:
        return
    strings = {segment.string.as_value() for segment in missing}
    translated = translator.translate(translation_source.locale, locale, strings)
    for segment in missing:
        value = translated.get(segment.string.as_value())
        if value is not None and value.data is not None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=value.data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=translator.display_name,
            )
