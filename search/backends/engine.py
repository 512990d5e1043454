"""What the Elasticsearch and OpenSearch backends share: per-language analyzers and the portal's query.

modelsearch copies every searchable field into ``_all_text`` (and ``_all_text_boost_<n>`` for boosted
fields), analysed with the standard analyzer. These mixins add one copy per language,
``_all_text_de`` and so on, each analysed with that language's stemmer, and query the copies of the
active language. Every document is analysed in every language, which costs index space but needs
no change to modelsearch's one-index-per-model layout; results are filtered by locale anyway.

Both engines take the same mapping and query DSL; only their clients differ (the elasticsearch 9
client refuses to talk to OpenSearch), so ``elasticsearch.py`` and ``opensearch.py`` each pass
modelsearch's backend for their client and the client's errors to ``multilingual_backend``, which
mixes these into that backend's own classes. Errors talking to the cluster
while searching raise ``SearchUnavailable``; indexing goes through the task queue
(``search.indexing``), which retries while the cluster is down.
"""

from contextlib import contextmanager

from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import SearchField
from modelsearch.query import PlainText

from portal.i18n import active_locale

from . import FACET_SAMPLE_SIZE, SearchUnavailable, SiteSearchResults
from .languages import elasticsearch_analyzer, language_codes

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
        language = active_locale().language_code
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


class EngineResultsMixin(SiteSearchResults):
    """The site search's interface on engine results; cluster errors raise SearchUnavailable.

    The engine counts per type in one aggregation and slices pages itself; the topic facet counts
    over the best ``FACET_SAMPLE_SIZE`` matches, whose ids come from the engine without loading
    the pages. ``backend.cluster_errors`` names the client's exceptions.
    """

    @contextmanager
    def _cluster_errors_as_unavailable(self):
        try:
            yield
        except self.backend.cluster_errors as error:
            raise SearchUnavailable(str(error)) from error

    def count_by_content_type(self):
        return {key: n for key, n in self.facet("content_type_id").items() if key is not None}

    def ranked_pages(self):
        return self

    def matching_pks(self):
        with self._cluster_errors_as_unavailable():
            response = self._backend_do_search(
                self._get_es_body(),
                index=self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
                _source=False,
                size=FACET_SAMPLE_SIZE,
                **{self.fields_param_name: "pk"},
            )
        return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]

    def results(self):
        with self._cluster_errors_as_unavailable():
            return super().results()

    def count(self):
        with self._cluster_errors_as_unavailable():
            return super().count()

    def facet(self, field_name):
        with self._cluster_errors_as_unavailable():
            return super().facet(field_name)


def multilingual_backend(name, backend_class, cluster_errors):
    """The class ``name``: modelsearch's ``backend_class`` with the portal's mapping, query and results mixed into its
    own mapping, query compilers and results classes; ``cluster_errors`` names the client's errors."""
    mapping = type(
        "MultilingualMapping", (MultilingualMappingMixin, backend_class.mapping_class), {}
    )

    def compiler(name, mixins, base):
        return type(name, (*mixins, base), {"mapping_class": mapping, "__module__": __name__})

    attributes = {
        "mapping_class": mapping,
        "query_compiler_class": compiler(
            "MultilingualSearchQueryCompiler",
            (MultilingualQueryMixin,),
            backend_class.query_compiler_class,
        ),
        "autocomplete_query_compiler_class": compiler(
            "MultilingualAutocompleteQueryCompiler",
            (),
            backend_class.autocomplete_query_compiler_class,
        ),
        "results_class": type(
            "MultilingualSearchResults",
            (EngineResultsMixin, backend_class.results_class),
            {"__module__": __name__},
        ),
        "cluster_errors": tuple(cluster_errors),
        "__module__": __name__,
    }
    return type(name, (backend_class,), attributes)
