"""The response-window alarm counts by the counting rule: confirmed negatives and confident
model suggestions start the clock (a suggestion says so); a weak guess does not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.core.response_window import response_state
from desktop.core.triage_vocab import CONFIDENT_SUGGESTION, counts_as

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


def state(by: str | None, confidence: float | None):
    return response_state(
        sentiment="neg",
        status="new",
        posted_at="2026-11-18T09:00:00+00:00",
        replied_at=None,
        now=NOW,
        window_hours=2,
        sentiment_by=by,
        confidence=confidence,
    )


@pytest.mark.parametrize("by", ["person", "import"])
def test_a_confirmed_negative_is_overdue(by) -> None:
    alarm = state(by, None)
    assert alarm.applies and alarm.overdue and not alarm.suggested


@pytest.mark.parametrize("by", ["", "小周"])
def test_a_negative_nobody_owns_is_not_counted(by) -> None:
    """Only a person, the sheet or a confident model say "negative" (m0008 gave every older
    value its source; the demo is written with sources too)."""
    assert not state(by, None).applies


def test_a_confident_suggestion_is_overdue_and_says_it_is_a_suggestion() -> None:
    alarm = state("model", CONFIDENT_SUGGESTION)
    assert alarm.applies and alarm.overdue and alarm.suggested


def test_a_weak_guess_has_no_clock() -> None:
    assert not state("model", CONFIDENT_SUGGESTION - 0.01).applies
    assert not state("model", None).applies


def test_callers_without_a_source_keep_the_stored_sentiment() -> None:
    assert state(None, None).overdue


def test_counts_as() -> None:
    assert counts_as("neg", "person", None, "neg")
    assert not counts_as("pos", "person", None, "neg")
    assert counts_as("neg", "model", 0.9, "neg") and not counts_as("neg", "model", 0.5, "neg")
