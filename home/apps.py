from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


def whole_pixel_rendition_size(sender, instance, **kwargs):
    """SVG renditions (the demo companies' logos) come out of Willow with float sizes, which Wagtail
    keeps on the saved instance it then caches (the database column holds whole pixels);
    ``<img width="160.0">`` is invalid HTML."""
    instance.width, instance.height = round(instance.width), round(instance.height)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and general pages")

    def ready(self):
        from wagtail.images import get_image_model  # noqa: PLC0415 - the image model needs the registry

        rendition_model = get_image_model().get_rendition_model()
        post_save.connect(
            whole_pixel_rendition_size, sender=rendition_model, dispatch_uid="home-rendition-size"
        )
