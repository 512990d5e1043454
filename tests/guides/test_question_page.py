import json
import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def make_question(question_bank, **fields):
    answer = [
        ("paragraph", "<p>Lists are <strong>mutable</strong>.</p>"),
        ("code", {"language": "python", "code": "point = (1, 2)\nprint(point)", "caption": ""}),
        ("pitfall", {"kind": "pitfall", "text": "<p>A one-element tuple needs a comma.</p>"}),
        ("follow_up", ["When would you use a namedtuple?"]),
    ]
    question = factories.QuestionPageFactory(
        parent=question_bank,
        title="Lists or tuples?",
        slug="lists-vs-tuples",
        answer=answer,
        **fields,
    )
    question.save_revision().publish()
    return question


def test_question_page_shows_the_strong_answer_and_the_full_answer(client, question_bank):
    question = make_question(question_bank, short_answer="Mutability and hashability.")
    html = client.get(question.url).text
    assert "<h1>Lists or tuples?</h1>" in html
    assert "Mutability and hashability." in html
    assert "<strong>mutable</strong>" in html
    assert "Common pitfall" in html
    assert "When would you use a namedtuple?" in html


def test_code_is_highlighted_on_the_server(client, question_bank):
    html = client.get(make_question(question_bank).url).text
    sample = '<pre class="highlight" tabindex="0" data-language="python">'
    code = html.split(sample, 1)[1].split("</pre>", 1)[0]
    assert '<span class="nb">print</span>' in code


def test_code_is_escaped(client, question_bank):
    question = factories.QuestionPageFactory(
        parent=question_bank,
        answer=[("code", {"language": "html", "code": "<script>alert(1)</script>", "caption": ""})],
    )
    html = client.get(question.url).text
    assert "<script>alert(1)</script>" not in html


def test_question_page_json_ld_is_a_qapage_with_an_accepted_answer(client, question_bank):
    question = make_question(question_bank, short_answer="Mutability and hashability.")
    html = client.get(question.url).text
    data = [
        json.loads(s)
        for s in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    qa = next(item for item in data if item["@type"] == "QAPage")
    entity = qa["mainEntity"]
    assert entity["@type"] == "Question"
    assert entity["name"] == "Lists or tuples?"
    assert entity["answerCount"] == 1
    assert entity["acceptedAnswer"]["text"] == "Mutability and hashability."
    assert entity["acceptedAnswer"]["url"].endswith("/en/questions/lists-vs-tuples/#answer")
    assert any(item["@type"] == "BreadcrumbList" for item in data)


def test_question_page_names_its_topics_and_roles(client, question_bank):
    topic = factories.TopicFactory(name="Data structures")
    role = factories.RoleFactory(name="Python developer")
    html = client.get(make_question(question_bank, topics=[topic], roles=[role]).url).text
    assert "Data structures" in html
    assert "Python developer" in html
