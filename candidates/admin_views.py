"""The pool browser in the Wagtail admin, for editors of verified companies (``/admin/pool/``),
and the pool's moderation page for portal staff.

``candidates.admin_urls`` lets only admin users through (others: 403, anonymous: log in); each
view here also requires a verified company (``pool_company``) and answers 403 without one. A company only ever sees pool profiles
that have not blocked it, and its own requests.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Locale

from careers.models import CompanyPage

from .companies import open_vacancies, request_pool_company
from .contact import RequestRefused, send_request
from .filters import PoolFilterSet
from .forms import ContactRequestForm
from .middleware import make_private
from .models import (
    CandidateProfile,
    CompanyPoolAccess,
    ContactRequest,
    PoolView,
    ReadinessSignal,
    RequestStatus,
)

CARDS_PER_PAGE = 20


def forbidden(request):
    return render(request, "candidates/admin/forbidden.html", status=403)


def company_required(view):
    def wrapped(request, *args, **kwargs):
        company = request_pool_company(request)
        if company is None:
            return make_private(forbidden(request))
        return make_private(view(request, company, *args, **kwargs))

    wrapped.__name__ = view.__name__
    wrapped.__module__ = view.__module__
    return wrapped


def cards(queryset):
    """Pool profiles with everything a card shows, in a fixed number of queries."""
    return queryset.prefetch_related(
        "roles",
        "skills",
        Prefetch(
            "signals",
            queryset=ReadinessSignal.objects.filter(shared=True).select_related("topic"),
            to_attr="shared_signals",
        ),
    )


@company_required
def pool(request, company):
    filters = PoolFilterSet(
        request.GET or None,
        queryset=CandidateProfile.objects.for_company(company).order_by("-updated_at", "pk"),
        locale=Locale.get_active(),
    )
    status = 200
    if filters.is_bound and not filters.is_valid():
        profiles, status = CandidateProfile.objects.none(), 400
    else:
        profiles = filters.qs
    paginator = Paginator(cards(profiles), CARDS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except Exception:  # noqa: BLE001 - any bad page number is the same mistake
        return render(
            request,
            "candidates/admin/pool.html",
            {"company": company, "filters": filters, "bad_page": True},
            status=400,
        )
    return render(
        request,
        "candidates/admin/pool.html",
        {"company": company, "filters": filters, "page_obj": page, "profiles": page.object_list},
        status=status,
    )


def company_profile(company, handle):
    queryset = cards(CandidateProfile.objects.for_company(company))
    return get_object_or_404(queryset, handle=handle)


@company_required
def card(request, company, handle):
    profile = company_profile(company, handle)
    PoolView.objects.create(profile=profile, company=company)
    return render_card(
        request, company, profile, ContactRequestForm(vacancies=open_vacancies(company))
    )


def render_card(request, company, profile, form, status=200):
    contacts = ContactRequest.objects.filter(company=company, profile=profile).select_related(
        "vacancy"
    )
    accepted = any(contact.revealed for contact in contacts)
    context = {
        "company": company,
        "profile": profile,
        "form": form,
        "contacts": contacts,
        "revealed": accepted,
        "email": profile.user.email if accepted else "",
        "can_request": not any(c.status == RequestStatus.PENDING for c in contacts),
    }
    return render(request, "candidates/admin/card.html", context, status=status)


@company_required
@require_POST
def contact(request, company, handle):
    profile = company_profile(company, handle)
    form = ContactRequestForm(request.POST, vacancies=open_vacancies(company))
    if not form.is_valid():
        return render_card(request, company, profile, form, status=400)
    try:
        send_request(
            company,
            profile,
            form.cleaned_data["vacancy"],
            form.cleaned_data["message"],
            request.user,
        )
    except RequestRefused as refusal:
        form.add_error(None, str(refusal))
        return render_card(request, company, profile, form, status=409)
    messages.success(
        request, _("Your request has been sent. The candidate decides whether to answer.")
    )
    return redirect("candidates_pool_card", handle=profile.handle)


@company_required
def requests(request, company):
    contacts = ContactRequest.objects.filter(company=company).select_related(
        "vacancy", "profile__user"
    )
    return render(
        request, "candidates/admin/requests.html", {"company": company, "contacts": contacts}
    )


def moderates_pool(user):
    return user.is_active and (user.is_superuser or user.has_perm("candidates.moderate_pool"))


def moderation(request):
    return make_private(moderate(request))


def moderate(request):
    if not moderates_pool(request.user):
        return forbidden(request)
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in ("suspend-profile", "restore-profile"):
            profile = CandidateProfile.objects.filter(
                handle=request.POST.get("handle", "").strip().upper()[:12]
            ).first()
            if profile is None:
                messages.error(request, _("No profile has this pseudonym."))
                return redirect("candidates_pool_moderation")
            profile.suspended = action == "suspend-profile"
            profile.save(update_fields=["suspended"])
        elif action in ("suspend-company", "restore-company"):
            company = get_object_or_404(CompanyPage, pk=request.POST.get("company") or 0)
            CompanyPoolAccess.objects.update_or_create(
                company=company, defaults={"suspended": action == "suspend-company"}
            )
        else:
            raise Http404
        messages.success(request, _("Saved."))
        return redirect("candidates_pool_moderation")
    counts = CandidateProfile.objects.aggregate(
        profiles=Count("pk"),
        in_pool=Count("pk", filter=Q(in_pool=True, suspended=False)),
        suspended=Count("pk", filter=Q(suspended=True)),
    )
    request_counts = dict(
        ContactRequest.objects.order_by().values_list("status").annotate(n=Count("pk"))
    )
    context = {
        "counts": counts,
        "request_counts": [
            (label, request_counts.get(value, 0)) for value, label in RequestStatus.choices
        ],
        "companies": CompanyPage.objects.filter(verified=True, locale=Locale.get_default())
        .select_related("pool_access")
        .order_by("title"),
        "suspended_profiles": CandidateProfile.objects.filter(suspended=True).order_by("handle"),
    }
    return render(request, "candidates/admin/moderation.html", context)
