"""Offline sentiment (neg / neu / pos) for mentions: hashed character n-grams, pure NumPy.

- `SentimentModel.from_file(resources_dir() / SHIPPED_MODEL)` is the shipped model (built by
  `tools/train_sentiment.py` from the public corpora; reproducible byte for byte).
- `model.predict(texts)` → `Predictions` (labels, confidence of that label, P(negative)); 100k
  mentions in about a second. Compare `confidence` with triage_vocab.CONFIDENT_SUGGESTION.
- `adapt(shipped, texts, labels)` learns all of a workspace's labels on top of the shipped
  weights; store `to_bytes()` (about 1 MB) and read it back with `from_bytes`.
- `cross_validate(shipped, texts, labels)` says how well that does on the workspace: each
  label predicted by a model that did not see it (None below 20 labels).

Figures (bench/bench_triage.py): 0.886 agreement with people on unseen Weibo posts; on a
stream the base never saw, 3-way macro-F1 0.58 → 0.75 with 300 labels, 0.78 with 1,000.
"""

from __future__ import annotations

from typing import Final

from desktop.core.sentiment.learning import Agreement, adapt, cross_validate
from desktop.core.sentiment.model import CLASSES, Predictions, SentimentModel

# Where the shipped weights live, relative to the app's resources folder.
SHIPPED_MODEL: Final = "models/sentiment_zh.npz"

__all__ = [
    "CLASSES",
    "SHIPPED_MODEL",
    "Agreement",
    "Predictions",
    "SentimentModel",
    "adapt",
    "cross_validate",
]
