"""The home page's blocks: a hero with search, then bands of content editors arrange.

The bands that list content (guides, question topics, vacancies, career paths, skill checks) show the
pages an editor chose or, when none are chosen, what is newest in the visitor's language, always
through ``portal.visibility``. Each band costs at most three queries, however many items it shows.

Pages are named by their ``app_label.ModelName`` and looked up in the app registry: ``guides``
imports ``home`` (its demo puts the FAQ page here), so ``home`` does not import ``guides``.
"""

from django.apps import apps
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from careers.models import attach_companies
from portal.blocks.links import NextStepBlock, resolve_links
from portal.blocks.resolve import VisiblePage, visible_pages
from portal.filters import tag_counts
from portal.i18n import active_locale
from portal.models import PageTopic
from portal.visibility import visible


class HeroBlock(blocks.StructBlock):
    """The top of the home page: what the portal offers, and a search box to start right away."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Heading"),
        help_text=_("Leave empty to use the page title."),
    )
    text = blocks.TextBlock(
        required=False,
        label=_("Text"),
        help_text=_("Leave empty to use the page's introduction."),
    )

    class Meta:
        icon = "home"
        template = "blocks/hero_block.html"
        label = _("Hero with search")
        description = _("The page's main heading and introduction above a search box.")
        preview_value = {
            "heading": "Prepare for your next technical interview",
            "text": "Structured guides, a searchable question bank and verified vacancies.",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = context.get("page")
        context["heading"] = value["heading"] or getattr(page, "title", "")
        context["text"] = value["text"] or getattr(page, "intro", "")
        return context


class PageListBlock(blocks.StructBlock):
    """Shared shape of the bands that list one page type: chosen pages, or the newest ones.

    Subclasses name the page type (``page_type``), its index page for the "see all" link
    (``index_type``), the order of the automatic list and the card each item is shown with.
    """

    page_type = ""  # "app_label.ModelName"
    index_type = None
    ordering = ("-first_published_at", "pk")
    card_template = "blocks/includes/page_card.html"

    heading = blocks.CharBlock(label=_("Heading"))
    count = blocks.IntegerBlock(
        default=3,
        min_value=1,
        max_value=12,
        label=_("Number of items"),
        help_text=_("When no page is chosen, this many of the newest pages are shown."),
    )

    def __init__(self, local_blocks=None, **kwargs):
        chooser = blocks.ListBlock(
            blocks.PageChooserBlock(page_type=self.page_type, required=False, label=_("Page")),
            default=[],
            required=False,
            label=_("Chosen pages"),
            help_text=_("Leave empty to show the newest pages automatically."),
        )
        super().__init__([*(local_blocks or []), ("pages", chooser)], **kwargs)

    def items(self, value, locale):
        """[VisiblePage] to show: the chosen pages in the visitor's language, else the newest."""
        model = apps.get_model(self.page_type)
        chosen = [page for page in value["pages"] if page is not None]
        if chosen:
            return visible_pages(chosen, model=model, locale=locale)[: value["count"]]
        newest = visible(model.objects.filter(locale=locale)).order_by(*self.ordering)
        return [VisiblePage(page, translation_missing=False) for page in newest[: value["count"]]]

    def index_page(self, locale):
        """The listing of every page of this type in the visitor's language, for "see all"."""
        if self.index_type is None:
            return None
        return visible(apps.get_model(self.index_type).objects.filter(locale=locale)).first()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        locale = active_locale()
        context["items"] = self.items(value, locale)
        context["index"] = self.index_page(locale)
        context["card_template"] = self.card_template
        return context


class FeaturedGuidesBlock(PageListBlock):
    """Guides to read first: chosen by the editor, or the newest."""

    page_type = "guides.GuidePage"
    index_type = "guides.GuideIndexPage"

    class Meta:
        icon = "doc-full"
        template = "blocks/page_list_block.html"
        label = _("Featured guides")
        description = _("Guides you choose, or the newest guides in the visitor's language.")
        preview_value = {"heading": "Featured guides", "pages": [], "count": 3}


class LatestVacanciesBlock(PageListBlock):
    """The newest open vacancies, with their company."""

    page_type = "careers.JobPage"
    index_type = "careers.JobIndexPage"
    card_template = "blocks/includes/vacancy_card.html"

    class Meta:
        icon = "tasks"
        template = "blocks/page_list_block.html"
        label = _("Latest vacancies")
        description = _("The newest open vacancies in the visitor's language, or those you choose.")
        preview_value = {"heading": "Latest vacancies", "pages": [], "count": 3}

    def items(self, value, locale):
        items = super().items(value, locale)
        attach_companies([item.page for item in items])  # one query for every card's company
        return items


class CareerPathsBlock(PageListBlock):
    """Career paths: where a role leads, with the skills each step needs."""

    page_type = "careers.CareerPathPage"
    index_type = "careers.CareerPathIndexPage"
    ordering = ("title", "pk")

    class Meta:
        icon = "site"
        template = "blocks/page_list_block.html"
        label = _("Career paths")
        description = _("Career paths you choose, or every career path in alphabetical order.")
        preview_value = {"heading": "Career paths", "pages": [], "count": 3}


class SkillChecksBlock(PageListBlock):
    """Skill checks candidates take privately to see what to review."""

    page_type = "guides.SkillCheckPage"
    ordering = ("title", "pk")

    class Meta:
        icon = "check"
        template = "blocks/page_list_block.html"
        label = _("Skill checks")
        description = _("Skill checks you choose, or every skill check in alphabetical order.")
        preview_value = {"heading": "Check your readiness", "pages": [], "count": 3}


class QuestionTopicsBlock(blocks.StructBlock):
    """Ways into the question bank: its topics with how many questions each has, each link opening
    the bank filtered by that topic."""

    heading = blocks.CharBlock(label=_("Heading"))
    count = blocks.IntegerBlock(
        default=8,
        min_value=1,
        max_value=24,
        label=_("Number of topics"),
        help_text=_("The topics with the most questions are shown first."),
    )

    class Meta:
        icon = "tag"
        template = "blocks/question_topics_block.html"
        label = _("Question bank topics")
        description = _(
            "Links into the question bank, one per topic, with the number of questions."
        )
        preview_value = {"heading": "Practise by topic", "count": 8}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        locale = active_locale()
        QuestionIndexPage = apps.get_model("guides", "QuestionIndexPage")
        QuestionPage = apps.get_model("guides", "QuestionPage")
        bank = visible(QuestionIndexPage.objects.filter(locale=locale)).first()
        topics = []
        if bank is not None:
            url = bank.get_url(context.get("request"))
            questions = visible(QuestionPage.objects.child_of(bank))
            counts = sorted(tag_counts(questions, PageTopic, locale), key=lambda row: -row[2])
            topics = [
                {"name": name, "count": count, "url": f"{url}?{urlencode({'topic': slug})}"}
                for slug, name, count in counts[: value["count"]]
            ]
        context["bank"] = bank
        context["topics"] = topics
        return context


class EmployersBandBlock(NextStepBlock):
    """A band that speaks to employers: why to be listed, and the way to the employers' page."""

    class Meta:
        icon = "group"
        template = "blocks/employers_band_block.html"
        label = _("Employers band")
        description = _(
            "A call to employers with a link to the page that explains how to get listed."
        )
        preview_value = {
            "title": "Hiring Python developers?",
            "text": "Publish a verified hiring page and reach candidates who prepared for your roles.",
            "url": "https://example.com/",
            "link_text": "Get listed",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        links = resolve_links([value], context.get("request"), specific=False)
        context["link"] = links[0] if links else None
        return context
