"""How the Wagtail admin refuses a request, as a company editor meets it."""

from django.urls import reverse

DENIED = "Sorry, you do not have permission to access this area."


def assert_denied(client, response, not_found_allowed=True):
    """Refused: a 403, Wagtail's redirect to the dashboard that says so, or (unless
    ``not_found_allowed`` is false) not found."""
    if response.status_code == 403 or (not_found_allowed and response.status_code == 404):
        return
    assert response.status_code == 302, response.status_code
    if response["Location"] == reverse("wagtailadmin_home"):
        assert DENIED in client.get(response["Location"]).text
    else:
        # Not found: Django's LocaleMiddleware offers the path with a language prefix instead,
        # which is not found either.
        assert not_found_allowed, f"not found, not refused: {response['Location']}"
        assert response["Location"].startswith("/en/admin/")
        assert client.get(response["Location"]).status_code == 404


def assert_denied_without(client, response, *secrets, not_found_allowed=True):
    """Refused, and neither the response nor the page it leads to names any of ``secrets``."""
    assert_denied(client, response, not_found_allowed=not_found_allowed)
    texts = [response.content.decode()]
    if response.status_code == 302:
        texts.append(client.get(response["Location"]).content.decode())
    for secret in secrets:
        assert all(secret not in text for text in texts), secret
