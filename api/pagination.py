"""Limit/offset paging of list endpoints: ``{"count": N, "items": [...]}`` like Wagtail's v3 API.

The limit is capped by ``WAGTAILAPI_LIMIT_MAX`` (a larger one is a 400, as in Wagtail's API), and
the offset too, so a huge number is a 400 rather than a database overflow.
"""

from functools import cache

from ninja import Schema
from pydantic import Field, create_model

from django.conf import settings

MAX_OFFSET = 100_000


class Paging(Schema):
    limit: int = Field(20, ge=1, le=settings.WAGTAILAPI_LIMIT_MAX, description="Items per page.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip.")


@cache
def paged(item_schema):
    """The response schema of a list of ``item_schema``."""
    return create_model(
        f"{item_schema.__name__}List",
        __base__=Schema,
        count=(int, ...),
        items=(list[item_schema], ...),
    )


def page_of(queryset, paging, prepare=list):
    """One page of ``queryset``; ``prepare`` loads what the items need, for all at once."""
    items = list(queryset[paging.offset : paging.offset + paging.limit])
    return {"count": queryset.count(), "items": prepare(items)}
