"""Texts → hashed character n-grams plus a few hand features, for many texts at once.

Why vectorised: 100k mentions must be scored in well under two seconds, and a Python loop per
character is ten times too slow. All texts are joined once, turned into an array of code points
(`utf-32-le`), and every n-gram is hashed with integer arithmetic on whole arrays. Only word
tokens (English words, Weibo emoticons such as `[怒]`) go through a regex, once over the joined
text, with a cache for their hashes.

Character trigrams were measured and left out: on unseen Weibo posts and cross-domain they
scored no better than uni+bigrams with the negation-scope pairs, and cost a third of the time.

A text's hashed features carry the weight 1/sqrt(number of n-grams), so a long review does not
outvote a short one by its length alone; the hand features (question, exclamation, English
lexicon, …) are dense columns at the end of the weight table.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from desktop.core.sentiment import english

HASH_BITS: Final = 18
HASHED: Final = 1 << HASH_BITS

# Dense hand features: their rows follow the hashed ones in the weight table.
BIAS: Final = 0
QUESTION: Final = 1  # a question mark, or a sentence-final 吗/呢 (not when also EXCLAIM)
QUESTION_WORD: Final = 2  # 怎么 / 为什么 / 请问 / 如何 / 是否 / 能不能 …
EXCLAIM: Final = 3  # two or more ! (or ?) in a row
IS_ENGLISH: Final = 4
EN_POSITIVE: Final = 5  # English lexicon hits, with negation flipping the polarity
EN_NEGATIVE: Final = 6
NEGATION: Final = 7  # 不/没/别/未/无 count (scaled)
DENSE_NAMES: Final = (
    "bias",
    "question",
    "question_word",
    "exclaim",
    "is_english",
    "en_positive",
    "en_negative",
    "negation",
)
DENSE: Final = len(DENSE_NAMES)
ROWS: Final = HASHED + DENSE

_GOLDEN: Final = np.uint64(0x9E3779B97F4A7C15)
_SHIFT: Final = np.uint64(64 - HASH_BITS)
_TAG_UNI: Final = np.uint64(0x1234_5678_9ABC)
_TAG_BI: Final = np.uint64(0x2F00_0000_0000_0001)
_TAG_NEG: Final = np.uint64(0x7100_0000_0000_0007)
_TAG_WORD: Final = np.uint64(0x3300_0000_0000_0005)
_TAG_WORD2: Final = np.uint64(0x4400_0000_0000_0009)
_B21: Final = np.uint64(21)

_SEPARATOR: Final = "\x00"
# Full-width forms (？！，Ａ１…) fold onto ASCII and upper case onto lower, on the code-point
# array: a str.translate over the joined text costs more than all the hashing.
_FULLWIDTH_FIRST: Final = 0xFF01
_FULLWIDTH_LAST: Final = 0xFF5E
_FULLWIDTH_SHIFT: Final = np.uint32(0xFEE0)
_ALSO_FOLD: Final = {"。": ".", "【": "[", "】": "]", "\u3000": " ", "、": ","}
_EMOTICON: Final = re.compile(r"\[[^\[\]\x00\s]{1,8}\]")
_WORD: Final = re.compile(r"[a-z]+(?:'[a-z]+)?", re.IGNORECASE)
_NEGATORS: Final = np.array([ord(c) for c in "不没别未无非莫"], dtype=np.uint32)
_QUESTION_ENDINGS: Final = np.array([ord(c) for c in "吗呢么"], dtype=np.uint32)
_QUESTION_WORDS: Final = (
    "怎么",
    "为什么",
    "为啥",
    "请问",
    "如何",
    "是否",
    "能不能",
    "有没有",
    "多少",
    "哪里",
    "哪个",
    "什么时候",
    "可以吗",
    "咋",
)
_CLAUSE_BREAKS: Final = np.array([ord(c) for c in "\x00,.!?;:\n…~"], dtype=np.uint32)
_SKIP: Final = np.uint8(1)  # the separator and white space: no n-gram crosses or holds them
_LATIN: Final = np.uint8(2)
_CJK: Final = np.uint8(4)
_NEGATOR: Final = np.uint8(8)
_CLAUSE: Final = np.uint8(16)
_QUESTION_MARK: Final = np.uint8(32)
_END: Final = np.uint8(64)  # punctuation that may follow a sentence-final particle
_PHRASE_START: Final = np.uint8(128)  # first character of a question word


def _kind_table() -> npt.NDArray[np.uint8]:
    """Character classes of the Basic Multilingual Plane, one byte each (a 64 KB lookup)."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for char in "\x00 \n\t\r":
        table[ord(char)] |= _SKIP
    table[ord("a") : ord("z") + 1] |= _LATIN
    table[0x4E00:0xA000] |= _CJK
    table[0x3400:0x4DC0] |= _CJK
    for code in _NEGATORS.tolist():
        table[code] |= _NEGATOR
    for code in _CLAUSE_BREAKS.tolist():
        table[code] |= _CLAUSE
    table[ord("?")] |= _QUESTION_MARK
    for code in _END_PUNCT.tolist():
        table[code] |= _END
    for phrase in _QUESTION_WORDS:
        table[ord(phrase[0])] |= _PHRASE_START
    return table


