"""Choices of candidate profiles, shared by models, forms and the pool filters."""

import functools

from django.conf.global_settings import LANGUAGES as DJANGO_LANGUAGES
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from careers.models.choices import EmploymentType, RemotePolicy, Seniority

__all__ = ["EmploymentType", "RemotePolicy", "Seniority"]

# Languages a candidate speaks: Django's list of languages (names translated by Django), main codes only.
# Django's own catalogues translate the names; they are marked with gettext_noop in global_settings.
SPOKEN_LANGUAGES = [(code, _(name)) for code, name in DJANGO_LANGUAGES if "-" not in code]
SPOKEN_LANGUAGE_CODES = {code for code, _name in SPOKEN_LANGUAGES}


def spoken_language_choices():
    """SPOKEN_LANGUAGES in the active language, sorted by name: translated once per language
    rather than ~100 names on every page that offers them."""
    return _spoken_language_choices(translation.get_language())


@functools.cache
def _spoken_language_choices(language):
    with translation.override(language):
        names = [(code, str(name)) for code, name in SPOKEN_LANGUAGES]
    return sorted(names, key=lambda choice: choice[1].casefold())


CURRENCIES = [
    ("EUR", "EUR"),
    ("CHF", "CHF"),
    ("GBP", "GBP"),
    ("USD", "USD"),
    ("PLN", "PLN"),
    ("SEK", "SEK"),
]


class Outcome(models.TextChoices):
    KNEW = "knew", _("Knew it")
    REVIEW = "review", _("To review")


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    LEFT = "left", _("Candidate left")
