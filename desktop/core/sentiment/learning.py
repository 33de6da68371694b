"""Learning from labels: softmax regression fitted from a starting point, and honest agreement.

`adapt` continues training the shipped (or a workspace's) weights on a person's labels, with an
L2 pull back towards the starting weights so a few hundred labels move the model where they
speak and leave it alone elsewhere. Only the rows the labelled texts touch are optimised (a
few ten thousand of 2^18), so 1,000 labels take well under a second. Full-batch Adam on fixed
features has no randomness: the same labels give the same model, whatever the seed.

`cross_validate` says how well that works on a workspace: every label is predicted by a model
adapted on the other folds only, never by one that saw it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from desktop.core.errors import UserError
from desktop.core.sentiment import features as F
from desktop.core.sentiment.model import CLASSES, SentimentModel, softmax

# Fewer labels than this and an agreement figure would be noise: report None instead.
MIN_LABELS_FOR_AGREEMENT: Final = 20
ADAPT_ITERATIONS: Final = 120
ADAPT_LEARNING_RATE: Final = 0.08
# Strength of the pull back to the starting weights, per labelled text.
ADAPT_L2: Final = 0.002

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Agreement:
    """Agreement with a person's labels on texts the model was not trained on."""

    agreement: float | None  # share of held-out labels predicted right; None: too few labels
    macro_f1: float | None
    labels: int  # how many labels the figure rests on


def fit(
    feats: F.Features,
    targets: npt.NDArray[np.int64],
    *,
    start: Matrix,
    prior: Matrix | None = None,
    l2: float = ADAPT_L2,
    iterations: int = ADAPT_ITERATIONS,
    learning_rate: float = ADAPT_LEARNING_RATE,
    sample_weight: npt.NDArray[np.float64] | None = None,
) -> Matrix:
    """Weights minimising mean cross-entropy + l2/2·|W − prior|² over the rows in use."""
    classes = start.shape[1]
    prior = start if prior is None else prior
    used, local = np.unique(feats.rows, return_inverse=True)
    local = local.astype(np.int64)
    params = np.concatenate([start[used], start[F.HASHED :]]).astype(np.float64)
    anchor = np.concatenate([prior[used], prior[F.HASHED :]]).astype(np.float64)
    dense_at = used.size
    onehot = np.zeros((feats.count, classes))
    onehot[np.arange(feats.count), targets] = 1.0
    weight = np.ones(feats.count) if sample_weight is None else sample_weight
    weight = weight / weight.sum()
    first = np.zeros_like(params)
    second = np.zeros_like(params)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, iterations + 1):
        hashed = params[:dense_at]
        scores = np.empty((feats.count, classes))
        gathered = hashed[local]
        for k in range(classes):
            scores[:, k] = np.bincount(feats.text_ids, gathered[:, k], feats.count) * feats.scale
        scores += feats.dense @ params[dense_at:]
        residual = (softmax(scores) - onehot) * weight[:, None]
        grad = np.empty_like(params)
        per_occurrence = residual * feats.scale[:, None]
        for k in range(classes):
            grad[:dense_at, k] = np.bincount(local, per_occurrence[feats.text_ids, k], dense_at)
        grad[dense_at:] = feats.dense.T @ residual
        grad += l2 * (params - anchor)
        first = beta1 * first + (1 - beta1) * grad
        second = beta2 * second + (1 - beta2) * grad * grad
        corrected = first / (1 - beta1**step)
        params -= learning_rate * corrected / (np.sqrt(second / (1 - beta2**step)) + eps)
    result = start.astype(np.float32).copy()
    result[used] = params[:dense_at]
    result[F.HASHED :] = params[dense_at:]
    return result


def label_indices(labels: Sequence[str]) -> npt.NDArray[np.int64]:
    index = {name: i for i, name in enumerate(CLASSES)}
    try:
        return np.fromiter((index[label] for label in labels), dtype=np.int64, count=len(labels))
    except KeyError as exc:
        raise UserError(
            f"情感标签只能是 neg、neu 或 pos，收到了 {exc.args[0]!r}。", hint="检查这些标注。"
        ) from exc


def adapt(
    base: SentimentModel, texts: Sequence[str], labels: Sequence[str], *, seed: int = 0
) -> SentimentModel:
    """A model that starts from `base` and learns the person's labels ('neg', 'neu', 'pos')."""
    del seed  # full-batch training on fixed features is deterministic; kept for the API
    if len(texts) != len(labels):
        raise ValueError("texts and labels differ in length")
    targets = label_indices(labels)
    keep = [i for i, text in enumerate(texts) if text and not text.isspace()]
    if not keep:
        return base
    feats = F.featurize([texts[i] for i in keep])
    targets = targets[keep]
    counts = np.bincount(targets, minlength=len(CLASSES)).astype(np.float64)
    # Rare classes weigh more (square root: a few neutral labels must not dominate either).
    class_weight = np.sqrt(counts.sum() / np.maximum(counts, 1.0) / len(CLASSES))
    weights = fit(feats, targets, start=base.weights, sample_weight=class_weight[targets])
    return SentimentModel(weights, labels_used=base.labels_used + len(keep))


def cross_validate(
    base: SentimentModel,
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    folds: int = 5,
    seed: int = 0,
) -> Agreement:
    """Agreement of `adapt(base, other folds)` with each held-out fold's labels."""
    count = len(labels)
    if count < MIN_LABELS_FOR_AGREEMENT:
        return Agreement(None, None, count)
    truth = label_indices(labels)
    order = np.random.default_rng(seed).permutation(count)
    predicted = np.empty(count, dtype=np.int64)
    for fold in np.array_split(order, max(2, min(folds, count))):
        held = set(fold.tolist())
        train = [i for i in range(count) if i not in held]
        model = adapt(base, [texts[i] for i in train], [labels[i] for i in train], seed=seed)
        guess = model.predict([texts[i] for i in fold])
        predicted[fold] = label_indices(guess.labels)
    return Agreement(float(np.mean(predicted == truth)), macro_f1(truth, predicted), count)


def macro_f1(truth: npt.NDArray[np.int64], predicted: npt.NDArray[np.int64]) -> float:
    """Mean F1 over the classes present in the truth (a class nobody labelled is not scored)."""
    scores = []
    for k in np.unique(truth):
        true_positive = float(np.sum((predicted == k) & (truth == k)))
        precision_base = float(np.sum(predicted == k))
        recall_base = float(np.sum(truth == k))
        if true_positive == 0:
            scores.append(0.0)
            continue
        precision = true_positive / precision_base
        recall = true_positive / recall_base
        scores.append(2 * precision * recall / (precision + recall))
    return float(np.mean(scores)) if scores else 0.0


def accuracy(truth: Sequence[str], predicted: Sequence[str]) -> float:
    return float(np.mean([t == p for t, p in zip(truth, predicted, strict=True)]))
