"""What the cases tests share: rows from other areas' tables (mentions, roster, KB), inserted
directly so the cases area is tested on its own (schemas: m0002, m0003, m0004), and short
reads of a case's timeline and audit."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from desktop.storage.workspace import Workspace

CST = timezone(timedelta(hours=8))


def add_mentions(
    workspace: Workspace,
    count: int,
    *,
    start: datetime | None = None,
    every_minutes: float = 5,
    sentiment: str = "neg",
    text: str = "这家店的服务太差了",
    author: str = "顾客",
    followers: int = 200,
    issue_type: str = "",
    contact: str = "",
    key_prefix: str = "m",
) -> list[int]:
    start = start or datetime(2026, 11, 18, 9, 0, tzinfo=CST)
    ids = []
    with workspace.transaction():
        offset = workspace.count("mentions")
        for i in range(count):
            posted = start + timedelta(minutes=every_minutes * i)
            cursor = workspace.db.execute(
                "INSERT INTO mentions(key, platform, author, followers, posted_at, text,"
                " sentiment, sentiment_by, issue_type, contact)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    f"{key_prefix}{offset + i}",
                    "微博",
                    f"{author}{i}" if count > 1 else author,
                    followers,
                    posted.isoformat(timespec="seconds"),
                    text,
                    sentiment,
                    "" if sentiment == "unknown" else "import",  # as an import writes it
                    issue_type,
                    contact,
                ],
            )
            ids.append(cursor.lastrowid)
    return ids


def add_steel_wire_cluster(workspace: Workspace) -> list[int]:
    """Like the demo's crisis cluster: ≥ 40 negative food_safety mentions on
    2026-11-18/19 with one influencer and one media account, plus some ordinary mentions."""
    # a spike in the first hours, bending after the statements (10:30 and 17:30)
    hourly = [2, 6, 9, 7, 5, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]
    ids: list[int] = []
    for hour, count in enumerate(hourly):
        ids += add_mentions(
            workspace,
            count,
            start=datetime(2026, 11, 18, 9, 0, tzinfo=CST)
            + timedelta(hours=hour * 2 if hour > 7 else hour),
            every_minutes=60 / count,
            text="徐汇店沙拉碗里吃出钢丝，食品安全谁来管？",
            author="网友",
            issue_type="food_safety",
            contact="13812345678",
            key_prefix=f"wire{hour}-",
        )
    ids += add_mentions(
        workspace,
        1,
        start=datetime(2026, 11, 18, 9, 50, tzinfo=CST),
        text="鹿角巷鲜食沙拉吃出钢丝，太吓人了",
        author="上海吃货大V",
        followers=2_300_000,
        issue_type="food_safety",
        key_prefix="vip",
    )
    ids += add_mentions(
        workspace,
        1,
        start=datetime(2026, 11, 18, 14, 0, tzinfo=CST),
        text="记者调查：连锁轻食店沙拉现钢丝，市场监管局已介入",
        author="申城晚报新闻",
        followers=800_000,
        issue_type="food_safety",
        key_prefix="media",
    )
    add_mentions(
        workspace,
        10,
        start=datetime(2026, 11, 5, 12, 0, tzinfo=CST),
        every_minutes=600,
        sentiment="pos",
        text="沙拉很新鲜，推荐",
        key_prefix="daily",
    )
    return ids


def add_person(workspace: Workspace, name: str, *, available: bool = True, backup_id=None) -> int:
    with workspace.transaction():
        cursor = workspace.db.execute(
            "INSERT INTO people(name, title, available, backup_id) VALUES (?, ?, ?, ?)",
            [name, "测试", int(available), backup_id],
        )
    return int(cursor.lastrowid)


def assign(
    workspace: Workspace,
    person_id: int,
    activity: str,
    raci: str,
    scenario: str = "",
    severity: str = "",
) -> None:
    with workspace.transaction():
        workspace.db.execute(
            "INSERT INTO responsibilities(scenario, severity, activity, person_id, raci)"
            " VALUES (?, ?, ?, ?, ?)",
            [scenario, severity, activity, person_id, raci],
        )


def add_roster(workspace: Workspace) -> dict[str, int]:
    """An approver (A of approve_statement), a drafter (R), someone informed (I)."""
    lead = add_person(workspace, "林嘉禾")
    drafter = add_person(workspace, "周若溪")
    boss = add_person(workspace, "赵一鸣")
    assign(workspace, lead, "approve_statement", "A")
    assign(workspace, drafter, "approve_statement", "R")
    assign(workspace, boss, "internal_notice", "I")
    assign(workspace, drafter, "internal_notice", "R")
    return {"approver": lead, "drafter": drafter, "informed": boss}


def insert_row(workspace: Workspace, table: str, values: dict) -> int:
    """Insert into another area's table, filling NOT NULL columns without a default (their
    schema may grow while we work in parallel)."""
    row = dict(values)
    for _cid, name, _type, notnull, default, pk in workspace.db.execute(
        f"PRAGMA table_info([{table}])"
    ).fetchall():
        if name in row or pk or not notnull or default is not None:
            continue
        row[name] = "2026-11-18T09:00:00+08:00" if name.endswith("_at") else ""
    columns = [
        c for c in row if c in {r[1] for r in workspace.db.execute(f"PRAGMA table_info([{table}])")}
    ]
    cursor = workspace.db.execute(
        f"INSERT INTO [{table}]({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [row[c] for c in columns],
    )
    return int(cursor.lastrowid)


def add_kb_statement(workspace: Workspace, kind: str = "holding", body: str = "") -> int:
    with workspace.transaction():
        entry = insert_row(
            workspace,
            "kb_entries",
            {"category": "food_safety", "title": "食品异物投诉", "status": "approved"},
        )
        insert_row(
            workspace,
            "kb_replies",
            {
                "entry_id": entry,
                "kind": kind,
                "channel": "generic",
                "body": body or "我们已关注到您反映的情况，正在核实，会尽快公布结果。",
            },
        )
    return entry


def kinds(workspace: Workspace, case_id: int) -> list[str]:
    """The kinds of the case's timeline events, in time order."""
    from desktop.services import cases

    return [e["kind"] for e in cases.timeline(workspace, case_id)]


def audit_actions(workspace: Workspace, object_type: str = "case") -> list[str]:
    return [
        r[0]
        for r in workspace.db.execute(
            "SELECT action FROM audit WHERE object_type = ? ORDER BY id", [object_type]
        )
    ]


def make_workspace(
    ctx: Any, tmp_path: Path, *, demo_case: bool = True, roster: bool = True
) -> Path:
    """A closed workspace file with the steel-wire cluster, the roster and the demo case."""
    from desktop.services import workspaces
    from desktop.services.cases.demo import seed_demo_case

    ws = workspaces.create_workspace(ctx, tmp_path / "cases-ui", name="测试")
    add_steel_wire_cluster(ws)
    if roster:
        add_roster(ws)
    if demo_case:
        with ws.transaction():
            seed_demo_case(ws)
    path = ws.path
    ws.close()
    return path


def accept(monkeypatch: Any, dialog_class: type, fill: Any = lambda dialog: None) -> None:
    """Make the dialog class answer "OK" after `fill(dialog)` instead of waiting for a user."""
    from PySide6.QtWidgets import QDialog

    def exec_(dialog: Any) -> QDialog.DialogCode:
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)
