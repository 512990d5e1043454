"""Which pages search may show: live, public, not expired, in one locale."""

from django.utils import timezone

from wagtail.models import Page

from careers.models import JobPage


def visible_pages(locale):
    """Live, public pages of the locale, without vacancies past their expiry date.

    Wagtail unpublishes an expired page only when ``publish_scheduled`` runs; until then the page is
    still live, so expiry is checked here too. Only vacancies expire in the portal, and asking
    JobPage (a small table) keeps the check cheap. Every filter is on a field the search index
    knows (``id``, ``live``, ``path``, ``depth``, ``locale``), so the queryset works with every
    backend.
    """
    expired_jobs = JobPage.objects.filter(expire_at__lte=timezone.now()).values("pk")
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=1)  # not the tree's root, which is no page to visit
        .exclude(id__in=expired_jobs)
    )
