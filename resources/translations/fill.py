"""Fill the .ts files after `pyside6-lupdate`: Traditional Chinese from the Simplified source
(OpenCC s2twp, Taiwan wording), English from en_glossary.json ({source: English}; a key "Context::source" wins for that
context, for the few words that read differently in two places). Only unfinished messages
are touched, so a translator's edits in Qt Linguist are kept.

Usage: python resources/translations/fill.py
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# OpenCC s2twp picks software-jargon or mainland words for some of our terms (声明 is a
# statement, not a declaration; 发布 is publishing, not a software release); fixed afterwards.
TW_FIXES = {
    "宣告": "聲明",
    "釋出": "發布",
    "型別": "類型",
    "只讀": "唯讀",
    "單元格": "儲存格",
    "的文本": "的文字",
    "按文本": "按文字",
    "稽核": "審核",
    "核心實": "內核實",
    "回復": "回覆",
    "演示": "示範",
    "郵箱": "信箱",
    "賬": "帳",
    "後臺": "背景",
    "質量": "品質",
    "點贊": "按讚",
}


def to_taiwan(convert, text: str) -> str:
    """Simplified → Taiwan Traditional; {placeholders} stay as they are (they are keys)."""
    parts = re.split(r"(\{[^{}]*\})", text)
    for index in range(0, len(parts), 2):
        converted = convert(parts[index])
        for wrong, right in TW_FIXES.items():
            converted = converted.replace(wrong, right)
        parts[index] = converted
    return "".join(parts)


def _unfinished(translation: ET.Element) -> bool:
    return translation.get("type") in {"unfinished", "obsolete"} or not (translation.text or "")


def fill(ts_path: Path, translate) -> tuple[int, int]:
    tree = ET.parse(ts_path)
    filled = missing = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            f, m = _fill_message(name, message, translate)
            filled += f
            missing += m
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def _fill_message(context: str, message: ET.Element, translate) -> tuple[int, int]:
    """(filled, missing) for one message."""
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") == "vanished" or not _unfinished(translation):
        return 0, 0
    text = translate(context, source)
    if not text:
        return 0, 1
    translation.text = text
    translation.attrib.pop("type", None)
    return 1, 0


def main() -> int:
    import opencc

    converter = opencc.OpenCC("s2twp").convert

    def to_traditional(_context: str, text: str) -> str:
        return to_taiwan(converter, text)

    def to_english(context: str, text: str) -> str | None:
        return glossary.get(f"{context}::{text}") or glossary.get(text)

    glossary_path = HERE / "en_glossary.json"
    glossary = (
        json.loads(glossary_path.read_text(encoding="utf-8")) if glossary_path.exists() else {}
    )
    tw = fill(HERE / "crisisdesk_zh_TW.ts", to_traditional)
    en = fill(HERE / "crisisdesk_en.ts", to_english)
    print(f"zh_TW: {tw[0]} filled, {tw[1]} missing; en: {en[0]} filled, {en[1]} missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
