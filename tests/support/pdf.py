"""Read back the PDFs the app writes, with pypdf: no poppler tools needed on the machine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFontDatabase

# The CJK radical blocks (Radicals Supplement, Kangxi Radicals): a character of these in a
# PDF's text layer is an ideograph misread (Qt names ⻝ for 食's glyph; printing/text_layer.py
# repairs it), so tests look for them rather than fold them away.
RADICAL_BLOCKS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
# Qt writes a space as a tab and layout mode pads columns: one space between words, and none
# between two Chinese characters (pypdf guesses a space at a wide gap: "审批 声明").
SPACING = re.compile(r"[ \t]+")
CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
SPACE_IN_CHINESE = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")


def pdf_pages(path: Path | str) -> int:
    """How many pages the PDF has."""
    return len(PdfReader(path).pages)


def require_chinese_font() -> None:
    """Skip a test that reads Chinese back from a PDF on a machine without a Chinese font:
    Qt then draws empty boxes, which no reader can turn back into text. CI installs
    fonts-noto-cjk (.ci/run), so the tests run there."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no Chinese font installed (e.g. Debian's fonts-noto-cjk)")


def pdf_text_raw(path: Path | str) -> str:
    """The text layer exactly as a reader gets it (pypdf, plain mode): every character as the
    PDF maps it, nothing folded, pages joined by a newline."""
    require_chinese_font()
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pdf_text(path: Path | str) -> str:
    """The text of every page in reading order, lines kept as laid out (like `pdftotext
    -layout`), with only the spacing folded so that a test can look for a phrase such as
    "关联舆情 46 条". The characters themselves are not folded (see pdf_text_raw)."""
    require_chinese_font()
    pages = (page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages)
    return SPACE_IN_CHINESE.sub("", SPACING.sub(" ", "\n".join(pages)))
