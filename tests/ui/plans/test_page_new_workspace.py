"""The 预案 page on a new workspace with nobody in the roster: every plan's health finding
(never drilled, a role nobody holds) is shown in words, in Chinese and in English, instead of
the page failing on its first refresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import messages
from desktop.services import plans, workspaces
from desktop.ui.main_window import MainWindow
from desktop.ui.plans.page import PlansPage


def test_plans_page_of_an_empty_roster_lists_its_findings(
    main_window: MainWindow, tmp_path: Path
) -> None:
    workspaces.create_workspace(
        main_window.ctx, tmp_path / "new", name="新工作区", brand="鹿角巷"
    ).close()
    assert main_window.open_path(tmp_path / "new.crisisdesk")
    page = main_window.show_page("plans")
    assert isinstance(page, PlansPage)
    found = plans.findings(main_window.ctx.require_workspace())
    codes = {f.code for f in found}
    assert {"plan_never_tested", "plan_role_empty"} <= codes
    assert page.health_label.text() == f"预案检查：{len(found)} 个问题"
    tip = page.health_label.toolTip()
    assert "从未演练过" in tip and "通讯录里没有这个角色的人" in tip
    # English: plan findings as catalogue messages (english2's message_catalogue_plans)
    pytest.importorskip("desktop.core.message_catalogue_plans")
    english = [f.text("en") for f in found]
    assert any("never been drilled" in t for t in english)
    assert all(f.fix_text("en") for f in found)
    assert messages.display_language() == "zh"


def test_many_findings_show_the_first_few_and_how_to_clear_them(
    main_window: MainWindow, tmp_path: Path
) -> None:
    from desktop.ui.plans.page import FINDINGS_SHOWN

    workspaces.create_workspace(main_window.ctx, tmp_path / "new", name="新工作区").close()
    assert main_window.open_path(tmp_path / "new.crisisdesk")
    page = main_window.show_page("plans")
    assert isinstance(page, PlansPage) and len(page.found) > FINDINGS_SHOWN
    box = page.show_findings_dialog()
    assert f"另有 {len(page.found) - FINDINGS_SHOWN} 条" in box.text()
    assert "危机通讯录" in box.informativeText() and "开始演练" in box.informativeText()
    box.close()
