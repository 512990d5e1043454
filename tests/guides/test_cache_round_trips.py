"""A page reads what it needs from Redis in a few round trips, not one per lookup."""

import pytest

from .test_guide_page import make_guide

pytestmark = pytest.mark.django_db


def test_a_warm_guide_page_costs_at_most_three_redis_round_trips(
    client, guide_index, question_bank, redis_commands
):
    guide, _questions = make_guide(guide_index, question_bank, 5)
    assert client.get(guide.url).status_code == 200  # fills the cache

    redis_commands.clear()
    assert client.get(guide.url).status_code == 200
    # One MGET (content version, hidden subtrees, site root paths), one GET for the navigation,
    # one for the automatic related links (cached instead of a query per render); before, each
    # lookup was a round trip of its own (29 on the demo guide).
    assert len(redis_commands) <= 3, redis_commands
