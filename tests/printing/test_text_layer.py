"""The PDF text layer is the Chinese text that was drawn: searching or copying a PDF the app
wrote finds 鹿角巷鲜食, not ⿅⻆巷鲜⻝ (Qt names a radical for a glyph it shares)."""

from __future__ import annotations

import logging
import re
import time

import pytest
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from PySide6.QtGui import QFontDatabase, QTextDocument

from desktop.printing import text_layer
from desktop.printing.case_report import export_pdf
from desktop.printing.crisis_card import card_html_that_fits, write_crisis_card
from desktop.printing.pdf import html_to_pdf
from desktop.printing.text_layer import (
    SUPPLEMENT,
    repaired_cmap,
    shared_glyph_map,
    unicode_equivalents,
)
from desktop.services import cases
from desktop.services.cases import report as case_report
from tests.support.pdf import RADICAL_BLOCKS, pdf_text_raw, require_chinese_font

CHINESE = re.compile("[\u2e80-\u9fff]")
# Characters Noto Sans CJK draws with a radical's glyph (鹿 ⿅, 角 ⻆, 食 ⻝, 户 ⼾, …) and one
# from Extension A's (胶 㬵), next to ordinary ones.
TRICKY = "鹿角巷鲜食 食品安全 一人口大 门店长风马见 客户 胶水 言行 青黄 龙鱼鸟 骨鬼麦齐齿"


def chinese(text: str) -> str:
    return "".join(CHINESE.findall(text))


def drawn_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_text_layer_equals_the_chinese_text(qapp, tmp_path) -> None:
    require_chinese_font()
    html = f"<p>{TRICKY}</p><p><b>{TRICKY}</b></p>"
    out = html_to_pdf(html, tmp_path / "text.pdf")
    text = pdf_text_raw(out)
    assert chinese(text) == chinese(TRICKY) * 2  # regular and bold, in order, none misread
    assert "鹿角巷鲜食" in text and "食品" in text and "客户" in text and "胶水" in text
    assert not RADICAL_BLOCKS.search(text)


def test_the_font_decides_the_ideograph_of_a_shared_glyph(qapp, tmp_path) -> None:
    # ⼾'s glyph is 户 in the Simplified Chinese font, 戶 in the Traditional one: the repair
    # asks each font, so both read back as drawn (NFKC alone would turn 户 into 戶)
    require_chinese_font()
    if "Noto Sans CJK TC" not in QFontDatabase.families():
        pytest.skip("needs Noto Sans CJK TC next to SC (Debian's fonts-noto-cjk)")
    html = "<p>客户</p><p style=\"font-family: 'Noto Sans CJK TC'\">門戶</p>"
    text = pdf_text_raw(html_to_pdf(html, tmp_path / "both.pdf"))
    assert "客户" in text and "門戶" in text
    assert not RADICAL_BLOCKS.search(text)


def test_case_report_text_layer_is_the_report(qapp, demo_workspace, tmp_path) -> None:
    case_id = cases.list_cases(demo_workspace)[0]["id"]
    out = export_pdf(demo_workspace, case_id, tmp_path / "专报.pdf")
    text = pdf_text_raw(out)
    assert not RADICAL_BLOCKS.search(text), RADICAL_BLOCKS.findall(text)
    assert "鹿角巷鲜食" in text and "食品" in text and "角" in text
    # every Chinese character drawn is in the text layer as often as in the report
    # (the chart is an image: its caption is text, its labels are not)
    data = case_report.report_data(demo_workspace, case_id)
    drawn = chinese(drawn_text(case_report.report_html(data, str(tmp_path / "chart.png"))))
    assert sorted(chinese(text)) == sorted(drawn)
    reader = PdfReader(out)
    assert len(reader.pages) == 2 and sum(len(page.images) for page in reader.pages) == 1


def test_crisis_card_text_layer_is_the_card(qapp, demo_workspace, tmp_path) -> None:
    out = write_crisis_card(demo_workspace, tmp_path / "card.pdf", "food_safety", "I")
    text = pdf_text_raw(out)
    assert not RADICAL_BLOCKS.search(text), RADICAL_BLOCKS.findall(text)
    # every Chinese character drawn is in the text layer as often as on the card
    drawn = chinese(drawn_text(card_html_that_fits(demo_workspace, "food_safety", "I")))
    assert sorted(chinese(text)) == sorted(drawn)
    assert "鹿角巷鲜食" in text


def test_another_reader_opens_the_repaired_pdf(qapp, demo_workspace, tmp_path) -> None:
    # pdfium (Qt PDF, part of PySide6-Addons) reads the incremental update too
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    case_id = cases.list_cases(demo_workspace)[0]["id"]
    out = export_pdf(demo_workspace, case_id, tmp_path / "专报.pdf")
    document = qtpdf.QPdfDocument()
    assert document.load(str(out)) == qtpdf.QPdfDocument.Error.None_
    assert document.pageCount() == 2
    text = "".join(document.getAllText(page).text() for page in range(2))
    assert "鹿角巷鲜食" in text and not RADICAL_BLOCKS.search(text)
    document.close()


