"""The whole candidate flow in a real browser, in English and in German: sign up, verify from the
outbox, fill the profile, finish a skill check, save and share a signal, join the pool; a verified
company's editor finds the pseudonymous card and sends a request; the candidate accepts; the
company sees the name and e-mail."""

import re

import pytest

from django.core import mail

from candidates.models import CandidateProfile
from careers.onboarding import onboard_company
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a long pass phrase 42"
TEXT = {
    "en": {
        "save_profile": "Save my profile",
        "reveal": "Show what a strong answer covers",
        "knew": "Knew it",
        "save_signal": "Save to my profile",
        "share": "Show to companies in the pool",
        "join": "Join the candidate pool",
        "accept": "Accept: share my name and e-mail with this company",
        "in_pool": "You are in the pool",
    },
    "de": {
        "save_profile": "Mein Profil speichern",
        "reveal": "Zeigen, was eine überzeugende Antwort enthält",
        "knew": "Gewusst",
        "save_signal": "In meinem Profil speichern",
        "share": "Unternehmen im Pool zeigen",
        "join": "Dem Kandidatenpool beitreten",
        "accept": "Annehmen: meinen Namen und meine E-Mail-Adresse mit diesem Unternehmen teilen",
        "in_pool": "Sie sind im Pool",
    },
}


@pytest.fixture
def world(home_pages):
    english = home_pages["en"]
    factories.CompanyIndexPageFactory(parent=english)
    onboarding = onboard_company("Acme", "editor@acme.example")
    company = onboarding.company
    company.verified = True
    company.save_revision().publish()
    job = factories.JobPageFactory(parent=company, title="Acme backend developer")
    job.save_revision().publish()
    onboarding.editor.set_password(PASSWORD)
    onboarding.editor.save()
    topic = factories.TopicFactory(name="Data types")
    bank = factories.QuestionIndexPageFactory(parent=english)
    question = factories.QuestionPageFactory(
        parent=bank, title="Lists or tuples?", slug="lists-vs-tuples", topics=[topic]
    )
    checks = {
        code: factories.SkillCheckPageFactory(
            parent=home, title="Python check", slug="python-check", questions=[question]
        )
        for code, home in home_pages.items()
        if code in TEXT
    }
    return {"editor": onboarding.editor, "checks": checks}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_whole_flow(browser, live_server, world, language):
    text = TEXT[language]
    candidate = browser.new_context(base_url=live_server.url, locale=language)
    page = candidate.new_page()
    page.set_default_timeout(10_000)
    email = f"ada.{language}@example.com"

    # Sign up, then verify the address with the link from the outbox.
    page.goto(f"/{language}/accounts/signup/")
    assert page.locator("html").get_attribute("lang") == language
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    body = mail.outbox[-1].body
    link = re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+/)", body).group(1)
    assert link.startswith(f"/{language}/")
    page.goto(link)
    page.locator("form.account-form button[type=submit]").click()
    page.wait_for_url(f"**/{language}/profile/")

    # Fill the profile.
    page.fill("input[name=display_name]", "Ada Lovelace")
    page.fill("input[name=headline]", "Backend developer")
    page.select_option("select[name=seniority]", "senior")
    page.fill("textarea[name=summary]", "Ten years of Python.")
    page.get_by_role("button", name=text["save_profile"]).click()
    page.wait_for_url(f"**/{language}/profile/")
    assert page.locator("input[name=display_name]").input_value() == "Ada Lovelace"

    # Finish the skill check and save its outcome to the profile, then share it.
    page.goto(world["checks"][language].url)
    page.get_by_text(text["reveal"]).click()
    page.get_by_role("button", name=text["knew"], exact=True).click()
    page.get_by_role("button", name=text["save_signal"]).click()
    page.wait_for_url(f"**/{language}/profile/")
    page.get_by_role("button", name=text["share"]).click()
    page.wait_for_url(f"**/{language}/profile/")

    # Join the pool with consent.
    page.locator("input[name=consent]").check()
    page.get_by_role("button", name=text["join"]).click()
    assert page.get_by_text(text["in_pool"]).is_visible()
    handle = CandidateProfile.objects.get(user__email=email).handle

    # A verified company's editor finds the pseudonymous card and sends a request.
    company = browser.new_context(base_url=live_server.url, locale="en-GB")
    admin = company.new_page()
    admin.set_default_timeout(10_000)
    admin.goto("/admin/login/")
    admin.fill("input[name=username]", "editor@acme.example")
    admin.fill("input[name=password]", PASSWORD)
    admin.locator("button[type=submit]").first.click()
    admin.wait_for_url("**/admin/")
    assert admin.locator('a[href="/admin/pool/"]').count() >= 1  # the menu item
    admin.goto("/admin/pool/")
    card = admin.locator(".candidate-card").filter(has_text=f"Candidate {handle}")
    card.wait_for()
    assert "Data types" in card.inner_text()
    assert "Ada Lovelace" not in admin.content() and email not in admin.content()
    admin.goto(f"/admin/pool/{handle}/")
    admin.select_option("select[name=vacancy]", label="Acme backend developer")
    admin.fill("textarea[name=message]", "Would you like to talk about our platform team?")
    admin.get_by_role("button", name="Send the request").click()
    admin.wait_for_url(f"**/admin/pool/{handle}/")
    assert "Ada Lovelace" not in admin.content()

    # The candidate accepts; the company now sees the name and e-mail.
    page.goto(f"/{language}/profile/")
    assert page.get_by_text("Would you like to talk about our platform team?").is_visible()
    page.get_by_role("button", name=text["accept"]).click()
    page.wait_for_url(f"**/{language}/profile/")
    admin.goto("/admin/pool/requests/")
    assert admin.get_by_text("Ada Lovelace").is_visible()
    assert admin.get_by_role("link", name=email).is_visible()
    candidate.close()
    company.close()
