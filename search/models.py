"""What visitors search for, per language and day, including the searches that found nothing.

Wagtail's own query log (``Query`` / ``QueryDailyHits`` in ``wagtail.contrib.search_promotions``)
counts searches but not their outcome and not their language. ``QueryStat`` adds both, so editors
see which questions candidates ask in German that the portal cannot yet answer in German.
"""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueryStatQuerySet(models.QuerySet):
    def count_search(self, query, locale, result_count):
        """Add one search to today's row for (query, locale): one UPDATE on the common path."""
        today = timezone.localdate()
        zero = 1 if result_count == 0 else 0
        changes = {
            "searches": F("searches") + 1,
            "zero_result_searches": F("zero_result_searches") + zero,
            "last_result_count": result_count,
        }
        if self.filter(query=query, locale=locale, date=today).update(**changes):
            return
        try:
            with transaction.atomic():
                self.create(
                    query=query,
                    locale=locale,
                    date=today,
                    searches=1,
                    zero_result_searches=zero,
                    last_result_count=result_count,
                )
        except IntegrityError:  # another request created today's row first
            self.filter(query=query, locale=locale, date=today).update(**changes)


class QueryStat(models.Model):
    """How often a query was searched in one language on one day, and how often it found nothing."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        verbose_name=_("query"),
        on_delete=models.CASCADE,
        related_name="stats",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches without results"), default=0)
    last_result_count = models.PositiveIntegerField(_("results last time"), default=0)

    objects = QueryStatQuerySet.as_manager()

    class Meta:
        verbose_name = _("search statistic")
        verbose_name_plural = _("search statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "locale", "date"], name="unique_query_stat_per_locale_and_day"
            )
        ]
        indexes = [models.Index(fields=["date", "locale"])]

    def __str__(self):
        return f"{self.query} ({self.date}, {self.searches})"
