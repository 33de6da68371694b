"""Fixtures of the 问答库 service tests."""

from __future__ import annotations

import pytest

from tests.support.kb import add_person


@pytest.fixture
def approver(workspace) -> int:
    """A roster person who may approve 问答库 scripts (A for approve_kb)."""
    return add_person(workspace, "周敏", approver=True)
