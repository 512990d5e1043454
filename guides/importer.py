"""Import and export of the question bank (exchange format in DESIGN.md).

Import is idempotent by (slug, locale) and all-or-nothing: every entry is validated, against the file
and the database, before the first write, and the writes run in one transaction. New questions are
created in bulk (tree paths computed once, one search-index pass at the end) so a 10,000-question
file imports in seconds; changed questions go through Wagtail's revisions and publishing.
"""

import uuid
from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from portal.fields import stream_content
from portal.models import PageRole, PageTopic, Role, Topic

from .blocks import AnswerStreamBlock
from .exchange import ExchangeFileError, QuestionEntry, parse
from .markdown import blocks_to_markdown, markdown_to_blocks
from .models import QuestionIndexPage, QuestionPage

INDEX_BATCH = 500
ANALYZE_AFTER = 1_000


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


class TaxonomyResolver:
    """Topics and roles by (language, name), created when missing.

    A translated question names its topics in its own language; a topic created for it becomes the
    translation of the source question's topic in the same position, so filters line up across
    languages.
    """

    def __init__(self, model, locales):
        self.model, self.locales = model, locales
        self.by_name = {(t.locale_id, t.name): t for t in model.objects.all()}
        self.keys = {(t.locale_id, t.translation_key) for t in self.by_name.values()}
        self.slugs = {(t.locale_id, t.slug) for t in self.by_name.values()}

    def get(self, language, names, source_tags=()):
        locale = self.locales[language]
        tags = []
        for position, name in enumerate(names):
            tag = self.by_name.get((locale.pk, name))
            if tag is None:
                tag = self._create(
                    locale, name, source_tags[position] if position < len(source_tags) else None
                )
            tags.append(tag)
        return tags

    def _create(self, locale, name, source_tag):
        slug = base = slugify(name, allow_unicode=True)[:90]
        suffix = 1
        while (locale.pk, slug) in self.slugs:
            suffix += 1
            slug = f"{base}-{suffix}"
        key = uuid.uuid4()
        if source_tag is not None and (locale.pk, source_tag.translation_key) not in self.keys:
            key = source_tag.translation_key
        tag = self.model.objects.create(
            name=name, slug=slug, locale=locale, translation_key=key, live=True
        )
        self.by_name[(locale.pk, name)] = tag
        self.keys.add((locale.pk, key))
        self.slugs.add((locale.pk, slug))
        return tag


