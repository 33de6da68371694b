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


def mention_search_text(title: str, text: str, author: str) -> str:
    """What a mention's search index holds. A title the text already contains adds no token
    (many exports fill 标题 with the start of 正文), so it is left out: same hits, ~15 %
    fewer tokens to build and store."""
    if title and title in text:
        title = ""
    return f"{title} {text} {author}"


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


# -- many texts at once (imports) --------------------------------------------------------------

_SEPARATOR = "\x00"  # between the texts of a batch: not a token character, never in a cell
_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2EBEF),
    (0x3040, 0x309F),
    (0x30A0, 0x30FF),
    (0xAC00, 0xD7AF),
)


def index_texts(texts: list[str]) -> list[str]:
    """`index_text` of many texts, in NumPy: an import tokenises ~100k texts and the
    per-bigram Python strings cost ~1.5 s; this builds every token string of a batch in
    one array (identical output, tested against `index_text`)."""
    joined = _SEPARATOR.join(texts)
    if len(texts) < 8 or joined.count(_SEPARATOR) != len(texts) - 1:
        return [index_text(t) for t in texts]
    import numpy as np

    # NFKC and lower case are per character (the separator composes with nothing and is
    # not cased), so the joined string normalises as its parts do.
    chars = np.frombuffer(
        unicodedata.normalize("NFKC", joined).lower().encode("utf-32-le"), dtype=np.uint32
    )
    cjk = np.zeros(chars.shape, dtype=bool)
    for low, high in _CJK_RANGES:
        cjk |= (chars >= low) & (chars <= high)
    # Word characters as the regex sees them: str.isalnum() (CJK and "_" excluded).
    word = (
        ((chars >= 0x30) & (chars <= 0x39))
        | ((chars >= 0x61) & (chars <= 0x7A))
        | ((chars >= 0x41) & (chars <= 0x5A))
    )
    wide = (chars > 0x7F) & ~cjk
    if wide.any():
        others = np.unique(chars[wide])
        alnum = others[np.fromiter((chr(c).isalnum() for c in others), bool, len(others))]
        word |= wide & np.isin(chars, alnum)
    next_cjk = np.zeros_like(cjk)
    next_cjk[:-1] = cjk[1:]
    prev_cjk = np.zeros_like(cjk)
    prev_cjk[1:] = cjk[:-1]
    next_word = np.zeros_like(word)
    next_word[:-1] = word[1:]
    bigram = cjk & next_cjk  # emits this character, the next one and a space
    single = cjk & ~prev_cjk & ~next_cjk  # a lone CJK character: itself and a space
    word_end = word & ~next_word  # the last character of a word adds a space
    separator = chars == 0
    widths = 3 * bigram.astype(np.int64) + 2 * single + word + word_end + separator.astype(np.int64)
    starts = np.cumsum(widths) - widths
    out = np.empty(int(widths.sum()), dtype=np.uint32)
    at = np.flatnonzero(bigram)
    out[starts[at]] = chars[at]
    out[starts[at] + 1] = chars[at + 1]
    out[starts[at] + 2] = 0x20
    at = np.flatnonzero(single)
    out[starts[at]] = chars[at]
    out[starts[at] + 1] = 0x20
    at = np.flatnonzero(word)
    out[starts[at]] = chars[at]
    at = np.flatnonzero(word_end)
    out[starts[at] + 1] = 0x20
    out[starts[separator]] = 0
    return [t[:-1] for t in out.tobytes().decode("utf-32-le").split(_SEPARATOR)]
