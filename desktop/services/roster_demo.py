"""The demo roster of 鹿角巷鲜食 (fictional people, fake phones 1390000xxxx).

林嘉禾 holds A for approve_statement and approve_kb in the default matrix (CONTRACTS.md 11);
the food_safety matrix overrides a few rows; 吴佳's contact is deliberately stale so the
health list has something to show.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.roster_rules import Cell
from desktop.storage import roster as store
from desktop.storage.workspace import Workspace

DEMO_APPROVER = "林嘉禾"

# name, title, department, role keys, phone suffix, office, wechat, backup, available, note, days
_PEOPLE = [
    (
        "林嘉禾",
        "总经理",
        "总经办",
        ("crisis_lead", "management"),
        "0001",
        "021-5000-0001",
        "linjiahe_lj",
        "周若溪",
        True,
        "",
        12,
    ),
    (
        "周若溪",
        "品牌公关总监",
        "品牌公关部",
        ("spokesperson", "communications"),
        "0002",
        "021-5000-0002",
        "zhouruoxi_pr",
        "陈子墨",
        True,
        "",
        12,
    ),
    (
        "陈子墨",
        "公关经理",
        "品牌公关部",
        ("communications",),
        "0003",
        "021-5000-0003",
        "chenzimo_pr",
        "周若溪",
        True,
        "",
        20,
    ),
    (
        "王思远",
        "市场经理",
        "市场部",
        ("marketing",),
        "0004",
        "",
        "wangsiyuan_mkt",
        "赵一鸣",
        True,
        "",
        30,
    ),
    (
        "赵一鸣",
        "门店运营总监",
        "运营部",
        ("sales", "management"),
        "0005",
        "021-5000-0005",
        "zhaoyiming_ops",
        "王思远",
        True,
        "",
        25,
    ),
    (
        "孙晓雯",
        "客服主管",
        "客户服务中心",
        ("customer_service",),
        "0006",
        "400-000-0006",
        "sunxiaowen_cs",
        "李沐阳",
        True,
        "",
        8,
    ),
    (
        "李沐阳",
        "新媒体运营负责人",
        "品牌公关部",
        ("social_media",),
        "0007",
        "",
        "limuyang_sm",
        "孙晓雯",
        True,
        "",
        8,
    ),
    (
        "何清",
        "法务经理",
        "法务部",
        ("legal",),
        "0008",
        "021-5000-0008",
        "heqing_legal",
        "林嘉禾",
        False,
        "出差至 11 月 25 日，急事找总经理",
        40,
    ),
    (
        "郑浩",
        "食品安全与品控经理",
        "品控部",
        ("management",),
        "0009",
        "021-5000-0009",
        "zhenghao_qa",
        "赵一鸣",
        True,
        "",
        15,
    ),
    (
        "吴佳",
        "IT 主管",
        "信息部",
        ("it_security",),
        "0010",
        "",
        "wujia_it",
        "李沐阳",
        True,
        "",
        200,
    ),
]

# activity -> [(holder, raci)], holder a person name or "@role_key"
_DEFAULT_MATRIX: dict[str, list[tuple[str, str]]] = {
    "monitor": [("李沐阳", "R"), ("周若溪", "A"), ("@customer_service", "I")],
    "assess_severity": [("周若溪", "R"), ("林嘉禾", "A"), ("郑浩", "C"), ("何清", "C")],
    "draft_holding_reply": [("陈子墨", "R"), ("李沐阳", "R"), ("周若溪", "A")],
    "draft_statement": [("陈子墨", "R"), ("周若溪", "A"), ("何清", "C")],
    "approve_statement": [("周若溪", "R"), ("林嘉禾", "A"), ("何清", "C"), ("赵一鸣", "I")],
    "approve_kb": [("孙晓雯", "R"), ("林嘉禾", "A"), ("周若溪", "C")],
    "speak_to_media": [("周若溪", "R"), ("林嘉禾", "A"), ("何清", "C")],
    "reply_social": [("李沐阳", "R"), ("孙晓雯", "R"), ("周若溪", "A")],
    "internal_notice": [
        ("陈子墨", "R"),
        ("林嘉禾", "A"),
        ("@sales", "I"),
        ("@customer_service", "I"),
    ],
    "customer_compensation": [("孙晓雯", "R"), ("赵一鸣", "A"), ("何清", "C")],
    "legal_review": [("何清", "R"), ("林嘉禾", "A")],
    "product_fix": [("郑浩", "R"), ("赵一鸣", "A"), ("王思远", "I")],
    "close_case": [("周若溪", "R"), ("林嘉禾", "A"), ("@management", "I")],
}

# 食品安全 (food_safety) overrides a few rows: quality at the table, the CEO decides the fix.
_FOOD_SAFETY: dict[str, list[tuple[str, str]]] = {
    "assess_severity": [("周若溪", "R"), ("郑浩", "R"), ("林嘉禾", "A"), ("何清", "C")],
    "approve_statement": [("周若溪", "R"), ("林嘉禾", "A"), ("何清", "C"), ("郑浩", "C")],
    "speak_to_media": [("周若溪", "R"), ("林嘉禾", "A"), ("郑浩", "C"), ("何清", "C")],
    "product_fix": [("郑浩", "R"), ("赵一鸣", "R"), ("林嘉禾", "A"), ("王思远", "I")],
}


def seed_demo_roster(workspace: Workspace) -> None:
    """Runs inside the demo's creating transaction (services/seeding.py)."""
    db = workspace.db
    role_ids = store.role_ids_by_key(db)
    today = date.today()
    ids: dict[str, int] = {}
    for name, title, dept, role_keys, suffix, office, wechat, _b, available, note, days in _PEOPLE:
        person_id = store.insert_person(
            db,
            {
                "name": name,
                "title": title,
                "department": dept,
                "phone": f"1390000{suffix}",
                "office_phone": office,
                "email": f"{wechat.split('_')[0]}@example.com",
                "wechat": wechat,
                "available": 1 if available else 0,
                "availability_note": note,
                "verified_at": (today - timedelta(days=days)).isoformat(),
            },
        )
        store.set_person_roles(db, person_id, [role_ids[k] for k in role_keys])
        ids[name] = person_id
    for name, *_rest in _PEOPLE:
        backup = _rest[6]
        store.update_person(db, ids[name], {"backup_id": ids[backup]})
    for scenario, table in (("", _DEFAULT_MATRIX), ("food_safety", _FOOD_SAFETY)):
        for activity, cells in table.items():
            for holder, raci in cells:
                if holder.startswith("@"):
                    cell = Cell(activity, raci, None, role_ids[holder[1:]], scenario, "")
                else:
                    cell = Cell(activity, raci, ids[holder], None, scenario, "")
                store.insert_cell(db, cell)
    workspace.audit("seed", "roster", None, after={"people": len(ids)})
