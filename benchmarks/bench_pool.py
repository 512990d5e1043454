"""The candidate pool at 10,000 candidates: the admin pool listing, filtered, and a profile page.

Builds a throwaway database (dropped at the end) with 10,000 candidates, 9,000 of them in the pool,
each with a role, two skills and a shared signal, and a verified company whose editor browses the
pool. Prints median and p95 render times; asserts nothing about time.

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python benchmarks/bench_pool.py [--profile] [--keep]

``--keep`` leaves the database in place and reuses it on the next run (building takes a while);
``--profile`` prints where the time of the filtered listing goes.
"""

import cProfile
import datetime
import pstats
import random
import sys
import time

from support import report, throwaway_database, timed

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

CANDIDATES = 10_000
RUNS = 40


def build():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from wagtail.models import Site

    from candidates.models import CandidateProfile, ReadinessSignal
    from careers.onboarding import onboard_company
    from tests import factories

    random.seed(12)
    home = Site.objects.get(is_default_site=True).root_page.specific
    factories.CompanyIndexPageFactory(parent=home)
    onboarding = onboard_company("Acme", "editor@acme.example")
    onboarding.company.verified = True
    onboarding.company.save_revision().publish()
    factories.JobPageFactory(parent=onboarding.company).save_revision().publish()
    roles = [factories.RoleFactory(name=f"Role {n}") for n in range(6)]
    topics = [factories.TopicFactory(name=f"Topic {n}") for n in range(12)]
    User = get_user_model()
    unusable = make_password(None)  # candidates here never log in with a password
    users = User.objects.bulk_create(
        User(username=f"c{n}@example.com", email=f"c{n}@example.com", password=unusable)
        for n in range(CANDIDATES)
    )
    now = timezone.now()
    profiles = CandidateProfile.objects.bulk_create(
        CandidateProfile(
            user=user,
            handle=f"B{n:06d}",
            display_name=f"Candidate {n}",
            headline="Python developer",
            seniority=("junior", "mid", "senior", "lead")[n % 4],
            languages=[["en"], ["de", "en"], ["fr"]][n % 3],
            locations=("Berlin", "Lyon", "Vienna", "Munich")[n % 4],
            remote=("remote", "hybrid", "onsite")[n % 3],
            available_from=datetime.date(2027, 1 + n % 12, 1) if n % 2 else None,
            summary="Likes readable code. " * 10,
            in_pool=n % 10 != 0,
            pool_consent_at=now,
            pool_consent_version="2026-12",
        )
        for n, user in enumerate(users)
    )
    RoleLink, SkillLink = CandidateProfile.roles.through, CandidateProfile.skills.through
    RoleLink.objects.bulk_create(
        RoleLink(candidateprofile=p, role=roles[n % len(roles)]) for n, p in enumerate(profiles)
    )
    SkillLink.objects.bulk_create(
        SkillLink(candidateprofile=p, topic=topic)
        for n, p in enumerate(profiles)
        for topic in (topics[n % 12], topics[(n + 5) % 12])
    )
    ReadinessSignal.objects.bulk_create(
        ReadinessSignal(
            profile=p, topic=topics[n % 12], outcome="knew", checked_on=now.date(), shared=True
        )
        for n, p in enumerate(profiles)
    )
    return onboarding.editor, users[1], roles, topics


def built():
    """What ``build`` made, found again in a kept database."""
    from django.contrib.auth import get_user_model

    from portal.models import Role, Topic

    User = get_user_model()
    return (
        User.objects.get(email="editor@acme.example"),
        User.objects.get(email="c1@example.com"),
        list(Role.objects.filter(name__startswith="Role ").order_by("name")),
        list(Topic.objects.filter(name__startswith="Topic ").order_by("pk")),
    )


def main():
    from candidates.models import CandidateProfile

    with throwaway_database(keep="--keep" in sys.argv):
        started = time.perf_counter()
        if CandidateProfile.objects.count() == CANDIDATES:
            editor, candidate, roles, topics = built()
        else:
            editor, candidate, roles, topics = build()
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"Pool: {CANDIDATES} candidates ready in {time.perf_counter() - started:.1f} s")
        cache.clear()
        company = Client()
        company.force_login(editor)
        urls = {
            "pool, unfiltered": "/admin/pool/",
            "pool, seniority + language": "/admin/pool/?seniority=senior&language=en",
            "pool, role + skill + remote + available_by": f"/admin/pool/?role={roles[1].pk}"
            f"&skill={topics[1].pk}&remote=hybrid&available_by=2027-06-01",
            "pool, location, page 10": "/admin/pool/?location=berlin&page=10",
        }
        for label, url in urls.items():
            assert company.get(url).status_code == 200, url
            with CaptureQueriesContext(connection) as queries:
                company.get(url)
            report(
                f"{label} ({len(queries)} queries)", timed(lambda url=url: company.get(url), RUNS)
            )
        own = Client()
        own.force_login(candidate)
        assert own.get("/en/profile/").status_code == 200
        report("candidate's own profile page", timed(lambda: own.get("/en/profile/"), RUNS))
        print("  goal: pool filtered listing p95 <= 100 ms")
        if "--profile" in sys.argv:
            url = urls["pool, seniority + language"]
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(20):
                company.get(url)
            profile.disable()
            stats = pstats.Stats(profile)
            stats.sort_stats("cumulative").print_stats(70)
            stats.sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
