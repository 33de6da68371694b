"""core.nature: hints with their reasons, never verdicts."""

from __future__ import annotations

from desktop.core import nature
from desktop.core.nature import CopyMember


def flags(text: str) -> list[str]:
    return [hint.flag for hint in nature.text_hints(text)]


def test_rumour_words_are_flagged_with_the_word() -> None:
    (hint,) = nature.text_hints("网传鹿角巷后厨有老鼠，大家别去了")
    assert hint.flag == nature.POSSIBLE_RUMOUR
    assert "“网传”" in hint.reason and hint.data == {"word": "网传"}


def test_defect_versus_venting() -> None:
    assert flags("沙拉里吃出异物，要求退款") == [nature.POSSIBLE_DEFECT]
    assert flags("垃圾店，恶心！[怒]") == [nature.VENTING]
    # an insult with a concrete problem is not "only venting"
    assert flags("垃圾，配送等了两个小时还没到，客服也不接电话") == []


def test_a_plain_complaint_is_not_flagged() -> None:
    assert flags("配送太慢了，等了一个半小时") == []


def test_fingerprint_ignores_punctuation_emoticons_names_and_links() -> None:
    a = nature.fingerprint("鹿角巷的沙拉吃出钢丝！！[怒] @鹿角巷官方 https://t.cn/x1")
    b = nature.fingerprint("鹿角巷的沙拉吃出钢丝。")
    assert a == b == "鹿角巷的沙拉吃出钢丝"
    assert nature.near_identical(
        "鹿角巷的沙拉吃出钢丝太可怕了大家注意", "鹿角巷的沙拉吃出钢丝太可怕了大家注意啊"
    )
    assert not nature.near_identical("鹿角巷的沙拉吃出钢丝", "今天天气很好适合出门")


def test_copy_group_needs_five_authors_and_says_how_small_and_fast() -> None:
    four = [CopyMember(f"a{n}", 10, 1000.0 + n) for n in range(4)]
    assert nature.coordinated_hint(four) is None
    assert nature.coordinated_hint([*four, CopyMember("a0", 10, 2000.0)]) is None  # same author
    hint = nature.coordinated_hint([*four, CopyMember("a4", 50000, 1100.0)])
    assert hint is not None and hint.flag == nature.POSSIBLE_COORDINATED
    assert hint.data == {"authors": 5, "low_followers": 4, "burst": 5, "minutes": 60}
    assert hint.reason.startswith(
        "相同或几乎相同的文字出现在 5 位作者的帖子里，其中 4 位粉丝不足 100"
    )
    assert "请核实" in hint.reason