_END_PUNCT: Final = np.array([ord(c) for c in " .?!~,…\n\r\t"], dtype=np.uint32)
_TOKEN_CACHE: dict[str, int] = {}
_POLARITY_CACHE: dict[str, int] = {}
_KIND: Final = _kind_table()

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Features:
    """Sparse hashed occurrences (`rows[i]` in text `text_ids[i]`) and dense hand features."""

    count: int
    text_ids: IntArray
    rows: IntArray
    scale: FloatArray  # per text: weight of each of its hashed occurrences
    dense: FloatArray  # (count, DENSE)
    english: BoolArray
    empty: BoolArray
    # The first `unigrams` occurrences are single characters: a model that does not read
    # them (the issue types) takes the rest, so one featurization serves both models.
    unigrams: int = 0


def _hash(keys: npt.NDArray[np.uint64], tag: np.uint64) -> IntArray:
    mixed = ((keys + tag) * _GOLDEN) >> _SHIFT
    return mixed.astype(np.int64)


def _polarity(word: str) -> int:
    cached = _POLARITY_CACHE.get(word)
    if cached is None:
        cached = english.polarity(word)
        if len(_POLARITY_CACHE) < 200_000:
            _POLARITY_CACHE[word] = cached
    return cached


def _token_hash(token: str) -> int:
    cached = _TOKEN_CACHE.get(token)
    if cached is None:
        cached = zlib.crc32(token.encode("utf-8"))
        if len(_TOKEN_CACHE) < 200_000:
            _TOKEN_CACHE[token] = cached
    return cached


def _contains_phrases(
    cps: npt.NDArray[np.uint32],
    kind: npt.NDArray[np.uint8],
    text_of: IntArray,
    phrases: Sequence[str],
    count: int,
) -> FloatArray:
    """1.0 for texts containing any of `phrases`; only positions whose character can start
    one (a bit of the class table) are compared, so the cost follows those, not the text."""
    starts = np.flatnonzero((kind & _PHRASE_START) != 0)
    hit = np.zeros(count, dtype=np.bool_)
    for phrase in phrases:
        codes = [ord(c) for c in phrase]
        at = starts[cps[starts] == codes[0]]
        for offset, code in enumerate(codes[1:], start=1):
            at = at[at + offset < cps.size]
            at = at[cps[at + offset] == code]
        hit[text_of[at]] = True
    return hit.astype(np.float32)


