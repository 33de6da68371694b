"""Industry seed packs: a new workspace's 问答库 is the general crisis entries (kb.json) and the
pack of the industry it is created for (kb_pack_KEY.json); 通用 gets the general entries only."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import vocab
from desktop.core.errors import UserError
from desktop.core.placeholders import PLACEHOLDER
from desktop.services import seeding, workspaces
from desktop.services.kb.seeding import industry_pack, seed_entries
from desktop.services.seed_files import seed_data, seed_path

PACKS = [key for key in vocab.INDUSTRIES if key != "general"]
RESTAURANT_WORDS = ("异物", "小票", "菜品")
GENERAL_TITLES = {entry["title"] for entry in seed_data("kb")["entries"]}


def entry_text(entry: dict) -> str:
    parts = [entry["title"], entry["keywords"], entry["tone_note"], *entry["examples"]]
    return "\n".join(parts + [reply["body"] for reply in entry["replies"]])


@pytest.mark.parametrize("industry", PACKS)
def test_each_pack_loads_with_at_least_15_complete_entries(industry: str) -> None:
    pack = seed_data(f"kb_pack_{industry}")
    assert pack["industry"] == industry
    entries = industry_pack(industry)
    assert len(entries) >= 15
    titles = [entry["title"] for entry in entries]
    assert len(set(titles)) == len(titles), "a title twice in the pack"
    assert not set(titles) & GENERAL_TITLES, "a pack title collides with a general entry"
    for entry in entries:
        assert entry["scenario"] in vocab.SCENARIOS and entry["issue_type"] in vocab.ISSUE_TYPES
        assert entry["title"].strip() and entry["keywords"].strip() and entry["tone_note"]
        assert len(entry["examples"]) >= 3, entry["title"]
        kinds = {reply["kind"] for reply in entry["replies"]}
        assert "public" in kinds, entry["title"]
        assert all(reply["body"].strip() for reply in entry["replies"]), entry["title"]
        if industry != "food":  # the packs written for industries
            # a complaint gets a private channel; praise and plain questions may not need one
            assert "private" in kinds or entry["scenario"] == "other", entry["title"]
            public = next(r["body"] for r in entry["replies"] if r["kind"] == "public")
            assert "{称呼|您}" in public, entry["title"]  # addressed to the person
        for reply in entry["replies"]:
            for match in PLACEHOLDER.finditer(reply["body"]):
                assert "/" not in match.group(1), (entry["title"], match.group(0))
    private = [e for e in entries if any(r["kind"] == "private" for r in e["replies"])]
    assert len(private) >= 12


def test_general_entries_name_no_restaurant_and_general_has_no_pack() -> None:
    for entry in seed_data("kb")["entries"]:
        assert not any(word in entry_text(entry) for word in RESTAURANT_WORDS), entry["title"]
    assert industry_pack("general") == []
    assert not seed_path("kb_pack_general").exists()
    assert seed_entries("general") == seed_data("kb")["entries"]


def test_holding_replies_where_a_crisis_needs_them() -> None:
    for industry in PACKS:
        holding = [
            entry
            for entry in industry_pack(industry)
            if any(reply["kind"] == "holding" for reply in entry["replies"])
        ]
        assert len(holding) >= 4, industry


def kb_texts(workspace: workspaces.Workspace) -> list[str]:
    rows = workspace.db.execute(
        "SELECT e.title || ' ' || e.keywords || ' ' || COALESCE(group_concat(r.body, ' '), '')"
        " FROM kb_entries e LEFT JOIN kb_replies r ON r.entry_id = e.id GROUP BY e.id"
    ).fetchall()
    return [row[0] for row in rows]


def test_an_entertainment_workspace_gets_no_restaurant_script(ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "艺人", industry="entertainment")
    with created:
        texts = kb_texts(created)
        assert created.setting(vocab.INDUSTRY_SETTING) == "entertainment"
        titles = {row[0] for row in created.db.execute("SELECT title FROM kb_entries")}
    assert not [text for text in texts if any(word in text for word in RESTAURANT_WORDS)]
    assert len(texts) == len(GENERAL_TITLES) + len(industry_pack("entertainment"))
    assert "艺人负面传闻、“塌房”爆料" in titles and "数据泄露事件（官方回应）" in titles


@pytest.mark.parametrize(
    ("name", "key"),
    [("教育培训", "education"), (" Travel ", "travel"), ("通用", "general"), ("food", "food")],
)
def test_industry_by_chinese_name_or_english_key(ctx, tmp_path: Path, name, key) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "ws", industry=name)
    with created:
        assert workspaces.workspace_industry(created) == key
        count = created.db.execute("SELECT count(*) FROM kb_entries").fetchone()[0]
    assert count == len(seed_entries(key))


def test_a_bad_industry_names_the_choices_and_makes_no_file(ctx, tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        workspaces.create_workspace(ctx, tmp_path / "ws", industry="bakery")
    assert "bakery" in raised.value.message
    assert "entertainment" in raised.value.hint and "文娱影视/艺人" in raised.value.hint
    assert not list(tmp_path.iterdir())


def test_the_demo_stays_the_restaurant_demo(demo_workspace) -> None:
    assert workspaces.workspace_industry(demo_workspace) == seeding.DEMO_INDUSTRY == "food"
    titles = {row[0] for row in demo_workspace.db.execute("SELECT title FROM kb_entries")}
    assert "菜品中吃出异物（头发、钢丝、虫子）" in titles
    assert not titles & {entry["title"] for entry in industry_pack("entertainment")}
