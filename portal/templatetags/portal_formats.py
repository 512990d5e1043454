"""Template filters for localized numbers and money (see ``portal.formats``).

{% load portal_formats %}
{{ paginator.count|number }}                         1.234 (de)
{{ job.salary_min|money:job.salary_currency }}       70.000 EUR (de), 70,000 EUR (en)
{% money_range job.salary_min job.salary_max job.salary_currency %}   60.000–80.000 EUR
"""

from decimal import Decimal, InvalidOperation

from django import template

from portal.formats import format_money, format_money_range, format_number

register = template.Library()


@register.filter
def number(value):
    """A count or number with the active language's separators."""
    if value in (None, "") or isinstance(value, bool):
        return value
    try:
        return format_number(Decimal(str(value)))
    except InvalidOperation:
        return value  # not a number: shown as it is


@register.filter
def money(amount, currency=""):
    return format_money(amount, currency)


@register.simple_tag
def money_range(low, high, currency=""):
    return format_money_range(low, high, currency)