class QuestionImporter:
    def __init__(self, data, update_existing=True):
        """``update_existing=False`` only creates the questions that are missing (the demo does
        that, so an editor's changes survive); existing ones count as unchanged."""
        self.entries = parse(data)
        self.update_existing = update_existing
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.banks = {}
        for bank in QuestionIndexPage.objects.order_by("path").select_related("locale"):
            self.banks.setdefault(bank.locale.language_code, bank)
        self.existing = {
            (page.slug, page.locale.language_code): page
            for page in QuestionPage.objects.filter(slug__in={e.slug for e in self.entries})
            .select_related("locale")
            .prefetch_related("topic_links__topic", "role_links__role")
        }
        self.answer_block = AnswerStreamBlock()
        self.file_sources, self.sources, self.new_keys = {}, {}, {}
        for entry in self.entries:
            if entry.translation_of is None:
                self.file_sources.setdefault(entry.slug, []).append(entry)

    # Validation against the database ---------------------------------------------------------

    def _source_of(self, entry):
        """The question ``entry`` translates: in the file (an untranslated entry) or in the database."""
        if entry.key not in self.sources:
            in_file = self.file_sources.get(entry.translation_of, [])
            source = next((c for c in in_file if c.locale != entry.locale), None)
            if source is None:
                source = (
                    QuestionPage.objects.filter(slug=entry.translation_of)
                    .exclude(locale__language_code=entry.locale)
                    .select_related("locale")
                    .prefetch_related("topic_links__topic", "role_links__role")
                    .first()
                )
            self.sources[entry.key] = source
        return self.sources[entry.key]

    def check(self):
        problems = []
        taken = Counter()
        for entry in self.entries:
            where = f"item {entry.index}"
            if entry.locale not in self.banks:
                problems.append(
                    f"{where}, field 'locale': there is no question bank page in '{entry.locale}'; create it first"
                )
            if entry.translation_of is None:
                continue
            source = self._source_of(entry)
            if source is None:
                problems.append(
                    f"{where}, field 'translation_of': no question '{entry.translation_of}' in another language"
                )
                continue
            taken[(self._key_of(source), entry.locale)] += 1
            if taken[(self._key_of(source), entry.locale)] > 1:
                problems.append(
                    f"{where}, field 'translation_of': '{entry.translation_of}' already has a '{entry.locale}' translation in this file"
                )
            other = QuestionPage.objects.filter(
                translation_key=self._key_of(source), locale__language_code=entry.locale
            )
            if other.exclude(slug=entry.slug).exists():
                problems.append(
                    f"{where}, field 'translation_of': '{entry.translation_of}' already has a '{entry.locale}' translation with another slug"
                )
        if problems:
            raise ExchangeFileError(problems)

    def _key_of(self, source):
        if isinstance(source, QuestionEntry):
            page = self.existing.get(source.key)
            return (
                page.translation_key if page else self.new_keys.setdefault(source.key, uuid.uuid4())
            )
        return source.translation_key

    # Writing -------------------------------------------------------------------------------

    @transaction.atomic
    def run(self):
        self.check()
        self.topics = TaxonomyResolver(Topic, self.locales)
        self.roles = TaxonomyResolver(Role, self.locales)
        result = ImportResult()
        to_create = []
        for entry in self.entries:
            page = self.existing.get(entry.key)
            if page is None:
                to_create.append(entry)
            elif self.update_existing and self._update(page, entry):
                result.updated += 1
            else:
                result.unchanged += 1
        self._create(to_create)
        result.created = len(to_create)
        if len(to_create) >= ANALYZE_AFTER and connection.vendor == "postgresql":
            # Fresh planner statistics; without them PostgreSQL plans the next queries for an empty bank.
            with connection.cursor() as cursor:
                cursor.execute(
                    "ANALYZE wagtailcore_page, guides_questionpage, portal_pagetopic, portal_pagerole"
                )
        return result

    def _answer_data(self, entry):
        raw = [{"type": kind, "value": value} for kind, value in markdown_to_blocks(entry.answer)]
        return self.answer_block.get_prep_value(self.answer_block.to_python(raw))

    def _source_tags(self, entry, attribute):
        if entry.translation_of is None:
            return []
        source = self._source_of(entry)
        if isinstance(source, QuestionEntry):
            resolver = self.topics if attribute == "topics" else self.roles
            return resolver.get(source.locale, getattr(source, attribute))
        links = source.topic_links if attribute == "topics" else source.role_links
        return [getattr(link, attribute[:-1]) for link in links.all()]

    def _tags_for(self, entry):
        topics = self.topics.get(entry.locale, entry.topics, self._source_tags(entry, "topics"))
        roles = self.roles.get(entry.locale, entry.roles, self._source_tags(entry, "roles"))
        return topics, roles

    def _update(self, page, entry):
        answer = self._answer_data(entry)
        answer_field = QuestionPage._meta.get_field("answer")
        current_topics = [link.topic.name for link in page.topic_links.all()]
        current_roles = [link.role.name for link in page.role_links.all()]
        if (
            page.title == entry.title
            and page.short_answer == entry.short_answer
            and page.difficulty == entry.difficulty
            and stream_content(answer_field, page.answer) == stream_content(answer_field, answer)
            and current_topics == entry.topics
            and current_roles == entry.roles
        ):
            return False
        topics, roles = self._tags_for(entry)
        page.title = page.draft_title = entry.title
        page.short_answer = entry.short_answer
        page.difficulty = entry.difficulty
        page.answer = answer
        page.topic_links = [
            PageTopic(topic=topic, sort_order=i, locale=page.locale)
            for i, topic in enumerate(topics)
        ]
        page.role_links = [
            PageRole(role=role, sort_order=i, locale=page.locale) for i, role in enumerate(roles)
        ]
        page.save_revision().publish()
        return True

    def _create(self, entries):
        """New questions in bulk: Page rows with computed tree paths, then their own rows and tags."""
        if not entries:
            return
        content_type = ContentType.objects.get_for_model(QuestionPage)
        now = timezone.now()
        by_bank = {}
        for entry in entries:
            by_bank.setdefault(entry.locale, []).append(entry)
        created = []
        for language, bank_entries in by_bank.items():
            bank = Page.objects.get(pk=self.banks[language].pk)
            last = bank.get_last_child()
            position = QuestionPage._str2int(last.path[-QuestionPage.steplen :]) if last else 0
            specifics = []
            for entry in bank_entries:
                position += 1
                key = self._translation_key(entry)
                specifics.append(
                    (
                        entry,
                        QuestionPage(
                            title=entry.title,
                            draft_title=entry.title,
                            slug=entry.slug,
                            content_type=content_type,
                            path=QuestionPage._get_path(bank.path, bank.depth + 1, position),
                            depth=bank.depth + 1,
                            numchild=0,
                            url_path=f"{bank.url_path}{entry.slug}/",
                            locale=self.locales[language],
                            translation_key=key,
                            live=True,
                            has_unpublished_changes=False,
                            first_published_at=now,
                            last_published_at=now,
                            short_answer=entry.short_answer,
                            answer=self._answer_data(entry),
                            difficulty=entry.difficulty,
                        ),
                    )
                )
            bases = Page.objects.bulk_create(
                [
                    Page(
                        **{
                            f.attname: getattr(page, f.attname)
                            for f in Page._meta.concrete_fields
                            if f.attname != "id"
                        }
                    )
                    for _e, page in specifics
                ]
            )
            links_topics, links_roles = [], []
            for (entry, page), base in zip(specifics, bases, strict=True):
                page.page_ptr_id = page.id = base.id
                page.save_base(raw=True, force_insert=True)  # this model's own row only
                topics, roles = self._tags_for(entry)
                links_topics += [
                    PageTopic(page_id=base.id, topic=t, sort_order=i, locale=page.locale)
                    for i, t in enumerate(topics)
                ]
                links_roles += [
                    PageRole(page_id=base.id, role=r, sort_order=i, locale=page.locale)
                    for i, r in enumerate(roles)
                ]
                created.append(base.id)
            PageTopic.objects.bulk_create(links_topics)
            PageRole.objects.bulk_create(links_roles)
            Page.objects.filter(pk=bank.pk).update(numchild=F("numchild") + len(specifics))
        transaction.on_commit(lambda: index_questions(created))

    def _translation_key(self, entry):
        if entry.translation_of is None:
            return self.new_keys.setdefault(entry.key, uuid.uuid4())
        return self._key_of(self._source_of(entry))


