"""The Markdown version of every guide and question, for language models and agents.

A guide or question answers ``?format=md`` on its own address with its content as Markdown
(``text/markdown; charset=utf-8``); the HTML page links to it with ``<link rel="alternate"
type="text/markdown">`` and ``/llms.txt`` lists it. It is served by the page's own ``serve()``, after
Wagtail's routing and its ``before_serve_page`` hooks, so the visibility rule, view restrictions and
the page cache apply to it exactly as to the page (the cache keys on the query string).

Blocks with an obvious Markdown form (headings, text, code, callouts, question lists, follow-ups)
are written directly; any other block (FAQs, related content, next steps, trusted by) is rendered as
on the page and its HTML turned into Markdown, so a new block type needs nothing here to appear.
"""

import re

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from wagtail.rich_text import expand_db_html

from portal.visibility import is_visible

from .markdown import FOLLOW_UP, _escape_markdown, _HTMLToMarkdown

FORMAT = "md"
CONTENT_TYPE = "text/markdown; charset=utf-8"
HEADINGS = {"h1": "#", "h2": "##", "h3": "###", "h4": "####", "h5": "#####", "h6": "######"}
SKIPPED = {"script", "style", "svg", "img", "form", "button", "template"}


class MarkdownVersionMixin:
    """Gives a page its Markdown version at ``<page url>?format=md``; the page class writes the
    Markdown in ``markdown_parts(request)``."""

    def get_markdown_url(self, request=None):
        return f"{self.get_url(request)}?format={FORMAT}"

    def get_markdown_full_url(self, request=None):
        return f"{self.get_full_url(request)}?format={FORMAT}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["markdown_url"] = self.get_markdown_url(request)
        return context

    def serve(self, request, *args, **kwargs):
        if request.GET.get("format") != FORMAT:
            return super().serve(request, *args, **kwargs)
        if not is_visible(self):
            raise Http404
        text = "\n\n".join(part.strip() for part in self.markdown_parts(request) if part.strip())
        response = HttpResponse(text + "\n", content_type=CONTENT_TYPE)
        response["Link"] = f'<{self.get_full_url(request)}>; rel="canonical"'
        return response


class GuideMarkdown(MarkdownVersionMixin):
    """A guide as Markdown: title, introduction, then its body block by block."""

    def markdown_parts(self, request):
        yield page_heading(self, request)
        yield _escape_markdown(self.intro)
        yield from stream_markdown(self.body, request, self)


class QuestionMarkdown(MarkdownVersionMixin):
    """A question as Markdown: the question, what a strong answer covers, its facts, the answer."""

    def markdown_parts(self, request):
        yield page_heading(self, request)
        yield _escape_markdown(self.short_answer)
        facts = [(_("Difficulty"), self.get_difficulty_display())]
        topics = [link.topic.name for link in self.topic_links.select_related("topic")]
        roles = [link.role.name for link in self.role_links.select_related("role")]
        facts += [(_("Topics"), ", ".join(topics)), (_("Roles"), ", ".join(roles))]
        if self.last_reviewed:
            facts.append((_("Last reviewed"), self.last_reviewed.isoformat()))
        yield "\n".join(f"- {name}: {_escape_markdown(value)}" for name, value in facts if value)
        if self.answer:
            yield f"## {_('Full answer')}"
            yield from stream_markdown(self.answer, request, self)


def page_heading(page, request):
    return f"# {_escape_markdown(page.title)}\n\n<{page.get_full_url(request)}>"


def stream_markdown(stream_value, request, page):
    """Each block of a StreamField as Markdown, in order."""
    context = {"request": request, "page": page, "self": page}
    site_url = site_root_url(page, request)
    for block in stream_value:
        writer = BLOCK_WRITERS.get(block.block_type)
        if writer is not None:
            yield writer(block.value, site_url)
        else:
            yield html_to_page_markdown(block.render(context=context), site_url)


