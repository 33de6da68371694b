"""Chinese search tokens: 2-character words must be findable, 1 character falls back."""

from __future__ import annotations

from desktop.core.text import fts_query, highlight_terms, index_text, normalise, search_tokens


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
