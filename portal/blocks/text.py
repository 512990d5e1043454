"""Text blocks shared by every page type: headings, paragraphs, code and callouts."""

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    """A section heading; its text becomes an anchor visitors can link to."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        search_index=False,  # "Level 2" is not what the page is about
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading with a linkable anchor.")
        preview_value = {"text": "Data types and mutability", "level": "h2"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["text"])
        return context


class ParagraphBlock(blocks.RichTextBlock):
    """Body text with links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "code"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Body text with links, lists and inline code.")
        preview_value = (
            "<p>A strong answer names the trade-off, shows a small example and says when it "
            "matters in production.</p>"
        )


LANGUAGE_CHOICES = [
    ("python", "Python"),
    ("pycon", _("Python console")),
    ("sql", "SQL"),
    ("bash", _("Shell")),
    ("javascript", "JavaScript"),
    ("json", "JSON"),
    ("html", "HTML"),
    ("text", _("Plain text")),
]


class CodeValue(blocks.StructValue):
    @cached_property
    def highlighted(self):
        """The code as HTML with Pygments' CSS classes, highlighted on the server at render time."""
        try:
            lexer = get_lexer_by_name(self.get("language") or "text")
        except ClassNotFound:
            lexer = get_lexer_by_name("text")
        formatter = HtmlFormatter(nowrap=True)
        return mark_safe(highlight(self.get("code", ""), lexer, formatter))  # noqa: S308 - Pygments escapes


class CodeBlock(blocks.StructBlock):
    """A code sample, highlighted on the server (no JavaScript needed)."""

    language = blocks.ChoiceBlock(
        choices=LANGUAGE_CHOICES, default="python", label=_("Language"), search_index=False
    )
    code = blocks.TextBlock(label=_("Code"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "code"
        template = "blocks/code_block.html"
        label = _("Code")
        description = _("A highlighted code sample with its language.")
        value_class = CodeValue
        preview_value = {
            "language": "python",
            "code": "point = (3, 4)\nscores = [90, 85]\nscores.append(70)",
            "caption": "",
        }


class CalloutBlock(blocks.StructBlock):
    """A highlighted note: a common pitfall, a tip or a warning."""

    kind = blocks.ChoiceBlock(
        choices=[("pitfall", _("Common pitfall")), ("tip", _("Tip")), ("note", _("Note"))],
        default="pitfall",
        label=_("Kind"),
        search_index=False,
    )
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "code"], label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A common pitfall, tip or note, set apart from the text.")
        preview_value = {
            "kind": "pitfall",
            "text": "<p>Using a mutable default argument shares one list between calls.</p>",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["label"] = dict(self.child_blocks["kind"].field.choices).get(value["kind"], "")
        return context
