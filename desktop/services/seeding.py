"""What a new or demo workspace starts with; each area adds its seeder to these lists.

The data itself is in resources/seed/*.json, read through `seed_files.seed_data`.

A seeder runs inside the creating transaction and receives the workspace. New workspaces get
the seeded lists and 问答库; demo workspaces get those plus a sample brand's data.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.changes import Changes
from desktop.storage.workspace import Workspace

# A seeder writes its part inside the creating transaction; what it returns (its Changes) is
# not needed: a new workspace is opened afresh, which reloads every page.
Seeder = Callable[[Workspace], object]


def new_seeders() -> list[Seeder]:
    """What every new workspace starts with (imported on use: keeps the app's start fast)."""
    from desktop.services import demo_mentions, kb

    return [demo_mentions.seed_new_lists, kb.seed_kb]


def demo_seeders() -> list[Seeder]:
    """The demo brand's data. Order matters: the case links the demo mentions, and the demo
    scripts are approved by the roster's approver once the roster exists."""
    from desktop.services import demo_mentions, kb
    from desktop.services.cases.demo import seed_demo_case
    from desktop.services.roster.demo import seed_demo_roster

    return [
        demo_mentions.seed_demo_mentions,
        kb.seed_demo_kb,
        seed_demo_roster,
        seed_demo_case,
        kb.approve_demo_kb,
    ]


DEMO_NAME = "演示：鹿角巷鲜食"
DEMO_BRAND = "鹿角巷鲜食"
DEMO_CLIENT = "鹿角巷餐饮管理有限公司（虚构）"


def seed_new(workspace: Workspace) -> Changes:
    with workspace.transaction():
        for seeder in new_seeders():
            seeder(workspace)
    return Changes.everything()


def seed_demo(workspace: Workspace) -> Changes:
    with workspace.transaction():
        for seeder in [*new_seeders(), *demo_seeders()]:
            seeder(workspace)
    return Changes.everything()
