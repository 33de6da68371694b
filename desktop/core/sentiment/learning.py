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
ADAPT_LEARNING_RATE: Final = 0.15
# Strength of the pull back to the starting weights, per labelled text.
ADAPT_L2: Final = 0.00003
# The dense rows' pull, divided by the number of labels: a dozen labels of one class move
# the bias by about one logit, a thousand may move it where they agree.
ADAPT_DENSE_PRIOR: Final = 6.0
# A hashed row must occur this often among the labelled texts to be adapted.
ADAPT_MIN_COUNT: Final = 2

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Agreement:
    """Agreement with a person's labels on texts the model was not trained on."""

    agreement: float | None  # share of held-out labels predicted right; None: too few labels
    macro_f1: float | None
    labels: int  # how many labels the figure rests on
    base_agreement: float | None = None  # the starting model's agreement on the same labels


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
    min_count: int = 1,
    l2_dense: float | None = None,
) -> Matrix:
    """Weights minimising mean cross-entropy + l2/2·|W − prior|² over the rows in use.

    `l2_dense` (default `l2`) pulls the dense hand-feature rows (bias, question, …): they
    touch every text, so a few labels of one class would otherwise move all predictions.
    """
    classes = start.shape[1]
    prior = start if prior is None else prior
    rows, counts = np.unique(feats.rows, return_counts=True)
    # Rows seen in fewer than `min_count` occurrences stay as they are: one text's unique
    # n-grams would only memorise that text, and leaving them out makes each step cheap.
    used = rows[counts >= min_count]
    dense_at = used.size
    position = np.searchsorted(used, feats.rows)
    trainable = (
        (position < used.size) & (used[np.minimum(position, max(used.size - 1, 0))] == feats.rows)
        if used.size
        else np.zeros(feats.rows.size, dtype=np.bool_)
    )
    fixed_rows = feats.rows[~trainable]
    fixed = feats.dense @ start[F.HASHED :].astype(np.float64)
    for k in range(classes):
        fixed[:, k] += (
            np.bincount(feats.text_ids[~trainable], start[fixed_rows, k], feats.count) * feats.scale
        )
    local = position[trainable]
    text_ids = feats.text_ids[trainable]
    dense = feats.dense
    # The sparse products as sorted segment sums (np.add.reduceat over rows of `classes`
    # values): by text for the scores, by weight row for the gradient. Sorted once, reused
    # by every iteration.
    by_text = np.argsort(text_ids, kind="stable")
    rows_by_text = local[by_text]
    has_features = np.flatnonzero(np.bincount(text_ids, minlength=feats.count))
    text_starts = np.searchsorted(text_ids[by_text], has_features)
    by_row = np.argsort(local, kind="stable")
    texts_by_row = text_ids[by_row]
    row_starts = np.searchsorted(local[by_row], np.arange(dense_at))
    text_scale = feats.scale[has_features, None]

    params = np.concatenate([start[used], start[F.HASHED :]]).astype(np.float64)
    anchor = np.concatenate([prior[used], prior[F.HASHED :]]).astype(np.float64)
    base_dense = start[F.HASHED :].astype(np.float64)
    onehot = np.zeros((feats.count, classes))
    onehot[np.arange(feats.count), targets] = 1.0
    weight = np.ones(feats.count) if sample_weight is None else sample_weight
    weight = weight / weight.sum()
    penalty = np.full((params.shape[0], 1), l2)
    penalty[dense_at:] = l2 if l2_dense is None else l2_dense
    first = np.zeros_like(params)
    second = np.zeros_like(params)
    grad = np.empty_like(params)
    scratch = np.empty_like(params)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, iterations + 1):
        scores = fixed + dense @ (params[dense_at:] - base_dense)
        if rows_by_text.size:
            summed = np.add.reduceat(params[rows_by_text], text_starts, axis=0)
            scores[has_features] += summed * text_scale
        residual = (softmax(scores) - onehot) * weight[:, None]
        if texts_by_row.size:
            scaled = residual * feats.scale[:, None]
            grad[:dense_at] = np.add.reduceat(scaled[texts_by_row], row_starts, axis=0)
        grad[dense_at:] = dense.T @ residual
        np.subtract(params, anchor, out=scratch)
        scratch *= penalty
        grad += scratch
        first *= beta1
        np.multiply(grad, 1 - beta1, out=scratch)
        first += scratch
        second *= beta2
        np.multiply(grad, grad, out=scratch)
        scratch *= 1 - beta2
        second += scratch
        np.sqrt(second, out=scratch)
        scratch += eps
        np.divide(first, scratch, out=scratch)
        scratch *= learning_rate * np.sqrt(1 - beta2**step) / (1 - beta1**step)
        params -= scratch
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
    """A model that starts from `base` and learns the person's labels ('neg', 'neu', 'pos').

    Call it with the shipped model and all of a workspace's labels each time (not with the
    previous adaptation): the pull back to `base` then always means "the shipped weights",
    and the result depends on the labels only, not on the order they were made in.
    """
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
    weights = fit(
        feats,
        targets,
        start=base.weights,
        l2=ADAPT_L2,
        iterations=ADAPT_ITERATIONS,
        learning_rate=ADAPT_LEARNING_RATE,
        sample_weight=class_weight[targets],
        min_count=ADAPT_MIN_COUNT,
        l2_dense=ADAPT_DENSE_PRIOR / len(keep),
    )
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
    before = label_indices(base.predict(list(texts)).labels)
    return Agreement(
        float(np.mean(predicted == truth)),
        macro_f1(truth, predicted),
        count,
        float(np.mean(before == truth)),
    )


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
