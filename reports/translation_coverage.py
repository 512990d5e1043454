"""Translation coverage: which pages and snippets each language still lacks or has let fall behind.

Editors use the coverage report (Reports → Translation coverage) to see, for every page and
translatable snippet of the source language and every other language, one of three states:

``missing``
    No page or snippet with the same translation key exists in that language.
``out of date``
    The source was published after the translation last caught up with it:

    * a translation kept in sync by wagtail-localize (an enabled ``Translation`` of a
      ``TranslationSource`` in the source language) caught up when the source was last submitted
      for translation or synced (``TranslationSource.last_updated_at``, which wagtail-localize
      sets when it extracts the source content); it is out of date when the source's
      ``last_published_at`` is later. Syncing makes it up to date again.
    * any other translation (created by ``load_demo`` or the question importer, edited by hand,
      or one whose synced translation was stopped) caught up when it was last published (or, if
      it never was, last saved as a revision); it is out of date when the source was published
      after that. Publishing the translation makes it up to date again.
``up to date``
    Otherwise. Whether every segment of a synced translation has been translated yet is
    wagtail-localize's own "Translations" report ("Waiting for translations").

The source language is the default locale (``LANGUAGE_CODE``). Pages are every concrete
``BasePage`` subclass, found through Wagtail's page models so that this report imports no app;
snippets are every registered translatable snippet model.

The whole report is one SQL query (a UNION of one annotated query per model and language) plus
its count, whatever the number of rows.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Page,
    RevisionMixin,
    TranslatableMixin,
    get_page_models,
)
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from portal.models import BasePage


class State(models.TextChoices):
    MISSING = "missing", _("Missing")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    UP_TO_DATE = "up_to_date", _("Up to date")


def translatable_page_models():
    """Every concrete portal page type, in Wagtail's registration order."""
    return [model for model in get_page_models() if issubclass(model, BasePage)]


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def type_key(model):
    return model._meta.label_lower


def _label(model):
    return capfirst(model._meta.verbose_name)


def type_choices():
    """(group label, [(type key, verbose name), ...]) for the report's type filter."""
    return [
        (_("Pages"), [(type_key(m), _label(m)) for m in translatable_page_models()]),
        (_("Snippets"), [(type_key(m), _label(m)) for m in translatable_snippet_models()]),
    ]


def languages():
    """(source locale, [every other locale]) in one query: the source is the default language."""
    locales = list(Locale.objects.order_by("language_code"))
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    source = next(locale for locale in locales if locale.language_code == default)
    return source, [locale for locale in locales if locale.pk != source.pk]


def target_language_choices():
    """(language code, name) of every content language but the source, from settings."""
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return [(code, name) for code, name in get_content_languages().items() if code != default]


def _changed_at(model):
    """When the content visitors see last changed: its last publication, else its last revision."""
    if issubclass(model, Page):
        revision = F("latest_revision_created_at")  # a column of its own: no join
    else:
        revision = F("latest_revision__created_at")
    if issubclass(model, DraftStateMixin):
        return Coalesce(F("last_published_at"), revision)
    if issubclass(model, RevisionMixin):
        return revision
    return Value(None, output_field=models.DateTimeField())


def _title_field(model):
    """The text field that names an object: title, name, question, else its first text field."""
    text_fields = [
        field.name for field in model._meta.fields if isinstance(field, models.CharField)
    ]
    preferred = [name for name in ("title", "name", "question") if name in text_fields]
    return (preferred or text_fields)[0]


# Column names of each report row, in the order every part of the UNION selects them.
ROW_FIELDS = (
    "row_type",
    "row_object_id",
    "row_label",
    "row_locale_id",
    "row_state",
    "translation_id",
    "translation_live",
    "translation_source_id",
    "synced_at",
    "source_changed_at",
)


def _rows_for(model, source, target, page_types=None, state=None):
    """One row per ``model`` object of the ``source`` locale, with its state in ``target``."""
    key = OuterRef("translation_key")
    translations = model._default_manager.filter(translation_key=key, locale=target).order_by()
    synced = Translation.objects.filter(
        source__object_id=key, source__locale=source, target_locale=target, enabled=True
    )
    rows = model._default_manager.filter(locale=source).order_by()
    if page_types is not None:
        content_types = ContentType.objects.get_for_models(*page_types).values()
        rows = rows.filter(content_type__in=content_types, alias_of__isnull=True)
        # An alias shows the source page's content: wagtail-localize offers to translate it.
        translations = translations.filter(alias_of__isnull=True)
        row_type = F("content_type_id")
    else:
        row_type = Value(ContentType.objects.get_for_model(model).pk)
    if issubclass(model, DraftStateMixin):
        live = Subquery(translations.values("live")[:1])
    else:
        live = Value(True)
    rows = rows.annotate(
        row_type=row_type,
        row_object_id=F("pk"),
        row_label=F(_title_field(model)),
        row_locale_id=Value(target.pk),
        translation_id=Subquery(translations.values("pk")[:1]),
        translation_live=live,
        translation_changed_at=Subquery(
            translations.annotate(changed_at=_changed_at(model)).values("changed_at")[:1]
        ),
        translation_source_id=Subquery(synced.values("source_id")[:1]),
        synced_at=Subquery(synced.values("source__last_updated_at")[:1]),
        source_changed_at=_changed_at(model),
    ).annotate(
        row_state=Case(
            When(translation_id__isnull=True, then=Value(State.MISSING.value)),
            When(
                Q(synced_at__isnull=False, source_changed_at__gt=F("synced_at"))
                | Q(
                    synced_at__isnull=True,
                    source_changed_at__gt=F("translation_changed_at"),
                ),
                then=Value(State.OUT_OF_DATE.value),
            ),
            default=Value(State.UP_TO_DATE.value),
        )
    )
    if state:
        rows = rows.filter(row_state=state)
    return rows.values(*ROW_FIELDS)


