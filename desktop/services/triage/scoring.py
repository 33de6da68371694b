"""Model suggestions written into the mention log: sentiment for every mention nobody has
labelled, the model's own reading for all (kept beside a person's label), and issue types
from the 问答库 and the person's own issue-type labels.

Runs after every import (services/importing/after_import) in the import's worker, from
`crisisdesk triage`, and after a retrain on a worker; never on the window's thread for many
rows. Predictions are made in chunks (progress, cancel); the rows are written in one
transaction of a few bulk statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.issue_type_model import IssueTypeModel
from desktop.core.progress import Progress, silent
from desktop.core.sentiment import SentimentModel
from desktop.services.cases import severity
from desktop.services.triage.issue_types import issue_type_model
from desktop.services.triage.models import workspace_model
from desktop.storage import cases as case_store
from desktop.storage import triage as store
from desktop.storage.workspace import Workspace, now_iso
from desktop.storage.write_turns import write_transaction

CHUNK = 20_000  # texts per prediction call: progress and cancel in between


@dataclass(frozen=True)
class ScoreResult:
    """What a scoring pass did."""

    read: int = 0  # mentions the model read
    suggested: int = 0  # mentions whose shown sentiment changed to the model's suggestion
    issue_types: int = 0  # mentions whose suggested issue type changed
    changes: Changes = field(default_factory=lambda: NO_CHANGES)


def _db(target: Workspace | Database) -> Database:
    return target.db if isinstance(target, Workspace) else target


def _issue_types(
    model: IssueTypeModel,
    texts: list[str],
    sentiments: list[str],
    issues: list[str],
    confidence: list[float],
) -> None:
    """Issue types of the texts the model does not read as praise (what a type is for: which
    problem, which 问答库 script); praise gets '' (an old suggestion of the model is cleared)."""
    asked = list(dict.fromkeys(t for t, s in zip(texts, sentiments, strict=True) if s != "pos"))
    found = dict(zip(asked, model.predict(asked), strict=True))
    for text, sentiment in zip(texts, sentiments, strict=True):
        issue, conf = found[text] if sentiment != "pos" else ("", 0.0)
        issues.append(issue)
        confidence.append(round(float(conf), 4))


def _predict_sentiment(
    model: SentimentModel, texts: list[str]
) -> tuple[list[str], list[float], list[float]]:
    """(labels, confidence, P(negative)) per text; the same words are read once (reposts and
    copy-paste campaigns repeat them)."""
    unique = list(dict.fromkeys(texts))
    prediction = model.predict(unique)
    at = {text: i for i, text in enumerate(unique)}
    rows = [at[text] for text in texts]
    confidence = prediction.confidence.round(4).tolist()
    p_negative = prediction.p_negative.round(4).tolist()
    return (
        [prediction.labels[i] for i in rows],
        [confidence[i] for i in rows],
        [p_negative[i] for i in rows],
    )


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
    model = workspace_model(db)
    issue_model = issue_type_model(db)
    labels: list[str] = []
    confidence: list[float] = []
    p_negative: list[float] = []
    issues: list[str] = []
    issue_confidence: list[float] = []
    total = len(texts)
    for start in range(0, total, CHUNK):
        progress.report(start, total, "正在判断情感倾向和问题类型…")
        chunk = texts[start : start + CHUNK]
        chunk_labels, chunk_confidence, chunk_p_negative = _predict_sentiment(model, chunk)
        labels.extend(chunk_labels)
        confidence.extend(chunk_confidence)
        p_negative.extend(chunk_p_negative)
        if issue_model is not None:
            _issue_types(issue_model, chunk, chunk_labels, issues, issue_confidence)
    progress.report(total, total, "正在写入建议…", force=True)
    now = now_iso()
    with write_transaction(db):
        written = store.write_sentiment_scores(db, mention_ids, labels, confidence, p_negative, now)
        issue_changed = (
            store.write_issue_type_scores(db, mention_ids, issues, issue_confidence, now)
            if issue_model is not None
            else 0
        )
        if written.suggested and isinstance(target, Workspace):
            # Open cases weigh their mentions' sentiments: their suggestion follows.
            for case_id in case_store.open_case_ids(db):
                severity.store_suggestion(target, case_id)
    changed = written.read or written.suggested or issue_changed
    return ScoreResult(
        read=total,
        suggested=written.suggested,
        issue_types=issue_changed,
        changes=(Changes(mentions=True, cases=bool(written.suggested)) if changed else NO_CHANGES),
    )
