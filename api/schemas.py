"""What the API returns for each kind of content: typed, documented in the OpenAPI document.

List items are summaries (no StreamField bodies), so a list costs the same number of queries
whatever its length; details add the bodies as structured blocks (see ``api.blocks``).
"""

from datetime import date, datetime
from typing import Any, Literal

from ninja import Schema
from pydantic import Field

from careers.models import EmploymentType, RemotePolicy, SalaryUnit, Seniority
from guides.models.questions import Difficulty
from portal.i18n import locale_code

from . import blocks
from .links import detail_url

SeniorityValue = Literal[tuple(Seniority.values)]
EmploymentTypeValue = Literal[tuple(EmploymentType.values)]
RemotePolicyValue = Literal[tuple(RemotePolicy.values)]
SalaryUnitValue = Literal[tuple(SalaryUnit.values)]
DifficultyValue = Literal[tuple(Difficulty.values)]


class Translation(Schema):
    id: int
    locale: str
    url: str
    detail_url: str | None


class PageMeta(Schema):
    locale: str
    url: str = Field(description="The page on the site.")
    detail_url: str | None = Field(description="This item in the API.")
    first_published_at: datetime | None
    last_published_at: datetime | None
    translations: list[Translation] = Field(description="Its visible translations.")

    @staticmethod
    def resolve_locale(obj):
        return locale_code(obj)

    @staticmethod
    def resolve_url(obj, context):
        return obj.get_full_url(context["request"])

    @staticmethod
    def resolve_detail_url(obj, context):
        return detail_url(obj, context["request"])

    @staticmethod
    def resolve_translations(obj):
        return obj.api_translations


class PageItem(Schema):
    id: int
    title: str
    slug: str
    meta: PageMeta

    @staticmethod
    def resolve_meta(obj):
        return obj


class PageRef(Schema):
    id: int
    title: str
    locale: str
    url: str
    detail_url: str | None


class Block(Schema):
    type: str
    id: str | None
    value: Any = Field(
        description="The block's content. Chosen pages are resolved to "
        "{id, title, locale, url, detail_url} of their visible translation; hidden ones are left out."
    )


class Taxon(Schema):
    id: int
    name: str
    slug: str


class SnippetTranslation(Schema):
    id: int
    locale: str


class TaxonDetail(Taxon):
    description: str
    locale: str
    translations: list[SnippetTranslation]


class FAQItem(Schema):
    id: int
    question: str
    answer: str = Field(description="HTML.")
    audience: Literal["candidates", "employers", "both"]
    locale: str
    translations: list[SnippetTranslation]


# Guides


class GuideSummary(PageItem):
    intro: str
    topics: list[Taxon]

    @staticmethod
    def resolve_topics(obj):
        return [link.topic for link in obj.topic_links.all()]


class GuideDetail(GuideSummary):
    body: list[Block]

    @staticmethod
    def resolve_body(obj, context):
        return blocks.stream(obj.body, context["request"], obj)


# Questions


class QuestionSummary(PageItem):
    short_answer: str
    difficulty: DifficultyValue
    topics: list[Taxon]
    roles: list[Taxon]
    last_reviewed: date | None

    @staticmethod
    def resolve_topics(obj):
        return [link.topic for link in obj.topic_links.all()]

    @staticmethod
    def resolve_roles(obj):
        return [link.role for link in obj.role_links.all()]


class QuestionDetail(QuestionSummary):
    answer: list[Block]

    @staticmethod
    def resolve_answer(obj, context):
        return blocks.stream(obj.answer, context["request"], obj)


# Companies


class HiringStep(Schema):
    title: str
    text: str


class CompanySummary(PageItem):
    verified: bool
    hiring_focus: str
    tech_stack: list[str]
    headquarters: str
    website: str
    logo_url: str | None
    open_vacancies: int = Field(description="Its open vacancies in this language.")

    @staticmethod
    def resolve_tech_stack(obj):
        return obj.tech_stack_list

    @staticmethod
    def resolve_logo_url(obj, context):
        rendition = obj.logo_rendition()
        return context["request"].build_absolute_uri(rendition.url) if rendition else None

    @staticmethod
    def resolve_open_vacancies(obj):
        return obj.open_job_count


