"""Triage intelligence (issue 14): the model's suggestions in the mention log, the learning
loop from a person's labels, and the counts by the one counting rule.

Qt-free; the mention log, `crisisdesk triage`, the import's after-import step and the other
pages (home, queue, reports) call only these.
"""

from __future__ import annotations

from desktop.services.triage.counts import SentimentCounts, sentiment_counts
from desktop.services.triage.learning import (
    MIN_LABELS,
    RETRAIN_EVERY,
    ModelStatus,
    RetrainResult,
    model_status,
    retrain,
    retrain_if_due,
    retrain_in_file,
    score_in_file,
    unread_count,
)
from desktop.services.triage.scoring import ScoreResult, score_staged, score_unlabelled

__all__ = [
    "MIN_LABELS",
    "RETRAIN_EVERY",
    "ModelStatus",
    "RetrainResult",
    "ScoreResult",
    "SentimentCounts",
    "model_status",
    "retrain",
    "retrain_if_due",
    "retrain_in_file",
    "score_in_file",
    "score_staged",
    "score_unlabelled",
    "sentiment_counts",
    "unread_count",
]
