"""The 级别研判 tab through pytest-qt: setting the level needs a reason; the factor table is
worded in the UI's language."""

from __future__ import annotations

import json
import re
from datetime import datetime
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.services import cases
from desktop.ui.cases import dialogs as case_dialogs
from tests.support.cases import CST, accept, add_mentions


def test_set_level_with_reason_from_the_view(page, monkeypatch, dialogs):
    case_id = cases.create_case(page.ctx.workspace, title="定级测试").id
    page.open_case(case_id)
    accept(monkeypatch, case_dialogs.SeverityDialog)  # no reason typed
    page.view.severity.set_level()
    assert "理由" in dialogs.texts()

    def fill(d):
        d.level.setCurrentIndex(d.level.findData("I"))
        d.reason.setPlainText("央视已报道")

    accept(monkeypatch, case_dialogs.SeverityDialog, fill)
    page.view.severity.set_level()
    assert cases.get_case(page.ctx.workspace, case_id)["severity"] == "I"
    assert page.view.chip.text().strip() == "Ⅰ"
    assert page.view.timeline.timeline_model.rows[-1]["kind"] == "severity_changed"


# -- the factor table in the UI's language --------------------------------------------------

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


@pytest.fixture
def english(qapp):
    """The app's own English (the .qm that `make translations` builds from the .ts files)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "crisisdesk_en.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _ascii_case(workspace) -> int:
    """9 negative and 60 unrated mentions in an hour by big ASCII-named accounts, all naming
    315: every factor scores, and the level is capped at Ⅱ for the small negative volume."""
    ids = add_mentions(
        workspace, 9, every_minutes=1, text="315 complaint", author="reader", followers=2_000_000
    )
    ids += add_mentions(
        workspace,
        60,
        start=datetime(2026, 11, 18, 9, 9, tzinfo=CST),
        every_minutes=0.5,
        sentiment="unknown",
        text="315 complaint",
        author="viewer",
        followers=2_000_000,
        key_prefix="u",
    )
    case_id = cases.create_case(workspace, title="315").id
    cases.link_mentions(workspace, case_id, ids)
    return case_id


def _shown(page, case_id: int) -> str:
    page.open_case(case_id)
    return page.view.severity.factors.text()


def test_factor_table_in_chinese_reads_as_the_service_wrote_it(page):
    workspace = page.ctx.workspace
    for case_id in (1, _ascii_case(workspace)):
        suggestion = cases.suggestion_of(cases.get_case(workspace, case_id))
        assert len(suggestion["factors"]) == 5 and all(f["data"] for f in suggestion["factors"])
        shown = _shown(page, case_id)
        for f in suggestion["factors"]:
            row = (
                f"<tr><td><b>{escape(f['label'])}</b></td><td>{escape(f['value'])}</td>"
                f"<td align='center'>{f['points']}/{f['max_points']}</td>"
                f"<td>{escape(f['explanation'])}</td></tr>"
            )
            assert row in shown
        for note in suggestion["notes"]:
            assert f"<p>⚠ {escape(note)}</p>" in shown
    assert "最高建议Ⅱ级" in shown and "大V（≥1,000,000 粉丝）：reader0、reader1、reader2" in shown
    assert "<td>69 条含敏感词：315×69</td>" in shown  # unrated mentions count too


def test_factor_table_in_english_has_no_chinese(page, english):
    case_id = _ascii_case(page.ctx.workspace)
    shown = _shown(page, case_id)
    assert not CJK.search(shown), CJK.findall(shown)
    for words in (
        "Negative volume",
        "9 negative",
        "Reach",
        "Influencers (≥1,000,000 followers): reader0, reader1, reader2",
        "peak 69/hour",
        "First 2 hours",
        "69 mentions with sensitive words: 315×69",
        "Only 9 negative mentions (fewer than 10)",
        "<th align='left'>Factor</th>",
    ):
        assert words in shown, words
    # a case without mentions: its note is English too
    empty = cases.create_case(page.ctx.workspace, title="empty").id
    cases.recompute_suggestion(page.ctx.workspace, empty)
    shown = _shown(page, empty)
    assert "No linked mentions yet" in shown and not CJK.search(shown)


def test_a_suggestion_stored_without_numbers_keeps_its_stored_words(page, english):
    workspace = page.ctx.workspace
    case_id = _ascii_case(workspace)
    stored = cases.suggestion_of(cases.get_case(workspace, case_id))
    for f in stored["factors"]:
        del f["data"]
    del stored["note_data"]
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE cases SET severity_factors_json = ? WHERE id = ?",
            [json.dumps(stored, ensure_ascii=False), case_id],
        )
    shown = _shown(page, case_id)
    assert "<b>Reach</b>" in shown  # the label follows the key
    assert stored["factors"][0]["value"] in shown  # the old words, rather than nothing


def test_negative_volume_says_confirmed_and_suggested_apart(page):
    """Issue 14: a level resting on the model's suggestions says so, beside the confirmed."""
    from tests.support.triage import add

    workspace = page.ctx.workspace
    confirmed = add(workspace, ["退款不到账"] * 3, sentiment="neg", by="person", user="小周")
    suggested = add(workspace, ["又吃出钢丝"] * 4)
    weak = add(workspace, ["今天去了"] * 2)
    with workspace.transaction():
        for ids, confidence in ((suggested, 0.93), (weak, 0.41)):
            workspace.db.execute(
                "UPDATE mentions SET sentiment = 'neg', sentiment_by = 'model',"
                f" sentiment_confidence = {confidence}"
                f" WHERE id IN ({','.join(map(str, ids))})"
            )
    opened = cases.open_case(workspace, title="钢丝", mention_ids=confirmed + suggested + weak)
    shown = _shown(page, opened.case_id)
    assert "7 条负面（已确认 3 条，模型建议 4 条）；另有 2 条把握不足的模型判断未计入" in shown
