"""Which pages search may show: the portal's visibility rule, in one locale."""

from django.utils import timezone

from wagtail.models import Page

from portal.visibility import unrestricted


def visible_pages(locale):
    """Visible pages of the locale, as ``portal.visibility.visible`` defines them.

    Search backends filter only on fields the index knows (``id``, ``live``, ``path``, ``depth``,
    ``locale``), so expiry is written as an ``id`` exclusion rather than ``visible()``'s
    ``expire_at`` condition: Wagtail unpublishes an expired page only when ``publish_scheduled``
    runs, and until then it is still live.
    """
    expired = Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
    return (
        Page.objects.live()
        .filter(unrestricted(), locale=locale, depth__gt=1)  # not the tree's root
        .exclude(id__in=expired)
    )
