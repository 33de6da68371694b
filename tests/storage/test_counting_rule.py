"""The counting rule has one SQL home (storage/mention_query.counting_sql): every counter —
dashboard, alerts, queue, author lists, the response-window alarm — counts the same mentions
as core/triage_vocab.counts_as, on a workspace holding every source × confidence."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from desktop.core.mention_filter import MentionFilter
from desktop.core.triage_vocab import counts_as
from desktop.storage import alerts, authors, mention_query, mentions, overview_query, queue_query
from tests.support.queue import NOW, add, ago

SENTIMENTS = ["neg", "neu", "pos", "unknown"]
SOURCES = ["person", "import", "model", "", "某人"]  # '' and a name: nobody recorded
CONFIDENCES = [None, 0.3, 0.549, 0.55, 0.9]
CASES = list(itertools.product(SENTIMENTS, SOURCES, CONFIDENCES))


def _fill(workspace) -> dict[int, tuple[str, str, float | None]]:
    return {
        add(
            workspace,
            sentiment=s,
            sentiment_by=b,
            sentiment_confidence=c,
            author="老客户",
            posted_at=ago(hours=3),
        ): (s, b, c)
        for s, b, c in CASES
    }


def _expected(rows: dict[int, tuple[str, str, float | None]], wanted: str = "neg") -> set[int]:
    return {i for i, (s, b, c) in rows.items() if counts_as(s, b, c, wanted)}


def test_every_counter_counts_the_same_negatives(workspace) -> None:
    rows = _fill(workspace)
    negatives = _expected(rows)
    confirmed = {i for i in negatives if rows[i][1] in ("person", "import")}
    # what the rule says, by hand: 2 confirmed sources × 5 confidences + model at ≥ 0.55
    assert (len(negatives), len(confirmed)) == (12, 10)
    db = workspace.db

    sql = f"SELECT id FROM mentions WHERE {mention_query.COUNTED_NEGATIVE_SQL}"
    assert {r[0] for r in db.execute(sql)} == negatives

    categories = overview_query.category_counts(db, MentionFilter())
    assert categories["neg_confirmed"] == len(confirmed)
    assert categories["neg_suggested"] == len(negatives - confirmed)
    counted = MentionFilter(sentiments=["neg"], sentiment_source="counted")
    assert overview_query.confirmed_and_suggested(db, counted) == (10, 2)
    assert overview_query.count(db, counted) == len(negatives)

    since = ago(days=1)[:13] + ":00:00Z"
    assert sum(alerts.hourly_negatives(db, since).values()) == len(negatives)
    ids, confirmed_count = alerts.negative_ids_between(db, since, "2099-01-01T00:00:00Z")
    assert (set(ids), confirmed_count) == (negatives, len(confirmed))

    found = queue_query.candidates(db)
    flagged = {i for i, f in zip(found.ids, found.flags, strict=True) if f & 4}
    assert flagged == negatives

    (author,) = authors.repeat_complainers(db, min_negatives=1, limit=5)
    assert (author["negatives"], author["suggested"]) == (12, 2)

    assert mentions.overdue_count(db, NOW) == len(negatives)  # all unanswered, 3 h old


def test_nobody_said_so_is_never_counted(workspace) -> None:
    add(workspace, sentiment="neg", sentiment_by="")
    db = workspace.db
    assert overview_query.category_counts(db, MentionFilter())["other"] == 1
    assert mentions.overdue_count(db, NOW) == 0
    assert not counts_as("neg", "", None, "neg")


def test_no_other_module_spells_the_rule() -> None:
    """The words of the rule in SQL (the sources, the confidence threshold) appear only in
    storage/mention_query."""
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    spelled = re.compile(r"sentiment_by IN \(|CONFIDENT_SUGGESTION|sentiment_by (!=|IS NOT) '")
    # the migration converts old files (never edited)
    allowed = {"storage/mention_query.py", "storage/schema/m0008_triage.py"}
    offenders = [
        str(path.relative_to(desktop))
        for folder in ("storage", "services")
        for path in (desktop / folder).rglob("*.py")
        if spelled.search(path.read_text(encoding="utf-8"))
        and str(path.relative_to(desktop)) not in allowed
    ]
    assert offenders == []
