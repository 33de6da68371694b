"""services.nature.hints_for on generated mentions in a workspace."""

from __future__ import annotations

from desktop.core import nature as rules
from desktop.services import nature
from tests.support.queue import add, ago

COPY = "鹿角巷的轻食沙拉吃出钢丝，大家千万别再去买了"


def test_copy_paste_from_five_authors_is_flagged(workspace) -> None:
    ids = [
        add(
            workspace,
            author=f"小号{n}",
            followers=n,
            text=COPY + "！" * n,
            posted_at=ago(minutes=n),
        )
        for n in range(5)
    ]
    hints = nature.hints_for(workspace, ids)
    for mention_id in ids:
        kinds = [hint.flag for hint in hints[mention_id]]
        assert kinds == [rules.POSSIBLE_COORDINATED, rules.POSSIBLE_DEFECT]
    assert "5 位作者" in hints[ids[0]][0].reason


def test_four_authors_or_one_author_five_times_is_not_an_attack(workspace) -> None:
    four = [add(workspace, author=f"小号{n}", text=COPY) for n in range(4)]
    same = [
        add(workspace, author="同一人", text="另一段一模一样的文字重复发了很多次啊")
        for _ in range(5)
    ]
    hints = nature.hints_for(workspace, four + same)
    assert all(rules.POSSIBLE_COORDINATED not in [h.flag for h in hints[i]] for i in four + same)


def test_rumour_flagged_and_plain_complaint_not(workspace) -> None:
    rumour = add(workspace, text="网传鹿角巷后厨有老鼠")
    plain = add(workspace, text="配送太慢了，等了一个半小时")
    praise = add(workspace, text="质量很好，下次还买", sentiment="pos", sentiment_by="person")
    hints = nature.hints_for(workspace, [rumour, plain, praise, 99999])
    assert [h.flag for h in hints[rumour]] == [rules.POSSIBLE_RUMOUR]
    assert hints[plain] == [] and hints[praise] == [] and hints[99999] == []
