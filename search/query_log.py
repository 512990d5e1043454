"""Every search is counted: in Wagtail's query log (for promotions and its "Search terms" report)
and per language with its outcome (for the "searches without results" report)."""

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import QueryStat

logger = logging.getLogger(__name__)


def record_search(query, locale, result_count):
    """Count one search for ``query`` (a QueryText). A failure is logged, never shown."""
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Statistics may lose the last moment's searches in a crash; the visitor should
                # not wait for them to reach the disk.
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            logged = Query.get(query.canonical)
            # Query.add_hit() reads today's row before updating it; one UPDATE is enough after the first search of the day.
            today = timezone.now().date()  # the date add_hit() uses
            hits = QueryDailyHits.objects.filter(query=logged, date=today)
            if not hits.update(hits=F("hits") + 1):
                logged.add_hit(today)
            QueryStat.objects.count_search(logged, locale, result_count)
    except DatabaseError:
        logger.exception("Could not record the search %r", query.canonical)
