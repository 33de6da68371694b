"""Text normalisation and Chinese search tokens (DESIGN.md §5).

CJK runs are indexed as overlapping character bigrams (the Lucene CJK-bigram idea) and Latin
text as words, so two-character queries such as 退款 match exactly without a segmenter.
"""

from __future__ import annotations

import re
import unicodedata

_CJK = (
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
    r"\u3040-\u309f\u30a0-\u30ff\uac00-\ud7af"
)
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)
_CJK_RUN = re.compile(rf"^[{_CJK}]+$")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC (full-width → half-width), lower case, one space between words."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text or "")).strip().lower()


def search_tokens(text: str) -> list[str]:
    """Bigrams for CJK runs (a lone CJK character stays a unigram), words for the rest."""
    tokens: list[str] = []
    for run in _TOKEN.findall(normalise(text)):
        if _CJK_RUN.match(run):
            if len(run) == 1:
                tokens.append(run)
            else:
                tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            tokens.append(run)
    return tokens


def index_text(text: str) -> str:
    """What goes into an FTS5 column tokenised by unicode61: tokens separated by spaces."""
    return " ".join(search_tokens(text))


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word of the query must appear, CJK words as phrases.

    None when the query has no token FTS can match (a single CJK character): callers fall
    back to LIKE for that.
    """
    parts: list[str] = []
    for word in normalise(query).split(" "):
        tokens = search_tokens(word)
        if not tokens:
            continue
        if len(tokens) == 1 and len(tokens[0]) == 1 and _CJK_RUN.match(tokens[0]):
            return None
        parts.append('"' + " ".join(t.replace('"', '""') for t in tokens) + '"')
    return " AND ".join(parts) if parts else None


def highlight_terms(query: str) -> list[str]:
    """The literal pieces of a query to highlight in a text (case-insensitive)."""
    return [w for w in normalise(query).split(" ") if w]
