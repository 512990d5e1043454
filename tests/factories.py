"""Factories for every content type, with wagtail-factories. Pass ``parent=`` for pages."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from careers.models import (
    CareerPathIndexPage,
    CareerPathPage,
    CompanyIndexPage,
    CompanyPage,
    JobIndexPage,
    JobPage,
)
from guides.models import (
    GuideIndexPage,
    GuidePage,
    QuestionIndexPage,
    QuestionPage,
    SkillCheckPage,
    SkillCheckQuestion,
)
from home.models import FAQPage, StandardPage
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


class QuestionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Question bank"
    slug = "questions"

    class Meta:
        model = QuestionIndexPage


class QuestionPageFactory(TaggedPageFactory):
    title = factory.Sequence(lambda n: f"What does interview question {n} test?")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    short_answer = factory.Faker("paragraph", nb_sentences=2)
    difficulty = factory.Iterator(["junior", "mid", "senior"])
    last_reviewed = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = QuestionPage
        skip_postgeneration_save = True


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guides"
    slug = "guides"

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(TaggedPageFactory):
    title = factory.Sequence(lambda n: f"Interview guide {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = factory.Faker("paragraph")

    class Meta:
        model = GuidePage
        skip_postgeneration_save = True


class SkillCheckPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Skill check {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = factory.Faker("sentence")

    class Meta:
        model = SkillCheckPage
        skip_postgeneration_save = True

    @factory.post_generation
    def questions(self, create, questions):
        for position, question in enumerate(questions or []):
            SkillCheckQuestion.objects.create(page=self, question=question, sort_order=position)


class CompanyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Companies"
    slug = "companies"

    class Meta:
        model = CompanyIndexPage


class CompanyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Company {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    hiring_focus = factory.Faker("sentence")
    tech_stack = "Python, Django, PostgreSQL"
    verified = True
    verified_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = CompanyPage


class JobIndexPageFactory(wagtail_factories.PageFactory):
    title = "Jobs"
    slug = "jobs"

    class Meta:
        model = JobIndexPage


class JobPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Python developer {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    role = factory.SubFactory(RoleFactory, name="Python developer")
    seniority = factory.Iterator(["junior", "mid", "senior"])
    employment_type = "FULL_TIME"
    remote_policy = "hybrid"
    city = "Berlin"
    country = "DE"
    apply_url = "https://jobs.example.com/apply"
    expire_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    description = factory.LazyFunction(
        lambda: [("paragraph", "<p>Build and run Python services with a friendly team.</p>")]
    )

    class Meta:
        model = JobPage


class CareerPathIndexPageFactory(wagtail_factories.PageFactory):
    title = "Career paths"
    slug = "career-paths"

    class Meta:
        model = CareerPathIndexPage


class CareerPathPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Career path {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    role = factory.SubFactory(RoleFactory, name="Backend developer")
    summary = factory.Faker("paragraph")

    class Meta:
        model = CareerPathPage
