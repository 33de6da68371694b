"""The prefilter only skips texts a rule cannot match: with it, every rule matches exactly
the texts it matches without it (case, full width, phrases, NEAR, NOT, AND of ORs)."""

from __future__ import annotations

import random

from desktop.core import watch_prefilter, watch_rules
from desktop.services.watchlists import match_pairs

RULES = [
    "鹿角巷",
    "钢丝 沙拉",
    "食品安全 OR 致癌 OR 315 OR 维权",
    '"iPhone 15" OR 华为',
    "(配送 OR 骑手) (太慢 OR 迟到) NOT 好评",
    "客服 NEAR/6 (态度 OR 没人接)",
    "NOT 广告 AND 退款",
    "Oil OR ＡＰＰ闪退",
    "ß OR Straße",
]
PIECES = [
    "鹿角巷",
    "钢丝",
    "沙拉",
    "食品安全",
    "致癌",
    "315",
    "２３１５",
    "３１５",
    "维权",
    "iphone",
    "IPHONE",
    "ｉＰｈｏｎｅ",
    " 15",
    "　15",
    "\n15",
    "华为",
    "配送",
    "骑手",
    "太慢",
    "迟到",
    "好评",
    "客服",
    "态度",
    "没人接",
    "广告",
    "退款",
    "OIL",
    "toilet",
    "app闪退",
    "APP闪退",
    "STRASSE",
    "straße",
    "ß",
    "的",
    "了",
    " ",
    "很",
    "abc",
]


def _texts(count: int) -> list[str]:
    rng = random.Random(13)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9))) for _ in range(count)]


def test_prefiltered_matching_equals_the_full_rules() -> None:
    texts = _texts(4000)
    rows = list(enumerate(texts, start=1))
    rules = [(n, watch_rules.parse(rule)) for n, rule in enumerate(RULES, start=1)]
    expected = sorted(
        (group_id, mention_id)
        for mention_id, text in rows
        for group_id, rule in rules
        if rule.matches(text)
    )
    matchers = []
    for group_id, rule in rules:
        pre = watch_prefilter.prefilter(rule)
        matchers.append(
            (
                group_id,
                rule.matcher(),
                None if pre is None else pre.plain,
                () if pre is None else pre.folded,
            )
        )
    assert match_pairs(matchers, rows) == expected
    assert len(expected) > 1000  # the texts do match, the test is not vacuous


def test_what_a_rule_must_contain() -> None:
    def words(rule: str) -> frozenset[str] | None:
        return watch_prefilter.required_words(watch_rules.parse(rule).root)

    assert words("鹿角巷 OR 钢丝") == {"鹿角巷", "钢丝"}
    assert words("(配送 OR 骑手) 太慢") == {"太慢"}  # AND: the side with the fewest words
    assert words('"iPhone 15"') == {"iPhone"}  # a phrase: its longest run
    assert words("客服 NEAR/6 态度") == {"客服"}
    assert words("NOT 广告 AND 退款") == {"退款"}
    assert words("退款 OR NOT 广告") is None  # one side can match anything: no prefilter


def test_chinese_is_looked_up_as_written_the_rest_folded() -> None:
    pre = watch_prefilter.prefilter(watch_rules.parse("鹿角巷 OR ＡＰＰ OR Oil"))
    assert pre is not None
    assert pre.plain == ("鹿角巷",)
    assert set(pre.folded) == {"app", "oil"}
    assert pre.could_match("ｏｉｌ漏了", lambda: watch_prefilter.fold("ｏｉｌ漏了"))
    assert not pre.could_match("没有关系", lambda: watch_prefilter.fold("没有关系"))
