"""Where an item lives: its page on the site, its API detail endpoint, its visible translations."""

from django.urls import reverse

from wagtail.models import Page

from portal.i18n import locale_code
from portal.visibility import visible

# The detail endpoint of each page type the API serves, by model label.
DETAIL_ROUTES = {
    "guides.GuidePage": "guide_detail",
    "guides.QuestionPage": "question_detail",
    "careers.JobPage": "vacancy_detail",
    "careers.CompanyPage": "company_detail",
    "careers.CareerPathPage": "career_path_detail",
}
NAMESPACE = "api_v3"


def detail_url(page, request):
    route = DETAIL_ROUTES.get(page.specific_class._meta.label if page.specific_class else "")
    if route is None:
        return None
    return request.build_absolute_uri(reverse(f"{NAMESPACE}:{route}", args=[page.pk]))


def page_ref(page, request):
    """A chosen page in a block: enough to link it and to fetch it from the API."""
    return {
        "id": page.pk,
        "title": page.title,
        "locale": locale_code(page),
        "url": page.get_full_url(request),
        "detail_url": detail_url(page, request),
    }


def attach_translations(pages, request):
    """Set ``page.api_translations`` on each page: its visible translations in other languages,
    from one query for all of them."""
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    by_key = {}
    if keys:
        others = visible(Page.objects.filter(translation_key__in=keys)).order_by("locale_id")
        for other in others.defer_streamfields():
            by_key.setdefault(other.translation_key, []).append(other)
    for page in pages:
        page.api_translations = [
            {
                "id": other.pk,
                "locale": locale_code(other),
                "url": other.get_full_url(request),
                "detail_url": detail_url(other, request),
            }
            for other in by_key.get(page.translation_key, [])
            if other.pk != page.pk
        ]
    return pages
