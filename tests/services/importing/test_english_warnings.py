"""An import's warnings come back in the app's language although the parser child said them
(core/messages.Said is said again where it is unpickled)."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core import messages
from desktop.services import importing

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "m.csv"
    path.write_text("正文,身份证号\n第一条,1\n,\n第二条,2\n", encoding="utf-8")
    return path


def test_warnings_in_english(workspace, tmp_path: Path) -> None:
    previous = messages.set_display_language("en")
    try:
        result = importing.import_file(workspace.path, _sheet(tmp_path), user="t", backup=False)
    finally:
        messages.set_display_language(previous)
    assert result.inserted >= 2 and result.warnings
    assert any("blank rows" in w for w in result.warnings), result.warnings
    for warning in result.warnings:
        assert not CJK.search(warning.replace("身份证号", "")), warning


def test_warnings_in_chinese_by_default(workspace, tmp_path: Path) -> None:
    result = importing.import_file(workspace.path, _sheet(tmp_path), user="t", backup=False)
    assert "跳过了 1 个空行。" in result.warnings