def index_questions(page_ids):
    """Add questions to every search backend, a batch at a time."""
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(page_ids), INDEX_BATCH):
            batch = QuestionPage.get_indexed_objects().filter(
                pk__in=page_ids[start : start + INDEX_BATCH]
            )
            backend.add_bulk(QuestionPage, list(batch))


def export_questions(queryset=None):
    """Every question (or those in ``queryset``) in the exchange format, sources first."""
    pages = (
        (queryset if queryset is not None else QuestionPage.objects.all())
        .select_related("locale")
        .prefetch_related("topic_links__topic", "role_links__role")
    )
    pages = sorted(pages, key=lambda p: p.path)
    sources = {}
    for page in pages:
        if page.locale_id == Locale.get_default().pk or page.translation_key not in sources:
            sources.setdefault(page.translation_key, page)
    items = []
    for page in pages:
        source = sources[page.translation_key]
        items.append(
            {
                "slug": page.slug,
                "locale": page.locale.language_code,
                "title": page.title,
                "short_answer": page.short_answer,
                "answer": blocks_to_markdown(page.answer),
                "difficulty": page.difficulty,
                "topics": [link.topic.name for link in page.topic_links.all()],
                "roles": [link.role.name for link in page.role_links.all()],
                "translation_of": None if source.pk == page.pk else source.slug,
            }
        )
    items.sort(key=lambda item: item["translation_of"] is not None)
    return {"questions": items}
