"""The Atom feed of a vacancy index (``/en/jobs/feed/?role=…``): its open vacancies, newest first,
with the index's filters. Served by ``JobIndexPage`` as a sub-route."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from portal.visibility import visible

from .models.jobs import attach_companies

FEED_ITEMS = 50


class VacancyFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return gettext("%(title)s · JobFutures") % {"title": index.title}

    def subtitle(self, index):
        return index.intro or gettext("Open vacancies on JobFutures")

    def link(self, index):
        return index.url

    def feed_url(self, index):
        return self.request.get_full_path()

    def author_name(self, index):
        return "JobFutures"

    def items(self, index):
        jobs = visible(index.filtered_jobs(self.request).qs)[:FEED_ITEMS]
        return attach_companies(jobs)

    def item_title(self, job):
        return job.title

    def item_description(self, job):
        facts = [job.company.title, job.location_text(), job.salary_text()]
        summary = " · ".join(fact for fact in facts if fact)
        return f"{job.listing_summary}\n{summary}" if job.listing_summary else summary

    def item_link(self, job):
        return job.full_url  # the canonical address, as the page's <link rel="canonical">

    def item_guid(self, job):
        return job.full_url

    def item_pubdate(self, job):
        return job.first_published_at

    def item_updateddate(self, job):
        return job.last_published_at or job.first_published_at

    def item_author_name(self, job):
        return job.company.title

    def item_author_link(self, job):
        return job.company.full_url

    def item_categories(self, job):
        return [job.role.name, job.get_seniority_display(), job.get_remote_policy_display()]
