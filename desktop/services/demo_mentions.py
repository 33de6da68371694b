"""The demo workspace's mentions and a new workspace's lists, read from resources/seed/.

The demo data (resources/seed/demo_mentions.json) is the brand 鹿角巷鲜食 (fictional): about
300 everyday mentions and the steel-wire crisis cluster the demo case links. It is data, not
code, so every demo workspace is the same and a writer can change it without a release of
the generator that first made it.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.changes import Changes
from desktop.services import mentions as mention_service
from desktop.services.seed_files import seed_data
from desktop.storage import mentions as store
from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

DEMO_MENTIONS = "demo_mentions"


def demo_rows(data: dict[str, Any], import_ids: dict[str, int]) -> list[dict[str, Any]]:
    """The seed file's compact rows as full mention rows (defaults filled in, the key and the
    import batch id set), in the file's order so the ids come out the same every time."""
    defaults: dict[str, Any] = data["row_defaults"]
    rows: list[dict[str, Any]] = []
    for compact in data["mentions"]:
        row = {**defaults, **compact}
        row["key"] = f"{row['platform']}|{row['url']}"
        row["import_id"] = import_ids[row.pop("batch")]
        row["extra_json"] = json.dumps(row.pop("extra"), ensure_ascii=False)
        row["imported_at"] = row["updated_at"] = data["imported_at"]
        rows.append(row)
    return rows


def seed_demo_mentions(workspace: Workspace) -> Changes:
    """Demo seeder (first): the demo brand's mentions in three import batches, indexed."""
    data = seed_data(DEMO_MENTIONS)
    import_ids = {
        batch["batch"]: store.add_finished_import(
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
        store.count_import_rows(workspace.db, import_id)
    index_mentions(workspace.db)
    return Changes(mentions=True, mention_rows=True)


def seed_new_lists(workspace: Workspace) -> Changes:
    """New-workspace seeder: the editable issue-type list and the response window."""
    mention_service.seed_workspace_lists(workspace)
    return Changes(mentions=True, mention_rows=True)
