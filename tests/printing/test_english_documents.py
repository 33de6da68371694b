"""The 专报 and the crisis card in English (issue 13 item 11): headings, labels and vocabulary
words in English, only what people wrote left in Chinese; Chinese documents unchanged."""

from __future__ import annotations

import re
from dataclasses import fields
from html import unescape
from typing import Any

from desktop.core.severity import sensitive_words_in
from desktop.printing.case_report import export_pdf
from desktop.printing.crisis_card import write_crisis_card
from desktop.services import cases, roster
from desktop.services.cases import report
from desktop.services.cases.demo import seed_demo_case
from desktop.storage.workspace import Workspace
from tests.support.cases import add_roster, add_steel_wire_cluster
from tests.support.english import chinese_left
from tests.support.pdf import pdf_pages, pdf_text

# Words of the app, worked out or looked up, never user data: they must come out translated.
APP_WORDS = {"labels", "clock", "review_missing", "mention_counts", "chart", "effective_severity"}


def strings(value: Any) -> list[str]:
    """Every string inside a value (dicts, lists, dataclasses), each line on its own too."""
    found: list[str] = []
    if isinstance(value, str):
        found += [value, value[:120], *value.splitlines()]
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("label", "value", "explanation"):  # core.severity's Chinese words
                continue
            found += strings(key) + strings(item)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            found += strings(item)
    return found


def user_data(data: report.ReportData) -> tuple[str, ...]:
    found = []
    for field in fields(data):
        if field.name not in APP_WORDS:
            found += strings(getattr(data, field.name))
    for mention in data.mentions:
        text = f"{mention.get('title') or ''} {mention.get('text') or ''}"
        found += sensitive_words_in(text)
    return tuple(s for s in found if s)


def visible_text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br/?>", "\n", html)))


def demo_case(workspace: Workspace) -> int:
    add_steel_wire_cluster(workspace)
    add_roster(workspace)
    with workspace.transaction():
        seed_demo_case(workspace)
    return cases.list_cases(workspace)[0]["id"]


def test_the_report_in_english_leaves_only_user_data_in_chinese(workspace) -> None:
    data = report.report_data(workspace, demo_case(workspace))
    english = visible_text(report.report_html(data, None, "en"))
    for heading in ("1. Overview", "2. Spread", "3. Content and sentiment", "4. Response"):
        assert heading in english
    assert "Response clock" in english and "Why this level" in english
    left = chinese_left(english, user_data(data))
    assert not left, left


def test_the_report_s_vocabulary_and_factors_are_english_words(workspace) -> None:
    data = report.report_data(workspace, demo_case(workspace))
    english = visible_text(report.report_html(data, None, "en"))
    assert "Food or product safety" in english or "safety" in english.lower()
    assert "Negative volume" in english and "points" in english
    assert "Holding statement" in english or "holding" in english.lower()


def test_the_english_pdf_reads_back_in_english(qapp, workspace, tmp_path) -> None:
    out = export_pdf(workspace, demo_case(workspace), tmp_path / "report.pdf", language="en")
    text = pdf_text(out)
    positions = [text.find(h) for h in ("1. Overview", "2. Spread", "4. Response")]
    assert -1 not in positions and positions == sorted(positions)
    assert "一、概况" not in text and "响应时钟" not in text
    assert "徐汇店沙拉碗钢丝事件" in text  # the case's own title stays as written
    # numbers among English words read back as drawn (printing/pdf.new_document: no locl)
    assert re.search(r"\b46 linked mentions \(\d+ negative", text), text[:2000]


def test_the_chinese_pdf_is_unchanged_by_default(qapp, workspace, tmp_path) -> None:
    out = export_pdf(workspace, demo_case(workspace), tmp_path / "专报.pdf")
    text = pdf_text(out)
    assert "一、概况" in text and "1. Overview" not in text


def test_the_crisis_card_in_english(demo_workspace: Workspace, tmp_path, qapp) -> None:
    html = roster.crisis_card_html(demo_workspace, "food_safety", "I", language="en")
    people = roster.people(demo_workspace)
    written = []
    for person in people:
        written += strings(
            {k: person[k] for k in ("name", "title", "wechat", "availability_note") if k in person}
        )
    written += [r["name"] for r in roster.roles(demo_workspace) if r.get("key") is None]
    written += strings(demo_workspace.info())
    shown = visible_text(html)
    assert "Crisis contact card" in shown and "Who does, who approves" in shown
    left = chinese_left(shown, tuple(s for s in written if s))
    assert not left, left
    pdf = write_crisis_card(demo_workspace, tmp_path / "card.pdf", "food_safety", "I", "en")
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    assert "Crisis contact card" in text and "危机联络卡" not in text
    for person in people:
        assert person["name"] in text
