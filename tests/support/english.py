"""English mode for tests, before the lead's lupdate: a translator that reads the translators'
glossary (resources/translations/en_*.json) directly, and CJK detection.

The .qm files are built from the .ts files, which only get new strings when lupdate runs;
this translator answers from the JSON sources of those .ts files, so a test of a new tr()
string proves its English exists. Installing it also switches service messages
(core/messages) to English, as ui/theme.install_translators does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.core import messages

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def glossary() -> dict[str, str]:
    """{"Context::source" or "source": English} from en_glossary.json and every en_*.json."""
    merged: dict[str, str] = {}
    for path in sorted(TRANSLATIONS.glob("en_*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


class GlossaryTranslator(QTranslator):
    """English from the glossary: "Context::source" first, then the plain source."""

    def __init__(self) -> None:
        super().__init__()
        self.words = glossary()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.words.get(f"{context}::{source}", self.words.get(source))

    def isEmpty(self) -> bool:
        return False


@contextmanager
def english_ui(app: QCoreApplication) -> Iterator[GlossaryTranslator]:
    """The window in English for the block: the glossary translator and English messages."""
    translator = GlossaryTranslator()
    app.installTranslator(translator)
    previous = messages.set_display_language("en")
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        messages.set_display_language(previous)


def chinese_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The runs of CJK characters in `text`, leaving out `allowed` (user data)."""
    for data in sorted(allowed, key=len, reverse=True):
        if data:
            text = text.replace(data, " ")
    return re.findall(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+", text)
