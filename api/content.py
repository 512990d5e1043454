"""Read endpoints: what a visitor may see on the site, and nothing else.

Every page queryset starts from ``portal.visibility.visible`` (live, unexpired, unrestricted;
hidden ancestors once the rule covers them); vacancies and companies from their ``listed``
querysets, which the site's listings use too. Snippets are live ones only.
"""

from typing import Literal

from ninja import Query, Router, Schema
from pydantic import Field

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404

from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from careers.filters import JobFilterSet
from careers.models import CareerPathPage, CompanyPage, JobPage
from careers.models.companies import logo_with_rendition
from careers.models.jobs import attach_companies
from guides.filters import QuestionFilterSet, question_bank_facets
from guides.models import GuidePage, QuestionPage
from portal.i18n import locale_code
from portal.models import FAQ, PageRole, PageTopic, Role, Topic
from portal.visibility import visible

from . import schemas
from .links import attach_translations
from .pagination import Paging, page_of, paged
from .params import Id, Slug, Text

router = Router(auth=AllowAnonymous())

LocaleCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]
LOCALE = Query(settings.LANGUAGE_CODE, description="Language of the items.")


def locale_for(code):
    return Locale.objects.get(language_code=code)


def bad_filters(filterset):
    """A filterset's errors as a 400, named by parameter."""
    errors = [
        {"loc": ["query", name], "msg": str(message)}
        for name, messages in filterset.errors.items()
        for message in messages
    ]
    return problem_response(status=400, detail="Invalid parameters", errors=errors)


def given(params: Schema):
    """The parameters a request actually set, as the QueryDict a django-filter FilterSet reads."""
    data = QueryDict(mutable=True)
    for name, value in params.dict(exclude_none=True).items():
        data[name] = value
    return data


def topics_prefetch():
    return Prefetch("topic_links", queryset=PageTopic.objects.select_related("topic"))


def detail(queryset, pk, request):
    page = get_object_or_404(queryset, pk=pk)
    attach_translations([page], request)
    return page


# Guides


@router.get(
    "guides/",
    response=paged(schemas.GuideSummary),
    url_name="guide_list",
    summary="List guides",
    tags=["guides"],
)
def list_guides(request, locale: LocaleCode = LOCALE, paging: Paging = Query(...)):
    guides = (
        visible(GuidePage.objects.filter(locale=locale_for(locale)))
        .select_related("locale")
        .prefetch_related(topics_prefetch())
        .defer_streamfields()
        .order_by("title", "pk")
    )
    return page_of(guides, paging, lambda items: attach_translations(items, request))


@router.get(
    "guides/{int:guide_id}/",
    response=schemas.GuideDetail,
    url_name="guide_detail",
    summary="A guide with its body",
    tags=["guides"],
)
def get_guide(request, guide_id: Id):
    guides = visible(GuidePage.objects.all()).prefetch_related(topics_prefetch())
    return detail(guides, guide_id, request)


# Questions


class QuestionFilters(Schema):
    topic: Slug | None = Field(None, description="A topic's slug.")
    role: Slug | None = Field(None, description="A role's slug.")
    difficulty: schemas.DifficultyValue | None = None
    q: Text | None = Field(None, description="Words in the question or its short answer.")


def questions_queryset():
    return visible(QuestionPage.objects.all()).prefetch_related(
        topics_prefetch(),
        Prefetch("role_links", queryset=PageRole.objects.select_related("role")),
    )


@router.get(
    "questions/",
    response=paged(schemas.QuestionSummary),
    url_name="question_list",
    summary="List questions (the question bank's filters)",
    tags=["questions"],
)
def list_questions(
    request,
    locale: LocaleCode = LOCALE,
    filters: QuestionFilters = Query(...),
    paging: Paging = Query(...),
):
    language = locale_for(locale)
    questions = questions_queryset().filter(locale=language).order_by("title", "pk")
    facets = question_bank_facets(questions, "api", language)
    filterset = QuestionFilterSet(given(filters), queryset=questions, facets=facets)
    if filterset.errors:
        return bad_filters(filterset)
    items = filterset.qs.defer_streamfields()
    return page_of(items, paging, lambda items: attach_translations(items, request))


@router.get(
    "questions/{int:question_id}/",
    response=schemas.QuestionDetail,
    url_name="question_detail",
    summary="A question with its full answer",
    tags=["questions"],
)
def get_question(request, question_id: Id):
    return detail(questions_queryset(), question_id, request)


# Vacancies


class VacancyFilters(Schema):
    """The vacancy index's filters (``/jobs/?role=…``); role, location and company take the values
    the open vacancies have."""

    role: Slug | None = Field(None, description="A role's slug.")
    seniority: schemas.SeniorityValue | None = None
    remote: schemas.RemotePolicyValue | None = None
    location: Text | None = Field(None, description="A city.")
    company: Slug | None = Field(None, description="A company's slug.")
    employment_type: schemas.EmploymentTypeValue | None = None


@router.get(
    "vacancies/",
    response=paged(schemas.VacancySummary),
    url_name="vacancy_list",
    summary="List open vacancies (the vacancy index's filters)",
    tags=["vacancies"],
)
def list_vacancies(
    request,
    locale: LocaleCode = LOCALE,
    filters: VacancyFilters = Query(...),
    paging: Paging = Query(...),
):
    language = locale_for(locale)
    jobs = (
        JobPage.objects.listed(language.pk)
        .select_related("role", "locale")
        .defer_streamfields()
        .order_by("-first_published_at", "title", "path")
    )
    filterset = JobFilterSet(given(filters), queryset=jobs, locale_id=language.pk)
    if filterset.errors:
        return bad_filters(filterset)

    def prepare(items):
        attach_companies(items, filterset.companies)
        return attach_translations(items, request)

    return page_of(filterset.qs, paging, prepare)


