"""UI languages: complete .ts files, English and Traditional Chinese windows, no bare literals."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import resources_dir
from desktop.ui import theme
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
LANGUAGES = ("en", "zh_TW")
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"crisisdesk_{language}.ts")
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def markers(text: str) -> Counter:
    """What must survive translation: {fields}, %1/%n, HTML tags, &-accelerators, newlines."""
    found = re.findall(r"\{[^{}]*\}|%(?:\d+|n)|</?[a-zA-Z][^<>]*>|&[A-Za-z]|\n", text)
    return Counter(found)


# -- (a) the .ts files -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 500  # every tr() of desktop/ reached the file (make lupdate)
    problems = []
    for context, source, message in found:
        translation = message.find("translation")
        text = "" if translation is None else translation.text or ""
        if translation is None or translation.get("type") or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif markers(source) != markers(text):
            problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
    assert not problems, "\n".join(problems[:20])


def test_english_has_no_chinese_left_but_search_examples_and_placeholder_keys() -> None:
    # Mentions are Chinese, so search examples stay Chinese ("e.g. 退款"), and {热线}-style
    # placeholder names are keys the user types into reply scripts.
    allowed = re.compile(r"\{[^{}]*\}|e\.g\. [\u3400-\u9fff ]+")
    left = [
        (source, message.findtext("translation"))
        for _context, source, message in messages("en")
        if CJK.search(allowed.sub("", message.findtext("translation") or ""))
    ]
    assert not left, left[:10]


def test_vocab_strings_module_is_current() -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_vocab_strings", ROOT / "resources" / "translations" / "gen_vocab_strings.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (ROOT / "desktop" / "ui" / "vocab_strings.py").read_text(encoding="utf-8")
    assert current == module.render(), "run resources/translations/gen_vocab_strings.py"


# -- (b) the window in English and Traditional Chinese ----------------------------------------


def _lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return (
        str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"
    )


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled from the .ts sources into a temporary resources folder."""
    root = tmp_path_factory.mktemp("resources")
    (root / "translations").mkdir()
    for language in LANGUAGES:
        subprocess.run(
            [
                _lrelease(),
                "-silent",
                str(TRANSLATIONS / f"crisisdesk_{language}.ts"),
                "-qm",
                str(root / "translations" / f"crisisdesk_{language}.qm"),
            ],
            check=True,
            timeout=120,
        )
    return root


@pytest.fixture
def use_language(qapp, compiled: Path, monkeypatch: pytest.MonkeyPatch):
    """Install the translators for a language; removed again so other tests see Chinese."""
    monkeypatch.setattr(theme, "resources_dir", lambda: compiled)
    installed = []
    default_locale = QLocale()

    def use(language: str) -> None:
        installed.extend(theme.install_translators(qapp, language))
        assert len(installed) >= 1

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default_locale)


@pytest.fixture
def open_window(qtbot, ctx):
    windows = []

    def build() -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.open_demo()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.tasks.cancel_all()
        window.tasks.wait()
        window.close_workspace()


def nav_titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_english_window(use_language, open_window) -> None:
    use_language("en")
    window = open_window()
    assert nav_titles(window)[:5] == [  # the five first pages; later areas come after them
        "Home",
        "Mention log",
        "Responses",
        "Cases",
        "Crisis roster",
    ]
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert "&Help" in menu_titles(window)
    assert window.status_counts.text().startswith("Mentions")

    page = window.show_page("mentions")
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Posted" in headers and "Sentiment" in headers
    sentiment = [c.key for c in model.columns].index("sentiment")
    shown = {model.index(row, sentiment).data() for row in range(min(model.rowCount(), 50))}
    assert shown and shown <= {"Negative", "Neutral", "Positive", "Unrated"}
    combo_items = [
        page.filters.status_combo.itemText(i) for i in range(page.filters.status_combo.count())
    ]
    assert "To reply" in combo_items


def test_traditional_chinese_window(use_language, open_window) -> None:
    use_language("zh_TW")
    window = open_window()
    titles = nav_titles(window)
    assert titles[0] == "首頁"
    assert "問答庫" in titles and "危機通訊錄" in titles
    assert menu_titles(window)[0] == "檔案(&F)"
    page = window.show_page("mentions")
    combo_items = [
        page.filters.status_combo.itemText(i) for i in range(page.filters.status_combo.count())
    ]
    assert "待回覆" in combo_items


def test_without_translators_the_window_stays_simplified(open_window) -> None:
    window = open_window()
    assert nav_titles(window)[0] == "首页"
    assert menu_titles(window)[0] == "文件(&F)"


# -- (c) no Chinese literal handed straight to Qt ---------------------------------------------

QT_TEXT_CALLS = {
    # setters
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setTabText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "showMessage",
    # adders
    "addAction",
    "addMenu",
    "addTab",
    "addItem",
    "addItems",
    "addRow",
    "addButton",
    # widgets built with a text
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QMenu",
    # message boxes and our error dialog
    "information",
    "warning",
    "critical",
    "question",
    "show_error",
}


def _has_cjk_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(CJK.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_has_cjk_literal(part) for part in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_cjk_literal(element) for element in node.elts)
    if isinstance(node, ast.BinOp):
        return _has_cjk_literal(node.left) or _has_cjk_literal(node.right)
    return False


def bare_literals(source: str, filename: str = "<string>") -> list[str]:
    """Calls of QT_TEXT_CALLS with a Chinese str literal as an argument (not inside tr())."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in QT_TEXT_CALLS:
            continue
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        if any(_has_cjk_literal(argument) for argument in arguments):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:100]}")
    return found


def test_the_literal_check_catches_bare_chinese_and_allows_tr() -> None:
    assert bare_literals('label.setText("保存")')
    assert bare_literals('QPushButton(icon("x"), "导入")')
    assert bare_literals('menu.addAction(f"{n} 条")')
    assert bare_literals('table.setHorizontalHeaderLabels(["姓名", "手机"])')
    assert not bare_literals('label.setText(self.tr("保存"))')
    assert not bare_literals('QLabel(QCoreApplication.translate("x", "导入"))')
    assert not bare_literals('label.setText("Excel (*.xlsx)")')


def test_ui_passes_no_chinese_literal_straight_to_qt() -> None:
    found = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        if path.name == "vocab_strings.py":
            continue
        found += bare_literals(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "\n".join(found)
