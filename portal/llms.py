"""``/llms.txt`` (llmstxt.org): what the site offers, per language, for language models and agents.

The file lists every language's sections (the home page's children shown in the menu: guides,
question bank, companies with their vacancies, …) and the pages in them, indented by level, each
with its description, through the one visibility rule; a guide or question links its Markdown
version. Sections come from the page tree, not from the apps, so ``portal`` imports none of
them.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation

from wagtail.models import Site

from portal.visibility import visible

PAGES_PER_SECTION = 100


def llms_txt(request):
    site = Site.find_for_request(request)
    if site is None:
        return HttpResponse("", status=404, content_type="text/markdown; charset=utf-8")
    homes = visible(site.root_page.get_translations(inclusive=True)).select_related("locale")
    lines = [f"# {settings.WAGTAIL_SITE_NAME}", ""]
    languages = dict(settings.LANGUAGES)
    for home in sorted(homes, key=lambda page: list(languages).index(page.locale.language_code)):
        code = home.locale.language_code
        with translation.override(code):
            home = home.specific
            if len(lines) == 2:
                lines += [f"> {home.get_default_meta_description()}", ""]
            lines += [f"## {languages[code]}", "", entry(home, request)]
            sections = visible(home.get_children().filter(show_in_menus=True)).specific()
            for section in sections:
                lines.append(entry(section, request))
                pages = visible(section.get_descendants()).order_by("path").specific()
                lines += [
                    "  " * (page.depth - section.depth) + entry(page, request)
                    for page in pages[:PAGES_PER_SECTION]
                ]
            lines.append("")
    return HttpResponse("\n".join(lines), content_type="text/markdown; charset=utf-8")


def entry(page, request):
    """One page's line; pages with a Markdown version (guides, questions: ``get_markdown_full_url``)
    are listed by it, as llmstxt.org recommends."""
    description = " ".join(str(page.meta_description).split())
    markdown_url = getattr(page, "get_markdown_full_url", None)
    url = markdown_url(request) if markdown_url else page.get_full_url(request)
    line = f"- [{page.meta_title}]({url})"
    return f"{line}: {description}" if description else line
