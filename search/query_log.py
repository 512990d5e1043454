"""Every search is counted: in Wagtail's query log (for promotions and its "Search terms" report)
and per language with its outcome (for the "searches without results" report)."""

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import QueryStat

logger = logging.getLogger(__name__)


def record_search(query, locale, result_count):
    """Count one search for ``query`` (a QueryText). A failure is logged, never shown."""
    try:
        if connection.vendor == "postgresql":
            _record_in_one_statement(query, locale, result_count)
        else:
            _record(query, locale, result_count)
    except DatabaseError:
        logger.exception("Could not record the search %r", query.canonical)


def _record(query, locale, result_count):
    with transaction.atomic():
        logged = Query.get(query.canonical)
        # Query.add_hit() reads today's row before updating it; one UPDATE is enough after the
        # first search of the day.
        today = timezone.now().date()  # the date add_hit() uses
        hits = QueryDailyHits.objects.filter(query=logged, date=today)
        if not hits.update(hits=F("hits") + 1):
            logged.add_hit(today)
        QueryStat.objects.count_search(logged, locale, result_count)


# What _record does, as one statement and one round trip: the query string's row (created on its
# first search), today's hit in Wagtail's log, today's row for the language. Concurrent first
# searches of a string are safe (ON CONFLICT), and a known string takes no id from the sequence. The
# statistics may lose the last moment's searches in a crash, so the commit does not wait for the
# disk (set_config(..., true) lasts for this statement's transaction, the statement itself). The
# tables are those of Query, QueryDailyHits and QueryStat.
_ONE_STATEMENT = """
WITH settings AS (SELECT set_config('synchronous_commit', 'off', true)),
existing AS (SELECT id FROM wagtailsearchpromotions_query WHERE query_string = %(query_string)s),
created AS (
    INSERT INTO wagtailsearchpromotions_query (query_string)
    SELECT %(query_string)s WHERE NOT EXISTS (SELECT FROM existing)
    ON CONFLICT (query_string) DO NOTHING
    RETURNING id
),
logged AS (SELECT id FROM existing UNION ALL SELECT id FROM created LIMIT 1),
hit AS (
    INSERT INTO wagtailsearchpromotions_querydailyhits (query_id, date, hits)
    SELECT id, %(day)s, 1 FROM logged, settings
    ON CONFLICT (query_id, date) DO UPDATE SET hits = wagtailsearchpromotions_querydailyhits.hits + 1
)
INSERT INTO site_search_querystat (query_id, locale_id, date, searches, zero_result_searches, last_result_count)
SELECT id, %(locale)s, %(local_day)s, 1, %(zero)s, %(count)s FROM logged, settings
ON CONFLICT (query_id, locale_id, date) DO UPDATE SET
    searches = site_search_querystat.searches + 1,
    zero_result_searches = site_search_querystat.zero_result_searches + EXCLUDED.zero_result_searches,
    last_result_count = EXCLUDED.last_result_count
"""


def _record_in_one_statement(query, locale, result_count):
    with connection.cursor() as cursor:
        cursor.execute(
            _ONE_STATEMENT,
            {
                "query_string": normalise_query_string(query.canonical),
                "day": timezone.now().date(),  # the date Query.add_hit() uses
                "local_day": timezone.localdate(),  # the date QueryStat.count_search() uses
                "locale": locale.pk,
                "zero": 1 if result_count == 0 else 0,
                "count": result_count,
            },
        )
