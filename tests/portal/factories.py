"""Factories for the shared models: users, images, topics, roles, FAQs, and the base of pages
that take ``topics=[...]`` and ``roles=[...]``."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils.text import slugify

from wagtail.models import Locale

from portal.models import FAQ, PageRole, PageTopic, Role, Topic


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Logo {n}")


class TaxonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Subject {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = factory.Faker("sentence")
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        abstract = True
        django_get_or_create = ("locale", "slug")


class TopicFactory(TaxonFactory):
    class Meta:
        model = Topic


class RoleFactory(TaxonFactory):
    class Meta:
        model = Role


class FAQFactory(DjangoModelFactory):
    question = factory.Sequence(lambda n: f"How does step {n} of the interview work?")
    answer = factory.Sequence(lambda n: f"<p>Answer {n}: prepare examples from your own work.</p>")
    audience = FAQ.Audience.CANDIDATES
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        model = FAQ


class TaggedPageFactory(wagtail_factories.PageFactory):
    """A page that accepts ``topics=[...]`` and ``roles=[...]``."""

    class Meta:
        abstract = True

    @factory.post_generation
    def topics(self, create, topics):
        for position, topic in enumerate(topics or []):
            PageTopic.objects.create(
                page=self, topic=topic, sort_order=position, locale=self.locale
            )
        return len(topics or [])

    @factory.post_generation
    def roles(self, create, roles):
        for position, role in enumerate(roles or []):
            PageRole.objects.create(page=self, role=role, sort_order=position, locale=self.locale)
        return len(roles or [])

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # Save again once links exist: the search index reads topic names through topic_links.
        if create and results and any(results.values()):
            instance.save()