def featurize(texts: Sequence[str], *, unigrams: bool = True) -> Features:
    """Features of every text; empty or blank texts get no features and `empty` set.

    `unigrams=False` leaves single characters out (the issue-type model: 菜 or 店 says nothing
    about the type, 头发 or 配送 does).
    """
    count = len(texts)
    try:
        joined = _SEPARATOR.join(texts) if count else ""
    except TypeError:  # a missing text (None) reads as an empty one
        texts = [t if isinstance(t, str) else "" for t in texts]
        joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != max(count - 1, 0):  # a NUL inside a text: blank it out
        joined = _SEPARATOR.join(t.replace(_SEPARATOR, " ") for t in texts)
    cps = _folded(joined)
    kind = _KIND[np.minimum(cps, 0xFFFF)]
    text_of = np.cumsum(cps == 0, dtype=np.int64)
    # Latin letters are read as words (below), not as character n-grams: letter bigrams of
    # English learned from Chinese reviews would only be noise.
    keep = (kind & (_SKIP | _LATIN)) == 0
    c64 = cps.astype(np.uint64)

    uni = _hash(c64[keep], _TAG_UNI) if unigrams else np.zeros(0, dtype=np.int64)
    uni_text = text_of[keep] if unigrams else uni

    pair = keep[:-1] & keep[1:]
    bigram_keys = (c64[:-1] << _B21) | c64[1:]
    bi = _hash(bigram_keys[pair], _TAG_BI)
    bi_text = text_of[:-1][pair]

    # Negation scope: 不 _ X and 不 _ _ X, the word the negation reaches past a filler (不太好,
    # 没那么好); 不 X itself is already a bigram.
    negs = np.flatnonzero((kind & _NEGATOR) != 0)
    scope_rows: list[IntArray] = []
    scope_text: list[IntArray] = []
    for reach in (2, 3):
        target = negs + reach
        ok = target < cps.size
        target, origin = target[ok], negs[ok]
        ok = keep[target] & (text_of[target] == text_of[origin])
        target, origin = target[ok], origin[ok]
        key = (c64[origin] << _B21) | c64[target]
        scope_rows.append(_hash(key + np.uint64(reach), _TAG_NEG))
        scope_text.append(text_of[origin])

    clause_of = np.cumsum((kind & _CLAUSE) != 0, dtype=np.int64)
    word_rows, word_text, en_pos, en_neg = _words(joined, text_of, clause_of, count)
    emo_rows, emo_text = _emoticons(joined, text_of)

    rows = np.concatenate([uni, bi, *scope_rows, word_rows, emo_rows])
    text_ids = np.concatenate([uni_text, bi_text, *scope_text, word_text, emo_text])
    per_text = np.bincount(text_ids, minlength=count).astype(np.float32)
    empty = per_text == 0
    scale = np.where(empty, 0.0, 1.0 / np.sqrt(np.maximum(per_text, 1.0))).astype(np.float32)

    cjk = np.bincount(text_of[(kind & _CJK) != 0], minlength=count)
    latin = np.bincount(text_of[(kind & _LATIN) != 0], minlength=count)
    is_english = (latin >= 3) & (cjk < 0.3 * (cjk + latin / 4.0))

    dense = np.zeros((count, DENSE), dtype=np.float32)
    dense[:, BIAS] = 1.0
    is_mark = (kind & _QUESTION_MARK) != 0
    bangs = cps == ord("!")
    emphatic = (bangs[:-1] & bangs[1:]) | (is_mark[:-1] & is_mark[1:])
    loud = np.bincount(text_of[np.flatnonzero(emphatic)], minlength=count) > 0
    marks = np.bincount(text_of[is_mark], minlength=count) > 0
    asks = np.maximum(marks, _ends_with_particle(cps, kind, text_of, count))
    dense[:, QUESTION] = asks * ~loud  # "？？？" is frustration, not a question
    dense[:, QUESTION_WORD] = _contains_phrases(cps, kind, text_of, _QUESTION_WORDS, count)
    dense[:, EXCLAIM] = loud
    dense[:, IS_ENGLISH] = is_english
    dense[:, EN_POSITIVE] = np.sqrt(en_pos)
    dense[:, EN_NEGATIVE] = np.sqrt(en_neg)
    dense[:, NEGATION] = np.sqrt(np.bincount(text_of[negs], minlength=count))
    dense[empty] = 0.0
    dense[empty, BIAS] = 1.0
    return Features(count, text_ids, rows, scale, dense, is_english, empty, int(uni.size))


def _fold_table() -> npt.NDArray[np.uint32]:
    table = np.arange(0x10000, dtype=np.uint32)
    table[_FULLWIDTH_FIRST : _FULLWIDTH_LAST + 1] -= _FULLWIDTH_SHIFT
    table[ord("A") : ord("Z") + 1] += np.uint32(32)
    table[ord("Ａ") : ord("Ｚ") + 1] = np.arange(ord("a"), ord("z") + 1, dtype=np.uint32)
    for source, target in _ALSO_FOLD.items():
        table[ord(source)] = ord(target)
    return table