def test_the_repair_changes_only_the_text_layer(qapp, demo_workspace, tmp_path, monkeypatch):
    # the pages pdfium draws are pixel for pixel those of the PDF Qt wrote
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    from PySide6.QtCore import QSize

    def pages(path):
        document = qtpdf.QPdfDocument()
        document.load(str(path))
        images = [document.render(page, QSize(595, 842)) for page in range(document.pageCount())]
        document.close()
        return images

    case_id = cases.list_cases(demo_workspace)[0]["id"]
    card = card_html_that_fits(demo_workspace)  # once: the card says the minute it was made
    repaired = [export_pdf(demo_workspace, case_id, tmp_path / "fixed.pdf")]
    repaired.append(html_to_pdf(card, tmp_path / "fixed-card.pdf"))
    monkeypatch.setattr(text_layer, "repair_text_layer", lambda path, maps: 0)
    as_qt_wrote = [export_pdf(demo_workspace, case_id, tmp_path / "qt.pdf")]
    as_qt_wrote.append(html_to_pdf(card, tmp_path / "qt-card.pdf"))
    assert pdf_text_raw(repaired[0]) != pdf_text_raw(as_qt_wrote[0])  # the repair did work
    for fixed, qt in zip(repaired, as_qt_wrote, strict=True):
        assert fixed.read_bytes() != qt.read_bytes()
        fixed_pages, qt_pages = pages(fixed), pages(qt)
        assert fixed_pages and len(fixed_pages) == len(qt_pages)
        assert all(a == b for a, b in zip(fixed_pages, qt_pages, strict=True))


def test_the_repair_is_fast(qapp, demo_workspace, tmp_path, monkeypatch) -> None:
    # measured: ~12 ms for the card, ~18 ms for the two-page 专报 once the fonts are scanned
    # (~15 ms a font, cached): a budget with room for a slow CI machine
    require_chinese_font()
    write_crisis_card(demo_workspace, tmp_path / "warm.pdf")  # fonts scanned once
    timings: list[float] = []
    repair = text_layer.repair_text_layer

    def timed(path, maps):
        start = time.perf_counter()
        changed = repair(path, maps)
        timings.append(time.perf_counter() - start)
        return changed

    monkeypatch.setattr(text_layer, "repair_text_layer", timed)
    case_id = cases.list_cases(demo_workspace)[0]["id"]
    export_pdf(demo_workspace, case_id, tmp_path / "专报.pdf")
    write_crisis_card(demo_workspace, tmp_path / "card.pdf")
    assert len(timings) == 2 and max(timings) < 0.5


def test_a_failed_repair_keeps_the_pdf_qt_drew(qapp, tmp_path, monkeypatch, caplog) -> None:
    def broken(path, maps):
        raise PdfReadError("damaged")

    monkeypatch.setattr(text_layer, "repair_text_layer", broken)
    with caplog.at_level(logging.WARNING):
        out = html_to_pdf("<p>食品安全</p>", tmp_path / "kept.pdf")
    assert out.read_bytes().startswith(b"%PDF") and len(PdfReader(out).pages) == 1
    assert not (tmp_path / ".kept.pdf.tmp").exists()
    assert "not repaired" in caplog.text


def test_a_full_disk_during_the_repair_keeps_the_pdf_qt_drew(
    qapp, tmp_path, monkeypatch, caplog
) -> None:
    require_chinese_font()

    def full(self, stream):
        stream.write(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(text_layer.PdfWriter, "write", full)
    with caplog.at_level(logging.WARNING):
        out = html_to_pdf("<p>鹿角巷鲜食</p>", tmp_path / "kept.pdf")
    text = pdf_text_raw(out)  # whole, as Qt wrote it: the radical still there
    assert len(PdfReader(out).pages) == 1 and "巷鲜" in text and "⿅" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf"]  # no temp files left
    assert "No space left" in caplog.text


CMAP = b"""/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfrange
<0000> <0000> <0000>
<0001> <0003> [<2FC5> <2EC6> <5DF7>]
<0004> <0006> <2F00>
endbfrange
1 beginbfchar
<0007> <2EDD>
endbfchar
endcmap
end
"""


def test_cmap_rewrite_maps_radicals_in_every_section_form() -> None:
    table = unicode_equivalents()
    data, changed = repaired_cmap(CMAP, table)
    assert changed == 6  # ⿅ ⻆ ⼀ ⼁ ⼂ ⻝
    assert b"<0001> <9E7F>" in data and b"<0002> <89D2>" in data and b"<0003> <5DF7>" in data
    assert b"<0004> <4E00>" in data and b"<0006> <4E36>" in data and b"<0007> <98DF>" in data
    assert data.startswith(CMAP[: CMAP.index(b"3 beginbfrange")])
    assert data.rstrip().endswith(b"endcmap\nend")
    assert repaired_cmap(data, table) == (data, 0)  # nothing left to repair


def test_cmap_rewrite_keeps_a_radical_whose_ideograph_is_another_glyph() -> None:
    # 鹿 already has a glyph of its own in this font: ⿅ is then a real radical glyph
    cmap = b"1 beginbfchar\n<0001> <2FC5>\n<0002> <9E7F>\nendbfchar\nendcmap\n"
    assert repaired_cmap(cmap, unicode_equivalents()) == (cmap, 0)


def test_unicode_table_agrees_with_the_simplified_chinese_font(qapp) -> None:
    # the table used when a PDF font cannot be matched says what Noto Sans CJK SC draws
    require_chinese_font()
    from PySide6.QtGui import QFont, QRawFont

    font = QRawFont.fromFont(QFont("Noto Sans CJK SC"))
    if not font.familyName().startswith("Noto Sans CJK"):
        pytest.skip("Noto Sans CJK SC not installed")
    from_font = shared_glyph_map(font)
    assert {radical: from_font.get(radical) for radical in SUPPLEMENT} == SUPPLEMENT
    assert from_font["⿅"] == "鹿" and from_font["⼾"] == "户" and from_font["㬵"] == "胶"
