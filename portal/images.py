"""Renditions of images already in memory, fetched together and read without the cache."""

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model


def prefetch_renditions(images, filter_spec):
    """Each image's ``filter_spec`` rendition in one query (none for images that have theirs), as
    Wagtail's ``ImageQuerySet.prefetch_renditions`` does for a queryset. ``image.get_renditions``
    then takes it as it is, where ``get_rendition`` (the ``{% image %}`` tag) writes it back to the
    cache: a Redis round trip per image on every view."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=filter_spec)
    prefetch_related_objects(
        list(images), Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
    )
