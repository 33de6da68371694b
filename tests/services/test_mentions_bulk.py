"""Issue 13 item 12: Ctrl+A then 1 on tens of thousands of mentions is one statement (with
its indexes rebuilt in the same transaction), one audit row, and Ctrl+Z puts it all back."""

from __future__ import annotations

from desktop.services import mentions
from desktop.storage import bulk_update

ROWS = bulk_update.REBUILD_FROM_ROWS + 5_000


def test_a_bulk_edit_past_the_rebuild_size_and_its_undo(workspace) -> None:
    workspace.user = "小周"
    with workspace.transaction():
        workspace.db.conn.executemany(
            "INSERT INTO mentions(key, platform, posted_at, text, sentiment, sentiment_by, status)"
            " VALUES (?, '微博', ?, ?, ?, ?, 'new')",
            (
                (f"k{n}", f"2026-11-{1 + n % 28:02d}T08:00:00+08:00", f"第{n}条", *sentiment)
                for n in range(ROWS)
                for sentiment in [("pos", "import") if n % 10 == 0 else ("unknown", "")]
            ),
        )
    ids = mentions.list_ids(workspace, mentions.MentionFilter())
    result = mentions.update_mentions(workspace, ids, {"sentiment": "neg"})
    assert result.changed == ROWS
    assert mentions.count(workspace, mentions.MentionFilter(sentiments=["neg"])) == ROWS
    assert workspace.count("audit", "action = 'bulk-triage'") == 1
    assert mentions.overdue_count(workspace) == ROWS  # the alarm reads the new labels
    undone = mentions.undo_triage(workspace, result.undo)
    assert undone.changed == ROWS
    vendor = len(range(0, ROWS, 10))
    counts = mentions.sentiment_counts(workspace, mentions.MentionFilter())
    assert counts == {"pos": vendor, "unknown": ROWS - vendor}
    assert workspace.count("audit", "action = 'undo'") == 1
    names = {
        r[0] for r in workspace.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"mentions_sentiment_posted", "mentions_triage"} <= names
