"""Chinese search tokens: 2-character words must be findable, 1 character falls back."""

from __future__ import annotations

import random

from desktop.core.text import (
    fts_query,
    highlight_terms,
    index_text,
    index_texts,
    mention_search_text,
    normalise,
    search_tokens,
)


def test_normalise_folds_full_width_and_case() -> None:
    assert normalise("  ＡＢＣ　退款１２３ ") == "abc 退款123"


def test_cjk_runs_become_overlapping_bigrams() -> None:
    assert search_tokens("沙拉吃出钢丝") == ["沙拉", "拉吃", "吃出", "出钢", "钢丝"]


def test_single_cjk_character_stays_a_unigram() -> None:
    assert search_tokens("钢") == ["钢"]


def test_latin_words_and_digits_are_words() -> None:
    assert search_tokens("iPhone 15退款") == ["iphone", "15", "退款"]


def test_index_text_joins_tokens_with_spaces() -> None:
    assert index_text("退款慢") == "退款 款慢"


def test_two_character_query_is_a_phrase() -> None:
    assert fts_query("退款") == '"退款"'


def test_longer_query_is_a_phrase_of_bigrams() -> None:
    assert fts_query("钢丝沙拉") == '"钢丝 丝沙 沙拉"'


def test_several_words_must_all_match() -> None:
    assert fts_query("钢丝 徐汇") == '"钢丝" AND "徐汇"'


def test_single_character_has_no_fts_query() -> None:
    assert fts_query("钢") is None


def test_quotes_in_query_are_escaped() -> None:
    assert fts_query('a"b') == '"a b"'


def test_punctuation_only_query_is_none() -> None:
    assert fts_query("！？") is None


def test_highlight_terms_are_the_normalised_words() -> None:
    assert highlight_terms("钢丝  ＡＢ") == ["钢丝", "ab"]


def test_batch_tokens_are_exactly_the_single_text_tokens() -> None:
    """The import tokenises in arrays; any difference would make searches miss mentions."""
    rng = random.Random(20261121)
    alphabet = [
        chr(c)
        for c in [
            *range(0x20, 0x250),  # ASCII, Latin-1, Latin Extended (ǅ, ß, İ …)
            *range(0x370, 0x400),  # Greek: Σ lowers to ς at a word end
            *range(0x3000, 0x3100),  # CJK punctuation, kana
            *range(0x4E00, 0x4E40),
            *range(0xFF00, 0xFF70),  # full-width forms (NFKC)
            0x2028,
            0x85,
            0xA0,
            0x1E9E,
            0x20000,
            0x1D400,
            0xAC00,
            0xFB01,
            0x2460,
            0x301,
        ]
    ]
    fixed = [
        "沙拉吃出钢丝 iPhone15退款",
        "",
        "  ",
        "钢",
        "ΣΑΣ ὈΔΥΣΣΕΎΣ",
        "ﬁ ① Ｔｅｓｔ",
        "e\u0301 \u0301x",
    ]
    for _ in range(200):
        texts = fixed + [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            for _ in range(rng.randint(1, 30))
        ]
        assert index_texts(texts) == [index_text(t) for t in texts]


def test_a_title_the_text_contains_adds_no_tokens_but_stays_findable() -> None:
    assert mention_search_text("沙拉里有钢丝", "沙拉里有钢丝，门店拒绝退款", "小王") == (
        " 沙拉里有钢丝，门店拒绝退款 小王"
    )
    assert mention_search_text("门店回应", "沙拉里有钢丝", "") == "门店回应 沙拉里有钢丝 "
