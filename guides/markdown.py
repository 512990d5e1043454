"""Markdown answers of the exchange format to and from the answer StreamField.

Import: fenced code blocks become code blocks, a paragraph starting "Pitfall:" a pitfall callout, a
paragraph starting "Follow-up:" a follow-up question; everything else becomes rich-text paragraphs.
Raw HTML in Markdown is escaped, never passed through. Export writes the same Markdown back, so an
export re-imports without changes.
"""

from html.parser import HTMLParser

from markdown_it import MarkdownIt

from django.utils.safestring import mark_safe

from portal.blocks.text import LANGUAGE_CHOICES

PITFALL = "Pitfall:"
FOLLOW_UP = "Follow-up:"
LANGUAGES = {value for value, _label in LANGUAGE_CHOICES}
LANGUAGE_ALIASES = {
    "py": "python",
    "python3": "python",
    "sh": "bash",
    "shell": "bash",
    "js": "javascript",
}

_markdown = MarkdownIt("commonmark", {"html": False})


def _render(tokens):
    return _markdown.renderer.render(tokens, _markdown.options, {}).strip()


def inline_markdown(text):
    """One line of Markdown (`code`, *emphasis*, links) as HTML; raw HTML in it is escaped and
    markdown-it refuses javascript: and data: links, so editors' and imported text stays text."""
    return mark_safe(_markdown.renderInline(text or ""))  # noqa: S308 - escaped by markdown-it


def markdown_to_blocks(text):
    """[(block_type, value), ...] for the answer StreamField."""
    tokens = _markdown.parse(text or "")
    blocks, pending, follow_ups = [], [], []

    def flush():
        if pending:
            blocks.append(("paragraph", _render(pending)))
            pending.clear()

    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type in ("fence", "code_block"):
            flush()
            language = (token.info or "").strip().split(" ")[0].lower()
            language = LANGUAGE_ALIASES.get(language, language)
            code = token.content[:-1] if token.content.endswith("\n") else token.content
            blocks.append(
                (
                    "code",
                    {
                        "language": language if language in LANGUAGES else "text",
                        "code": code,
                        "caption": "",
                    },
                )
            )
            i += 1
            continue
        if token.type == "paragraph_open" and token.level == 0:
            inline = tokens[i + 1].content
            if inline.startswith(FOLLOW_UP):
                flush()
                follow_ups.append(inline[len(FOLLOW_UP) :].strip())
                i += 3
                continue
            if inline.startswith(PITFALL):
                flush()
                tokens[i + 1].children[0].content = (
                    tokens[i + 1].children[0].content[len(PITFALL) :].lstrip()
                )
                blocks.append(("pitfall", {"kind": "pitfall", "text": _render(tokens[i : i + 3])}))
                i += 3
                continue
        pending.append(token)
        i += 1
    flush()
    if follow_ups:
        blocks.append(("follow_up", follow_ups))
    return blocks


class _HTMLToMarkdown(HTMLParser):
    """The subset of HTML that answers use (p, strong, em, code, a, ul, ol, li, br) as Markdown."""

    MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.lists, self.href = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.MARKS:
            self.out.append(self.MARKS[tag])
        elif tag == "a":
            self.href.append(attrs.get("href", ""))
            self.out.append("[")
        elif tag in ("ul", "ol"):
            if self.lists:
                self.out.append("\n")
            self.lists.append([tag, 0])
        elif tag == "li":
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            indent = "   " * (len(self.lists) - 1)
            self.out.append(f"{indent}{kind[1]}. " if kind[0] == "ol" else f"{indent}- ")
        elif tag == "br":
            self.out.append("  \n")

    def handle_endtag(self, tag):
        if tag in self.MARKS:
            self.out.append(self.MARKS[tag])
        elif tag == "a":
            self.out.append(f"]({self.href.pop() if self.href else ''})")
        elif tag == "p":
            self.out.append("\n\n" if not self.lists else "")
        elif tag == "li":
            self.out.append("\n")
        elif tag in ("ul", "ol"):
            self.lists.pop()
            if not self.lists:
                self.out.append("\n")

    def handle_data(self, data):
        in_code = self.out and self.out[-1] == "`"
        self.out.append(data if in_code else _escape_markdown(data))


def _escape_markdown(text):
    for char in "\\`*_[]<":
        text = text.replace(char, "\\" + char)
    return text


def html_to_markdown(value):
    parser = _HTMLToMarkdown()
    parser.feed(str(value))
    parser.close()
    return "".join(parser.out).strip()


def blocks_to_markdown(stream_value):
    """The answer StreamField as Markdown in the exchange format."""
    parts, follow_ups = [], []
    for block in stream_value:
        if block.block_type == "paragraph":
            parts.append(html_to_markdown(block.value.source))
        elif block.block_type == "code":
            code = block.value["code"]
            fence = "````" if "```" in code else "```"
            parts.append(f"{fence}{block.value['language']}\n{code}\n{fence}")
        elif block.block_type == "pitfall":
            parts.append(f"{PITFALL} {html_to_markdown(block.value['text'].source)}")
        elif block.block_type == "follow_up":
            follow_ups.extend(block.value)
    parts.extend(f"{FOLLOW_UP} {question}" for question in follow_ups)
    return "\n\n".join(part for part in parts if part)
