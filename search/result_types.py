"""The kinds of result the search page distinguishes, and how to describe a page of each kind."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ResultType:
    slug: str  # the value of ?type=
    label: str  # one result: "Question"
    plural: str  # the filter: "Questions"
    models: tuple[str, ...]  # empty for the catch-all "page" type
    # Fields whose text may make the snippet, best first; the first one with a match wins.
    snippet_fields: tuple[str, ...]

    @property
    def is_catch_all(self):
        return not self.models

    def filter(self, pages):
        """Pages of this type; ``content_type`` is a filter field of every search backend."""
        typed = _typed_content_types()
        if self.is_catch_all:
            return pages.exclude(content_type__in=list(typed))
        return pages.filter(content_type__in=[ct for ct, kind in typed.items() if kind is self])


GENERIC_SNIPPET_FIELDS = ("listing_summary", "search_description", "intro", "summary", "body")

RESULT_TYPES = (
    ResultType(
        "question",
        _("Question"),
        _("Questions"),
        ("guides.QuestionPage",),
        ("short_answer", "answer", "listing_summary"),
    ),
    ResultType(
        "guide",
        _("Guide"),
        _("Guides"),
        ("guides.GuidePage",),
        ("intro", "body", "listing_summary"),
    ),
    ResultType(
        "job",
        _("Vacancy"),
        _("Vacancies"),
        ("careers.JobPage",),
        ("listing_summary", "description"),
    ),
    ResultType(
        "company",
        _("Company"),
        _("Companies"),
        ("careers.CompanyPage",),
        ("hiring_focus", "about", "body", "listing_summary"),
    ),
    ResultType(
        "career-path",
        _("Career path"),
        _("Career paths"),
        ("careers.CareerPathPage",),
        ("summary", "listing_summary"),
    ),
    ResultType("page", _("Page"), _("Other pages"), (), GENERIC_SNIPPET_FIELDS),
)
RESULT_TYPES_BY_SLUG = {result_type.slug: result_type for result_type in RESULT_TYPES}
CATCH_ALL = RESULT_TYPES_BY_SLUG["page"]


def _typed_content_types():
    """{content type id: ResultType} for the models with a type of their own.

    Not cached here: ContentType.objects caches the lookups, and clears them when tests flush.
    """
    mapping = {}
    for result_type in RESULT_TYPES:
        for label in result_type.models:
            model = apps.get_model(label)
            mapping[ContentType.objects.get_for_model(model).pk] = result_type
    return mapping


def result_type_for_content_type(content_type_id):
    return _typed_content_types().get(content_type_id, CATCH_ALL)
