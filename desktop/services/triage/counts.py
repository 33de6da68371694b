"""How many mentions are negative, neutral or positive, confirmed vs suggested, by the one
counting rule (core/triage_vocab): for every page and report that shows a count."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core.triage_vocab import BY_IMPORT, BY_MODEL, BY_PERSON
from desktop.storage import triage as store
from desktop.storage.workspace import Workspace

SENTIMENT_KEYS = ("neg", "neu", "pos", "unknown")


@dataclass(frozen=True)
class SentimentCounts:
    """Per sentiment: `confirmed` (a person or the sheet said so), `suggested` (the model, with
    the confidence to be counted) and `guessed` (the model, below that: shown, not counted)."""

    confirmed: dict[str, int] = field(default_factory=dict)
    suggested: dict[str, int] = field(default_factory=dict)
    guessed: dict[str, int] = field(default_factory=dict)
    by_person: int = 0
    by_import: int = 0
    by_model: int = 0
    total: int = 0

    def counted(self, sentiment: str) -> int:
        """What a counter shows for `sentiment`: confirmed plus confident suggestions."""
        return self.confirmed.get(sentiment, 0) + self.suggested.get(sentiment, 0)

    @property
    def negative(self) -> int:
        return self.counted("neg")

    def as_dict(self) -> dict[str, dict[str, int]]:
        """{"neg": {"confirmed": n, "suggested": m, "guessed": k, "counted": n+m}, …}"""
        return {
            key: {
                "confirmed": self.confirmed.get(key, 0),
                "suggested": self.suggested.get(key, 0),
                "guessed": self.guessed.get(key, 0),
                "counted": self.counted(key),
            }
            for key in SENTIMENT_KEYS
        }


def sentiment_counts(target: Workspace | Database) -> SentimentCounts:
    db = target.db if isinstance(target, Workspace) else target
    confirmed: dict[str, int] = {}
    suggested: dict[str, int] = {}
    guessed: dict[str, int] = {}
    by = {BY_PERSON: 0, BY_IMPORT: 0, BY_MODEL: 0}
    total = 0
    for sentiment, source, counted, n in store.sentiment_counts_by_source(db):
        total += n
        if source in by:
            by[source] += n
        if source in (BY_PERSON, BY_IMPORT):
            bucket = confirmed
        elif source == BY_MODEL:
            bucket = suggested if counted else guessed
        elif sentiment == "unknown":
            bucket = confirmed  # nothing said: 'unknown' as stored
        else:
            bucket = guessed  # a value with no source (never written so): not counted
        bucket[sentiment] = bucket.get(sentiment, 0) + n
    return SentimentCounts(
        confirmed, suggested, guessed, by[BY_PERSON], by[BY_IMPORT], by[BY_MODEL], total
    )
