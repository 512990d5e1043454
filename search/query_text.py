"""What a visitor typed, made safe to search for and to show again."""

import re
import unicodedata
from dataclasses import dataclass

# Long enough for any real question; longer input is cut, never rejected.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
MAX_TERM_LENGTH = 50

# Control and format characters, and lone surrogates (which cannot be encoded for the database).
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ud800-\udfff]")
WORD = re.compile(r"\w+")
# Quote marks that Unicode counts as letters (ʻ ʼ) or that NFKC keeps: plain quotes separate words.
QUOTES = str.maketrans(dict.fromkeys("‘’‚‛ʹʻʼʽˈ′‵`´", "'") | dict.fromkeys("“”„‟″‶", '"'))


@dataclass(frozen=True)
class QueryText:
    """``text`` is what the visitor typed (cleaned, at most MAX_QUERY_LENGTH characters), for display;
    ``terms`` are the words searched for. Search syntax (quotes, operators) is deliberately not
    supported: punctuation only separates words, so no input can break a query."""

    text: str
    terms: tuple[str, ...]
    was_shortened: bool = False

    @property
    def searchable(self):
        return " ".join(self.terms)

    def __bool__(self):
        return bool(self.terms)


def parse_query(raw):
    raw = raw or ""
    # Cleaning a 60,000-character string character by character would be slow; the first few
    # hundred characters are all that can survive anyway.
    head = raw[: MAX_QUERY_LENGTH * 4]
    text = UNPRINTABLE.sub("", head)
    text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    text = " ".join(text.split())
    was_shortened = len(text) > MAX_QUERY_LENGTH or len(raw) > len(head)
    text = text[:MAX_QUERY_LENGTH].strip()
    terms = []
    for word in WORD.findall(text):
        word = word.strip("_")[:MAX_TERM_LENGTH]
        if word:
            terms.append(word)
    return QueryText(text=text, terms=tuple(terms[:MAX_TERMS]), was_shortened=was_shortened)
