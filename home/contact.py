"""The employers' contact form: a honeypot field and a rate limit keep automated spam out.

The honeypot is a text field people never see (hidden by the stylesheet, labelled "leave empty" for
those who meet it anyway); bots that fill every field are refused. The rate limit counts the form's
submissions per address in the shared cache: a cache outage lets messages through rather than
turning employers away.
"""

from allauth.account.adapter import get_adapter

from django import forms
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

HONEYPOT = "website"
SUBMISSIONS_PER_HOUR = 5


class ContactForm(BaseForm):
    """The fields editors define, plus the honeypot (last, never stored or e-mailed)."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields([name for name in self.fields if name != HONEYPOT] + [HONEYPOT])

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.pop(HONEYPOT, ""):
            raise forms.ValidationError(
                _("Your message was not sent: the hidden field must stay empty."), code="spam"
            )
        return cleaned_data

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT]

    def honeypot(self):
        return self[HONEYPOT]


class ContactFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("ContactForm", (ContactForm,), self.formfields)


def client_address(request):
    """The visitor's address as allauth reads it for its own limits: from X-Forwarded-For behind
    ``ALLAUTH_TRUSTED_PROXY_COUNT`` proxies (Varnish in front of every visitor would otherwise make
    them all one address), else the connecting address. A header shorter than the proxy count
    (a misconfiguration, or a request past the proxies) falls back to the connecting address."""
    try:
        return get_adapter(request).get_client_ip(request)
    except (ImproperlyConfigured, PermissionDenied):
        return request.META.get("REMOTE_ADDR", "")


def _client_key(request, page):
    return f"contact-form:{page.pk}:{client_address(request)}"


def may_submit(request, page):
    """Whether this address may send another message now (and counts this attempt)."""
    key = _client_key(request, page)
    cache.add(key, 0, timeout=60 * 60)
    try:
        count = cache.incr(key)
    except ValueError:  # the cache lost the key (an outage): let the message through
        return True
    return count <= SUBMISSIONS_PER_HOUR
