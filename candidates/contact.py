"""Contact requests from companies: the rules (one open request per candidate, a daily limit per
company) and the e-mail that tells the candidate."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import ContactRequest, RequestStatus


class RequestRefused(Exception):
    pass


def requests_today(company):
    since = timezone.now() - timedelta(days=1)
    return ContactRequest.objects.filter(company=company, created_at__gte=since).count()


def send_request(company, profile, vacancy, message, sender):
    """Create the request and e-mail the candidate, or raise ``RequestRefused`` with the reason."""
    if requests_today(company) >= settings.CANDIDATE_POOL_DAILY_REQUESTS:
        raise RequestRefused(
            _("Your company has sent %(limit)s requests in the last 24 hours, the most allowed.")
            % {"limit": settings.CANDIDATE_POOL_DAILY_REQUESTS}
        )
    try:
        with transaction.atomic():
            contact = ContactRequest.objects.create(
                profile=profile,
                handle=profile.handle,
                company=company,
                vacancy=vacancy,
                sender=sender,
                message=message,
            )
    except IntegrityError:
        raise RequestRefused(
            _("This candidate has not answered your company's last request yet.")
        ) from None
    notify_candidate(contact)
    return contact


def notify_candidate(contact):
    profile = contact.profile
    with translation.override(profile.language):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("candidates:profile")
        context = {"contact": contact, "profile_url": url}
        subject = _("%(company)s would like to get in touch") % {"company": contact.company.title}
        body = render_to_string("candidates/email/contact_request.txt", context)
    send_mail(subject, body, None, [profile.user.email])


def has_open_request(company, profile):
    return ContactRequest.objects.filter(
        company=company, profile=profile, status=RequestStatus.PENDING
    ).exists()
