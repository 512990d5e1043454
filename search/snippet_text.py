"""Plain text of a result page's fields, for its snippet, and the short facts shown with it."""

from django.core.exceptions import FieldDoesNotExist


def snippet_texts(page, field_names):
    """The plain text of each field the page has, one at a time; rich text and StreamFields
    without markup.

    A generator: the snippet takes the first text with a match, so the texts after it are never
    made. A StreamField's text means converting every block (and fetching the pages and snippets
    its blocks choose); when the short answer already matches, that was a fifth of a search.
    """
    for name in field_names:
        value = getattr(page, name, None)
        if not value or callable(value):
            continue
        try:
            model_field = page._meta.get_field(name)
        except FieldDoesNotExist:
            model_field = None
        if hasattr(model_field, "get_searchable_content"):
            yield " ".join(str(text) for text in model_field.get_searchable_content(value))
        else:
            yield str(value)


# Choice fields whose label tells a reader something at a glance: a question's difficulty,
# a vacancy's seniority and remote policy.
DETAIL_CHOICE_FIELDS = ("difficulty", "seniority", "remote_policy")


def details_for(page):
    details = []
    for name in DETAIL_CHOICE_FIELDS:
        if getattr(page, name, None):
            details.append(str(getattr(page, f"get_{name}_display")()))
    city = getattr(page, "city", "")
    if city:
        details.append(city)
    return tuple(details)
