"""The sentiment model: a linear softmax over hashed n-grams, three classes neg / neu / pos.

The shipped weights come from binary corpora (tools/train_sentiment.py): the learned score s
becomes the logits (-s/2, b, +s/2), so the neutral class wins where the binary model is unsure
(|s| < 2b), and hand-set neutral weights on the question features pull questions to 'neu'.
The tool then doubles every logit (same labels, confidences near the calibrated binary
probability: a suggestion at 0.7 is right about nine times in ten on unseen posts).
A person's labels then train all three columns (learning.adapt), neutral included.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from desktop.core.errors import UserError
from desktop.core.sentiment import features as F

CLASSES: Final = ("neg", "neu", "pos")
NEG: Final = 0
NEU: Final = 1
POS: Final = 2
FORMAT: Final = 1
# Scoring holds a chunk's n-gram occurrences in memory at once: bounded, whatever the count.
CHUNK: Final = 16_384
CHUNK_CHARS: Final = 2_000_000
# What an empty text gets: neutral, and a confidence that says "no idea".
EMPTY_CONFIDENCE: Final = 1.0 / 3.0

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Predictions:
    """One label per text with the probability of that label and P(negative)."""

    labels: list[str]
    confidence: npt.NDArray[np.float64]
    p_negative: npt.NDArray[np.float64]
    probabilities: npt.NDArray[np.float64]  # (n, 3) in CLASSES order

    def __len__(self) -> int:
        return len(self.labels)


class SentimentModel:
    """Weights (hashed rows + dense hand-feature rows) × 3 classes; immutable once built."""

    def __init__(self, weights: Matrix, *, labels_used: int = 0) -> None:
        if weights.shape != (F.ROWS, len(CLASSES)):
            raise ValueError(f"weights must be {(F.ROWS, len(CLASSES))}, got {weights.shape}")
        self.weights: Matrix = np.ascontiguousarray(weights, dtype=np.float32)
        self.weights.setflags(write=False)
        self.labels_used = labels_used
        # One contiguous column per class, made once: a gather per class is faster than
        # gathering rows of three, and copying the columns per call would cost as much.
        self._columns = [np.ascontiguousarray(self.weights[:, k]) for k in range(len(CLASSES))]

    # ---- building and storing -------------------------------------------------------------
    @classmethod
    def from_binary(
        cls,
        score_weights: npt.NDArray[np.floating],
        *,
        neutral_bias: float,
        neutral_dense: dict[int, float] | None = None,
    ) -> SentimentModel:
        """Three classes from a binary score s (positive = pos): logits (-s/2, b, s/2)."""
        weights = np.zeros((F.ROWS, len(CLASSES)), dtype=np.float32)
        half = np.asarray(score_weights, dtype=np.float32) / 2.0
        weights[:, NEG] = -half
        weights[:, POS] = half
        weights[F.HASHED + F.BIAS, NEU] = neutral_bias
        for dense_index, value in (neutral_dense or {}).items():
            weights[F.HASHED + dense_index, NEU] = value
        return cls(weights)

    @classmethod
    def from_file(cls, path: Path | str) -> SentimentModel:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserError(
                f"读不到情感模型文件：{path}", hint="重新安装本软件可以恢复它。"
            ) from exc
        return cls.from_bytes(data)

    @classmethod
    def from_bytes(cls, data: bytes) -> SentimentModel:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                version = int(archive["format"])
                weights = archive["weights"].astype(np.float32)
                labels_used = int(archive["labels_used"])
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile) as exc:
            raise UserError("情感模型数据已损坏。", hint="重新训练或重新安装可以恢复它。") from exc
        if version != FORMAT or weights.shape != (F.ROWS, len(CLASSES)):
            raise UserError("情感模型的格式与本版本不符。", hint="重新训练一次即可。")
        return cls(weights, labels_used=labels_used)

    def to_bytes(self) -> bytes:
        """Compressed float16 weights: about 1 MB, stored per workspace as a BLOB."""
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            format=np.int64(FORMAT),
            weights=self.weights.astype(np.float16),
            labels_used=np.int64(self.labels_used),
        )
        return buffer.getvalue()

    # ---- scoring --------------------------------------------------------------------------
    def logits(self, feats: F.Features) -> npt.NDArray[np.float64]:
        """(n, 3) class scores of featurized texts."""
        return logits(self.weights, feats, columns=self._columns)

    def predict(self, texts: Sequence[str]) -> Predictions:
        """Labels, confidence and P(negative) for each text (chunked: memory stays bounded)."""
        parts: list[npt.NDArray[np.float64]] = []
        blanks: list[npt.NDArray[np.bool_]] = []
        for start, stop in chunks(texts):
            feats = F.featurize(texts[start:stop])
            parts.append(softmax(self.logits(feats)))
            blanks.append(feats.empty)  # nothing but white space: nothing to read
        if not parts:
            return predictions_from(np.zeros((0, len(CLASSES))), np.zeros(0, dtype=np.bool_))
        probs, blank = np.concatenate(parts), np.concatenate(blanks)
        probs[blank] = 1.0 / len(CLASSES)
        return predictions_from(probs, blank)

    def predict_features(self, feats: F.Features) -> Predictions:
        """`predict` of texts already featurized (with unigrams): the caller shares the
        features with the issue-type model instead of reading the texts twice."""
        probs = softmax(self.logits(feats))
        probs[feats.empty] = 1.0 / len(CLASSES)
        return predictions_from(probs, feats.empty)


def chunks(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(start, stop) slices of at most CHUNK texts and about CHUNK_CHARS characters (a sheet of
    long articles must not hold hundreds of MB of code points at once)."""
    lengths = np.fromiter((len(t or "") for t in texts), dtype=np.int64, count=len(texts))
    bounds: list[tuple[int, int]] = []
    start = 0
    ends = np.cumsum(lengths)
    while start < len(texts):
        before = ends[start - 1] if start else 0
        by_chars = int(np.searchsorted(ends, before + CHUNK_CHARS, side="right"))
        stop = min(len(texts), start + CHUNK, max(by_chars, start + 1))
        bounds.append((start, stop))
        start = stop
    return bounds


def predictions_from(probs: npt.NDArray[np.float64], blank: npt.NDArray[np.bool_]) -> Predictions:
    best = probs.argmax(axis=1)
    best[blank] = NEU
    confidence = probs[np.arange(len(best)), best]
    confidence[blank] = EMPTY_CONFIDENCE
    labels = [CLASSES[i] for i in best.tolist()]
    return Predictions(labels, confidence, probs[:, NEG].copy(), probs)


def logits(
    weights: Matrix, feats: F.Features, *, columns: list[Matrix] | None = None
) -> npt.NDArray[np.float64]:
    """Gather each occurrence's weight, sum per text (bincount), add the dense hand features."""
    out = np.empty((feats.count, weights.shape[1]), dtype=np.float64)
    if columns is None:
        columns = [np.ascontiguousarray(weights[:, k]) for k in range(weights.shape[1])]
    for k in range(weights.shape[1]):
        gathered = columns[k][feats.rows]
        summed = np.bincount(feats.text_ids, weights=gathered, minlength=feats.count)
        out[:, k] = summed * feats.scale
    out += feats.dense @ weights[F.HASHED :].astype(np.float64)
    return out


def softmax(scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: npt.NDArray[np.float64] = exp / exp.sum(axis=1, keepdims=True)
    return result
