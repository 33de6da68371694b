"""Conversion hands rows to any staging sink: sheets needs no storage (desktop.sheets.convert)."""

from __future__ import annotations

from desktop.sheets.convert import Converter, RowStager, flag_warnings, hash_base
from desktop.sheets.sources import Options, Source, resolve_header


class ListSink:
    record_columns = ("row_number", "key", "text", "url", "followers", "extra_json")

    def __init__(self) -> None:
        self.rows, self.known, self.dropped, self.rejects = [], [], [], []

    def add_rows(self, rows):
        self.rows += [list(r) for r in rows]

    def add_known(self, rows):
        self.known += rows

    def drop_rows(self, rowids):
        self.dropped += rowids

    def add_rejects(self, rejects):
        self.rejects += rejects


def stager(rows: list[list], known=None) -> tuple[RowStager, list]:
    options = Options(pasted_rows=rows)
    source = Source(kind="paste", total_rows=len(rows))
    first, reference = resolve_header(source, rows, options, None)
    converter = Converter(source, options, reference)
    base = hash_base(source, options, reference)
    return RowStager(source, options, converter, known or {}, base, set(), 1), rows[first:]


def test_rows_rejects_and_repeated_keys_reach_the_sink():
    rows = [
        ["正文", "原文链接", "粉丝数"],
        ["退款太慢", "https://a.cn/1", "1.2万"],
        ["", "", ""],
        ["只有粉丝", "", "3"],
        ["退款太慢了", "https://a.cn/1", "5"],
    ]
    row_stager, data = stager(rows)
    sink = ListSink()
    part = row_stager.stage(sink, enumerate(data, start=1))
    assert (part.rows_read, part.blank_rows, part.rejected, part.duplicates_in_file) == (3, 1, 0, 1)
    assert [(r[0], r[2], r[4]) for r in sink.rows] == [
        (2, "退款太慢", 12000),
        (4, "只有粉丝", 3),
        (5, "退款太慢了", 5),
    ]
    assert sink.dropped == [(2,)]  # the earlier row of the repeated key
    assert all(len(r) == len(ListSink.record_columns) + 3 for r in sink.rows)  # hash, rowid, tokens


def test_a_row_hashed_before_is_staged_by_its_key_only():
    rows = [["正文", "原文链接"], ["退款太慢", "https://a.cn/1"]]
    row_stager, data = stager(rows)
    first = ListSink()
    row_stager.stage(first, enumerate(data, start=1))
    row_hash, key = first.rows[0][-3], first.rows[0][1]
    again, _ = stager(rows, known={row_hash: (key, 42)})
    sink = ListSink()
    again.stage(sink, enumerate(data, start=1))
    assert sink.rows == [] and sink.known == [(2, key, row_hash, 42, 2)]


def test_flag_warnings_count_first_in_a_fixed_order():
    assert flag_warnings({"nul_removed": 2, "invalid_date": 1}) == [
        "1 行日期无法识别（原值保存在附加字段，已标记）。",
        "2 行含 NUL 字符，已去除。",
    ]


def test_date_cells_are_parsed_once_and_give_what_parsing_each_gives():
    from datetime import datetime

    rows = [["正文", "发布时间"]] + [
        [f"第{i}条", datetime(2026, 11, 3, 9, i % 2)] for i in range(6)
    ]
    options = Options(pasted_rows=rows, timezone="UTC+08:00")
    source = Source(kind="paste", total_rows=len(rows))
    first, reference = resolve_header(source, rows, options, None)
    cached = Converter(source, options, reference)
    posted = [cached.convert(row, False)[0]["posted_at"] for row in rows[first:]]
    assert len(cached.dates) == 2  # two distinct cells, each parsed once
    fresh = [
        Converter(source, options, reference).convert(row, False)[0]["posted_at"]
        for row in rows[first:]
    ]
    assert posted == fresh and posted[:2] == [
        "2026-11-03T09:00:00+08:00",
        "2026-11-03T09:01:00+08:00",
    ]
