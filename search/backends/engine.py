"""What the Elasticsearch and OpenSearch backends share: per-language analyzers and the portal's query.

modelsearch copies every searchable field into ``_all_text`` (and ``_all_text_boost_<n>`` for boosted
fields), analysed with the standard analyzer. These mixins add one copy per language,
``_all_text_de`` and so on, each analysed with that language's stemmer, and query the copies of the
active language. Every document is analysed in every language, which costs index space but needs
no change to modelsearch's one-index-per-model layout; results are filtered by locale anyway.

Both engines take the same mapping and query DSL; only their clients differ (the elasticsearch 9
client refuses to talk to OpenSearch), so ``elasticsearch.py`` and ``opensearch.py`` mix these into
modelsearch's classes for their client and name the client's errors. Errors talking to the cluster
while searching raise ``SearchUnavailable``; indexing goes through the task queue
(``search.indexing``), which retries while the cluster is down.
"""

from contextlib import contextmanager

from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import SearchField
from modelsearch.query import PlainText

from . import SearchUnavailable
from .languages import active_language_code, elasticsearch_analyzer, language_codes

# An exact title match must outrank any body match.
EXACT_TITLE_BOOST = 10.0
CATCH_ALL_PREFIX = "_all_text"


def language_field(field_name, language_code):
    """``_all_text`` → ``_all_text_de``: the copy of a catch-all field analysed in one language."""
    return f"{field_name}_{language_code.replace('-', '_')}"


class MultilingualMappingMixin:
    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        targets = set()
        self._copy_to_every_language(properties, targets)
        for target in sorted(targets):
            for code in language_codes():
                properties[language_field(target, code)] = {
                    "type": "text",
                    "analyzer": elasticsearch_analyzer(code),
                }
        return mapping

    def _copy_to_every_language(self, properties, targets):
        for field_mapping in properties.values():
            copy_to = field_mapping.get("copy_to")
            if copy_to:
                copy_to = [copy_to] if isinstance(copy_to, str) else list(copy_to)
                catch_alls = [name for name in copy_to if name.startswith(CATCH_ALL_PREFIX)]
                targets.update(catch_alls)
                field_mapping["copy_to"] = copy_to + [
                    language_field(name, code) for name in catch_alls for code in language_codes()
                ]
            if field_mapping.get("type") == "nested":
                self._copy_to_every_language(field_mapping["properties"], targets)


class MultilingualQueryMixin:
    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        if fields:
            return remapped
        language = active_language_code()
        return [
            Field(language_field(field.field_name, language), field.boost)
            if field.field_name.startswith(CATCH_ALL_PREFIX)
            else field
            for field in remapped
        ]

    def _searches_titles(self):
        return not self.fields and any(
            isinstance(field, SearchField) and field.field_name == "title"
            for field in self.queryset.model.get_search_fields()
        )

    def get_inner_query(self):
        inner_query = super().get_inner_query()
        if not isinstance(self.query, PlainText) or not self._searches_titles():
            return inner_query
        exact_title = {
            "match_phrase": {
                "title": {"query": self.query.query_string, "boost": EXACT_TITLE_BOOST}
            }
        }
        return {"bool": {"must": inner_query, "should": [exact_title]}}


class UnavailableErrorsMixin:
    """Search results whose cluster errors (``backend.cluster_errors``) raise SearchUnavailable."""

    @contextmanager
    def _cluster_errors_as_unavailable(self):
        try:
            yield
        except self.backend.cluster_errors as error:
            raise SearchUnavailable(str(error)) from error

    def results(self):
        with self._cluster_errors_as_unavailable():
            return super().results()

    def count(self):
        with self._cluster_errors_as_unavailable():
            return super().count()

    def facet(self, field_name):
        with self._cluster_errors_as_unavailable():
            return super().facet(field_name)
