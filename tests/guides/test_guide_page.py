import json
import re

import pytest

from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


def json_ld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def make_guide(guide_index, question_bank, count, **fields):
    questions = [factories.QuestionPageFactory(parent=question_bank) for _ in range(count)]
    faqs = [factories.FAQFactory() for _ in range(3)]
    body = [
        ("heading", {"text": "Data types", "level": "h2"}),
        ("questions", {"heading": "Core questions", "questions": questions}),
        ("faq", {"heading": "FAQ", "audience": "both", "faqs": faqs}),
        ("related", {"heading": "Related", "items": [], "automatic": 3}),
        (
            "next_steps",
            {
                "heading": "Next",
                "steps": [
                    {"title": "Bank", "text": "", "page": question_bank, "url": "", "link_text": ""}
                ],
            },
        ),
    ]
    guide = factories.GuidePageFactory(parent=guide_index, body=body, **fields)
    guide.save_revision().publish()
    return guide, questions


def test_guide_shows_questions_with_anchors_short_answers_and_links(
    client, guide_index, question_bank
):
    guide, questions = make_guide(guide_index, question_bank, 3)
    html = client.get(guide.url).text
    for question in questions:
        assert f'id="{question.slug}"' in html
        assert question.short_answer in html
        assert f'href="{question.url}"' in html


def test_guide_has_a_table_of_contents_from_headings_and_question_lists(
    client, guide_index, question_bank
):
    guide, _ = make_guide(guide_index, question_bank, 1)
    toc = client.get(guide.url).text.split('class="toc"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="#data-types">Data types</a>' in toc
    assert '<a href="#core-questions">Core questions</a>' in toc


def test_guide_faqs_are_native_details_elements(client, guide_index, question_bank):
    guide, _ = make_guide(guide_index, question_bank, 1)
    html = client.get(guide.url).text
    assert html.count('<details class="faq">') == 3


def test_guide_json_ld_has_article_faqpage_and_breadcrumbs(client, guide_index, question_bank):
    guide, _ = make_guide(guide_index, question_bank, 2)
    data = {item["@type"]: item for item in json_ld(client.get(guide.url).text)}
    assert set(data) == {"BreadcrumbList", "Article", "FAQPage"}
    assert data["Article"]["headline"] == guide.title
    assert data["Article"]["inLanguage"] == "en"
    assert len(data["FAQPage"]["mainEntity"]) == 3
    assert data["FAQPage"]["mainEntity"][0]["acceptedAnswer"]["@type"] == "Answer"
    crumbs = [item["name"] for item in data["BreadcrumbList"]["itemListElement"]]
    assert crumbs == ["JobFutures", "Guides", guide.title]


def test_guide_without_faqs_has_no_faqpage_json_ld(client, guide_index):
    guide = factories.GuidePageFactory(parent=guide_index, body=[("paragraph", "<p>Hi</p>")])
    types = [item["@type"] for item in json_ld(client.get(guide.url).text)]
    assert "FAQPage" not in types


def test_draft_and_private_questions_are_hidden_even_when_chosen(
    client, guide_index, question_bank
):
    guide, questions = make_guide(guide_index, question_bank, 3)
    draft, private, visible = questions
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(guide.url).text
    assert f'id="{visible.slug}"' in html
    assert draft.title not in html
    assert private.title not in html


def test_draft_faq_is_hidden_even_when_chosen(client, guide_index, question_bank):
    guide, _ = make_guide(guide_index, question_bank, 1)
    faq = factories.FAQFactory(question="A draft FAQ?", live=False)
    guide.body.append(("faq", {"heading": "", "audience": "both", "faqs": [faq]}))
    guide.save_revision().publish()
    assert "A draft FAQ?" not in client.get(guide.url).text


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, guide_index, question_bank):
    guide, _ = make_guide(guide_index, question_bank, 1, title="</script><script>alert(1)</script>")
    html = client.get(guide.url).text
    assert "<script>alert(1)</script>" not in html
    assert any(
        item.get("headline") == "</script><script>alert(1)</script>" for item in json_ld(html)
    )


def test_related_content_adds_live_pages_sharing_most_topics(client, guide_index, question_bank):
    databases, python = (
        factories.TopicFactory(name="Databases"),
        factories.TopicFactory(name="Python"),
    )
    guide, _ = make_guide(guide_index, question_bank, 1, topics=[databases, python])
    both = factories.QuestionPageFactory(
        parent=question_bank, title="Shares both?", topics=[databases, python]
    )
    one = factories.QuestionPageFactory(parent=question_bank, title="Shares one?", topics=[python])
    hidden = factories.QuestionPageFactory(
        parent=question_bank, title="Shares both but draft?", topics=[databases, python]
    )
    hidden.unpublish()
    related = client.get(guide.url).text.split('class="related"', 1)[1].split("</section>", 1)[0]
    assert related.index("Shares both?") < related.index("Shares one?")
    assert "draft" not in related
    assert both.url in related and one.url in related


def test_guide_query_count_does_not_grow_with_its_questions(
    client,
    guide_index,
    question_bank,
    django_assert_max_num_queries,
    django_assert_num_queries,
    settings,
):
    settings.PAGE_CACHE = False  # rendering is measured, not a page-cache hit (0 queries)
    small, _ = make_guide(guide_index, question_bank, 5, title="Small guide")
    large, _ = make_guide(guide_index, question_bank, 100, title="Large guide")
    for guide in (small, large):  # warm the caches, as every view after the first finds them
        client.get(guide.url)
    with django_assert_max_num_queries(15) as small_queries:
        assert client.get(small.url).status_code == 200
    with django_assert_num_queries(len(small_queries)):
        assert client.get(large.url).status_code == 200


def test_german_guide_shows_german_questions_and_marks_untranslated_ones(
    client, home_pages, guide_index, question_bank
):
    guide, (translated, untranslated) = make_guide(guide_index, question_bank, 2)
    german_bank = question_bank.copy_for_translation(home_pages["de"].locale)
    german_bank.save_revision().publish()
    german_question = translated.copy_for_translation(home_pages["de"].locale)
    german_question.title = "Was testet diese Frage?"
    german_question.save_revision().publish()
    german_index = guide_index.copy_for_translation(home_pages["de"].locale)
    german_index.save_revision().publish()
    german_guide = guide.copy_for_translation(home_pages["de"].locale)
    german_guide.save_revision().publish()

    html = client.get(german_guide.url).text
    assert "Was testet diese Frage?" in html
    assert translated.title not in html
    assert 'lang="en"' in html.split(untranslated.title)[0].rsplit("<article", 1)[1]
