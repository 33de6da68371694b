"""Offline sentiment (neg / neu / pos) for mentions: hashed character n-grams, pure NumPy.

`SentimentModel` scores texts; `adapt` learns a workspace's labels on top of the shipped
weights; `cross_validate` measures honestly how well that does. The shipped weights are built
by `tools/train_sentiment.py` into `resources/models/sentiment_zh.npz` (the caller resolves the
path: `SHIPPED_MODEL` names the file inside the resources folder).
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
