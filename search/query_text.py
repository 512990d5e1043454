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
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
# Quote marks that Unicode counts as letters (ʻ ʼ) or that NFKC keeps: plain quotes separate words.
QUOTES = str.maketrans(dict.fromkeys("‘’‚‛ʹʻʼʽˈ′‵`´", "'") | dict.fromkeys("“”„‟″‶", '"'))


@dataclass(frozen=True)
class QueryText:
    """``text`` is what the visitor typed (cleaned, at most MAX_QUERY_LENGTH characters), for display.

    ``terms`` are its space-separated parts that contain a letter or digit, kept whole ("N+1",
    "select_related") so the search backend splits them exactly as it split the indexed text. Search
    syntax is not supported: the database backend quotes every term, so operators in the input
    (``& | ! <-> : *``) are plain characters, and Elasticsearch's match query does not parse them.
    """

    text: str
    terms: tuple[str, ...]
    was_shortened: bool = False

    @property
    def searchable(self):
        return " ".join(self.terms)

    @property
    def canonical(self):
        """The terms without surrounding punctuation, lower case: how searches are logged and
        matched to promotions ("Generator!" and "generator" are the same search)."""
        return " ".join(EDGE_PUNCTUATION.sub("", term) for term in self.terms).lower()

    @property
    def words(self):
        """The words of the terms, for highlighting: "N+1" → ("N", "1")."""
        return tuple(word for term in self.terms for word in WORD.findall(term))

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
    terms = [term[:MAX_TERM_LENGTH] for term in text.split() if LETTER_OR_DIGIT.search(term)]
    return QueryText(text=text, terms=tuple(terms[:MAX_TERMS]), was_shortened=was_shortened)
