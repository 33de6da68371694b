"""Read back the PDFs the app writes, with pypdf: no poppler tools needed on the machine."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFontDatabase

# Qt's PDF text map can name a CJK radical for a glyph the font shares with an ideograph
# (⻝ for 食): NFKC folds the Kangxi radicals (⿅ → 鹿), this table the supplement ones.
RADICALS = str.maketrans(
    {"⻝": "食", "⻔": "门", "⻆": "角", "⻅": "见", "⻓": "长", "⻛": "风", "⻢": "马"}
)
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


def pdf_text(path: Path | str) -> str:
    """The text of every page in reading order, lines kept as laid out (like `pdftotext
    -layout`), folded so that a test can look for a phrase such as "关联舆情 46 条"."""
    require_chinese_font()
    pages = (page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages)
    text = unicodedata.normalize("NFKC", "\n".join(pages)).translate(RADICALS)
    return SPACE_IN_CHINESE.sub("", SPACING.sub(" ", text))
