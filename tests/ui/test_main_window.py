"""The window a user meets: first-run screen, demo, navigation, status bar, read-only mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.services import workspaces
from desktop.ui.main_window import MainWindow
from desktop.ui.shell import Shell


def test_first_run_offers_demo_new_and_open(main_window: MainWindow) -> None:
    assert main_window.stack.currentWidget() is main_window.welcome
    assert not main_window.navigation.isVisible()
    welcome = main_window.welcome
    labels = {welcome.demo_button.text(), welcome.new_button.text(), welcome.open_button.text()}
    assert labels == {"打开演示工作区", "新建工作区…", "打开…"}
    assert welcome.empty_recent.isVisible()
    assert "没有打开工作区" in main_window.status_workspace.text()


def test_open_demo_shows_home_with_counts_and_status(main_window: MainWindow) -> None:
    main_window.welcome.demo_button.click()
    ctx = main_window.ctx
    assert ctx.workspace is not None
    assert ctx.workspace.path == ctx.paths.demo_workspace
    assert main_window.navigation.isVisible()
    home = main_window.page("home")
    assert main_window.stack.currentWidget() is home
    assert ctx.workspace.info()["name"] in main_window.windowTitle()
    assert "舆情" in main_window.status_counts.text()
    assert home.next_steps.count() >= 1
    assert ctx.paths.demo_workspace in [p for p in ctx.settings.recent()]


def test_second_window_on_same_file_opens_read_only(
    qtbot, main_window: MainWindow, ctx, tmp_path: Path, dialogs
) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "shared", name="共享")
    path = created.path
    created.close()
    assert main_window.open_path(path)
    from desktop.services.context import AppContext

    other_ctx = AppContext.create()
    other = MainWindow(other_ctx)
    qtbot.addWidget(other)
    assert other.open_path(path)
    assert other_ctx.workspace.read_only
    assert "正在使用" in dialogs.texts()
    assert other.page("home").read_only_banner.isVisibleTo(other)
    assert "只读" in other.windowTitle()
    other.close_workspace()


def test_window_geometry_is_remembered(qtbot, ctx) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(960, 707)  # the offscreen screen is 800x800: stay inside it
    qtbot.waitUntil(lambda: first.height() == 707)
    first.close()
    stored = QSettings(str(ctx.paths.config / "window.ini"), QSettings.Format.IniFormat)
    assert stored.value("geometry") is not None
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.height() == 707


def test_window_paints_before_the_pages_are_built(qtbot, ctx) -> None:
    window = MainWindow(ctx, defer_pages=True)
    qtbot.addWidget(window)
    window.show()
    assert window.pages == [] and window.stack.currentWidget() is window.welcome
    window.open_demo()  # a click on the welcome screen before the pages exist
    window.build_pages()
    assert [p.nav_key for p in window.pages][:2] == ["home", "mentions"]
    assert window.stack.currentWidget() is window.page("home")
    assert window.navigation.isVisible()
    window.build_pages()  # idempotent
    assert window.navigation.count() == len(window.pages)
    window.close_workspace()


def test_the_window_is_the_shell_its_pages_see(main_window: MainWindow) -> None:
    """Every member of the `Shell` protocol exists on the window (pages use nothing else)."""
    members = [name for name in (*Shell.__annotations__, *vars(Shell)) if not name.startswith("_")]
    assert {"tasks", "widget", "page", "enable_with_workspace"} <= set(members)
    for name in members:
        assert hasattr(main_window, name), name
    assert main_window.find_action("action_backup_now") is not None


def test_ctrl_2_puts_the_keyboard_in_the_mention_table(qtbot, main_window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from desktop.services import mentions

    main_window.open_demo()
    main_window.activateWindow()
    main_window.navigation.setFocus()
    view = next(
        a for a in main_window.menus["view"].actions() if a.shortcut().toString() == "Ctrl+2"
    )
    view.trigger()
    page = main_window.page("mentions")
    assert main_window.stack.currentWidget() is page
    assert page.table.hasFocus()
    mention_id = page.current_mention_id()
    qtbot.keyClick(page.table, Qt.Key.Key_1)  # the triage keys work at once
    assert mentions.get_mention(main_window.ctx.workspace, mention_id)["sentiment"] == "neg"
    # arrowing through the navigation keeps the keyboard there
    main_window.navigation.setFocus()
    qtbot.keyClick(main_window.navigation, Qt.Key.Key_Down)
    assert main_window.navigation.hasFocus()


def test_status_bar_negatives_say_confirmed_and_suggested(main_window: MainWindow) -> None:
    main_window.welcome.demo_button.click()
    workspace = main_window.ctx.workspace
    assert workspace is not None
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE mentions SET sentiment = 'neg', sentiment_by = 'model',"
            " sentiment_confidence = 0.9 WHERE id IN (SELECT id FROM mentions"
            " WHERE sentiment = 'pos' LIMIT 5)"
        )
    negative = workspace.count("mentions", "sentiment = 'neg'")
    main_window.update_status()
    assert f"负面 {negative:,}" in main_window.status_counts.text()
    assert f"已确认 {negative - 5:,} 条" in main_window.status_counts.toolTip()
    assert "模型建议 5 条" in main_window.status_counts.toolTip()
