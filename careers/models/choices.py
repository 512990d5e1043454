"""Choices shared by vacancies, their filters and career paths."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Seniority(models.TextChoices):
    JUNIOR = "junior", _("Junior")
    MID = "mid", _("Mid-level")
    SENIOR = "senior", _("Senior")
    LEAD = "lead", _("Lead")


class EmploymentType(models.TextChoices):
    # Values are schema.org JobPosting employmentType values.
    FULL_TIME = "FULL_TIME", _("Full time")
    PART_TIME = "PART_TIME", _("Part time")
    CONTRACTOR = "CONTRACTOR", _("Contractor")
    TEMPORARY = "TEMPORARY", _("Temporary")
    INTERN = "INTERN", _("Internship")


class RemotePolicy(models.TextChoices):
    ONSITE = "onsite", _("On site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class SalaryUnit(models.TextChoices):
    # Values are schema.org QuantitativeValue unitText values.
    YEAR = "YEAR", _("per year")
    MONTH = "MONTH", _("per month")
    WEEK = "WEEK", _("per week")
    DAY = "DAY", _("per day")
    HOUR = "HOUR", _("per hour")
