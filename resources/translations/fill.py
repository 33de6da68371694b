"""Fill the .ts files after `pyside6-lupdate`: Traditional Chinese from the Simplified source
(OpenCC s2twp, Taiwan wording), English from en_glossary.json. Only unfinished messages are
touched, so a translator's edits in Qt Linguist are kept.

Usage: python resources/translations/fill.py
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _unfinished(translation: ET.Element) -> bool:
    return translation.get("type") in {"unfinished", "obsolete"} or not (translation.text or "")


def fill(ts_path: Path, translate) -> tuple[int, int]:
    tree = ET.parse(ts_path)
    filled = missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "vanished" or not _unfinished(translation):
            continue
        text = translate(source)
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
        else:
            missing += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main() -> int:
    import opencc

    to_traditional = opencc.OpenCC("s2twp").convert
    glossary_path = HERE / "en_glossary.json"
    glossary = json.loads(glossary_path.read_text(encoding="utf-8")) if glossary_path.exists() else {}
    tw = fill(HERE / "crisisdesk_zh_TW.ts", to_traditional)
    en = fill(HERE / "crisisdesk_en.ts", glossary.get)
    print(f"zh_TW: {tw[0]} filled, {tw[1]} missing; en: {en[0]} filled, {en[1]} missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
