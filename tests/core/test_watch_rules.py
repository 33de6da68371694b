"""The watch-rule language: what a rule matches, and where a bad one goes wrong."""

from __future__ import annotations

import pytest

from desktop.core.watch_rules import RuleError, check, parse


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("退款", "申请退款三天了", True),
        ("退款", "申请退货", False),
        ("小米 充电宝", "小米的充电宝爆炸了", True),  # side by side = AND
        ("小米 充电宝", "小米手机发热", False),
        ("小米 AND 充电宝", "充电宝是小米的", True),
        ("退款 OR 退货", "申请退货", True),
        ("退款 或 退货", "申请退货", True),
        ("小米 NOT 广告", "小米发布会", True),
        ("小米 NOT 广告", "小米广告太多", False),
        ("小米 非 广告", "小米广告太多", False),
        ('"face cream"', "This face cream burns", True),
        ('"face cream"', "cream for the face", False),
        ('"face cream"', "FACE  CREAM again", True),  # any run of spaces inside a phrase
        ("“食品 安全”", "食品 安全问题", True),
    ],
)
def test_terms_and_or_not_and_phrases(rule: str, text: str, expected: bool) -> None:
    assert parse(rule).matches(text) is expected


def test_and_binds_tighter_than_or_and_parentheses_change_that() -> None:
    loose = parse("a OR b c")  # a OR (b AND c)
    assert loose.matches("a") and not loose.matches("b") and loose.matches("b c")
    grouped = parse("(a OR b) c")
    assert not grouped.matches("a") and grouped.matches("a c") and grouped.matches("b c")


def test_not_applies_to_the_next_part_only() -> None:
    rule = parse("召回 NOT 演习 OR 测试")  # (召回 AND NOT 演习) OR 测试
    assert rule.matches("召回通知") and not rule.matches("召回演习") and rule.matches("测试")
    assert parse("召回 NOT (演习 OR 测试)").matches("召回测试") is False


def test_english_ignores_case_and_full_width_and_needs_whole_words() -> None:
    assert parse("iphone").matches("新 iPhone 发热")
    assert parse("iphone").matches("ｉＰｈｏｎｅ太烫")  # full-width letters
    assert not parse("oil").matches("toilet paper")
    assert parse("oil").matches("palm oil, again")
    assert parse("315").matches("被315曝光了")  # digits next to Chinese still a word
    assert not parse("315").matches("订单号 2315")
    assert parse("and").matches("black and white")  # lower-case "and" is a word, not AND


def test_near_counts_characters_between_the_two_hits_in_either_order() -> None:
    rule = parse("退款 NEAR/5 客服")
    assert rule.matches("退款找客服")  # 1 character between
    assert rule.matches("客服说退款")  # the other order
    assert not rule.matches("退款申请了三天还是没有人理客服")
    assert parse("a NEAR/0 b").matches("a b") is False and parse("a NEAR/1 b").matches("a b")
    either = parse("客服 NEAR/4 (态度 OR 没人接)")
    assert either.matches("客服电话没人接") and either.matches("态度差的客服")
    assert not either.matches("客服回复很快，门店态度差")


def test_hits_are_the_matched_terms_positions_in_the_original_text() -> None:
    text = "XIAOMI 被 315 曝光，不是小米广告"
    rule = parse("(xiaomi OR 小米) 315 NOT 广告x")
    spans = rule.hits(text)
    assert [text[s:e] for s, e in spans] == ["XIAOMI", "315", "小米"]
    assert parse("ＡＢｃ").hits("abc ABC") == [(0, 3), (4, 7)]  # a term typed full-width


@pytest.mark.parametrize(
    ("rule", "position", "code"),
    [
        ("(退款 OR 退货", 10, "missing_paren"),
        ("退款 OR", 6, "missing_term_after"),
        ("退款 ) 退货", 4, "unopened_paren"),
        ('小米 "充电宝', 4, "unclosed_quote"),
        ("OR 退款", 1, "operator_without_term"),
        ("", 1, "empty"),
        ("   ", 1, "empty"),
        ("()", 2, "empty_parens"),
        ("退款 NEAR/ 客服", 4, "near_number"),
        ("(a b) NEAR/3 c", 7, "near_operands"),
        ("a AND OR b", 7, "missing_term_after"),
        ("小米 NOT", 7, "missing_term_after"),
        ("  NOT 广告", 3, "only_not"),
    ],
)
def test_bad_rules_say_which_character_goes_wrong(rule: str, position: int, code: str) -> None:
    error = check(rule)
    assert isinstance(error, RuleError)
    assert (error.position, error.code) == (position, code)
    assert str(error).startswith(f"第 {position} 个字符：")


def test_a_missing_parenthesis_is_worded_as_the_user_reads_it() -> None:
    with pytest.raises(RuleError, match="缺少右括号"):
        parse("(a OR b")


def test_terms_list_what_a_match_can_be_shown_by() -> None:
    assert parse("小米 (充电宝 OR 电池) NOT 广告").terms() == ["小米", "充电宝", "电池"]


@pytest.mark.parametrize(
    "rule",
    ["退款", "退款 OR 客服", "退款 客服", "(退款 OR 客服) NOT 好评", "a NEAR/3 (b OR c)", "x y z"],
)
def test_the_fast_matcher_agrees_with_the_plain_one(rule: str) -> None:
    parsed = parse(rule)
    fast = parsed.matcher()
    for text in ["退款", "客服好评", "退款找客服", "a xx b", "a cc", "x y", "z y x", ""]:
        assert bool(fast(text)) is parsed.matches(text), (rule, text)


def test_a_mixed_or_list_matches_the_same_in_its_two_scans():
    """Chinese and Latin/digit terms in one OR list are scanned apart (speed); the fast
    matcher must agree with the rule on whole words, full width and case."""
    rule = parse("食品安全 OR 315 OR 维权 OR Oil OR 12315")
    fast = rule.matcher()
    texts = {
        "3·15 曝光": False,
        "打了315电话": True,
        "打了２３１５电话": False,
        "打了３１５电话": True,
        "toilet 坏了": False,
        "OIL 漏了": True,
        "ｏｉｌ漏了": True,
        "要维权": True,
        "食品 安全": False,
        "": False,
    }
    for text, expected in texts.items():
        assert bool(fast(text)) is expected is rule.matches(text), text
