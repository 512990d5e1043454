"""The candidate's own pages under /<lang>/profile/: profile, signals, pool, requests, data rights.

Every view acts on ``request.user``'s own profile only: ids in forms and URLs are looked up inside
that profile, so another candidate's id is a 404 and changes nothing.
"""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Locale

from .exports import profile_export
from .forms import ConfirmForm, JoinPoolForm, ProfileForm
from .models import CandidateProfile, CompanyBlock, ContactRequest, RequestStatus
from .signals import save_signals, topic_outcomes, visible_skill_check

MAX_MARKS = 500


def own_profile(request):
    profile, _created = CandidateProfile.objects.get_or_create(
        user=request.user, defaults={"language": get_language() or "en"}
    )
    return profile


def active_locale():
    return Locale.get_active()


@login_required
def profile(request):
    profile = own_profile(request)
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=profile, locale=active_locale())
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("candidates:profile")
        status = 400
    else:
        form = ProfileForm(instance=profile, locale=active_locale())
        status = 200
    signals = list(profile.signals.select_related("topic"))
    context = {
        "form": form,
        "profile": profile,
        "signals": signals,
        "shared_signals": [signal for signal in signals if signal.shared],
        "requests": profile.requests.select_related("company", "vacancy"),
        "views": profile.views.select_related("company")[:50],
        "blocks": profile.blocks.select_related("company"),
        "join_form": JoinPoolForm(initial={"version": settings.CANDIDATE_POOL_CONSENT_VERSION}),
        "consent_version": settings.CANDIDATE_POOL_CONSENT_VERSION,
    }
    return render(request, "candidates/profile.html", context, status=status)


@login_required
@require_POST
def save_skill_check(request):
    skill_check = visible_skill_check(request.POST.get("skill_check"))
    if skill_check is None:
        return HttpResponseBadRequest(_("This skill check does not exist."))
    knew = set(request.POST.getlist("knew")[:MAX_MARKS])
    review = set(request.POST.getlist("review")[:MAX_MARKS])
    outcomes = topic_outcomes(skill_check, knew, review)
    if not outcomes:
        messages.error(request, _("Mark at least one question of the skill check first."))
        return redirect(skill_check.get_url(request) or "candidates:profile")
    count = save_signals(own_profile(request), skill_check, outcomes)
    messages.success(
        request,
        _("%(count)s topics saved to your profile. They stay private until you share them.")
        % {"count": count},
    )
    return redirect("candidates:profile")


@login_required
@require_POST
def signal(request, pk):
    signal = get_object_or_404(own_profile(request).signals, pk=pk)
    action = request.POST.get("action")
    if action == "share":
        signal.shared = True
        signal.save(update_fields=["shared"])
    elif action == "hide":
        signal.shared = False
        signal.save(update_fields=["shared"])
    elif action == "delete":
        signal.delete()
    else:
        return HttpResponseBadRequest(_("Unknown action."))
    messages.success(request, _("Your readiness signals have been updated."))
    return redirect("candidates:profile")


@login_required
@require_POST
def pool(request):
    profile = own_profile(request)
    if request.POST.get("action") == "leave":
        profile.leave_pool()
        messages.success(
            request, _("You have left the pool: companies no longer see your profile.")
        )
        return redirect("candidates:profile")
    form = JoinPoolForm(request.POST)
    if (
        not form.is_valid()
        or form.cleaned_data["version"] != settings.CANDIDATE_POOL_CONSENT_VERSION
    ):
        messages.error(request, _("Tick the box to agree before joining the pool."))
        return redirect("candidates:profile")
    if not profile.display_name:
        messages.error(request, _("Fill in and save your profile before joining the pool."))
        return redirect("candidates:profile")
    profile.join_pool()
    messages.success(
        request, _("You are in the pool: verified companies can now find your profile.")
    )
    return redirect("candidates:profile")


@login_required
@require_POST
def answer_request(request, pk):
    profile = own_profile(request)
    contact = get_object_or_404(profile.requests, pk=pk)
    action = request.POST.get("action")
    with transaction.atomic():
        if action in ("accept", "decline"):
            if contact.status != RequestStatus.PENDING:
                messages.error(request, _("This request has already been answered."))
                return redirect("candidates:profile")
            contact.status = (
                RequestStatus.ACCEPTED if action == "accept" else RequestStatus.DECLINED
            )
            contact.answered_at = timezone.now()
            contact.save(update_fields=["status", "answered_at"])
        elif action == "block":
            CompanyBlock.objects.get_or_create(profile=profile, company=contact.company)
            profile.requests.filter(company=contact.company, status=RequestStatus.PENDING).update(
                status=RequestStatus.DECLINED, answered_at=timezone.now()
            )
        else:
            return HttpResponseBadRequest(_("Unknown action."))
    messages.success(request, _("Your answer has been saved."))
    return redirect("candidates:profile")


@login_required
@require_POST
def unblock(request, pk):
    get_object_or_404(own_profile(request).blocks, pk=pk).delete()
    messages.success(request, _("The company can find you in the pool again."))
    return redirect("candidates:profile")


@login_required
@require_GET
def export(request):
    data = profile_export(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="jobfutures-profile.json"'
    return response


@login_required
def delete(request):
    if request.method == "POST":
        form = ConfirmForm(request.POST)
        if form.is_valid():
            user = request.user
            with transaction.atomic():
                ContactRequest.objects.filter(profile__user=user).update(status=RequestStatus.LEFT)
                logout(request)
                user.delete()
            messages.success(request, _("Your account and everything in it has been deleted."))
            return redirect("/")
        status = 400
    else:
        form = ConfirmForm()
        status = 200
    return render(request, "candidates/delete.html", {"form": form}, status=status)