def site_root_url(page, request):
    """``https://host`` of the page's site, for links that templates write as paths."""
    full_url, path = page.get_full_url(request), page.get_url(request)
    return full_url[: -len(path)] if full_url.endswith(path) else ""


def rich_text(value, site_url=""):
    source = value.source if hasattr(value, "source") else str(value)
    return html_to_page_markdown(expand_db_html(source), site_url)


def heading(value, site_url):
    return f"{HEADINGS[value['level']]} {_escape_markdown(value['text'])}"


def code(value, site_url):
    fence = "````" if "```" in value["code"] else "```"
    caption = f"{_escape_markdown(value['caption'])}\n\n" if value.get("caption") else ""
    return f"{caption}{fence}{value['language']}\n{value['code']}\n{fence}"


def callout(value, site_url):
    label = dict(value.block.child_blocks["kind"].field.choices).get(value["kind"], "")
    text = rich_text(value["text"], site_url).replace("\n", "\n> ")
    return f"> **{label}:** {text}"


def question_list(value, site_url):
    # The block's own lookup: visible questions only, in the visitor's language where translated.
    questions = value.block.get_context(value)["questions"]
    parts = [f"## {_escape_markdown(value['heading'])}"] if value["heading"] else []
    for shown in questions:
        question = shown.page
        parts.append(
            f"### [{_escape_markdown(question.title)}]({site_url}{question.get_url()})\n\n"
            f"{_escape_markdown(question.short_answer)}"
        )
    return "\n\n".join(parts)


def follow_ups(value, site_url):
    # Follow-up questions are Markdown already (the exchange format's "Follow-up:" lines).
    items = "\n".join(f"- {question.removeprefix(FOLLOW_UP).strip()}" for question in value)
    return f"## {_('Follow-up questions')}\n\n{items}"


BLOCK_WRITERS = {
    "heading": heading,
    "paragraph": rich_text,
    "code": code,
    "callout": callout,
    "pitfall": callout,
    "questions": question_list,
    "follow_up": follow_ups,
}


class _PageHTMLToMarkdown(_HTMLToMarkdown):
    """Rendered page HTML as Markdown: headings and paragraphs too (bold inside list items),
    layout whitespace dropped, images as their alt text, forms and scripts left out, links made
    absolute."""

    BLOCKS = ("p", "div", "section", "details", "dt", "dd")

    def __init__(self, site_url):
        super().__init__()
        self.site_url, self.skipping = site_url, 0

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.handle_data(dict(attrs).get("alt") or "")
        elif tag in SKIPPED:
            self.skipping += 1
        elif tag in HEADINGS or tag == "summary":
            self.out.append("**" if self.lists else f"\n\n{HEADINGS.get(tag, '###')} ")
        elif tag in self.BLOCKS:
            self.out.append(" " if self.lists else "\n\n")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            super().handle_starttag(tag, [("href", self.absolute(href))])
        else:
            super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "img":
            return
        if tag in SKIPPED:
            self.skipping -= 1
        elif tag in HEADINGS or tag == "summary":
            self.out.append("** " if self.lists else "\n\n")
        elif tag in self.BLOCKS and tag != "p":
            self.out.append(" " if self.lists else "\n\n")
        else:
            super().handle_endtag(tag)

    def absolute(self, href):
        return f"{self.site_url}{href}" if href.startswith("/") else href

    def handle_data(self, data):
        if self.skipping:
            return
        if self.out and self.out[-1] == "`":
            return super().handle_data(data)
        text = " ".join(data.split())
        before = " " if data[:1].isspace() else ""
        after = " " if data[-1:].isspace() and text else ""
        if text or before:
            super().handle_data(f"{before}{text}{after}")


def html_to_page_markdown(html, site_url=""):
    parser = _PageHTMLToMarkdown(site_url)
    parser.feed(str(html))
    parser.close()
    text = "".join(parser.out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"(^|\n)[ \t]*(-|\d+\.)[ \t]+", r"\1\2 ", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\[ ([^\]]*?) ?\]\(", r"[\1](", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
