"""The shipped model, loaded once for the sentiment tests (it is read-only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.sentiment import SHIPPED_MODEL, SentimentModel

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@pytest.fixture(scope="session")
def shipped() -> SentimentModel:
    return SentimentModel.from_file(RESOURCES / SHIPPED_MODEL)
