"""What a new or demo workspace starts with; each area adds its seeder to these lists.

The data itself is in resources/seed/*.json, read through `seed_files.seed_data`.

A seeder runs inside the creating transaction and receives the workspace. New workspaces get
the seeded lists and 问答库; demo workspaces get those plus a sample brand's data.

A workspace is created for an industry (core.vocab.INDUSTRIES): it is stored in the workspace's
settings before the seeders run, and the 问答库's seeder reads it to pick its seed pack.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core import vocab
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.storage.workspace import Workspace

# A seeder writes its part inside the creating transaction; what it returns (its Changes) is
# not needed: a new workspace is opened afresh, which reloads every page.
Seeder = Callable[[Workspace], object]


def new_seeders() -> list[Seeder]:
    """What every new workspace starts with (imported on use: keeps the app's start fast)."""
    from desktop.services import demo_mentions, kb, watchlists

    return [demo_mentions.seed_new_lists, kb.seed_kb, watchlists.seed_watch_groups]


def demo_seeders() -> list[Seeder]:
    """The demo brand's data. Order matters: the case links the demo mentions, and the demo
    scripts are approved by the roster's approver once the roster exists."""
    from desktop.services import demo_mentions, kb, watchlists
    from desktop.services.cases.demo import seed_demo_case
    from desktop.services.roster.demo import seed_demo_roster

    return [
        demo_mentions.seed_demo_mentions,
        kb.seed_demo_kb,
        seed_demo_roster,
        seed_demo_case,
        kb.approve_demo_kb,
        watchlists.seed_demo_groups,
    ]


DEMO_NAME = "演示：鹿角巷鲜食"
DEMO_INDUSTRY = "food"  # the demo brand is a restaurant chain
# What the CLI's `new` creates without --industry (the general crisis entries only).
DEFAULT_INDUSTRY = "general"
DEMO_BRAND = "鹿角巷鲜食"
DEMO_CLIENT = "鹿角巷餐饮管理有限公司（虚构）"


def industry_choices() -> str:
    """The accepted industry names, for a message: `food (餐饮/食品), retail (零售电商), …`."""
    return ", ".join(f"{key} ({label})" for key, label in vocab.INDUSTRIES.items())


def industry_key(name: str) -> str:
    """The INDUSTRIES key for a key or its Chinese label (`entertainment`, `文娱影视/艺人`,
    any case, surrounding spaces ignored); anything else is a UserError naming the choices."""
    wanted = name.strip()
    for key, label in vocab.INDUSTRIES.items():
        if wanted.lower() == key or wanted == label:
            return key
    raise UserError(
        f"没有这个行业：{name}",
        hint=f"可选：{industry_choices()}",
    )


def seed_new(workspace: Workspace, industry: str = DEFAULT_INDUSTRY) -> Changes:
    """A new workspace for INDUSTRY (a key or label of core.vocab.INDUSTRIES)."""
    key = industry_key(industry)
    with workspace.transaction():
        workspace.set_setting(vocab.INDUSTRY_SETTING, key)
        for seeder in new_seeders():
            seeder(workspace)
    return Changes.everything()


def seed_demo(workspace: Workspace) -> Changes:
    """The demo brand, a restaurant chain: the 餐饮/食品 pack and the general entries."""
    with workspace.transaction():
        workspace.set_setting(vocab.INDUSTRY_SETTING, DEMO_INDUSTRY)
        for seeder in [*new_seeders(), *demo_seeders()]:
            seeder(workspace)
    return Changes.everything()
