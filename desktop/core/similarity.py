"""An offline similar-text index for short Chinese social-media text (DESIGN.md §4a, §7).

Documents are tokenised like the search index (CJK character bigrams, Latin words:
`desktop.core.text.search_tokens`) and weighted with BM25. The postings are kept as NumPy
arrays sorted by term (a CSR inverted index): a query gathers the postings of its distinct
terms and sums them per document with `bincount`, so top-k over 100k texts takes a few ms.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

from desktop.core.text import normalise, search_tokens

K1 = 1.2
B = 0.75

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_RUN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+", re.UNICODE)
_CJK_RUN = re.compile(rf"^[{_CJK}]+$")


@dataclass(frozen=True)
class Hit:
    position: int  # index of the document in the sequence the index was built from
    score: float


class SimilarityIndex:
    """BM25 over search tokens; build once, query many times (read-only, thread-safe)."""

    def __init__(self, texts: Sequence[str]) -> None:
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.float32)
        get = vocab.setdefault
        for position, text in enumerate(texts):
            tokens = search_tokens(text)
            lengths[position] = len(tokens)
            term_ids.extend([get(t, len(vocab)) for t in tokens])
        self.vocab = vocab
        self.size = len(texts)
        if not term_ids:
            self._indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
            self._docs = np.zeros(0, dtype=np.int32)
            self._weights = np.zeros(0, dtype=np.float32)
            return
        terms = np.asarray(term_ids, dtype=np.int64)
        docs = np.repeat(np.arange(len(texts), dtype=np.int64), lengths.astype(np.int64))
        vocab_size = len(vocab)
        pairs, tf = np.unique(terms * len(texts) + docs, return_counts=True)
        pair_terms = pairs // len(texts)
        pair_docs = pairs % len(texts)
        df = np.bincount(pair_terms, minlength=vocab_size).astype(np.float32)
        idf = np.log1p((self.size - df + 0.5) / (df + 0.5)).astype(np.float32)
        average = float(lengths.mean()) or 1.0
        norm = K1 * (1 - B + B * lengths[pair_docs] / average)
        tf = tf.astype(np.float32)
        weights = idf[pair_terms] * tf * (K1 + 1) / (tf + norm)
        # np.unique sorted the pairs by term, then doc: the postings are already in CSR order.
        self._indptr = np.concatenate(
            ([0], np.cumsum(np.bincount(pair_terms, minlength=vocab_size)))
        ).astype(np.int64)
        self._docs = pair_docs.astype(np.int32)
        self._weights = weights.astype(np.float32)
        self.idf = idf

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for `query` (distinct query terms, zeros elsewhere)."""
        ids = {self.vocab[t] for t in search_tokens(query) if t in self.vocab}
        if not ids or not self.size:
            return np.zeros(self.size, dtype=np.float32)
        if len(ids) == 1:
            (term,) = ids
            start, end = self._indptr[term], self._indptr[term + 1]
            out = np.zeros(self.size, dtype=np.float32)
            out[self._docs[start:end]] = self._weights[start:end]
            return out
        slices = [slice(self._indptr[t], self._indptr[t + 1]) for t in ids]
        docs = np.concatenate([self._docs[s] for s in slices])
        weights = np.concatenate([self._weights[s] for s in slices])
        return np.bincount(docs, weights=weights, minlength=self.size).astype(np.float32)

    def top(self, query: str, k: int = 10, *, exclude: np.ndarray | None = None) -> list[Hit]:
        scores = self.scores(query)
        if exclude is not None and len(exclude):
            scores[exclude] = 0.0
        return top_k(scores, k)


def top_k(scores: np.ndarray, k: int) -> list[Hit]:
    """The k best positive scores, best first."""
    if k <= 0 or not len(scores):
        return []
    candidates = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    candidates = candidates[scores[candidates] > 0]
    order = candidates[np.argsort(-scores[candidates], kind="stable")]
    return [Hit(int(i), float(scores[i])) for i in order]


def shared_terms(query: str, text: str) -> list[str]:
    """The pieces of `query` that also occur in `text`, merged into words, to highlight.

    Adjacent shared CJK bigrams merge (退款 + 款慢 → 退款慢); Latin words match whole.
    Longest first, no piece contained in another.
    """
    target = set(search_tokens(text))
    pieces: list[str] = []
    for run in _RUN.findall(normalise(query)):
        if not _CJK_RUN.match(run):
            if run in target:
                pieces.append(run)
            continue
        if len(run) == 1:
            if run in target:
                pieces.append(run)
            continue
        start = None
        for i in range(len(run) - 1):
            if run[i : i + 2] in target:
                if start is None:
                    start = i
            elif start is not None:
                pieces.append(run[start : i + 1])
                start = None
        if start is not None:
            pieces.append(run[start:])
    unique: list[str] = []
    for piece in sorted(set(pieces), key=lambda p: (-len(p), p)):
        if not any(piece in longer for longer in unique):
            unique.append(piece)
    return unique


CANDIDATE_CAP = 200


K = TypeVar("K")


