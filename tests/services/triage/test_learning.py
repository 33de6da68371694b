"""The model learns from the person's labels on this workspace only, and says honestly how
well it does here."""

from __future__ import annotations

from statistics import mean

from desktop.services import mentions, triage, workspaces
from tests.support.triage import add, row

# A stream the shipped model has never seen: episode chatter the PR person reads as negative
# (the fans are turning on the character).
STREAM = [f"第{n}集 梁正贤又出场了，{'海王' if n % 2 else '渣男'}本色" for n in range(1, 61)]
LABELLED = 40


def p_negative(workspace, ids: list[int]) -> float:
    return mean(row(workspace, i)["negative_probability"] for i in ids)


def test_labels_retrain_this_workspace_and_no_other(ctx, workspace, tmp_path) -> None:
    other = workspaces.create_workspace(ctx, tmp_path / "other", name="另一个")
    try:
        ids = add(workspace, STREAM)
        other_ids = add(other, STREAM)
        triage.score_unlabelled(workspace)
        triage.score_unlabelled(other)
        unlabelled = ids[LABELLED:]
        before = p_negative(workspace, unlabelled)
        assert triage.model_status(workspace).due is False
        mentions.set_sentiment(workspace, ids[:LABELLED], "neg")
        status = triage.model_status(workspace)
        assert status.labels == LABELLED and status.due
        result = triage.retrain(workspace)
        assert result.trained and result.changes.mentions
        assert result.status.labels_used == LABELLED and not result.status.due
        if result.status.agreement is not None:
            assert 0.0 <= result.status.agreement <= 1.0
            assert 0 < result.status.agreement_labels <= LABELLED
        after = p_negative(workspace, unlabelled)
        assert after > before + 0.1, (before, after)
        assert {row(workspace, i)["sentiment"] for i in ids[:LABELLED]} == {"neg"}
        # The other workspace still reads with the shipped model.
        triage.score_unlabelled(other)
        assert abs(p_negative(other, other_ids[LABELLED:]) - before) < 1e-6
        assert triage.model_status(other).adapted is False
    finally:
        other.close()


def test_too_few_labels_keep_the_shipped_model(workspace) -> None:
    ids = add(workspace, STREAM[:10])
    mentions.set_sentiment(workspace, ids[:5], "neg")
    result = triage.retrain(workspace)
    assert not result.trained and not result.changes
    assert result.status.agreement is None and result.status.labels == 5


def test_retrain_if_due_waits_for_enough_new_labels(workspace) -> None:
    ids = add(workspace, STREAM)
    mentions.set_sentiment(workspace, ids[: triage.RETRAIN_EVERY - 1], "neg")
    assert triage.retrain_if_due(workspace) is None
    mentions.set_sentiment(workspace, ids[triage.RETRAIN_EVERY - 1 : triage.RETRAIN_EVERY], "neg")
    assert triage.retrain_if_due(workspace) is not None
    assert triage.retrain_if_due(workspace) is None  # nothing new since
