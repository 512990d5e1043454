"""Summaries cut to fit (listing cards, meta descriptions) end on a whole word with an ellipsis."""

import re

import pytest

from guides.models import GuidePage
from tests import factories

pytestmark = pytest.mark.django_db

LONG_TEXT = "Querysets are lazy and chainable, " * 12 + "and this sentence ends here."


def test_a_long_meta_description_ends_on_a_whole_word_with_an_ellipsis(client, question_bank):
    question = factories.QuestionPageFactory(parent=question_bank, short_answer=LONG_TEXT)

    html = client.get(question.url).text

    description = re.search(r'<meta name="description" content="([^"]*)">', html).group(1)
    assert 100 < len(description) <= 160
    assert description.endswith("…")
    assert LONG_TEXT.startswith(description[:-1])
    assert LONG_TEXT[len(description) - 1] == " "


def test_keep_preparing_cards_end_a_summary_on_a_word_with_an_ellipsis(client, demo):
    guide = GuidePage.objects.get(locale__language_code="en", slug="python-interview-questions")

    html = client.get(guide.url).text

    related = html.split('<section class="related">', 1)[1].split("</section>", 1)[0]
    summaries = re.findall(r"<p>([^<]*)</p>", related)
    django_guide = GuidePage.objects.get(locale__language_code="en", slug__startswith="django")
    assert django_guide.intro.startswith(summaries[0][:-1])
    assert summaries[0].endswith("…")
    assert django_guide.intro[len(summaries[0]) - 1] == " "
