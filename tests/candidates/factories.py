"""Factories for candidates: accounts with a verified address, profiles, signals."""

import factory
from allauth.account.models import EmailAddress
from factory.django import DjangoModelFactory

from django.utils import timezone

from candidates.models import CandidateProfile, ReadinessSignal
from tests.factories import UserFactory

PASSWORD = "correct horse battery staple"


class CandidateUserFactory(UserFactory):
    class Meta:
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"candidate{n}")

    @factory.post_generation
    def verified(self, create, extracted):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class ProfileFactory(DjangoModelFactory):
    user = factory.SubFactory(CandidateUserFactory)
    display_name = factory.Faker("name")
    headline = factory.Iterator(["Backend developer", "Data engineer", "Python developer"])
    seniority = factory.Iterator(["junior", "mid", "senior"])
    languages = factory.Iterator([["en"], ["de", "en"], ["fr", "en"]])
    locations = factory.Iterator(["Berlin", "Munich, Hamburg", "Lyon"])
    remote = factory.Iterator(["remote", "hybrid", "onsite"])
    summary = factory.Faker("paragraph")
    in_pool = True
    pool_consent_at = factory.LazyAttribute(lambda o: timezone.now() if o.in_pool else None)
    pool_consent_version = factory.LazyAttribute(lambda o: "2026-12" if o.in_pool else "")

    class Meta:
        model = CandidateProfile


class SignalFactory(DjangoModelFactory):
    profile = factory.SubFactory(ProfileFactory)
    outcome = "knew"
    checked_on = factory.Faker("date_this_year")
    shared = True

    class Meta:
        model = ReadinessSignal
