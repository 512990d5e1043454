"""The skill check in a real browser: reveal, mark, summary, and state that survives a reload."""

import pytest

from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def skill_check(home_pages):
    home = home_pages["en"]
    bank = factories.QuestionIndexPageFactory(parent=home)
    first = factories.QuestionPageFactory(
        parent=bank,
        title="Lists or tuples?",
        slug="lists-vs-tuples",
        short_answer="Tuples are immutable; lists are not.",
        topics=[factories.TopicFactory(name="Data types")],
    )
    second = factories.QuestionPageFactory(
        parent=bank,
        title="What is a generator?",
        slug="generators",
        short_answer="A function that yields values lazily.",
        topics=[factories.TopicFactory(name="Iterators")],
    )
    return factories.SkillCheckPageFactory(
        parent=home,
        title="Python fundamentals",
        slug="python-fundamentals",
        questions=[first, second],
    )


def question(page, title):
    return page.locator("[data-question]").filter(
        has=page.get_by_role("heading", name=title, exact=True)
    )


def test_candidate_reveals_marks_and_keeps_the_result_after_a_reload(page, skill_check):
    page.goto(skill_check.url)
    summary = page.get_by_role("region", name="Your summary")
    status = summary.get_by_role("status")
    assert status.inner_text() == "0 of 2 questions marked: 0 knew it, 0 to review."

    lists = question(page, "Lists or tuples?")
    assert not lists.get_by_role("button", name="Knew it").is_visible()
    lists.get_by_text("Show what a strong answer covers").click()
    assert lists.get_by_text("Tuples are immutable; lists are not.").is_visible()
    lists.get_by_role("button", name="Knew it").click()

    generators = question(page, "What is a generator?")
    generators.get_by_text("Show what a strong answer covers").click()
    generators.get_by_role("button", name="Review").click()

    assert status.inner_text() == (
        "2 of 2 questions marked: 1 knew it, 1 to review. You have marked every question."
    )
    review = summary.locator("[data-review-list]")
    assert review.inner_text().splitlines()[0] == "Iterators"
    assert "Data types" not in review.inner_text()
    link = review.get_by_role("link", name="What is a generator?")
    assert link.get_attribute("href") == "#generators"

    page.reload()

    lists = question(page, "Lists or tuples?")
    generators = question(page, "What is a generator?")
    assert lists.get_by_role("button", name="Knew it").get_attribute("aria-pressed") == "true"
    assert generators.get_by_role("button", name="Review").get_attribute("aria-pressed") == "true"
    assert generators.get_by_text("A function that yields values lazily.").is_visible()
    summary = page.get_by_role("region", name="Your summary")
    assert "1 to review" in summary.get_by_role("status").inner_text()
    summary.get_by_role("link", name="What is a generator?").click()
    assert page.url.endswith("#generators")


def test_candidate_takes_a_mark_back_and_starts_again(page, skill_check):
    page.goto(skill_check.url)
    lists = question(page, "Lists or tuples?")
    lists.get_by_text("Show what a strong answer covers").click()
    review = lists.get_by_role("button", name="Review")
    review.click()
    review.click()  # pressing it again takes the mark back
    assert review.get_attribute("aria-pressed") == "false"
    review.click()

    summary = page.get_by_role("region", name="Your summary")
    summary.get_by_role("button", name="Clear my marks and start again").click()

    assert summary.get_by_role("status").inner_text().startswith("Your marks have been cleared.")
    assert "0 of 2 questions marked" in summary.get_by_role("status").inner_text()
    assert not lists.get_by_role("button", name="Review").is_visible()
    page.reload()
    assert "0 of 2 questions marked" in page.locator("p[role=status][data-progress]").inner_text()
    assert page.evaluate("Object.keys(window.localStorage).length") == 0


def test_skill_check_sends_nothing_to_the_server(page, skill_check):
    requests = []
    page.goto(skill_check.url)
    page.wait_for_load_state("networkidle")  # the browser's own favicon request is not the page's
    page.on("request", lambda request: requests.append(request.url))
    lists = question(page, "Lists or tuples?")
    lists.get_by_text("Show what a strong answer covers").click()
    lists.get_by_role("button", name="Knew it").click()
    page.get_by_role("button", name="Clear my marks and start again").click()
    assert requests == []
