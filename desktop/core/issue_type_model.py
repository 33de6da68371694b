"""Suggest a mention's issue type (食品安全, 服务态度, 配送, …) from a few examples per type.

Why not the sentiment model's regression: an issue type starts with a handful of keywords and
example texts from the 问答库 and the category tree, far too few to fit a classifier. Each
type instead gets an evidence table over the same hashed character bigrams: a feature counts
for a type by how specific it is to that type (inverse type frequency) and how many of the
type's examples contain it. A text's evidence for each type is summed (and damped by its
length); a fixed "none of them" score competes in the softmax, so a text that shares nothing
specific with any type gets '' (unsure) rather than a forced guess. A type's name (unless an
ASCII code like food_safety) counts as one of its keywords. A person's own (text, type)
labels are examples too, counted double: rebuilding with them is the learning loop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

from desktop.core.sentiment import features as F
from desktop.core.sentiment.model import chunks

# Softmax sharpness over evidence, and the evidence a type needs to beat "none of them".
SHARPNESS: Final = 1.6
NONE_SCORE: Final = 0.6
# Below this confidence the suggestion is '' (unsure).
MIN_CONFIDENCE: Final = 0.45
LABELLED_WEIGHT: Final = 2.0
# Evidence is divided by sqrt(1 + n-grams/20): a long post collects weak matches by its
# length alone (measured: off-topic Weibo posts given a type 54 % → 30 %, seeded paraphrases
# still 96 % right).
LENGTH_NORM: Final = 20.0
LENGTH_POWER: Final = 0.5
# A keyword (a short example) is a deliberate signal: it weighs as much as a person's label.
KEYWORD_LENGTH: Final = 6
KEYWORD_WEIGHT: Final = 2.0


class IssueTypeModel:
    """Evidence table (hashed rows × types); immutable; build it again when examples change."""

    def __init__(self, types: Sequence[str], evidence: npt.NDArray[np.float32]) -> None:
        self.types = tuple(types)
        self.evidence = evidence
        self.evidence.setflags(write=False)
        self._by_type = np.ascontiguousarray(evidence.T)
        self._has_evidence: npt.NDArray[np.bool_] = np.asarray((evidence > 0).any(axis=1))

    @classmethod
    def build(
        cls,
        examples: Mapping[str, Sequence[str]],
        labelled: Sequence[tuple[str, str]] = (),
    ) -> IssueTypeModel:
        """From {type: example texts and keywords} plus a person's (text, type) labels."""
        types = sorted(
            {t for t, texts in examples.items() if t and any(texts)} | {t for _, t in labelled if t}
        )
        column = {t: i for i, t in enumerate(types)}
        docs: list[str] = []
        owner: list[int] = []
        weight: list[float] = []
        for issue_type, texts in examples.items():
            # The type's own name is a keyword too (a text that says 食品安全 is about it), but
            # not a code such as "food_safety": "food" is no evidence of a safety problem.
            named = [] if issue_type.isascii() else [issue_type]
            for text in [*named, *texts]:
                if issue_type in column and text and not text.isspace():
                    docs.append(text)
                    owner.append(column[issue_type])
                    weight.append(KEYWORD_WEIGHT if len(text.strip()) <= KEYWORD_LENGTH else 1.0)
        for text, issue_type in labelled:
            if issue_type in column and text and not text.isspace():
                docs.append(text)
                owner.append(column[issue_type])
                weight.append(LABELLED_WEIGHT)
        evidence = np.zeros((F.HASHED, len(types)), dtype=np.float32)
        if not docs:
            return cls(types, evidence)
        feats = F.featurize(docs, unigrams=False)
        hashed = feats.rows < F.HASHED
        doc_of = feats.text_ids[hashed]
        rows = feats.rows[hashed]
        # Each (doc, row) once: a word repeated inside one example is one piece of evidence.
        pairs = np.unique(doc_of * F.HASHED + rows)
        doc_of, rows = pairs // F.HASHED, pairs % F.HASHED
        doc_type = np.asarray(owner, dtype=np.int64)[doc_of]
        doc_weight = np.asarray(weight, dtype=np.float64)[doc_of]
        # Summed per (row, type) cell by one bincount (np.add.at is ten times slower).
        support = np.bincount(
            rows * len(types) + doc_type, weights=doc_weight, minlength=F.HASHED * len(types)
        ).reshape(F.HASHED, len(types))
        types_with = (support > 0).sum(axis=1)
        specificity = np.log((len(types) + 1.0) / np.maximum(types_with, 1))
        # One example containing a feature gives 2/3 of its weight, many approach the full one.
        evidence = (specificity[:, None] * support / (support + 0.5)).astype(np.float32)
        return cls(types, evidence)

    def scores(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """(n, types) evidence per text: summed, then damped by the text's length."""
        out = np.zeros((len(texts), len(self.types)))
        if not self.types or not texts:
            return out
        for start, stop in chunks(texts):  # memory stays bounded, caches stay warm
            out[start:stop] = self.feature_scores(F.featurize(texts[start:stop], unigrams=False))
        return out

    def feature_scores(self, feats: F.Features) -> npt.NDArray[np.float64]:
        """`scores` of featurized texts; their unigrams (if any) are left out."""
        out = np.zeros((feats.count, len(self.types)))
        if not self.types or not feats.count:
            return out
        rows = feats.rows[feats.unigrams :]
        text_ids = feats.text_ids[feats.unigrams :]
        hashed = rows < F.HASHED
        rows, text_ids = rows[hashed], text_ids[hashed]
        length = np.bincount(text_ids, minlength=feats.count)
        # Only the few rows some example holds carry evidence: drop the rest before gathering.
        holds = self._has_evidence[rows]
        rows, text_ids = rows[holds], text_ids[holds]
        for k in range(len(self.types)):
            gathered = self._by_type[k][rows]  # contiguous per type: one cheap gather each
            out[:, k] = np.bincount(text_ids, weights=gathered, minlength=feats.count)
        return out / ((1.0 + length / LENGTH_NORM) ** LENGTH_POWER)[:, None]

    def best(
        self, scores: npt.NDArray[np.float64]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """(index into `types` or -1 when unsure, confidence) per row of `scores`."""
        count = scores.shape[0]
        if not self.types:
            return np.full(count, -1, dtype=np.int64), np.zeros(count)
        logits = np.concatenate(
            [scores * SHARPNESS, np.full((count, 1), NONE_SCORE * SHARPNESS)], axis=1
        )
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        best = probs[:, :-1].argmax(axis=1)
        confidence = probs[np.arange(count), best]
        return np.where(confidence >= MIN_CONFIDENCE, best, -1), confidence

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(type, confidence) per text; ('', confidence) when no type is clearly suggested."""
        if not self.types:
            return [("", 0.0) for _ in texts]
        best, confidence = self.best(self.scores(texts))
        names = [*self.types, ""]  # -1 picks the last: ''
        return [(names[b], c) for b, c in zip(best.tolist(), confidence.tolist(), strict=True)]
