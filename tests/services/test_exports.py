"""Exporting the mention log: what lands in the file a user hands to the client."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.vocab import ISSUE_TYPES
from desktop.services import exports
from desktop.services.exports import export_mentions, export_rejects
from desktop.storage.workspace import Workspace
from tests.support.exports import PAYLOADS, add_mention, sheet_xml

# Mobile numbers as customers write them (E-08) and what the export must show instead.
PHONES = {
    "13800138000": "138****8000",
    "+86 138 0013 8000": "+86 138****8000",
    "+86-139-1234-5678": "+86-139****5678",
    "0086 13700001111": "0086 137****1111",
    "186-0000-2222": "186****2222",
    "１５９１２３４５６７８": "159****5678",
    "＋８６ １７７ ００００ ３３３３": "＋８６ 177****3333",
}
# Order numbers, platform ids and other digit runs that must come out untouched.
NOT_PHONES = [
    "订单号 202611181380013800",
    "4987654321098765",
    "1380013800",
    "138001380001",
    "ID13800138000123",
    "SF138001380001",
    "¥13800.00",
    "021-64381234",
    "12800138000",
]


def _rows(path: Path, sheet: str = exports.MENTIONS_SHEET) -> list[dict]:
    book = openpyxl.load_workbook(path)
    values = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def _summary(path: Path) -> dict:
    book = openpyxl.load_workbook(path)
    return {row[0]: row[1] for row in book[exports.SUMMARY_SHEET].iter_rows(values_only=True)}


def test_round_trip_keeps_our_fields_labels_and_original_columns(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = add_mention(
        workspace,
        author="徐汇吃货",
        followers=1_250_000,
        posted_at="2026-11-18T09:30:00+08:00",
        title="沙拉里有钢丝",
        text="在徐汇店的沙拉碗里吃出一根钢丝！",
        url="https://weibo.com/123/AbCd",
        external_id="4987654321098765",
        sentiment="neg",
        issue_type="food_safety",
        nature="genuine_complaint",
        status="to_reply",
        follow_up_due="2026-11-20",
        extra={"mid": "4987654321098765", "会员等级": "金卡", "图片": ["a.jpg", "b.jpg"]},
    )
    add_mention(
        workspace,
        posted_at="2026-11-17T10:00:00+08:00",
        sentiment="pos",
        status="replied",
        extra={"会员等级": "普通", "门店": "静安店"},
    )
    out = tmp_path / "台账.xlsx"
    result = export_mentions(workspace, out, MentionFilter())
    assert result.rows == 2 and result.masked and result.format == "xlsx"
    rows = _rows(out)
    assert [r["编号"] for r in rows] == [first, first + 1]  # newest first, the view's order
    top = rows[0]
    assert top["作者"] == "徐汇吃货" and top["粉丝数"] == 1_250_000
    assert top["发布时间"] == datetime(2026, 11, 18, 9, 30)
    assert top["跟进期限"] == datetime(2026, 11, 20)
    assert top["正文"] == "在徐汇店的沙拉碗里吃出一根钢丝！"
    assert top["原帖ID"] == "4987654321098765"
    assert (top["情感"], top["问题类型"], top["性质"], top["状态"]) == (
        "负面",
        ISSUE_TYPES["food_safety"],
        "真实投诉",
        "待回复",
    )
    assert top["mid"] == "4987654321098765"
    assert top["会员等级"] == "金卡"
    assert json.loads(top["图片"]) == ["a.jpg", "b.jpg"]
    assert top["门店"] is None
    assert rows[1]["情感"] == "正面" and rows[1]["门店"] == "静安店"
    headers = list(rows[0])
    assert headers.index("mid") > headers.index("导入批次")  # originals after ours


def test_filter_order_and_limit_are_those_of_the_view(workspace: Workspace, tmp_path: Path) -> None:
    for i in range(6):
        add_mention(
            workspace,
            followers=i * 1000,
            sentiment="neg" if i % 2 else "neu",
            text=f"退款问题 {i}" if i < 4 else f"配送慢 {i}",
        )
    view = MentionFilter(search="退款", sentiments=["neg"], sort="followers", descending=False)
    out = tmp_path / "neg.xlsx"
    result = export_mentions(workspace, out, view)
    assert [r["粉丝数"] for r in _rows(out)] == [1000, 3000]
    assert result.rows == 2
    limited = export_mentions(workspace, tmp_path / "top.xlsx", MentionFilter(), limit=3)
    assert limited.rows == 3 and len(_rows(tmp_path / "top.xlsx")) == 3


def test_summary_sheet_says_what_was_exported(workspace: Workspace, tmp_path: Path) -> None:
    for sentiment, issue in [("neg", "food_safety"), ("neg", "food_safety"), ("neu", "delivery")]:
        add_mention(workspace, sentiment=sentiment, issue_type=issue, text="正文\x07响铃")
    add_mention(workspace, sentiment="pos", issue_type="", text="很好吃" * 20_000)
    out = tmp_path / "summary.xlsx"
    view = MentionFilter(statuses=["new"], min_followers=None, posted_from="2026-11-01")
    result = export_mentions(workspace, out, view)
    summary = _summary(out)
    assert summary["工作区"] == "测试工作区" and summary["品牌"] == "测试品牌"
    assert summary["导出人"] == workspace.user
    assert "状态：新" in summary["筛选条件"] and "2026-11-01" in summary["筛选条件"]
    assert summary["导出条数"] == 4
    assert summary["替换的控制字符"] == 3 == result.control_chars_replaced
    assert summary["超长截断的单元格"] == 1 == result.truncated_cells
    assert summary["负面"] == 2 and summary["中性"] == 1 and summary["正面"] == 1
    assert summary[ISSUE_TYPES["food_safety"]] == 2
    assert summary[ISSUE_TYPES["delivery"]] == 1
    assert summary["（未分类）"] == 1
    assert "已打码" in summary["联系方式"]
    assert result.by_sentiment == {"neg": 2, "neu": 1, "pos": 1}
    book = openpyxl.load_workbook(out)
    assert book[exports.SUMMARY_SHEET].auto_filter.ref is None
    assert book[exports.MENTIONS_SHEET].auto_filter.ref.startswith("A1:")


def test_no_filter_is_described_as_everything() -> None:
    assert exports.describe_filter(MentionFilter()) == "全部舆情（无筛选）"
    words = exports.describe_filter(
        MentionFilter(sentiments=["neg", "neu"], platforms=["微博"], case_id=3), limit=50
    )
    assert words == "情感：负面、中性；平台：微博；案例 #3；最多 50 条"


def test_attacker_text_never_becomes_a_formula(workspace: Workspace, tmp_path: Path) -> None:
    for payload in PAYLOADS:
        add_mention(workspace, text=payload, title=payload, author=payload, extra={"原文": payload})
    out = tmp_path / "payloads.xlsx"
    result = export_mentions(workspace, out, MentionFilter(sort="id", descending=False))
    xml = sheet_xml(out)
    assert "<f>" not in xml and "<f " not in xml
    assert result.formula_like_cells == 4 * len(PAYLOADS)
    from python_calamine import CalamineWorkbook

    values = CalamineWorkbook.from_path(str(out)).get_sheet_by_name(exports.MENTIONS_SHEET)
    table = values.to_python()
    text_at = table[0].index("正文")
    assert [row[text_at] for row in table[1:]] == PAYLOADS


def test_contacts_and_numbers_in_text_are_masked_by_default(
    workspace: Workspace, tmp_path: Path
) -> None:
    for raw in PHONES:
        add_mention(
            workspace,
            contact=raw,
            text=f"我的电话{raw}，快联系我",
            extra={"联系电话": raw, "订单号": "13800138000"},
        )
    for raw in NOT_PHONES:
        add_mention(workspace, contact=raw, text=raw, external_id=raw, extra={"备注2": raw})
    out = tmp_path / "masked.xlsx"
    result = export_mentions(workspace, out, MentionFilter(sort="id", descending=False))
    assert result.masked and result.changes == NO_CHANGES  # a masked export writes nothing
    rows = _rows(out)
    for row, masked in zip(rows, PHONES.values(), strict=False):
        assert row["联系方式"] == masked
        assert row["正文"] == f"我的电话{masked}，快联系我"
        assert row["联系电话"] == masked
        assert row["订单号"] == "13800138000"  # an id column is never masked
    for row, raw in zip(rows[len(PHONES) :], NOT_PHONES, strict=True):
        assert row["联系方式"] == raw and row["正文"] == raw
        assert row["原帖ID"] == raw and row["备注2"] == raw
    assert workspace.count("audit", "action = ?", [exports.AUDIT_ACTION]) == 0


def test_unmasked_export_is_complete_and_audited(workspace: Workspace, tmp_path: Path) -> None:
    for raw in PHONES:
        add_mention(workspace, contact=raw)
    out = tmp_path / "full.xlsx"
    view = MentionFilter(sentiments=["neg"], sort="id", descending=False)
    result = export_mentions(workspace, out, view, unmask_contacts=True)
    assert not result.masked and result.changes == Changes(audit=True)
    assert [r["联系方式"] for r in _rows(out)] == list(PHONES)
    assert "未打码" in _summary(out)["联系方式"]
    audit = workspace.db.execute(
        "SELECT at, user, object_type, after_json FROM audit WHERE action = ?",
        [exports.AUDIT_ACTION],
    ).fetchall()
    assert len(audit) == 1
    at, user, object_type, after = audit[0]
    details = json.loads(after)
    assert user == workspace.user and at.startswith(str(datetime.now().year))
    assert object_type == "mentions"
    assert details["rows"] == len(PHONES) and details["file"] == str(out)
    assert details["filter"] == "情感：负面"


def test_unmasked_export_of_a_read_only_workspace_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    add_mention(workspace, contact="13800138000")
    path = workspace.path
    workspace.close()
    with Workspace.open(path, read_only=True) as reader:
        with pytest.raises(UserError, match="审计"):
            export_mentions(reader, tmp_path / "x.xlsx", MentionFilter(), unmask_contacts=True)
        # the caller that audited on its own connection may go ahead
        result = export_mentions(
            reader, tmp_path / "y.xlsx", MentionFilter(), unmask_contacts=True, audit_recorded=True
        )
    assert result.changes == NO_CHANGES  # the audit row was the caller's write
    assert not (tmp_path / "x.xlsx").exists()
    assert result.rows == 1 and _rows(tmp_path / "y.xlsx")[0]["联系方式"] == "13800138000"


def test_csv_by_suffix_with_bom_and_masking(workspace: Workspace, tmp_path: Path) -> None:
    add_mention(workspace, contact="+86 138 0013 8000", text="=1+2 退款", sentiment="neg")
    out = tmp_path / "台账.csv"
    result = export_mentions(workspace, out, MentionFilter())
    assert result.format == "csv" and result.rows == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert '"编号","平台"' in text
    assert '"\'+86 138****8000"' in text  # masked, and neutralised for Excel
    assert '"\'=1+2 退款"' in text
    assert '"负面"' in text


def test_unsupported_suffix_is_bad_input(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="xlsx"):
        export_mentions(workspace, tmp_path / "out.pdf", MentionFilter())


def test_empty_view_still_writes_headers_and_summary(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    result = export_mentions(workspace, out, MentionFilter(search="不存在的词"))
    assert result.rows == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [exports.MENTIONS_SHEET, exports.SUMMARY_SHEET]
    assert next(book[exports.MENTIONS_SHEET].iter_rows(values_only=True))[0] == "编号"


def _add_import_with_rejects(workspace: Workspace) -> int:
    with workspace.transaction():
        import_id = workspace.db.execute(
            "INSERT INTO imports(file_name, started_at) VALUES ('weibo.xlsx', '2026-11-18')"
        ).lastrowid
        for number, reason, raw in [
            (
                7,
                "没有正文也没有链接",
                {"作者": "某人", "电话": "13800138000", "mid": "13800138000"},
            ),
            (3, "日期无法识别", {"作者": "=cmd|' /C calc'!A0", "发布时间": "2026-13-45"}),
        ]:
            workspace.db.execute(
                "INSERT INTO import_rejects(import_id, row_number, reason, raw_json)"
                " VALUES (?, ?, ?, ?)",
                [import_id, number, reason, json.dumps(raw, ensure_ascii=False)],
            )
    return import_id


def test_rejected_rows_export_with_reason_and_raw_columns(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_id = _add_import_with_rejects(workspace)
    out = tmp_path / "rejects.xlsx"
    result = export_rejects(workspace, import_id, out)
    assert result.rows == 2 and result.changes == NO_CHANGES
    rows = _rows(out, exports.REJECTS_SHEET)
    assert [r["行号"] for r in rows] == [3, 7]
    assert rows[0]["原因"] == "日期无法识别" and rows[0]["作者"] == "=cmd|' /C calc'!A0"
    assert rows[0]["发布时间"] == "2026-13-45"
    assert rows[1]["电话"] == "138****8000" and rows[1]["mid"] == "13800138000"
    assert "<f>" not in sheet_xml(out)
    with pytest.raises(UserError, match="找不到"):
        export_rejects(workspace, 999, tmp_path / "none.xlsx")


def test_unmasked_rejects_export_is_audited(workspace: Workspace, tmp_path: Path) -> None:
    import_id = _add_import_with_rejects(workspace)
    result = export_rejects(workspace, import_id, tmp_path / "r.csv", unmask_contacts=True)
    assert not result.masked and result.changes == Changes(audit=True)
    assert workspace.count("audit", "action = ?", [exports.AUDIT_ACTION]) == 1


def test_export_from_its_own_read_only_connection(workspace: Workspace, tmp_path: Path) -> None:
    """The window's worker: it opens the file read-only itself; an unmasked export there is
    allowed only once the window has recorded the audit row."""
    add_mention(workspace, contact="13800138000")
    out = tmp_path / "w.xlsx"
    with pytest.raises(UserError, match="审计"):
        exports.export_mentions_from_file(
            workspace.path, "小周", out, MentionFilter(), unmask_contacts=True
        )
    audited = exports.record_unmasked_export(workspace, out=out, rows=1)
    assert audited == Changes(audit=True)
    result = exports.export_mentions_from_file(
        workspace.path, "小周", out, MentionFilter(), unmask_contacts=True, audit_recorded=True
    )
    assert result.rows == 1 and not result.masked and result.changes == NO_CHANGES
    assert _rows(out)[0]["联系方式"] == "13800138000"


def test_export_folders_are_cleaned_of_killed_exports(tmp_path: Path) -> None:
    from desktop.sheets import writer

    orphan = tmp_path / f"{writer.TEMP_PREFIX}999999999-x{writer.TEMP_SUFFIX}"
    orphan.mkdir()
    assert exports.clean_export_folders([tmp_path, tmp_path / "gone"]) == 1
    assert not orphan.exists()
