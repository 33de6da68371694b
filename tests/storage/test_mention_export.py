"""The export's queries: one snapshot, rows in pages, the original columns, rejected rows."""

from __future__ import annotations

import json

from desktop.core.mention_filter import MentionFilter
from desktop.storage import mention_export
from desktop.storage.workspace import Workspace
from tests.support.mentions import ROWS, add_mentions


def test_pages_follow_the_filter_and_its_order(workspace: Workspace) -> None:
    add_mentions(workspace, ROWS)
    view = MentionFilter(sentiments=["neg"], sort="followers", descending=True)
    pages = list(mention_export.mention_pages(workspace.db, ["author"], view, page_size=2))
    assert [len(p) for p in pages] == [2, 1]
    assert [row[0] for page in pages for row in page] == ["大王", "小林", "May"]
    assert all(row[-1] == "{}" for page in pages for row in page)  # extra_json comes last
    assert mention_export.count(workspace.db, view) == 3
    assert mention_export.count(workspace.db, view, limit=2) == 2
    limited = mention_export.mention_pages(workspace.db, ["id"], view, limit=1)
    assert sum(len(p) for p in limited) == 1


def test_extra_keys_in_first_seen_order(workspace: Workspace) -> None:
    ids = add_mentions(workspace, ROWS[:2])
    with workspace.transaction():
        for mention_id, extra in zip(
            ids, ({"订单号": 1, "渠道": "app"}, {"备注": "x"}), strict=True
        ):
            workspace.db.execute(
                "UPDATE mentions SET extra_json = ? WHERE id = ?",
                [json.dumps(extra, ensure_ascii=False), mention_id],
            )
    keys = mention_export.extra_keys(workspace.db, MentionFilter(sort="id", descending=False))
    assert keys == ["订单号", "渠道", "备注"]


def test_snapshot_steps_out_for_a_write_and_reads_again(workspace: Workspace) -> None:
    add_mentions(workspace, ROWS)
    conn = workspace.db.conn
    with mention_export.ReadSnapshot(workspace.db) as snapshot:
        assert conn.in_transaction
        with snapshot.released():
            assert not conn.in_transaction
            with workspace.transaction():
                workspace.audit("export-unmasked", "mentions", None)
        assert conn.in_transaction
    assert not conn.in_transaction
    assert workspace.count("audit", "action = 'export-unmasked'") == 1
