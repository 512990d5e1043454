"""Factories for guides, the question bank and skill checks. Pass ``parent=``."""

import datetime

import factory
import wagtail_factories

from django.utils.text import slugify

from guides.models import (
    GuideIndexPage,
    GuidePage,
    QuestionIndexPage,
    QuestionPage,
    SkillCheckPage,
    SkillCheckQuestion,
)
from tests.portal.factories import TaggedPageFactory


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
