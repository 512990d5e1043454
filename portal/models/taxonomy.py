"""Topics and roles: translatable snippets that tag pages across the portal."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index


class TaxonomyQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class Taxon(
    TranslatableMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """Shared shape of Topic and Role: a name, a slug unique per language and a description."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    objects = TaxonomyQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "portal/previews/taxon.html"


class Topic(Taxon):
    """A subject candidates prepare for ("Python fundamentals", "Databases"); tags questions and guides."""

    class Meta(Taxon.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]


class Role(Taxon):
    """A job role ("Backend developer"); tags questions, vacancies and career paths."""

    class Meta(Taxon.Meta):
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_role_slug_per_locale")
        ]


class PageTopic(TranslatableMixin, Orderable):
    """Tags a page with a topic.

    An inline child rather than a many-to-many field because wagtail-localize translates foreign keys
    in child objects (the German page then points to the German topic) but copies many-to-many
    fields unchanged.
    """

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="page_links")

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("topic")


class PageRole(TranslatableMixin, Orderable):
    """Tags a page with a role; an inline child for the same reason as PageTopic."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="role_links")
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="page_links")

    panels = [FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("role")
