"""The cases page of a window that has the demo case open (steel-wire cluster, roster)."""

from __future__ import annotations

import pytest

from desktop.ui.cases.page import CasesPage
from tests.support.cases import make_workspace


@pytest.fixture
def page(main_window, ctx, tmp_path) -> CasesPage:
    assert main_window.open_path(make_workspace(ctx, tmp_path))
    page = main_window.show_page("cases")
    assert isinstance(page, CasesPage)
    return page
