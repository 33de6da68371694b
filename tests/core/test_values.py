"""Value parsing of real mention sheets: dates, counts, ids, sentiment, lists, keys."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.values import (
    looks_like_formula,
    mention_key,
    parse_count,
    parse_datetime,
    parse_id,
    parse_list,
    parse_sentiment,
    parse_timezone,
    to_iso,
)

CST = parse_timezone("UTC+08:00")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-06-03 11:11", "2024-06-03T11:11:00+08:00"),
        ("2024-6-3 11:11", "2024-06-03T11:11:00+08:00"),
        ("2024-06-03T11:11:00", "2024-06-03T11:11:00+08:00"),
        ("06-Feb-2026 03:03PM", "2026-02-06T15:03:00+08:00"),
        ("2/24/2015 11:35", "2015-02-24T11:35:00+08:00"),
        ("2015-02-24 11:35:52 -0800", "2015-02-25T03:35:52+08:00"),
        ("2017-12-15 23:11\n", "2017-12-15T23:11:00+08:00"),
        ("2024年6月3日 11:11", "2024-06-03T11:11:00+08:00"),
        (45446.5, "2024-06-03T12:00:00+08:00"),
        (datetime(2024, 6, 3, 11, 11), "2024-06-03T11:11:00+08:00"),
    ],
)
def test_dates_in_every_form_become_iso_in_the_workspace_zone(raw, expected):
    assert to_iso(parse_datetime(raw, CST)) == expected


def test_relative_dates_need_the_files_date():
    reference = datetime(2026, 11, 20, 12, 0, tzinfo=CST)
    assert to_iso(parse_datetime("3分钟前", CST, reference)) == "2026-11-20T11:57:00+08:00"
    assert to_iso(parse_datetime("今天 10:30", CST, reference)) == "2026-11-20T10:30:00+08:00"
    assert to_iso(parse_datetime("昨天 23:05", CST, reference)) == "2026-11-19T23:05:00+08:00"
    assert parse_datetime("3分钟前", CST) is None


@pytest.mark.parametrize("serial", [1e10, 2958466, -5, "2024-13-45T99:00", "not a date", 0])
def test_invalid_serials_and_dates_are_none_not_nonsense(serial):
    assert parse_datetime(serial, CST) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("35.3万", 353000),
        ("1.2亿", 120000000),
        ("1,234", 1234),
        ("1.2k", 1200),
        (12.0, 12),
        ("", None),
        ("abc", None),
        (7, 7),
    ],
)
def test_counts(raw, expected):
    assert parse_count(raw) == expected


def test_ids_are_text_and_excel_damaged_ids_are_flagged():
    assert parse_id("4537740077310227") == ("4537740077310227", False)
    assert parse_id(4537740077310227) == ("4537740077310227", False)
    assert parse_id("5.70306E+17") == ("5.70306E+17", True)
    assert parse_id(5.703061234e17)[1] is True


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("正面", "pos"),
        ("中性", "neu"),
        ("负面", "neg"),
        ("敏感", "neg"),
        ("非敏感", "neu"),
        ("Positive", "pos"),
        ("neutral", "neu"),
        ("NEGATIVE", "neg"),
        ("not rated", "unknown"),
        (3, "pos"),
        (-2, "neg"),
        ("", "unknown"),
    ],
)
def test_sentiment_words(raw, expected):
    assert parse_sentiment(raw) == expected


def test_python_list_strings_of_urls_are_lists():
    assert parse_list("['https://a.cn/1.jpg', 'https://a.cn/2.jpg']") == [
        "https://a.cn/1.jpg",
        "https://a.cn/2.jpg",
    ]
    assert parse_list("[not a list") is None


def test_formula_like_text():
    assert looks_like_formula('=HYPERLINK("http://x")')
    assert looks_like_formula("@SUM(A1)")
    assert not looks_like_formula("-5")
    assert not looks_like_formula("正常文本")


def test_mention_key_prefers_url_then_id_then_hash():
    by_url = mention_key("微博", "http://weibo.com/1/", "a", None, "x")
    assert by_url == mention_key("微博", "https://weibo.com/1", "b", "t", "y")
    assert mention_key("微博", "", "a", None, "x", "123") == "微博|id:123"
    hashed = mention_key("微博", "", "作者", "2024-01-01T00:00:00+08:00", "正文  内容")
    assert hashed == mention_key("微博", "", "作者", "2024-01-01T00:00:00+08:00", "正文 内容")
    assert hashed != mention_key("微博", "", "作者", "2024-01-01T00:00:00+08:00", "别的")
