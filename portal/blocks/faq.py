"""FAQs chosen by the editor, or every FAQ for an audience, rendered as native <details>."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.content_version import cached
from portal.i18n import active_locale
from portal.models import FAQ


class FAQBlock(blocks.StructBlock):
    """Frequently asked questions: the ones chosen here, or all of one audience's if none are chosen."""

    heading = blocks.CharBlock(required=False, label=_("Heading"))
    audience = blocks.ChoiceBlock(
        choices=FAQ.Audience.choices,
        default=FAQ.Audience.BOTH,
        label=_("Audience"),
        help_text=_("Used when no FAQ is chosen below: shows every live FAQ for this audience."),
    )
    # No FAQ chosen is a valid choice ("every FAQ for the audience"): an empty list by default, and
    # an empty chooser left in the list is ignored rather than failing publication.
    faqs = blocks.ListBlock(
        SnippetChooserBlock(FAQ, required=False, label=_("FAQ")),
        default=[],
        required=False,
        label=_("FAQs"),
        help_text=_("Leave empty to show every FAQ for the audience above."),
    )

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        label = _("FAQ")
        description = _("Questions and answers from the FAQ library, shown as expandable items.")
        preview_value = {"heading": "Questions candidates ask", "audience": "both", "faqs": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["faqs"] = self.visible_faqs(value)
        return context

    def visible_faqs(self, value):
        """Live FAQs of the active language: the chosen ones in order, else all for the audience.

        Remembered on the value, so the page's JSON-LD and the block's HTML share one query.
        """
        if not hasattr(value, "_visible_faqs"):
            value._visible_faqs = self._query_faqs(value)
        return value._visible_faqs

    def _query_faqs(self, value):
        locale = active_locale()
        chosen = [faq for faq in value["faqs"] if faq is not None]
        if not chosen:
            audience = value["audience"]
            return cached(
                "faqs-for-audience",
                lambda: list(FAQ.objects.live().filter(locale=locale).for_audience(audience)),
                locale.pk,
                audience,
            )
        # Wagtail loaded the chosen FAQs already; only those in another language need a query.
        by_key = {
            faq.translation_key: faq for faq in chosen if faq.locale_id == locale.pk and faq.live
        }
        others = {faq.translation_key for faq in chosen} - set(by_key)
        if others:
            by_key.update(
                (faq.translation_key, faq)
                for faq in FAQ.objects.live().filter(locale=locale, translation_key__in=others)
            )
        return [by_key[faq.translation_key] for faq in chosen if faq.translation_key in by_key]