def coverage_rows(source, targets, language_code=None, type_name=None, state=None):
    """Every report row matching the filters, as one queryset of dicts ordered by title.

    ``source`` and ``targets`` are what ``languages()`` returns; ``language_code`` limits the rows
    to one target language, ``type_name`` (a model label such as ``guides.guidepage``) to one page
    or snippet type, ``state`` to one ``State``.
    """
    if language_code:
        targets = [locale for locale in targets if locale.language_code == language_code]
    page_models = translatable_page_models()
    parts = []
    for target in targets:
        chosen_pages = [m for m in page_models if type_name in (None, type_key(m))]
        if chosen_pages:
            parts.append(_rows_for(Page, source, target, page_types=chosen_pages, state=state))
        for model in translatable_snippet_models():
            if type_name in (None, type_key(model)):
                parts.append(_rows_for(model, source, target, state=state))
    if not parts:
        return Page.objects.none().values(*ROW_FIELDS)
    first, *others = parts
    return first.union(*others, all=True).order_by("row_label", "row_object_id", "row_locale_id")


@dataclass(frozen=True)
class CoverageRow:
    """One source object in one target language, with the links an editor acts on."""

    model: type
    object_id: int
    label: str
    locale: Locale
    state: str
    translation_id: int | None
    translation_live: bool | None
    translation_source_id: int | None
    synced_at: datetime | None
    source_changed_at: datetime | None

    @property
    def locale_id(self):
        return self.locale.pk

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    @property
    def type_label(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def state_label(self):
        return State(self.state).label

    @property
    def translation_status(self):
        """Whether visitors can read the translation: "live", "draft", or "" when missing."""
        if self.translation_id is None:
            return ""
        return _("live") if self.translation_live else _("draft")

    @property
    def is_synced(self):
        """Kept in sync by wagtail-localize (else a translation made or edited directly)."""
        return self.translation_source_id is not None

    def _edit_url(self, pk):
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[pk])
        return reverse(self.model.snippet_viewset.get_url_name("edit"), args=[quote(pk)])

    @property
    def source_edit_url(self):
        return self._edit_url(self.object_id)

    @property
    def translate_url(self):
        """wagtail-localize's "Translate" form with this row's language ticked."""
        if self.is_page:
            url = reverse("wagtail_localize:submit_page_translation", args=[self.object_id])
        else:
            meta = self.model._meta
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(self.object_id)],
            )
        return f"{url}?{urlencode({'select_locale': self.locale.language_code})}"

    @property
    def edit_translation_url(self):
        """The translation's editor (wagtail-localize's segment editor for a synced one)."""
        return self._edit_url(self.translation_id)

    @property
    def sync_url(self):
        return reverse("wagtail_localize:update_translations", args=[self.translation_source_id])

    def action_links(self, can_submit_translations):
        """(label, url) of the links to act on this row."""
        if self.state == State.MISSING:
            return [(_("Translate"), self.translate_url)] if can_submit_translations else []
        links = [(_("Edit translation"), self.edit_translation_url)]
        if self.is_synced and can_submit_translations:
            links.append((_("Sync"), self.sync_url))
        return links


def decorate(rows, locales):
    """CoverageRow objects for the dicts of one page of ``coverage_rows``, without a query."""
    locales = {locale.pk: locale for locale in locales}
    return [
        CoverageRow(
            model=ContentType.objects.get_for_id(row["row_type"]).model_class(),
            object_id=row["row_object_id"],
            label=row["row_label"],
            locale=locales[row["row_locale_id"]],
            state=row["row_state"],
            translation_id=row["translation_id"],
            translation_live=row["translation_live"],
            translation_source_id=row["translation_source_id"],
            synced_at=row["synced_at"],
            source_changed_at=row["source_changed_at"],
        )
        for row in rows
    ]
