"""Factories for the home app's pages. Pass ``parent=``."""

import factory
import wagtail_factories

from home.models import FAQPage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = factory.Faker("sentence")

    class Meta:
        model = StandardPage


class FAQPageFactory(wagtail_factories.PageFactory):
    title = "FAQ"
    slug = "faq"

    class Meta:
        model = FAQPage
