"""Choices of the guides' fields, importable by filters, the importer and search without the models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Difficulty(models.TextChoices):
    JUNIOR = "junior", _("Junior")
    MID = "mid", _("Mid-level")
    SENIOR = "senior", _("Senior")
