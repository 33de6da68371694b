"""The demo workspace's mentions and a new workspace's lists, read from resources/seed/.

The demo data (resources/seed/demo_mentions.json) is the brand 鹿角巷鲜食 (fictional): about
300 everyday mentions and the steel-wire crisis cluster the demo case links. It is data, not
code, so every demo workspace tells the same story and a writer can change it without a
release of the generator that first made it; its dates are moved to the day the demo is
created (services/demo_clock), so the crisis is always three days old and this morning's
complaints are still within, or just past, the response window.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.changes import Changes
from desktop.services import mentions as mention_service
from desktop.services.demo_clock import start_demo_clock
from desktop.services.seed_files import seed_data
from desktop.storage import imports as import_log
from desktop.storage import mentions as store
from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

DEMO_MENTIONS = "demo_mentions"


def demo_rows(data: dict[str, Any], import_ids: dict[str, int]) -> list[dict[str, Any]]:
    """The seed file's compact rows as full mention rows (defaults filled in, the key and the
    import batch id set), in the file's order so the ids come out the same every time.

    A row counts as imported with the file's last import, or with its own batch when that
    batch came later (this morning's)."""
    defaults: dict[str, Any] = data["row_defaults"]
    started = {batch["batch"]: batch["started_at"] for batch in data["import_batches"]}
    rows: list[dict[str, Any]] = []
    for compact in data["mentions"]:
        row = {**defaults, **compact}
        row["key"] = f"{row['platform']}|{row['url']}"
        batch = row.pop("batch")
        row["import_id"] = import_ids[batch]
        row["extra_json"] = json.dumps(row.pop("extra"), ensure_ascii=False)
        row["imported_at"] = row["updated_at"] = max(data["imported_at"], started[batch])
        rows.append(row)
    return rows


def seed_demo_mentions(workspace: Workspace) -> Changes:
    """Demo seeder (first): starts the demo's clock (services/demo_clock); the demo brand's
    mentions in four import batches, indexed, moved to the demo's day."""
    data = start_demo_clock(workspace).shift(seed_data(DEMO_MENTIONS))
    import_ids = {
        batch["batch"]: import_log.add_finished_import(
            workspace.db,
            file_name=batch["file_name"],
            sheet=batch["sheet"],
            preset=batch["preset"],
            at=batch["started_at"],
        )
        for batch in data["import_batches"]
    }
    store.insert_rows(workspace.db, demo_rows(data, import_ids))
    for import_id in import_ids.values():
        import_log.count_import_rows(workspace.db, import_id)
    index_mentions(workspace.db)
    return Changes(mentions=True, mention_rows=True)


def seed_new_lists(workspace: Workspace) -> Changes:
    """New-workspace seeder: the editable issue-type list and the response window."""
    mention_service.seed_workspace_lists(workspace)
    return Changes(mentions=True, mention_rows=True)
