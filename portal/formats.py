"""Numbers and amounts of money written the way readers of the active language expect.

Django's own formats give each language its separators ("70,000" in English, "70.000" in German,
"70 000" in French); dates use ``{{ value|date:"DATE_FORMAT" }}`` ("24. November 2026").

Money is the localized amount followed by the ISO 4217 currency code, joined by a no-break space:
"70,000 EUR", "70.000 EUR", "70 000 EUR". A code after the amount is correct in every language
the portal speaks, is unambiguous across currencies that share a symbol ($), and needs no
currency data (Babel) in the project. Cents are shown only when an amount has any.
"""

from decimal import Decimal, InvalidOperation

from django.utils.formats import number_format
from django.utils.translation import gettext as _

NO_BREAK_SPACE = "\u00a0"


def format_number(value, decimal_places=None):
    """A number with the active language's decimal and thousands separators."""
    return number_format(value, decimal_places, force_grouping=True)


def _amount(value):
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def format_money(amount, currency=""):
    """``70000`` and ``"EUR"`` → "70.000 EUR" in German; "" for no amount."""
    amount = _amount(amount) if amount not in (None, "") else None
    if amount is None:
        return ""
    places = 0 if amount == amount.to_integral_value() else 2
    number = format_number(amount, places)
    return f"{number}{NO_BREAK_SPACE}{currency}" if currency else number


def format_money_range(low, high, currency=""):
    """A salary range: "60.000–80.000 EUR", "ab 60.000 EUR", "bis 80.000 EUR", or ""."""
    low = format_money(low) if low not in (None, "") else ""
    high = format_money(high) if high not in (None, "") else ""
    suffix = f"{NO_BREAK_SPACE}{currency}" if currency else ""
    if low and high and low != high:
        return f"{low}\u2013{high}{suffix}"
    if low and high:
        return f"{low}{suffix}"
    if low:
        return _("from %(amount)s") % {"amount": f"{low}{suffix}"}
    if high:
        return _("up to %(amount)s") % {"amount": f"{high}{suffix}"}
    return ""
