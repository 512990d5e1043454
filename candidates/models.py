"""Candidate profiles, their readiness signals, pool membership and companies' contact requests.

Everything here is private to the candidate unless they chose otherwise: a profile joins the pool
only with recorded consent, and then verified companies see it pseudonymously (``handle``); a
signal is shown only when its own switch is on; name and e-mail reach a company only through an
accepted contact request.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxLengthValidator, URLValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.formats import format_money_range

from .choices import (
    CURRENCIES,
    SPOKEN_LANGUAGES,
    EmploymentType,
    Outcome,
    RemotePolicy,
    RequestStatus,
    Seniority,
)

SUMMARY_MAX_LENGTH = 1500
MESSAGE_MAX_LENGTH = 1000
HANDLE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

web_link = URLValidator(
    schemes=["http", "https"], message=_("Enter a web address starting with http:// or https://.")
)


SENIORITY_LABELS = dict(Seniority.choices)
REMOTE_LABELS = dict(RemotePolicy.choices)
LANGUAGE_LABELS = dict(SPOKEN_LANGUAGES)
EMPLOYMENT_TYPE_LABELS = dict(EmploymentType.choices)
OUTCOME_LABELS = dict(Outcome.choices)


def new_handle():
    """A pseudonym companies see instead of the name, e.g. "K7F3QX"."""
    return "".join(secrets.choice(HANDLE_ALPHABET) for _ in range(6))


class CandidateProfileQuerySet(models.QuerySet):
    def in_pool(self):
        """Profiles verified companies may browse: joined, not suspended, account active."""
        return self.filter(in_pool=True, suspended=False, user__is_active=True)

    def for_company(self, company):
        """The pool as one company sees it: without the candidates who blocked it."""
        blocked = CompanyBlock.objects.filter(profile=OuterRef("pk"), company=company)
        return self.in_pool().filter(~Exists(blocked))


class CandidateProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="candidate_profile"
    )
    handle = models.CharField(_("pseudonym"), max_length=12, unique=True, default=new_handle)
    language = models.CharField(_("language of e-mails"), max_length=8, default="en")
    display_name = models.CharField(_("name"), max_length=80)
    headline = models.CharField(_("headline"), max_length=120, blank=True)
    roles = models.ManyToManyField("portal.Role", verbose_name=_("role focus"), blank=True)
    seniority = models.CharField(
        _("seniority"), max_length=10, choices=Seniority.choices, blank=True
    )
    skills = models.ManyToManyField("portal.Topic", verbose_name=_("skills"), blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    locations = models.CharField(_("locations"), max_length=200, blank=True)
    remote = models.CharField(
        _("remote preference"), max_length=10, choices=RemotePolicy.choices, blank=True
    )
    employment_types = models.JSONField(_("employment types"), default=list, blank=True)
    salary_currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, blank=True)
    salary_min = models.PositiveIntegerField(_("minimum salary per year"), null=True, blank=True)
    salary_max = models.PositiveIntegerField(_("maximum salary per year"), null=True, blank=True)
    available_from = models.DateField(_("available from"), null=True, blank=True)
    link_1 = models.URLField(_("link"), max_length=300, blank=True, validators=[web_link])
    link_2 = models.URLField(_("link"), max_length=300, blank=True, validators=[web_link])
    link_3 = models.URLField(_("link"), max_length=300, blank=True, validators=[web_link])
    summary = models.TextField(
        _("summary"), blank=True, validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)]
    )
    in_pool = models.BooleanField(_("in the candidate pool"), default=False, db_index=True)
    pool_consent_at = models.DateTimeField(_("pool consent given at"), null=True, blank=True)
    pool_consent_version = models.CharField(
        _("pool consent text version"), max_length=20, blank=True
    )
    suspended = models.BooleanField(_("suspended by portal staff"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CandidateProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("candidate profile")
        verbose_name_plural = _("candidate profiles")
        permissions = [("moderate_pool", _("Can suspend profiles and companies in the pool"))]
        indexes = [models.Index(fields=["in_pool", "suspended", "seniority"])]

    def __str__(self):
        return self.handle

    @property
    def links(self):
        return [link for link in (self.link_1, self.link_2, self.link_3) if link]

    @property
    def salary(self):
        return format_money_range(self.salary_min, self.salary_max, self.salary_currency)

    # A pool page shows 20 cards: labels come from dicts built once, not from get_FOO_display(),
    # which hashes every (lazily translated) choice on each call; that was a tenth of the listing.
    @property
    def seniority_label(self):
        return SENIORITY_LABELS.get(self.seniority, "")

    @property
    def remote_label(self):
        return REMOTE_LABELS.get(self.remote, "")

    @property
    def language_names(self):
        return [LANGUAGE_LABELS[code] for code in self.languages if code in LANGUAGE_LABELS]

    @property
    def employment_type_names(self):
        return [
            EMPLOYMENT_TYPE_LABELS[code]
            for code in self.employment_types
            if code in EMPLOYMENT_TYPE_LABELS
        ]

    def join_pool(self):
        self.in_pool = True
        self.pool_consent_at = timezone.now()
        self.pool_consent_version = settings.CANDIDATE_POOL_CONSENT_VERSION
        self.save(
            update_fields=["in_pool", "pool_consent_at", "pool_consent_version", "updated_at"]
        )

    def leave_pool(self):
        self.in_pool = False
        self.save(update_fields=["in_pool", "updated_at"])


class ReadinessSignal(models.Model):
    """A topic's outcome in a skill check the candidate chose to save, shown to companies only
    while ``shared`` is on."""

    profile = models.ForeignKey(CandidateProfile, on_delete=models.CASCADE, related_name="signals")
    topic = models.ForeignKey("portal.Topic", verbose_name=_("topic"), on_delete=models.CASCADE)
    skill_check = models.ForeignKey(
        "guides.SkillCheckPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    checked_on = models.DateField(_("date"))
    shared = models.BooleanField(_("show to companies in the pool"), default=False)

    class Meta:
        verbose_name = _("readiness signal")
        ordering = ["topic__name"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "topic"], name="one_signal_per_topic")
        ]

    def __str__(self):
        return f"{self.topic}: {self.outcome}"

    @property
    def outcome_label(self):
        return OUTCOME_LABELS.get(self.outcome, "")


class PoolView(models.Model):
    """A company opened the candidate's pool card; the candidate sees who and when."""

    profile = models.ForeignKey(CandidateProfile, on_delete=models.CASCADE, related_name="views")
    company = models.ForeignKey("careers.CompanyPage", on_delete=models.CASCADE, related_name="+")
    viewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-viewed_at"]

    def __str__(self):
        return f"{self.company} viewed {self.profile}"


