"""The model learns from the person: every sentiment a person sets (keys 1/2/3, bulk edit,
`crisisdesk mentions set`) is training data. After every `RETRAIN_EVERY` new labels and on
demand the shipped model is adapted to this workspace's labels, its agreement measured on
labels it was not trained on (cross-validation), stored in triage_models, and the mentions
are scored again. Another workspace is untouched: each keeps its own adaptation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.progress import Progress, silent
from desktop.core.sentiment import adapt, cross_validate
from desktop.core.sentiment.learning import MIN_LABELS_FOR_AGREEMENT
from desktop.services.triage.models import SENTIMENT_KIND, shipped_model
from desktop.services.triage.scoring import ScoreResult, score_unlabelled
from desktop.storage import triage as store
from desktop.storage.worker_workspace import open_writer
from desktop.storage.workspace import Workspace, now_iso
from desktop.storage.write_turns import write_transaction

RETRAIN_EVERY = 20  # new labels since the last training that start a new one
# Fewer labels: no adaptation and no agreement figure yet (the model's own threshold).
MIN_LABELS = MIN_LABELS_FOR_AGREEMENT
# The newest labels of each sentiment an adaptation learns from (3 × 700 ≈ 15 s of a busy core).
MAX_LABELS_PER_SENTIMENT = 700


@dataclass(frozen=True)
class ModelStatus:
    """How well the model does on this workspace, honestly: agreement on labels it was not
    trained on and how many labels that figure rests on (None before there are enough)."""

    labels: int  # a person's sentiment labels in the workspace now
    labels_used: int = 0  # of them, the ones the current adaptation learnt from
    agreement: float | None = None
    agreement_labels: int = 0
    trained_at: str | None = None
    labels_at_training: int = 0

    @property
    def adapted(self) -> bool:
        return self.trained_at is not None

    @property
    def new_labels(self) -> int:
        return max(0, self.labels - self.labels_at_training)

    @property
    def due(self) -> bool:
        """Enough new labels since the last training for a new one."""
        return self.labels >= MIN_LABELS and self.new_labels >= RETRAIN_EVERY

    def as_dict(self) -> dict[str, object]:
        return {
            "labels": self.labels,
            "labels_used": self.labels_used,
            "agreement": self.agreement,
            "agreement_labels": self.agreement_labels,
            "trained_at": self.trained_at,
            "retrain_due": self.due,
        }


@dataclass(frozen=True)
class RetrainResult:
    status: ModelStatus
    trained: bool  # False: too few labels, the shipped model stays
    scored: ScoreResult = field(default_factory=ScoreResult)
    # The shipped model's agreement on the same labels: what the learning gained.
    base_agreement: float | None = None

    @property
    def changes(self) -> Changes:
        return self.scored.changes if self.trained else NO_CHANGES


def _db(target: Workspace | Database) -> Database:
    return target.db if isinstance(target, Workspace) else target


def model_status(target: Workspace | Database) -> ModelStatus:
    db = _db(target)
    labels = store.person_sentiment_label_count(db)
    stored = store.stored_model(db, SENTIMENT_KIND)
    if stored is None:
        return ModelStatus(labels)
    return ModelStatus(
        labels,
        stored.labels_used,
        stored.agreement,
        stored.agreement_labels,
        stored.trained_at,
        stored.labels_at_training,
    )


def retrain(target: Workspace | Database, progress: Progress | None = None) -> RetrainResult:
    """Adapt the shipped model to the person's labels (from the shipped weights, a fixed
    seed), measure it by cross-validation, store it and score the mentions again."""
    progress = progress or silent()
    db = _db(target)
    texts, labels = store.person_sentiment_labels(db, MAX_LABELS_PER_SENTIMENT)
    if len(labels) < MIN_LABELS:
        return RetrainResult(model_status(db), trained=False)
    progress.report(0, 0, "正在从人工标注学习…", force=True)
    base = shipped_model()
    adapted = adapt(base, texts, labels, seed=0)
    progress.check()
    progress.report(0, 0, "正在评估（交叉验证）…", force=True)
    measured = cross_validate(base, texts, labels)
    progress.check()
    agreement = None if measured.agreement is None else round(float(measured.agreement), 4)
    with write_transaction(db):
        store.save_model(
            db,
            store.StoredModel(
                kind=SENTIMENT_KIND,
                trained_at=now_iso(),
                labels_used=len(labels),
                labels_at_training=store.person_sentiment_label_count(db),
                agreement=agreement,
                agreement_labels=int(measured.labels) if agreement is not None else 0,
                weights=adapted.to_bytes(),
            ),
        )
    scored = score_unlabelled(target, None, progress)
    shipped = measured.base_agreement
    return RetrainResult(
        model_status(db),
        trained=True,
        scored=scored,
        base_agreement=None if shipped is None else round(float(shipped), 4),
    )


def retrain_if_due(
    target: Workspace | Database, progress: Progress | None = None
) -> RetrainResult | None:
    """`retrain` when enough new labels came in since the last one; None otherwise."""
    if not model_status(target).due:
        return None
    return retrain(target, progress)


def retrain_in_file(
    workspace_path: Path | str, user: str, progress: Progress | None = None, *, force: bool = True
) -> RetrainResult:
    """`retrain` (or only when due, with force=False) on a worker thread's own connection."""
    own = open_writer(workspace_path, user=user)
    try:
        if force:
            return retrain(own, progress)
        return retrain_if_due(own, progress) or RetrainResult(model_status(own), trained=False)
    finally:
        own.close()


def score_in_file(
    workspace_path: Path | str,
    user: str,
    progress: Progress | None = None,
    *,
    unread_only: bool = False,
) -> ScoreResult:
    """`score_unlabelled` on a worker thread's own connection."""
    own = open_writer(workspace_path, user=user)
    try:
        return score_unlabelled(own, None, progress, unread_only=unread_only)
    finally:
        own.close()


def unread_count(target: Workspace | Database) -> int:
    """Mentions the model has not read (a workspace from before it, or an interrupted pass)."""
    return store.unread_count(_db(target))