@router.get(
    "vacancies/{int:vacancy_id}/",
    response=schemas.VacancyDetail,
    url_name="vacancy_detail",
    summary="An open vacancy with its description",
    tags=["vacancies"],
)
def get_vacancy(request, vacancy_id: Id):
    job = get_object_or_404(visible(JobPage.objects.all()), pk=vacancy_id)
    if not JobPage.objects.listed(job.locale_id).filter(pk=job.pk).exists():
        raise Http404  # its company page is not live
    attach_companies([job])
    attach_translations([job], request)
    return job


# Companies


def with_open_vacancy_counts(companies, locale_id):
    counts = JobPage.objects.listed(locale_id).counts_by_company()
    for company in companies:
        company.open_job_count = counts.get(company.path, 0)
    return companies


class CompanyFilters(Schema):
    verified: bool | None = Field(None, description="Only verified (or unverified) companies.")


@router.get(
    "companies/",
    response=paged(schemas.CompanySummary),
    url_name="company_list",
    summary="List companies' hiring pages, verified first",
    tags=["companies"],
)
def list_companies(
    request,
    locale: LocaleCode = LOCALE,
    filters: CompanyFilters = Query(...),
    paging: Paging = Query(...),
):
    language = locale_for(locale)
    companies = (
        CompanyPage.objects.listed(language.pk)
        .select_related("locale")
        .prefetch_related(logo_with_rendition())
        .defer_streamfields()
    )
    if filters.verified is not None:
        companies = companies.filter(verified=filters.verified)

    def prepare(items):
        with_open_vacancy_counts(items, language.pk)
        return attach_translations(items, request)

    return page_of(companies, paging, prepare)


@router.get(
    "companies/{int:company_id}/",
    response=schemas.CompanyDetail,
    url_name="company_detail",
    summary="A company's hiring page",
    tags=["companies"],
)
def get_company(request, company_id: Id):
    company = detail(visible(CompanyPage.objects.all()), company_id, request)
    return with_open_vacancy_counts([company], company.locale_id)[0]


# Career paths


class CareerPathFilters(Schema):
    role: Slug | None = Field(None, description="A role's slug.")


@router.get(
    "career-paths/",
    response=paged(schemas.CareerPathSummary),
    url_name="career_path_list",
    summary="List career paths",
    tags=["career paths"],
)
def list_career_paths(
    request,
    locale: LocaleCode = LOCALE,
    filters: CareerPathFilters = Query(...),
    paging: Paging = Query(...),
):
    paths = (
        visible(CareerPathPage.objects.filter(locale=locale_for(locale)))
        .select_related("role", "locale")
        .defer_streamfields()
        .order_by("title", "pk")
    )
    if filters.role:
        paths = paths.filter(role__slug=filters.role)
    return page_of(paths, paging, lambda items: attach_translations(items, request))


@router.get(
    "career-paths/{int:career_path_id}/",
    response=schemas.CareerPathDetail,
    url_name="career_path_detail",
    summary="A career path with its levels and preparation steps",
    tags=["career paths"],
)
def get_career_path(request, career_path_id: Id):
    return detail(visible(CareerPathPage.objects.select_related("role")), career_path_id, request)


# Snippets: topics, roles and FAQs (live ones)

SNIPPETS = {"topics": Topic, "roles": Role, "faqs": FAQ}
SnippetType = Literal["topics", "roles", "faqs"]


def snippet_items(items):
    """Topics, roles or FAQs as the API shows them, each with its live translations (one query
    for all)."""
    items = list(items)
    if not items:
        return items
    model = type(items[0])
    keys = {item.translation_key for item in items}
    by_key = {}
    for other in model.objects.live().filter(translation_key__in=keys):
        by_key.setdefault(other.translation_key, []).append(other)
    return [
        {
            **snippet_fields(item),
            "locale": locale_code(item),
            "translations": [
                {"id": other.pk, "locale": locale_code(other)}
                for other in by_key.get(item.translation_key, [])
                if other.pk != item.pk
            ],
        }
        for item in items
    ]


def snippet_fields(item):
    if isinstance(item, FAQ):
        return {
            "id": item.pk,
            "question": item.question,
            "answer": str(item.answer),
            "audience": item.audience,
        }
    return {"id": item.pk, "name": item.name, "slug": item.slug, "description": item.description}


class SnippetPage(Schema):
    count: int
    items: list[schemas.TaxonDetail | schemas.FAQItem]


@router.get(
    "snippets/{type}/",
    response=SnippetPage,
    url_name="snippet_list",
    summary="List topics, roles or FAQs",
    tags=["snippets"],
)
def list_snippets(
    request, type: SnippetType, locale: LocaleCode = LOCALE, paging: Paging = Query(...)
):
    model = SNIPPETS[type]
    items = model.objects.live().filter(locale=locale_for(locale))
    return page_of(items.order_by(*model._meta.ordering, "pk"), paging, snippet_items)


@router.get(
    "snippets/{type}/{int:snippet_id}/",
    response=schemas.TaxonDetail | schemas.FAQItem,
    url_name="snippet_detail",
    summary="A topic, role or FAQ",
    tags=["snippets"],
)
def get_snippet(request, type: SnippetType, snippet_id: Id):
    model = SNIPPETS[type]
    return snippet_items([get_object_or_404(model.objects.live(), pk=snippet_id)])[0]
