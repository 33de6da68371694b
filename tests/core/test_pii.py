"""Phone masking (RELIABILITY.md E-08): mobile numbers masked, ids and order numbers kept."""

from __future__ import annotations

import pytest

from desktop.core.pii import find_phone_numbers, mask_contact, mask_phone_numbers


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("电话13800138000", "电话138****8000"),
        ("+86 138-0013-8000", "+86 138****8000"),
        ("0086 13800138000", "0086 138****8000"),
        ("8613800138000", "86138****8000"),
        ("138 0013 8000 找我", "138****8000 找我"),
        ("１３８００１３８０００", "138****8000"),
        ("＋86 １３８－００１３－８０００", "＋86 138****8000"),
    ],
)
def test_mobile_numbers_are_masked(text: str, masked: str) -> None:
    assert mask_phone_numbers(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "微博id 4967123456789012",  # 16 digits
        "订单 49671234567890123",  # 17
        "4567138001380001234",  # 19 digits containing a phone-like run
        "座机 021-64381234",
        "12345678901",  # starts 12: not a mobile prefix
        "价格 138 元",
    ],
)
def test_ids_and_other_numbers_are_never_masked(text: str) -> None:
    assert mask_phone_numbers(text) == text
    assert find_phone_numbers(text) == []


def test_find_returns_plain_digits() -> None:
    assert find_phone_numbers("A 138-0013-8000，B １３９００１３９０００") == [
        "13800138000",
        "13900139000",
    ]


def test_empty_text_is_left_alone() -> None:
    assert mask_phone_numbers("") == ""
    assert mask_contact("") == ""


def test_contact_masks_phone_and_other_handles() -> None:
    assert mask_contact("13800001888（林女士）") == "138****1888（林女士）"
    assert mask_contact("微信 lujiao_fan88") == "微信 l****8"
    assert "13800138000" not in mask_contact("电话 13800138000 微信 abc12345")
    assert "abc12345" not in mask_contact("电话 13800138000 微信 abc12345")
