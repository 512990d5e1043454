"""Follow-up questions are written in the exchange format's Markdown; visitors see it rendered."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def question_with_follow_ups(question_bank, *follow_ups):
    question = factories.QuestionPageFactory(
        parent=question_bank, answer=[("follow_up", list(follow_ups))]
    )
    question.save_revision().publish()
    return question


def test_follow_up_questions_show_inline_markdown_as_formatting(client, question_bank):
    question = question_with_follow_ups(question_bank, "When is `@cache` the wrong *choice*?")

    html = client.get(question.url).text

    assert "<li>When is <code>@cache</code> the wrong <em>choice</em>?</li>" in html
    assert "`@cache`" not in html


def test_follow_up_questions_never_pass_raw_html_or_script_links(client, question_bank):
    question = question_with_follow_ups(
        question_bank, "Is <script>alert(1)</script> escaped?", "[Click](javascript:alert(1))"
    )

    html = client.get(question.url).text

    assert "<li>Is &lt;script&gt;alert(1)&lt;/script&gt; escaped?</li>" in html
    assert "<li>[Click](javascript:alert(1))</li>" in html
    assert 'href="javascript:' not in html