class CompanyDetail(CompanySummary):
    about: str = Field(description="HTML.")
    hiring_process: list[HiringStep]
    benefits: list[str]
    body: list[Block]

    @staticmethod
    def resolve_about(obj):
        return str(obj.about) if obj.about else ""

    @staticmethod
    def resolve_hiring_process(obj):
        return [
            {"title": step.value["title"], "text": step.value["text"]}
            for step in obj.hiring_process
        ]

    @staticmethod
    def resolve_benefits(obj):
        return [benefit.value for benefit in obj.benefits]

    @staticmethod
    def resolve_body(obj, context):
        return blocks.stream(obj.body, context["request"], obj)


class CompanyRef(Schema):
    id: int
    title: str
    verified: bool
    url: str
    detail_url: str | None

    @staticmethod
    def resolve_url(obj, context):
        return obj.get_full_url(context["request"])

    @staticmethod
    def resolve_detail_url(obj, context):
        return detail_url(obj, context["request"])


# Vacancies: everything the JobPosting structured data says, as typed fields.


class Location(Schema):
    city: str
    region: str
    country: str = Field(description="ISO 3166-1 alpha-2, or empty.")
    applicant_country: str = Field(description="Where remote applicants may live, or empty.")


class Salary(Schema):
    min: float | None
    max: float | None
    currency: str
    unit: SalaryUnitValue


class HowToApply(Schema):
    url: str
    email: str


class VacancySummary(PageItem):
    company: CompanyRef
    role: Taxon
    seniority: SeniorityValue
    employment_type: EmploymentTypeValue
    remote_policy: RemotePolicyValue
    location: Location
    salary: Salary | None = Field(description="None when the company gives no salary.")
    date_posted: date
    valid_through: datetime | None
    how_to_apply: HowToApply

    @staticmethod
    def resolve_valid_through(obj):
        return obj.expire_at

    @staticmethod
    def resolve_location(obj):
        return {
            "city": obj.city,
            "region": obj.region,
            "country": obj.country,
            "applicant_country": obj.applicant_country,
        }

    @staticmethod
    def resolve_salary(obj):
        if not (obj.salary_min or obj.salary_max) or not obj.salary_currency:
            return None
        return {
            "min": obj.salary_min,
            "max": obj.salary_max,
            "currency": obj.salary_currency,
            "unit": obj.salary_unit,
        }

    @staticmethod
    def resolve_how_to_apply(obj):
        return {"url": obj.apply_url, "email": obj.apply_email}


class VacancyDetail(VacancySummary):
    identifier: str = Field(description="Stable across translations (JobPosting identifier).")
    description: list[Block]
    description_html: str

    @staticmethod
    def resolve_identifier(obj):
        return str(obj.translation_key)

    @staticmethod
    def resolve_description(obj, context):
        return blocks.stream(obj.description, context["request"], obj)

    @staticmethod
    def resolve_description_html(obj):
        return str(obj.description)


# Career paths


class Level(Schema):
    seniority: Literal["junior", "mid", "senior"]
    expectations: str


class CareerPathSummary(PageItem):
    role: Taxon
    summary: str


class CareerPathDetail(CareerPathSummary):
    skills: list[str]
    levels: list[Level]
    steps: list[Block]

    @staticmethod
    def resolve_skills(obj):
        return [skill.value for skill in obj.skills]

    @staticmethod
    def resolve_levels(obj):
        levels = [
            ("junior", obj.junior_expectations),
            ("mid", obj.mid_expectations),
            ("senior", obj.senior_expectations),
        ]
        return [{"seniority": level, "expectations": text} for level, text in levels if text]

    @staticmethod
    def resolve_steps(obj, context):
        return blocks.stream(obj.steps, context["request"], obj)


# Search


class SearchResult(Schema):
    title: str
    url: str
    type: str | None = Field(description="The result type's slug; None for an editor's link.")
    snippet: str = Field(description="Plain text around the matching words.")
    highlights: list[str] = Field(description="The matching words as they appear in the snippet.")
    promoted: bool


class SearchResults(Schema):
    query: str
    locale: str = Field(description="The language of the results (the fallback's, if used).")
    fallback: bool = Field(description="The requested language had no results.")
    similar_spellings: bool
    count: int
    page: int
    pages: int
    items: list[SearchResult]


# Vacancy sync (token holders)


class SyncMeta(Schema):
    status: Literal["draft", "in_review", "live", "live_with_draft", "expired"]
    workflow: str | None = Field(description="The workflow the latest changes wait in, if any.")
    has_unpublished_changes: bool


class SyncedVacancy(Schema):
    id: int
    title: str
    slug: str
    company_id: int
    live: bool
    sync: SyncMeta
    url: str | None


class Revision(Schema):
    id: int
    created_at: datetime
    user: str | None
    approved_go_live_at: datetime | None
