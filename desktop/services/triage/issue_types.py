"""The issue-type suggestion: the 问答库 entries' typical comments and keywords, filed under
their issue type, plus the person's own issue-type labels, teach a small model
(core/issue_type_model) which type a mention is about."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from desktop.core.issue_type_model import IssueTypeModel
from desktop.core.kb_content import split_examples, split_keywords
from desktop.core.vocab import ISSUE_TYPES
from desktop.storage import triage as store

MAX_LABELS = 5_000  # the newest labels a model learns from


def _key_by_label(db: Database) -> dict[str, str]:
    """Category names (as the 问答库 files them) → issue-type key, for the workspace's list."""
    stored = store.issue_type_setting(db)
    labels = (
        {item["key"]: item["label"] for item in stored if item.get("key")}
        if stored
        else dict(ISSUE_TYPES)
    )
    found: dict[str, str] = {}
    for key, label in labels.items():
        for name in {label, ISSUE_TYPES.get(key, label)}:
            found[name.strip()] = key
            found[name.strip().replace("/", "／")] = key
    return found


def issue_examples(db: Database) -> dict[str, list[str]]:
    """issue-type key → typical comments and keywords of the 问答库 entries filed under it."""
    keys = _key_by_label(db)
    examples: dict[str, list[str]] = {}
    for name, typical, keywords in store.kb_issue_examples(db):
        key = keys.get(name.strip())
        if key is None:
            continue
        texts = examples.setdefault(key, [])
        texts.extend(split_examples(typical))
        texts.extend(split_keywords(keywords))
    return {k: v for k, v in examples.items() if v}


def issue_type_model(db: Database) -> IssueTypeModel | None:
    """The issue-type model of the workspace now; None when there is nothing to learn from."""
    examples = issue_examples(db)
    labelled_texts, labelled_types = store.person_issue_type_labels(db, MAX_LABELS)
    if not examples and not labelled_texts:
        return None
    return IssueTypeModel.build(examples, list(zip(labelled_texts, labelled_types, strict=True)))


def suggest_issue_types(db: Database, texts: Sequence[str]) -> list[tuple[str, float]] | None:
    """(issue type or '', confidence) per text; None when there is nothing to learn from."""
    model = issue_type_model(db)
    if model is None:
        return None
    return [(issue, float(confidence)) for issue, confidence in model.predict(list(texts))]
