"""Snippets with the searched words marked: the text is escaped first, only <mark> is added.

Matching is approximate on purpose, so it works the same for every backend and language: a word
is marked when it equals a searched word or shares a long enough beginning with it, which covers
stemming ("testing" marks "test", "Generatoren" marks "Generator") and one-letter typos
("decorater" marks "decorators"), ignoring case and accents.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"\w+")
SNIPPET_LENGTH = 220
MIN_SHARED_PREFIX = 4


def fold(word):
    """Lower case without accents: "Générateur" → "generateur"."""
    if word.isascii():  # most words: nothing to decompose
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _shared_prefix_length(a, b):
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def word_matches(word, term):
    """Both arguments folded. Equal, or the same word with another ending."""
    if word == term:
        return True
    shared = _shared_prefix_length(word, term)
    return shared >= MIN_SHARED_PREFIX and shared >= min(len(word), len(term)) - 3


def _matching_spans(text, terms):
    folded_terms = [fold(term) for term in terms]
    for match in WORD.finditer(text):
        word = fold(match.group())
        if any(word_matches(word, term) for term in folded_terms):
            yield match.span()


def highlight(text, terms):
    """Escaped text with each matching word in <mark>."""
    parts, position = [], 0
    for start, end in _matching_spans(text, terms):
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def snippet(texts, terms, length=SNIPPET_LENGTH):
    """A window of about ``length`` characters from the first text with a match, highlighted.

    Without any match, the beginning of the first non-empty text. ``texts`` may be an iterator:
    nothing after the first text with a match is read.
    """
    first_text = None
    for text in texts:
        text = " ".join(text.split()) if text else ""
        if not text:
            continue
        first_text = first_text or text
        first = next(_matching_spans(text, terms), None)
        if first is not None:
            return highlight(_window(text, first[0], length), terms)
    if first_text is None:
        return ""
    return highlight(_window(first_text, 0, length), terms)


def _window(text, focus, length):
    if len(text) <= length:
        return text
    start = max(0, focus - length // 3)
    if start:
        # Start at a word boundary so the snippet does not begin mid-word.
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < focus else start
    end = start + length
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > focus else end
    window = text[start:end].strip()
    return f"{'… ' if start else ''}{window}{' …' if end < len(text) else ''}"
