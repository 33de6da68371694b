"""Shared fixtures: every test gets its own app home, so nothing is written outside tmp dirs."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.services import workspaces
from desktop.services.context import HOME_ENV, AppContext
from desktop.storage.workspace import Workspace

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPORA = REPO_ROOT.parent / "shared" / "corpora"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """App data, settings, backups and logs go to a fresh folder for each test."""
    home = tmp_path_factory.mktemp("crisisdesk-home")
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return home


@pytest.fixture(autouse=True)
def chinese_messages(monkeypatch: pytest.MonkeyPatch):
    """Service messages (core/messages) start in Chinese in every test, whatever the shell's
    CRISISDESK_LANG; a test that switches the window or the CLI to English cannot leak."""
    from desktop.core import messages

    monkeypatch.delenv("CRISISDESK_LANG", raising=False)
    previous = messages.set_display_language("zh")
    yield
    messages.set_display_language(previous)


@pytest.fixture
def ctx() -> AppContext:
    context = AppContext.create()
    yield context
    if context.workspace is not None and not context.workspace.closed:
        context.workspace.close()


@pytest.fixture
def workspace(ctx: AppContext, tmp_path: Path) -> Workspace:
    """A new, seeded, open workspace that is also the context's workspace."""
    created = workspaces.create_workspace(
        ctx, tmp_path / "test", name="测试工作区", brand="测试品牌"
    )
    ctx.workspace = created
    yield created
    created.close()


@pytest.fixture
def demo_workspace(ctx: AppContext, tmp_path: Path) -> Workspace:
    created = workspaces.create_workspace(ctx, tmp_path / "demo", demo=True)
    ctx.workspace = created
    yield created
    created.close()


@pytest.fixture
def corpora() -> Path:
    """The shared public corpora (`../shared/corpora`); tests skip cleanly when absent."""
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not available")
    return CORPORA
