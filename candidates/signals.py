"""Saving a finished skill check to the profile: one readiness signal per topic.

The browser posts which questions were marked "knew it" and which "review" (by their anchors);
only questions of that skill check count, and each topic's outcome is "to review" if any of its
questions was marked so, else "knew it"."""

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone

from guides.models import QuestionPage, SkillCheckPage
from portal.blocks.resolve import visible_pages
from portal.visibility import is_visible

from .choices import Outcome
from .models import ReadinessSignal


def visible_skill_check(pk):
    try:
        page = SkillCheckPage.objects.get(pk=int(pk))
    except (SkillCheckPage.DoesNotExist, TypeError, ValueError):
        return None
    return page if is_visible(page) else None


def topic_outcomes(skill_check, knew, review):
    """{topic: outcome} for the marked questions of ``skill_check``."""
    # The same questions, in the same language, as the skill check page showed.
    chosen = [link.question for link in skill_check.questions.select_related("question")]
    shown = [item.page for item in visible_pages(chosen, model=QuestionPage)]
    prefetch_related_objects(shown, "topic_links__topic")
    outcomes = {}
    for question in shown:
        mark = (
            Outcome.REVIEW
            if question.anchor in review
            else Outcome.KNEW
            if question.anchor in knew
            else None
        )
        if mark is None:
            continue
        for topic_link in question.topic_links.all():
            topic = topic_link.topic
            if outcomes.get(topic) != Outcome.REVIEW:
                outcomes[topic] = mark
    return outcomes


@transaction.atomic
def save_signals(profile, skill_check, outcomes):
    """Store each topic's outcome with today's date. A new outcome starts unshared: the candidate
    decides again whether companies see it."""
    today = timezone.localdate()
    for topic, outcome in outcomes.items():
        ReadinessSignal.objects.update_or_create(
            profile=profile,
            topic=topic,
            defaults={
                "outcome": outcome,
                "checked_on": today,
                "skill_check": skill_check,
                "shared": False,
            },
        )
    return len(outcomes)
