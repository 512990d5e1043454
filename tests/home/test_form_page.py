"""The "For employers" contact form: e-mailed to staff, kept in the admin, spam kept out."""

import pytest

from django.core.cache import cache
from django.urls import reverse

from home.contact import SUBMISSIONS_PER_HOUR
from home.models import FormField, FormPage

pytestmark = pytest.mark.django_db

VALID = {"your_name": "Ada Lovelace", "company": "Acme", "work_e_mail": "ada@acme.example"}


@pytest.fixture
def form_page(home_pages):
    page = FormPage(
        title="For employers",
        slug="for-employers",
        intro="How to get listed.",
        to_address="staff@jobfutures.example",
        from_address="portal@jobfutures.example",
        subject="Listing request",
        thank_you_text="We answer within two days.",
        form_fields=[
            FormField(label="Your name", field_type="singleline", required=True),
            FormField(label="Company", field_type="singleline", required=True),
            FormField(label="Work e-mail", field_type="email", required=True),
        ],
    )
    home_pages["en"].add_child(instance=page)
    page.save_revision().publish()
    cache.clear()  # the rate limit counts per address in the cache
    return page


def test_form_page_shows_its_fields_and_a_hidden_honeypot(client, form_page):
    html = client.get(form_page.url).text
    assert 'name="your_name"' in html and 'name="work_e_mail"' in html
    assert '<div class="form__trap">' in html and 'name="website"' in html


def test_message_is_emailed_to_staff_and_kept_in_the_admin(
    client, admin_client, form_page, mailoutbox
):
    response = client.post(form_page.url, VALID)
    assert response.status_code == 200
    assert "We answer within two days." in response.text
    assert [mail.to for mail in mailoutbox] == [["staff@jobfutures.example"]]
    assert "Company: Acme" in mailoutbox[0].body
    assert "website" not in mailoutbox[0].body
    submission = form_page.get_submissions().get()
    assert submission.get_data()["work_e_mail"] == "ada@acme.example"
    assert "website" not in submission.form_data
    listing = admin_client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk]))
    assert "ada@acme.example" in listing.text


def test_invalid_message_is_a_400_with_the_reason_and_what_was_entered(
    client, form_page, mailoutbox
):
    response = client.post(form_page.url, {**VALID, "work_e_mail": "not an address"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.text
    assert 'value="Ada Lovelace"' in response.text
    assert not mailoutbox and not form_page.get_submissions().exists()


def test_filled_honeypot_is_refused_and_nothing_is_sent(client, form_page, mailoutbox):
    response = client.post(form_page.url, {**VALID, "website": "https://spam.example"})
    assert response.status_code == 400
    assert "the hidden field must stay empty" in response.text
    assert not mailoutbox and not form_page.get_submissions().exists()


def test_too_many_messages_from_one_address_are_refused_with_429(client, form_page, mailoutbox):
    for _ in range(SUBMISSIONS_PER_HOUR):
        assert client.post(form_page.url, VALID).status_code == 200
    response = client.post(form_page.url, {**VALID, "company": "Acme again"})
    assert response.status_code == 429
    assert "Please try again later." in response.text
    assert 'value="Acme again"' in response.text  # what was typed is still there
    assert form_page.get_submissions().count() == SUBMISSIONS_PER_HOUR
    assert len(mailoutbox) == SUBMISSIONS_PER_HOUR


def test_behind_varnish_each_visitor_has_their_own_limit(client, form_page, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # Varnish appends the visitor's address
    ada, bob = {"HTTP_X_FORWARDED_FOR": "203.0.113.7"}, {"HTTP_X_FORWARDED_FOR": "198.51.100.9"}
    for _ in range(SUBMISSIONS_PER_HOUR):
        assert client.post(form_page.url, VALID, **ada).status_code == 200
    assert client.post(form_page.url, VALID, **ada).status_code == 429
    assert client.post(form_page.url, VALID, **bob).status_code == 200  # not Ada's limit
    # What a visitor puts in the header themselves comes before Varnish's entry and is ignored.
    spoofed = {"HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.7"}
    assert client.post(form_page.url, VALID, **spoofed).status_code == 429


def test_without_trusted_proxies_a_forged_header_does_not_escape_the_limit(client, form_page):
    for number in range(SUBMISSIONS_PER_HOUR):
        forged = {"HTTP_X_FORWARDED_FOR": f"192.0.2.{number}"}
        assert client.post(form_page.url, VALID, **forged).status_code == 200
    forged = {"HTTP_X_FORWARDED_FOR": "192.0.2.99"}
    assert client.post(form_page.url, VALID, **forged).status_code == 429


def test_editors_define_the_fields_in_the_form_page_editor(admin_client, form_page):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[form_page.pk])).text
    assert "Form fields" in html and "E-mail to staff" in html
