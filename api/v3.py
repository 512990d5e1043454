"""The portal's API at /api/v3/, built from Wagtail 8's v3 API parts.

Wagtail's ready-made ``wagtail.api.v3.api`` is not mounted: its page endpoints apply Wagtail's
live/public rule (expired vacancies, pages under a draft company would show), its snippet endpoints
need a token even to read, and it offers generic page writes (move, copy, delete) a company's
hiring system must not have. What is reused from it: django-ninja, its RFC 7807 error responses,
``BearerTokenAuth`` with ``APIToken`` (last use recorded), ``AllowAnonymous``, the page forms
built from the admin's edit handlers (``build_page_form``) and Wagtail's page actions, so every
write goes through the same validation, permissions and workflow as the admin.
"""

from ninja import NinjaAPI
from ninja.errors import ValidationError as NinjaValidationError

from django.conf import settings
from django.http import Http404

from wagtail.api.v3.errors import problem_response, register_exception_handlers

# Request parts whose validation errors are the client's bad parameters (400), as opposed to a
# request body that does not describe a valid vacancy (422).
PARAMETER_SOURCES = {"query", "path", "header", "cookie"}


def _gate_docs(view):
    def wrapper(request, *args, **kwargs):
        if not getattr(settings, "WAGTAILAPI_DOCS_ENABLED", True):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


api = NinjaAPI(
    title="JobFutures API",
    version="3.0.0",
    description=(
        "Guides, questions, vacancies, companies, career paths, taxonomy and site search of the "
        "JobFutures portal: exactly what a visitor sees on the site. Companies' hiring systems "
        "sync their own vacancies with a token (`Authorization: Bearer …`): changes are drafts "
        "that go to the Company review workflow. See docs/api.md."
    ),
    urls_namespace="api_v3",
    docs_decorator=_gate_docs,
    openapi_url="/openapi.json",
    docs_url="/docs/",
)
register_exception_handlers(api)


@api.exception_handler(NinjaValidationError)
def bad_request(request, exc):
    """Bad query or path parameters are a 400; an invalid body stays a 422 (Wagtail's choice)."""
    errors = exc.errors
    sources = {str(error.get("loc", ["body"])[0]) for error in errors if error.get("loc")}
    status = 400 if sources and sources <= PARAMETER_SOURCES else 422
    detail = "Invalid parameters" if status == 400 else "Validation failed"
    return problem_response(status=status, detail=detail, errors=errors)


from . import content, search, sync  # noqa: E402  (routers register themselves on ``api``)

api.add_router("/", content.router)
api.add_router("/search/", search.router)
api.add_router("/vacancies/", sync.router)
