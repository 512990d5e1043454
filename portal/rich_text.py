"""Wagtail's Draftail editor widget, with a form error instead of a 500 for a value it cannot read.

The editor posts its content as JSON; a client that posts anything else (raw HTML, a truncated
request) made Wagtail's converter raise. The value is refused by the form like any invalid input.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.rich_text import DraftailRichTextArea


class UnreadableRichText:
    """What the widget returns for a value it cannot read; the form field rejects it when cleaning
    (``CharField.to_python`` converts the value with ``str()``)."""

    def __str__(self):
        raise ValidationError(
            _("This text could not be read. Reload the page and enter it again."), code="invalid"
        )


class RichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
        ):  # json.JSONDecodeError is a ValueError
            return UnreadableRichText()

    def format_value(self, value):
        # The form is shown again with its error: the editor starts empty rather than unreadable.
        return super().format_value("" if isinstance(value, UnreadableRichText) else value)
