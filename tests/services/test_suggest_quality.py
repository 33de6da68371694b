"""Suggestion quality on the labelled set of paraphrased comments (a quality floor, not timing)."""

from __future__ import annotations

from desktop.services import suggest
from tests.support.kb_labelled_set import LABELLED, cases


def test_labelled_set_covers_every_seeded_entry(workspace) -> None:
    titles = {r[0] for r in workspace.db.execute("SELECT title FROM kb_entries")}
    assert titles == set(LABELLED)


def test_top3_hit_rate_on_paraphrases_is_at_least_90_percent(workspace) -> None:
    labelled = cases()
    top1 = top3 = 0
    for comment, expected in labelled:
        titles = [e.title for e in suggest.suggest_entries(workspace, comment, 3)]
        top1 += titles[:1] == [expected]
        top3 += expected in titles
    assert top3 / len(labelled) >= 0.9
    assert top1 / len(labelled) >= 0.75
