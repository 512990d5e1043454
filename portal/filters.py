"""What every listing's FilterSet shares: choices labelled with how many items each would show."""

from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext as _

from portal.models import PageTopic


def labelled(choices):
    """[(value, "Name (12)"), ...] from [(value, name, count), ...]."""
    return [
        (value, _("%(name)s (%(count)s)") % {"name": name, "count": count})
        for value, name, count in choices
    ]


def tag_counts(pages, link_model, locale):
    """[(slug, name, number of ``pages`` tagged with it)] for the live tags of a language."""
    field = "topic" if link_model is PageTopic else "role"
    rows = (
        link_model.objects.filter(
            page__in=pages.values("pk"), **{f"{field}__live": True, f"{field}__locale": locale}
        )
        .values(f"{field}__slug", f"{field}__name")
        .annotate(n=Count("page", distinct=True))
        .order_by(f"{field}__name")
    )
    return [(row[f"{field}__slug"], row[f"{field}__name"], row["n"]) for row in rows]


def field_counts(pages, field, choices):
    """[(value, label, count)] for a field with choices, in the choices' order."""
    counts = dict(pages.order_by().values_list(field).annotate(n=Count("pk")))
    return [(value, str(label), counts.get(value, 0)) for value, label in choices]


def tagged(queryset, link_model, slug):
    """Pages tagged with the topic or role ``slug``; EXISTS keeps one row per page (no DISTINCT)."""
    field = "topic" if link_model is PageTopic else "role"
    links = link_model.objects.filter(page_id=OuterRef("pk"), **{f"{field}__slug": slug})
    return queryset.filter(Exists(links))
