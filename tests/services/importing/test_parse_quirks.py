"""Small sheets built in the test for every quirk real exports have (read in-process)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import xlsxwriter

from desktop.core.errors import UserError
from desktop.services.importing.parse import parse_to_staging
from desktop.sheets.readers import parse_pasted
from desktop.sheets.sources import Options, inspect_file

HEADER = ["标题", "正文", "原文链接", "来源", "作者", "发布时间", "情感倾向", "粉丝数"]
ROWS = [
    [
        "门店卫生",
        "沙拉里有钢丝，太吓人了",
        "https://weibo.com/1/A",
        "微博",
        "小王",
        "2026-11-18 09:00",
        "负面",
        "35.3万",
    ],
    [
        "好评",
        "新品很好吃",
        "https://weibo.com/2/B",
        "微博",
        "小李",
        "2026-11-18 10:30",
        "正面",
        "1,234",
    ],
    ["", "请问几点开门？", "", "小红书", "小张", "2026-11-18 11:00", "中性", "12"],
]


def stage(tmp_path: Path, file: Path | None, **options) -> tuple[object, list[dict], list[dict]]:
    staging = tmp_path / f"stage-{len(list(tmp_path.iterdir()))}.sqlite"
    summary = parse_to_staging(
        None if file is None else str(file), str(staging), Options(timezone="UTC+08:00", **options)
    )
    conn = sqlite3.connect(staging)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM rows ORDER BY row_number")]
    rejects = [dict(r) for r in conn.execute("SELECT * FROM rejects ORDER BY row_number")]
    conn.close()
    return summary, rows, rejects


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path, sheets: dict[str, list[list]], hidden: dict[str, str] | None = None
) -> Path:
    workbook = xlsxwriter.Workbook(
        str(path), {"strings_to_urls": False, "strings_to_formulas": False}
    )
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
        if hidden and name in hidden:
            sheet.hide() if hidden[name] == "hidden" else sheet.very_hidden()
        elif hidden:
            sheet.activate()
    workbook.close()
    return path


def core(rows: list[dict]) -> list[tuple]:
    return [
        (
            r["title"],
            r["text"],
            r["url"],
            r["platform"],
            r["author"],
            r["posted_at"],
            r["sentiment"],
            r["followers"],
        )
        for r in rows
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_every_encoding_gives_identical_rows(tmp_path, encoding):
    reference = stage(tmp_path, write_csv(tmp_path / "ref.csv", [HEADER, *ROWS], "utf-8"))[1]
    summary, rows, rejects = stage(
        tmp_path, write_csv(tmp_path / "x.csv", [HEADER, *ROWS], encoding)
    )
    assert core(rows) == core(reference)
    assert rejects == []
    assert summary.source.headers[0] == "标题"  # no U+FEFF left in the header
    assert summary.source.preset == "cn-yuqing"
    assert rows[0]["followers"] == 353000 and rows[0]["sentiment"] == "neg"
    assert rows[0]["posted_at"] == "2026-11-18T09:00:00+08:00"


def test_meltwater_utf16_tsv_named_csv(tmp_path):
    header = [
        "Date",
        "Headline",
        "URL",
        "Opening Text",
        "Hit Sentence",
        "Source",
        "Influencer",
        "Sentiment",
        "Input Name",
    ]
    row = [
        "06-Feb-2026 03:03PM",
        "Salad recall",
        "https://news.example/1",
        "Steel wire found in salad",
        "",
        "Twitter",
        "@food",
        "Negative",
        "brand",
    ]
    file = write_csv(tmp_path / "meltwater.csv", [header, row], "utf-16", delimiter="\t")
    summary, rows, _ = stage(tmp_path, file)
    assert summary.source.encoding == "utf-16" and summary.source.delimiter == "\t"
    assert summary.source.preset == "meltwater"
    assert rows[0]["posted_at"] == "2026-02-06T15:03:00+08:00"
    assert rows[0]["title"] == "Salad recall" and rows[0]["sentiment"] == "neg"


def test_brandwatch_preamble_is_skipped(tmp_path):
    rows = [
        ["Report:", "Mentions export"],
        ["Brand:", "Lujiaoxiang"],
        ["From:", "2026-11-01"],
        ["To:", "2026-11-20"],
        [],
        [
            "Query Id",
            "Query Name",
            "Date",
            "Title",
            "Url",
            "Sentiment",
            "Page Type",
            "Author",
            "Full Text",
            "Resource Id",
        ],
        [
            "1",
            "brand",
            "2026-11-18 09:00:00",
            "t",
            "https://x.com/a/1",
            "negative",
            "twitter",
            "a",
            "wire in my salad",
            "1859000000000000001",
        ],
    ]
    summary, staged, _ = stage(tmp_path, write_csv(tmp_path / "bw.csv", rows, "utf-8"))
    assert summary.source.header_row == 6 and summary.source.preset == "brandwatch"
    assert (
        staged[0]["text"] == "wire in my salad"
        and staged[0]["external_id"] == "1859000000000000001"
    )
    assert staged[0]["row_number"] == 7


def test_no_header_row_first_row_is_data(tmp_path):
    rows = [[r[1], r[2] or "https://x.cn/3", r[5]] for r in ROWS]
    file = write_csv(tmp_path / "plain.csv", rows, "utf-8")
    summary, staged, _ = stage(tmp_path, file, header_row=0)
    assert summary.source.header_row is None and len(staged) == 3
    assert summary.source.mapping == {"列1": "text", "列2": "url", "列3": "posted_at"}
    assert staged[0]["text"] == "沙拉里有钢丝，太吓人了"


def test_gb18030_only_characters(tmp_path):
    rows = [
        HEADER,
        ["", "𠮷野家的饭𠀀", "https://a.cn/1", "微博", "作者", "2026-11-18 09:00", "", ""],
    ]
    summary, staged, _ = stage(tmp_path, write_csv(tmp_path / "gb.csv", rows, "gb18030"))
    assert summary.source.encoding == "gb18030" and staged[0]["text"] == "𠮷野家的饭𠀀"


def test_undecodable_file_asks_with_a_hint(tmp_path):
    file = tmp_path / "bad.csv"
    file.write_bytes(b"\xff\xff\xff\x81\x30 text,\x80\x80\x80\xfe\n")
    with pytest.raises(UserError) as error:
        stage(tmp_path, file)
    assert "编码" in error.value.message and "--encoding" in error.value.hint


def test_sep_line_nul_control_chars_and_quoted_crlf(tmp_path):
    text = 'sep=;\r\n正文;原文链接;作者\r\n"第一行\r\n第二行";https://a.cn/1;小\x00王\r\n含\x07响铃\x1b;https://a.cn/2;b\r\n'
    file = tmp_path / "semi.csv"
    file.write_bytes(text.encode("utf-8"))
    summary, staged, _ = stage(tmp_path, file)
    assert summary.source.delimiter == ";"
    assert staged[0]["text"] == "第一行\r\n第二行" and staged[0]["author"] == "小王"
    assert "nul_removed" in json.loads(staged[0]["extra_json"])["_import_flags"]
    assert staged[1]["text"] == "含\x07响铃\x1b"
    assert summary.flags["control_chars"] == 1 and summary.flags["nul_removed"] == 1
    assert staged[0]["row_number"] == 3


def test_a_200k_character_field_is_read_and_reported(tmp_path):
    big = "长" * 200_000
    file = write_csv(
        tmp_path / "big.csv",
        [["正文", "原文链接"], [big, "https://a.cn/1"], ["短", "https://a.cn/2"]],
        "utf-8",
    )
    summary, staged, _ = stage(tmp_path, file)
    assert len(staged[0]["text"]) == 200_000
    assert json.loads(staged[0]["extra_json"])["_import_flags"] == ["long_field:正文"]
    assert any("32,767" in w for w in summary.source.warnings)


def test_rows_without_text_and_url_are_rejected_with_row_numbers(tmp_path):
    rows = [
        HEADER,
        ROWS[0],
        ["", "", "", "微博", "没有内容的人", "2026-11-18 09:00", "", ""],
        ROWS[1],
    ]
    summary, staged, rejects = stage(tmp_path, write_csv(tmp_path / "r.csv", rows, "utf-8"))
    assert len(staged) == 2 and summary.rejected == 1
    assert rejects[0]["row_number"] == 3 and "没有正文" in rejects[0]["reason"]
    assert json.loads(rejects[0]["raw_json"])["作者"] == "没有内容的人"


def test_bad_date_among_good_rows_is_flagged_not_fatal(tmp_path):
    rows = [
        HEADER,
        ROWS[0],
        ["", "坏日期", "https://a.cn/9", "微博", "x", "2024-13-45T99:00", "", ""],
        ROWS[1],
    ]
    _summary, staged, rejects = stage(tmp_path, write_csv(tmp_path / "d.csv", rows, "utf-8"))
    assert len(staged) == 3 and rejects == []
    bad = next(r for r in staged if r["text"] == "坏日期")
    assert bad["posted_at"] is None
    extra = json.loads(bad["extra_json"])
    assert (
        extra["_import_flags"] == ["invalid_date"]
        and extra["发布时间（原值）"] == "2024-13-45T99:00"
    )


def test_excel_serials_out_of_range_are_flagged(tmp_path):
    rows = [
        ["正文", "发布时间", "原文链接"],
        ["ok", 45446.5, "https://a.cn/1"],
        ["a", 1e10, "https://a.cn/2"],
        ["b", 2958466, "https://a.cn/3"],
        ["c", -5, "https://a.cn/4"],
    ]
    summary, staged, _ = stage(tmp_path, write_xlsx(tmp_path / "serial.xlsx", {"数据": rows}))
    assert staged[0]["posted_at"] == "2024-06-03T12:00:00+08:00"
    assert [r["posted_at"] for r in staged[1:]] == [None, None, None]
    assert summary.flags["invalid_date"] == 3


def test_formula_looking_text_is_text_and_flagged_and_formulas_give_cached_values(tmp_path):
    path = tmp_path / "f.xlsx"
    workbook = xlsxwriter.Workbook(
        str(path), {"strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = workbook.add_worksheet("Sheet1")
    sheet.write_row(0, 0, ["正文", "原文链接", "转发"])
    sheet.write_string(1, 0, '=HYPERLINK("http://attacker.example","点我")')
    sheet.write_string(1, 1, "https://a.cn/1")
    sheet.write_formula(1, 2, "=1+1", None, 2)
    sheet.write_string(2, 0, "普通")
    sheet.write_string(2, 1, "https://a.cn/2")
    sheet.write_formula(2, 2, '=HYPERLINK("http://attacker.example")', None, 7)
    workbook.close()
    _summary, staged, _ = stage(tmp_path, path)
    assert staged[0]["text"].startswith("=HYPERLINK") and staged[0]["reposts"] == 2
    assert json.loads(staged[0]["extra_json"])["_import_flags"] == ["formula_like:text"]
    assert staged[1]["reposts"] == 7  # the cached value, never the formula text


def test_hidden_sheets_are_listed_and_not_the_default(tmp_path):
    decoy = [["正文", "原文链接"], ["可见", "https://a.cn/1"]]
    secret = [["正文", "原文链接"], ["隐藏的", "https://a.cn/2"]]
    path = write_xlsx(
        tmp_path / "h.xlsx",
        {"秘密": secret, "数据": decoy, "更秘密": secret},
        hidden={"秘密": "hidden", "更秘密": "veryhidden"},
    )
    source = inspect_file(str(path), Options())
    states = {s.name: s.state for s in source.sheets}
    assert states == {"秘密": "hidden", "数据": "visible", "更秘密": "veryhidden"}
    assert source.sheet == "数据"
    _, staged, _ = stage(tmp_path, path)
    assert [r["text"] for r in staged] == ["可见"]
    _, chosen, _ = stage(tmp_path, path, sheet="秘密")
    assert [r["text"] for r in chosen] == ["隐藏的"]


def test_merged_two_row_header(tmp_path):
    path = tmp_path / "m.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.merge_range(0, 0, 0, 1, "帖子信息")
    sheet.merge_range(0, 2, 0, 3, "互动数据")
    sheet.write_row(1, 0, ["正文", "原文链接", "转发", ""])
    sheet.write_row(2, 0, ["钢丝", "https://a.cn/1", "35.3万", "9"])
    workbook.close()
    summary, staged, _ = stage(tmp_path, path)
    assert summary.source.header_row == 2
    assert summary.source.headers == ["正文", "原文链接", "转发", "互动数据"]
    assert staged[0]["reposts"] == 353000
    assert json.loads(staged[0]["extra_json"]) == {"互动数据": "9"}


def test_sensitive_columns_are_not_stored(tmp_path):
    rows = [
        ["正文", "原文链接", "身份证号", "备注"],
        ["投诉", "https://a.cn/1", "110101199003071234", "VIP"],
    ]
    summary, staged, _ = stage(tmp_path, write_csv(tmp_path / "s.csv", rows, "utf-8"))
    assert summary.source.dropped_columns == ["身份证号"]
    assert "110101199003071234" not in json.dumps(staged, ensure_ascii=False)
    assert json.loads(staged[0]["extra_json"]) == {"备注": "VIP"}


def test_damaged_id_is_flagged_not_stored_as_an_id(tmp_path):
    rows = [["id", "text", "url"], ["5.70306E+17", "hello", "https://t.co/1"]]
    _, staged, _ = stage(tmp_path, write_csv(tmp_path / "e.csv", rows, "utf-8"))
    assert staged[0]["external_id"] == ""
    extra = json.loads(staged[0]["extra_json"])
    assert (
        extra["_import_flags"] == ["damaged_id:external_id"]
        and extra["id（已损坏的ID）"] == "5.70306E+17"
    )


def test_pasted_tsv_and_html_tables():
    tsv = "正文\t原文链接\n钢丝\thttps://a.cn/1\n"
    assert parse_pasted(tsv) == [["正文", "原文链接"], ["钢丝", "https://a.cn/1"]]
    markup = "<html><body><table><tr><th>正文</th><th>作者</th></tr><tr><td>好吃<br>推荐</td><td>小王</td></tr></table></body></html>"
    assert parse_pasted("ignored", markup) == [["正文", "作者"], ["好吃\n推荐", "小王"]]


def test_pasted_rows_stage(tmp_path):
    rows = parse_pasted("正文\t原文链接\n钢丝\thttps://a.cn/1\n")
    _, staged, _ = stage(tmp_path, None, pasted_rows=rows)
    assert staged[0]["text"] == "钢丝"


def test_sensitive_columns_are_not_shown_in_the_preview(tmp_path):
    rows = [["正文", "原文链接", "身份证号"], ["投诉", "https://a.cn/1", "110101199003071234"]]
    source = inspect_file(str(write_csv(tmp_path / "p.csv", rows, "utf-8")), Options())
    assert source.preview == [["投诉", "https://a.cn/1", "•••"]]
    assert source.mapping["身份证号"] == "-"
