"""Everything the portal holds about a candidate, as JSON-ready data (the data-export right)."""

from allauth.account.models import EmailAddress

from .models import CandidateProfile

PROFILE_FIELDS = (
    "handle",
    "language",
    "display_name",
    "headline",
    "seniority",
    "languages",
    "locations",
    "remote",
    "employment_types",
    "salary_currency",
    "salary_min",
    "salary_max",
    "available_from",
    "link_1",
    "link_2",
    "link_3",
    "summary",
    "in_pool",
    "pool_consent_at",
    "pool_consent_version",
    "suspended",
    "created_at",
    "updated_at",
)


def profile_export(user):
    data = {
        "account": {
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user)
            ],
        },
        "profile": None,
    }
    profile = CandidateProfile.objects.filter(user=user).first()
    if profile is None:
        return data
    data["profile"] = {name: getattr(profile, name) for name in PROFILE_FIELDS}
    data["profile"]["roles"] = [role.name for role in profile.roles.all()]
    data["profile"]["skills"] = [topic.name for topic in profile.skills.all()]
    data["readiness_signals"] = [
        {
            "topic": signal.topic.name,
            "outcome": signal.outcome,
            "date": signal.checked_on,
            "shared": signal.shared,
            "skill_check": signal.skill_check.title if signal.skill_check else None,
        }
        for signal in profile.signals.select_related("topic", "skill_check")
    ]
    data["contact_requests"] = [
        {
            "company": contact.company.title,
            "vacancy": contact.vacancy.title if contact.vacancy else None,
            "message": contact.message,
            "status": contact.status,
            "sent_at": contact.created_at,
            "answered_at": contact.answered_at,
        }
        for contact in profile.requests.select_related("company", "vacancy")
    ]
    data["profile_views"] = [
        {"company": view.company.title, "viewed_at": view.viewed_at}
        for view in profile.views.select_related("company")
    ]
    data["blocked_companies"] = [
        block.company.title for block in profile.blocks.select_related("company")
    ]
    return data
