import pytest

from tests import factories


@pytest.fixture
def question_bank(home_pages):
    return factories.QuestionIndexPageFactory(parent=home_pages["en"])


@pytest.fixture
def guide_index(home_pages):
    return factories.GuideIndexPageFactory(parent=home_pages["en"])


def exchange_item(slug, **overrides):
    """One valid entry of the question bank exchange format."""
    item = {
        "slug": slug,
        "locale": "en",
        "title": f"What is {slug.replace('-', ' ')}?",
        "short_answer": f"A strong answer explains {slug}.",
        "answer": f"Some text about `{slug}`.\n\n```python\nprint('{slug}')\n```",
        "difficulty": "junior",
        "topics": ["Python fundamentals"],
        "roles": ["Python developer"],
        "translation_of": None,
    }
    item.update(overrides)
    return item