class CompanyBlock(models.Model):
    """The candidate blocked this company: it no longer sees them in the pool nor may contact them."""

    profile = models.ForeignKey(CandidateProfile, on_delete=models.CASCADE, related_name="blocks")
    company = models.ForeignKey("careers.CompanyPage", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["profile", "company"], name="one_block_per_company")
        ]

    def __str__(self):
        return f"{self.profile} blocked {self.company}"


class CompanyPoolAccess(models.Model):
    """Portal staff suspended this company's access to the pool."""

    company = models.OneToOneField(
        "careers.CompanyPage", on_delete=models.CASCADE, related_name="pool_access"
    )
    suspended = models.BooleanField(_("pool access suspended"), default=True)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.company}: suspended={self.suspended}"


class ContactRequest(models.Model):
    """A company asks a pool candidate to get in touch about one of its vacancies.

    When the candidate deletes their account the request stays for the company, without the
    profile, as "candidate left"."""

    profile = models.ForeignKey(
        CandidateProfile, null=True, on_delete=models.SET_NULL, related_name="requests"
    )
    handle = models.CharField(max_length=12)  # the candidate's pseudonym, kept after they leave
    company = models.ForeignKey("careers.CompanyPage", on_delete=models.CASCADE, related_name="+")
    vacancy = models.ForeignKey(
        "careers.JobPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(_("message"), validators=[MaxLengthValidator(MESSAGE_MAX_LENGTH)])
    status = models.CharField(
        max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "company"],
                condition=Q(status="pending"),
                name="one_open_request_per_candidate",
            )
        ]

    @property
    def revealed(self):
        return self.status == RequestStatus.ACCEPTED and self.profile_id is not None

    def __str__(self):
        return f"{self.company} → {self.handle}: {self.status}"
