"""Model suggestions written into the mention log: sentiment for every mention nobody has
labelled, the model's own reading for all (kept beside a person's label), and issue types
from the 问答库 and the person's own issue-type labels.

Runs after every import (services/importing/after_import) in the import's worker, from
`crisisdesk triage`, and after a retrain on a worker; never on the window's thread for many
rows. Both models read each distinct text once, from one featurization, in chunks (progress,
cancel); the rows are written in one transaction by one UPDATE (storage/triage.write_scores).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sqlite_utils import Database

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.issue_type_model import IssueTypeModel
from desktop.core.progress import Progress, silent
from desktop.core.sentiment import CLASSES, SentimentModel
from desktop.core.sentiment.features import featurize
from desktop.core.sentiment.model import chunks
from desktop.services.cases import severity
from desktop.services.triage.issue_types import issue_type_model
from desktop.services.triage.models import workspace_model
from desktop.storage import cases as case_store
from desktop.storage import triage as store
from desktop.storage.workspace import Workspace, now_iso
from desktop.storage.write_turns import write_transaction


@dataclass(frozen=True)
class ScoreResult:
    """What a scoring pass did."""

    read: int = 0  # mentions the model read
    suggested: int = 0  # mentions whose shown sentiment changed to the model's suggestion
    issue_types: int = 0  # mentions whose suggested issue type changed
    changes: Changes = field(default_factory=lambda: NO_CHANGES)


def _db(target: Workspace | Database) -> Database:
    return target.db if isinstance(target, Workspace) else target


@dataclass
class _Readings:
    """The models' readings of each distinct text, filled chunk by chunk (numpy arrays, no
    Python pass per text)."""

    label: npt.NDArray[np.int64]  # index into CLASSES
    confidence: npt.NDArray[np.float64]
    p_negative: npt.NDArray[np.float64]
    issue: npt.NDArray[np.int64]  # index into the issue model's types; -1: none suggested
    issue_confidence: npt.NDArray[np.float64]

    @classmethod
    def empty(cls, count: int) -> _Readings:
        return cls(
            np.zeros(count, dtype=np.int64),
            np.zeros(count),
            np.zeros(count),
            np.full(count, -1, dtype=np.int64),
            np.zeros(count),
        )


_CLASS_AT = {label: i for i, label in enumerate(CLASSES)}
_POSITIVE = _CLASS_AT["pos"]
_NEUTRAL = _CLASS_AT["neu"]


def _read(
    model: SentimentModel,
    issue_model: IssueTypeModel | None,
    texts: Sequence[str],
    out: _Readings,
    at: int,
) -> None:
    """Both models read `texts` (written to `out` from `at`) from one featurization. Issue
    types are for what the model does not read as praise (which problem, which 问答库
    script); praise gets none (an old suggestion of the model is cleared)."""
    feats = featurize(texts)
    stop = at + len(texts)
    prediction = model.predict_features(feats)
    best = prediction.probabilities.argmax(axis=1)
    best[feats.empty] = _NEUTRAL  # nothing but white space: neutral, as predict says
    out.label[at:stop] = best
    out.confidence[at:stop] = prediction.confidence
    out.p_negative[at:stop] = prediction.p_negative
    if issue_model is not None:
        best, confidence = issue_model.best(issue_model.feature_scores(feats))
        praise = out.label[at:stop] == _POSITIVE
        out.issue[at:stop] = np.where(praise, -1, best)
        out.issue_confidence[at:stop] = np.where(praise, 0.0, confidence)


_Columns = tuple[list[str], list[float], list[float], list[str] | None, list[float | None] | None]


def _readings_of(db: Database, texts: Sequence[str], progress: Progress) -> _Columns:
    """The workspace's models' readings of `texts`, as columns: sentiment labels, their
    confidence, P(negative), and the suggested issue types with theirs (None without an
    issue-type model)."""
    model = workspace_model(db)
    issue_model = issue_type_model(db)
    # Each distinct text is read once (reposts and copy-paste campaigns repeat the words);
    # when all differ (the usual import) no Python pass maps them.
    unique = list(dict.fromkeys(texts))
    if len(unique) == len(texts):
        of_text = np.arange(len(texts))
    else:
        position = {text: i for i, text in enumerate(unique)}
        of_text = np.fromiter((position[t] for t in texts), dtype=np.int64, count=len(texts))
    readings = _Readings.empty(len(unique))
    total = len(unique)
    for start, stop in chunks(unique):
        progress.report(start, total, "正在判断情感倾向和问题类型…")
        _read(model, issue_model, unique[start:stop], readings, start)
    progress.report(total, total, "正在写入建议…", force=True)
    labels = np.asarray(CLASSES, dtype=object)[readings.label[of_text]].tolist()
    issues: list[str] | None = None
    issue_confidence: list[float | None] | None = None
    if issue_model is not None:
        issue = readings.issue[of_text]
        issues = np.asarray([*issue_model.types, ""], dtype=object)[issue].tolist()
        confident = readings.issue_confidence.round(4)[of_text].astype(object)
        confident[issue < 0] = None  # no type suggested: no confidence stored
        issue_confidence = confident.tolist()
    return (
        labels,
        readings.confidence.round(4)[of_text].tolist(),
        readings.p_negative.round(4)[of_text].tolist(),
        issues,
        issue_confidence,
    )


def score_staged(db: Database, staging: Path, progress: Progress | None = None) -> int:
    """Read the staged rows of an import before its merge, outside the write transaction (and
    beside the backup), so new mentions are inserted with the model's reading; the merge
    shows it where the sheet had no sentiment. Returns the rows read."""
    progress = progress or silent()
    rows, texts = store.staged_texts(staging)
    if not rows:
        return 0
    labels, confidence, p_negative, issues, issue_confidence = _readings_of(db, texts, progress)
    store.write_staged_scores(
        staging, rows, labels, confidence, p_negative, issues, issue_confidence
    )
    return len(rows)


def score_unlabelled(
    target: Workspace | Database,
    ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    *,
    unread_only: bool = False,
) -> ScoreResult:
    """Score `ids` (every mention when None; with `unread_only` only those the model has not
    read, as after an import) with the workspace's model. A person's label and the sheet's
    own value are never overwritten; the model's reading is stored for all."""
    progress = progress or silent()
    db = _db(target)
    mention_ids, texts = store.texts(db, ids, unread_only=unread_only)
    if not mention_ids:
        return ScoreResult()
    readings = _readings_of(db, texts, progress)
    labels, confidence, p_negative, issues, issue_confidence = readings
    now = now_iso()
    with write_transaction(db):
        written = store.write_scores(
            db,
            mention_ids,
            labels,
            confidence,
            p_negative,
            now,
            issues,
            issue_confidence,
        )
        if written.suggested and isinstance(target, Workspace):
            # Open cases weigh their mentions' sentiments: their suggestion follows.
            for case_id in case_store.open_case_ids(db):
                severity.store_suggestion(target, case_id)
    changed = written.read or written.suggested or written.issue_types
    return ScoreResult(
        read=len(texts),
        suggested=written.suggested,
        issue_types=written.issue_types,
        changes=(Changes(mentions=True, cases=bool(written.suggested)) if changed else NO_CHANGES),
    )