_FOLD_TABLE: Final = _fold_table()


def _folded(joined: str) -> npt.NDArray[np.uint32]:
    """Code points with full-width forms and upper case folded (one 256 KB table lookup)."""
    raw = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    folded = _FOLD_TABLE[np.minimum(raw, 0xFFFF)]
    astral = np.flatnonzero(raw > 0xFFFF)  # emoji and rare CJK: kept as they are
    folded[astral] = raw[astral]
    return folded


def _ends_with_particle(
    cps: npt.NDArray[np.uint32], kind: npt.NDArray[np.uint8], text_of: IntArray, count: int
) -> FloatArray:
    """1.0 when a text's last non-punctuation character is 吗/呢/么 (a question without '?')."""
    meaningful = (kind & (_SKIP | _END)) == 0
    positions = np.flatnonzero(meaningful)
    result = np.zeros(count, dtype=np.float32)
    if positions.size == 0:
        return result
    owners = text_of[positions]
    last = np.zeros(count, dtype=np.int64) - 1
    last[owners] = positions  # later positions overwrite earlier ones: the last wins
    has = last >= 0
    result[has] = np.isin(cps[last[has]], _QUESTION_ENDINGS)
    return result


def _words(
    joined: str, text_of: IntArray, clause_of: IntArray, count: int
) -> tuple[IntArray, IntArray, FloatArray, FloatArray]:
    """English words and word pairs, and the lexicon's hits per text.

    A negator flips a lexicon word up to three words later in the same clause ("not really
    good" is negative; in "never disappointed, good as always" the comma ends the negation).
    """
    empty_int = np.zeros(0, dtype=np.int64)
    positive = np.zeros(count, dtype=np.float32)
    negative = np.zeros(count, dtype=np.float32)
    matches = list(_WORD.finditer(joined))
    if not matches:
        return empty_int, empty_int, positive, negative
    words = [m.group().lower() for m in matches]
    starts = np.fromiter((m.start() for m in matches), dtype=np.int64, count=len(matches))
    owner = text_of[starts]
    clause = clause_of[starts]
    hashes = np.fromiter((_token_hash(w) for w in words), dtype=np.uint64, count=len(words))
    unigram = _hash(hashes, _TAG_WORD)
    same = owner[1:] == owner[:-1]
    pair_keys = (hashes[:-1] << _B21) ^ hashes[1:]
    bigram = _hash(pair_keys[same], _TAG_WORD2)

    polarity = np.fromiter((_polarity(w) for w in words), dtype=np.int8, count=len(words))
    negator = np.fromiter((w in english.NEGATORS for w in words), dtype=np.bool_, count=len(words))
    flipped = np.zeros(len(words), dtype=np.bool_)
    for back in (1, 2, 3):
        if len(words) > back:
            flipped[back:] |= negator[:-back] & (clause[back:] == clause[:-back])
    signed = np.where(flipped, -polarity, polarity)
    if len(words) > 1:
        first, second = english.NEVER_AGAIN
        never_again = np.fromiter(
            (w == first and n == second for w, n in itertools.pairwise(words)),
            dtype=np.bool_,
            count=len(words) - 1,
        )
        signed[:-1][never_again & same] = -1
    positive = np.bincount(owner, weights=signed > 0, minlength=count).astype(np.float32)
    negative = np.bincount(owner, weights=signed < 0, minlength=count).astype(np.float32)
    rows = np.concatenate([unigram, bigram])
    texts = np.concatenate([owner, owner[1:][same]])
    return rows, texts, positive, negative


def _emoticons(joined: str, text_of: IntArray) -> tuple[IntArray, IntArray]:
    """Weibo emoticons such as `[怒]` `[哈哈]` as whole tokens."""
    matches = list(_EMOTICON.finditer(joined))
    if not matches:
        empty_int = np.zeros(0, dtype=np.int64)
        return empty_int, empty_int
    hashes = np.fromiter(
        (_token_hash(m.group()) for m in matches), dtype=np.uint64, count=len(matches)
    )
    starts = np.fromiter((m.start() for m in matches), dtype=np.int64, count=len(matches))
    return _hash(hashes, _TAG_WORD ^ np.uint64(0xE0)), text_of[starts]