class NearDuplicates(Generic[K]):
    """Find near-identical short texts (bigram Jaccard ≥ threshold) without comparing all pairs.

    Prefix filtering: if J(A, B) ≥ t then A holds at least ⌈t·|B|⌉ of B's tokens, so A must
    contain one of B's |B| − ⌈t·|B|⌉ + 1 rarest tokens; only texts sharing one of those are
    compared (at most CANDIDATE_CAP of them: this feeds a warning, not a guarantee). `K` is
    the type of the keys that `add` stores and `find` gives back.
    """

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._postings: dict[str, list[int]] = {}
        self._items: list[tuple[K, str, frozenset[str]]] = []

    def add(self, key: K, text: str) -> None:
        grams = frozenset(search_tokens(text))
        if not grams:
            return
        position = len(self._items)
        self._items.append((key, text, grams))
        for gram in grams:
            self._postings.setdefault(gram, []).append(position)

    def find(self, text: str) -> list[tuple[K, str, float]]:
        """(key, text, score) of the stored texts near-identical to `text`, best first."""
        grams = frozenset(search_tokens(text))
        if len(grams) < 2:
            return []
        probe = len(grams) - math.ceil(self.threshold * len(grams)) + 1
        rarest = sorted(grams, key=lambda g: (len(self._postings.get(g, ())), g))[:probe]
        candidates: set[int] = set()
        for gram in rarest:  # rarest first; a cap keeps pathological (all-common) texts cheap
            room = CANDIDATE_CAP - len(candidates)
            if room <= 0:
                break
            candidates.update(self._postings.get(gram, ())[:room])
        # Length filter: J ≥ t needs t·|B| ≤ |A| ≤ |B| / t.
        low, high = self.threshold * len(grams), len(grams) / self.threshold
        found = []
        for position in candidates:
            key, other, other_grams = self._items[position]
            if not low <= len(other_grams) <= high:
                continue
            shared = len(grams & other_grams)
            score = shared / (len(grams) + len(other_grams) - shared)
            if score >= self.threshold:
                found.append((key, other, score))
        found.sort(key=lambda f: -f[2])
        return found


# -- how well a text is covered, and which way it leans ------------------------------------------


def coverage(query_terms: Sequence[str], weights: dict[str, float], found: frozenset[str]) -> float:
    """The share of the query's distinct terms (weighted by `weights`, their idf) found in a
    document's terms: 1.0 when every term occurs, 0.0 when none does. Unlike a BM25 score it
    does not grow with the length of the query, so a long post that shares two common bigrams
    with an entry stays low."""
    total = sum(weights[t] for t in query_terms)
    if total <= 0:
        return 0.0
    return sum(weights[t] for t in query_terms if t in found) / total


# Cue words of a complaint and of praise (a small lexicon, not a classifier): enough to tell "沙拉
# 里吃出钢丝" from "味道很好，下次还来" so that a complaint is not offered a thank-you script.
COMPLAINT_CUES: tuple[str, ...] = (
    "吃出", "异物", "钢丝", "铁丝", "头发", "虫", "恶心", "难吃", "变质", "发霉", "过期", "不新鲜",
    "拉肚子", "腹泻", "呕吐", "食物中毒", "投诉", "差评", "太差", "很差", "态度差", "失望", "垃圾",
    "骗", "坑", "退款", "没到账", "太慢", "超时", "凉了", "洒了", "送错", "少送", "多收", "气死",
    "无语", "受伤", "泄露", "骚扰", "打不开", "扣款", "不见了", "跑路", "倒闭", "丑闻",
    "異物", "頭髮", "鐵絲", "噁心",
    "rude", "refund", "hair", "wire", "late", "cold", "missing", "leak", "hacked", "charged",
    "terrible", "awful", "worst", "disgusting",
)  # fmt: skip
PRAISE_CUES: tuple[str, ...] = (
    "好吃", "好喝", "推荐", "热情", "谢谢", "感谢", "点赞", "满意", "喜欢", "很棒", "真棒", "良心",
    "贴心", "开心", "味道很好", "服务很好", "下次还", "还会再来", "好评", "表扬",
    "thanks", "thank you", "great", "amazing", "lovely", "loved", "love", "delicious", "best",
)  # fmt: skip
_NEGATORS = ("不", "没", "沒", "别", "not ", "n't ")


def _cue_count(text: str, cues: tuple[str, ...]) -> tuple[int, int]:
    """(plain, negated) occurrences of the cues in `text` ("不好吃" is a negated 好吃)."""
    plain = negated = 0
    for cue in cues:
        start = text.find(cue)
        while start >= 0:
            before = text[max(0, start - 4) : start]
            if any(before.endswith(n) for n in _NEGATORS):
                negated += 1
            else:
                plain += 1
            start = text.find(cue, start + len(cue))
    return plain, negated


def polarity(text: str) -> int:
    """-1 a complaint, +1 praise, 0 neither or both (a question, a mixed text)."""
    lowered = normalise(text)
    complaint, not_complaint = _cue_count(lowered, COMPLAINT_CUES)
    praise, not_praise = _cue_count(lowered, PRAISE_CUES)
    negative = complaint + not_praise
    positive = praise + not_complaint
    if negative > positive:
        return -1
    if positive > negative:
        return 1
    return 0
