"""Placeholders in reply scripts: parse, defaults, fill, what is left to type."""

from desktop.core import placeholders


def test_parse_names_and_defaults() -> None:
    found = placeholders.parse("{称呼|您}好，订单 {订单号} 已处理，热线 {热线}。")
    assert [(p.name, p.default) for p in found] == [
        ("称呼", "您"),
        ("订单号", None),
        ("热线", None),
    ]
    assert placeholders.names("{a}{b}{a}") == ["a", "b"]


def test_fill_uses_values_then_defaults_and_lists_unfilled() -> None:
    result = placeholders.fill("{称呼|您}好，订单 {订单号} 请拨 {热线}", {"热线": "400-1"})
    assert result.text == "您好，订单 {订单号} 请拨 400-1"
    assert result.unfilled == ["订单号"]
    assert result.defaulted == ["称呼"]
    start, end = result.spans[0]
    assert result.text[start:end] == "{订单号}"


def test_fill_with_name_replaces_default_and_empty_default_removes() -> None:
    result = placeholders.fill("{称呼|您}好{后缀|}", {"称呼": "小王"})
    assert result.text == "小王好"
    assert result.unfilled == []


def test_blank_value_falls_back_to_default() -> None:
    assert placeholders.fill("{称呼|您}好", {"称呼": "  "}).text == "您好"


def test_plain_braces_and_json_like_text_untouched() -> None:
    assert placeholders.parse("no placeholders here") == []
    assert placeholders.unfilled("{订单号} 和 {称呼|您}") == ["订单号"]
