"""Highlighting: placeholders in reply editors, shared words in suggestion texts."""

from __future__ import annotations

import html

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from desktop.core.placeholders import PLACEHOLDER

UNFILLED = QColor("#ffe0b2")  # orange: must be typed in
DEFAULTED = QColor("#d7e8fb")  # blue: filled automatically or has a default
MATCH = "#fff59d"


class PlaceholderHighlighter(QSyntaxHighlighter):
    """`{订单号}` (no default) in orange, `{称呼|您}` (with a default) in blue."""

    def highlightBlock(self, text: str) -> None:
        for match in PLACEHOLDER.finditer(text):
            fmt = QTextCharFormat()
            fmt.setBackground(DEFAULTED if match.group(2) is not None else UNFILLED)
            fmt.setFontWeight(600)
            self.setFormat(match.start(), match.end() - match.start(), fmt)


def mark_words(text: str, words: list[str]) -> str:
    """HTML of `text` with each of `words` (case-insensitive) on a yellow background."""
    lowered = text.lower()
    marks = [False] * len(text)
    for word in words:
        word = word.lower()
        if not word:
            continue
        start = lowered.find(word)
        while start >= 0:
            for i in range(start, start + len(word)):
                marks[i] = True
            start = lowered.find(word, start + 1)
    out: list[str] = []
    inside = False
    for char, marked in zip(text, marks, strict=True):
        if marked and not inside:
            out.append(f'<span style="background:{MATCH}">')
            inside = True
        elif not marked and inside:
            out.append("</span>")
            inside = False
        out.append(html.escape(char))
    if inside:
        out.append("</span>")
    return "".join(out).replace("\n", "<br>")
