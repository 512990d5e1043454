"""Which company a Wagtail admin user speaks for in the pool, and what it may name in a request."""

from careers.models import CompanyPage, JobPage
from portal.visibility import visible


def pool_company(user):
    """The verified company whose hiring page ``user`` edits (through its company group), if its
    pool access is not suspended; else None. Candidates, unverified companies and portal staff
    without a company get None, hence 403 on every pool URL."""
    if not user.is_authenticated or not user.is_active:
        return None
    return (
        CompanyPage.objects.filter(
            group_permissions__group__user=user,
            verified=True,
        )
        .exclude(pool_access__suspended=True)
        .order_by("path")
        .first()
    )


def request_pool_company(request):
    """``pool_company`` of the request's user, looked up once per request: the admin menu asks
    too (whether to show the pool's item)."""
    if not hasattr(request, "_pool_company"):
        request._pool_company = pool_company(request.user)
    return request._pool_company


def open_vacancies(company):
    """The company's vacancies a visitor can see today: the only ones a request may name."""
    return visible(JobPage.objects.descendant_of(company)).order_by("title")
