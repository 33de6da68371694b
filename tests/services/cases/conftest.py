"""The case most tests of services/cases start from."""

from __future__ import annotations

import pytest

from desktop.services import cases


@pytest.fixture
def case_id(workspace):
    return cases.create_case(
        workspace,
        title="徐汇店沙拉碗钢丝事件",
        scenario="food_safety",
        detected_at="2026-11-18T09:40:00+08:00",
    ).id
