"""The vacancy index: every open vacancy of the visitor's language, filterable, never a 500."""

import datetime
import re

import pytest

from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="job-card__title"><a href="[^"]+">([^<]+)</a>', response.text)


def option(response, name, value):
    """The visible label of one choice of a filter's <select>."""
    select = response.text.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
    return re.search(rf'<option value="{re.escape(value)}"[^>]*>([^<]+)</option>', select).group(1)


def error_messages(response):
    if 'class="form-errors"' not in response.text:
        return []
    box = response.text.split('class="form-errors"', 1)[1].split("</div>", 1)[0]
    return re.findall(r"<li>([^<]+)</li>", box)


@pytest.fixture
def board(careers):
    """Two companies' vacancies: four open, one draft, one expired, one in German."""
    python = factories.RoleFactory(name="Python developer")
    data = factories.RoleFactory(name="Data engineer")
    acme = factories.CompanyPageFactory(parent=careers["companies"], title="Acme", slug="acme")
    bolt = factories.CompanyPageFactory(parent=careers["companies"], title="Bolt", slug="bolt")
    now = timezone.now()

    def job(company, title, **fields):
        defaults = {"role": python, "seniority": "mid", "first_published_at": now}
        return factories.JobPageFactory(parent=company, title=title, **{**defaults, **fields})

    job(acme, "Python developer in Berlin", city="Berlin", seniority="senior")
    job(acme, "Remote data engineer", role=data, remote_policy="remote", city="", country="")
    job(bolt, "Python developer in Hamburg", city="Hamburg", employment_type="CONTRACTOR")
    job(bolt, "Junior Python developer", city="Hamburg", seniority="junior")
    job(acme, "Draft vacancy", live=False)
    job(bolt, "Expired vacancy", expire_at=now - datetime.timedelta(minutes=1))
    return {"index": careers["jobs"], "acme": acme, "bolt": bolt}


OPEN = {
    "Python developer in Berlin",
    "Remote data engineer",
    "Python developer in Hamburg",
    "Junior Python developer",
}


def test_index_lists_open_vacancies_across_companies(client, board):
    response = client.get(board["index"].url)

    assert response.status_code == 200
    assert set(titles(response)) == OPEN
    assert "4 vacancies" in response.text


def test_index_shows_each_vacancys_company(client, board):
    html = client.get(board["index"].url).text
    card = html.split(">Remote data engineer</a>")[1].split("</li>")[0]
    assert "Acme" in card


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("role=data-engineer", {"Remote data engineer"}),
        ("seniority=junior", {"Junior Python developer"}),
        ("remote=remote", {"Remote data engineer"}),
        ("location=Hamburg", {"Python developer in Hamburg", "Junior Python developer"}),
        ("company=acme", {"Python developer in Berlin", "Remote data engineer"}),
        ("employment_type=CONTRACTOR", {"Python developer in Hamburg"}),
        ("company=bolt&seniority=junior", {"Junior Python developer"}),
    ],
)
def test_filters_narrow_the_list(client, board, query, expected):
    response = client.get(f"{board['index'].url}?{query}")
    assert set(titles(response)) == expected
    assert error_messages(response) == []


def test_filter_choices_show_how_many_vacancies_each_has(client, board):
    response = client.get(board["index"].url)

    assert option(response, "role", "python-developer") == "Python developer (3)"
    assert option(response, "role", "data-engineer") == "Data engineer (1)"
    assert option(response, "seniority", "mid") == "Mid-level (2)"
    assert option(response, "seniority", "lead") == "Lead (0)"
    assert option(response, "location", "Hamburg") == "Hamburg (2)"
    assert option(response, "company", "acme") == "Acme (2)"
    assert option(response, "remote", "remote") == "Remote (1)"
    assert option(response, "employment_type", "FULL_TIME") == "Full time (3)"
    assert response.text.count(">All roles<") == 1


def test_filter_choices_keep_the_chosen_value_selected(client, board):
    response = client.get(f"{board['index'].url}?location=Hamburg")
    assert '<option value="Hamburg" selected>' in response.text


def test_unknown_role_shows_a_message_and_the_other_filters_still_apply(client, board):
    response = client.get(f"{board['index'].url}?role=astronaut&location=Hamburg")

    assert response.status_code == 200
    [message] = error_messages(response)
    assert message.startswith("Role: Select a valid choice.")
    assert set(titles(response)) == {"Python developer in Hamburg", "Junior Python developer"}


@pytest.mark.parametrize(
    "query",
    [
        "seniority=wizard",
        "remote=sometimes",
        "company=no-such-company",
        "employment_type=full_time",
        "location=%00",
        "role=" + "x" * 5000,
    ],
)
def test_bad_filter_values_are_reported_not_failed(client, board, query):
    response = client.get(f"{board['index'].url}?{query}")
    assert response.status_code == 200
    assert len(error_messages(response)) == 1
    assert set(titles(response)) == OPEN


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999999999999999999", "1.5", ""])
def test_bad_page_numbers_show_a_page_of_results(client, board, page):
    response = client.get(f"{board['index'].url}?page={page}")
    assert response.status_code == 200
    assert set(titles(response)) == OPEN


def test_repeated_parameters_use_the_last_value(client, board):
    response = client.get(f"{board['index'].url}?seniority=senior&seniority=junior&page=1&page=x")
    assert response.status_code == 200
    assert titles(response) == ["Junior Python developer"]


def test_no_match_says_so(client, board):
    response = client.get(f"{board['index'].url}?company=acme&location=Hamburg")
    assert titles(response) == []
    assert "No vacancies match these filters" in response.text


def test_index_paginates_and_keeps_the_filters_in_page_links(client, board):
    for number in range(21):
        factories.JobPageFactory(
            parent=board["bolt"], title=f"Extra {number}", seniority="lead", city="Hamburg"
        )
    index = board["index"].url

    first = client.get(f"{index}?seniority=lead")
    second = client.get(f"{index}?seniority=lead&page=2")
    too_far = client.get(f"{index}?seniority=lead&page=999")

    assert len(titles(first)) == 20
    assert 'href="?seniority=lead&amp;page=2"' in first.text
    assert len(titles(second)) == 1
    assert "Page 2 of 2" in second.text
    assert titles(too_far) == titles(second)


def test_index_lists_vacancies_of_its_language_only(client, board, locales):
    german_index = board["index"].copy_for_translation(locales["de"])
    german_index.save_revision().publish()
    german_companies = board["acme"].get_parent().copy_for_translation(locales["de"])
    german_companies.save_revision().publish()
    german_acme = board["acme"].copy_for_translation(locales["de"])
    german_acme.save_revision().publish()
    job = board["acme"].get_children().get(slug="python-developer-in-berlin").specific
    german_job = job.copy_for_translation(locales["de"])
    german_job.title = "Python-Entwickler in Berlin"
    german_job.save_revision().publish()

    assert titles(client.get(german_index.url)) == ["Python-Entwickler in Berlin"]
    assert "Python-Entwickler in Berlin" not in titles(client.get(board["index"].url))


def test_vacancies_of_an_unpublished_company_are_not_listed(client, board):
    board["bolt"].unpublish()
    assert set(titles(client.get(board["index"].url))) == {
        "Python developer in Berlin",
        "Remote data engineer",
    }
