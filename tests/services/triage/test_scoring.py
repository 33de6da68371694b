"""The model's first pass: suggestions where nobody said anything, its own reading kept for
every mention, and never a person's label or the sheet's value overwritten."""

from __future__ import annotations

from desktop.core.triage_vocab import CONFIDENT_SUGGESTION
from desktop.services import mentions, triage
from tests.support.triage import COMPLAINTS, PRAISE, add, row


def test_unlabelled_mentions_get_the_models_suggestion(workspace) -> None:
    complaints = add(workspace, COMPLAINTS)
    praise = add(workspace, PRAISE)
    result = triage.score_unlabelled(workspace)
    assert result.read == len(COMPLAINTS) + len(PRAISE)
    assert result.changes.mentions
    for mention_id in complaints:
        values = row(workspace, mention_id)
        assert (values["sentiment"], values["sentiment_by"]) == ("neg", "model")
        assert values["model_sentiment"] == "neg"
        assert 0.0 < values["sentiment_confidence"] <= 1.0
        assert values["negative_probability"] > 0.5
    assert {row(workspace, i)["sentiment"] for i in praise} == {"pos"}


def test_a_persons_label_and_the_sheets_value_are_never_overwritten(workspace) -> None:
    labelled = add(workspace, COMPLAINTS[:2], sentiment="pos", by="person", user="小周")
    vendor = add(workspace, COMPLAINTS[2:4], sentiment="neu", by="import", vendor="中性")
    triage.score_unlabelled(workspace)
    triage.score_unlabelled(workspace)  # again: still nothing overwritten
    for mention_id in labelled:
        values = row(workspace, mention_id)
        assert (values["sentiment"], values["sentiment_by"], values["sentiment_user"]) == (
            "pos",
            "person",
            "小周",
        )
        assert values["model_sentiment"] == "neg"  # its own reading, kept beside the label
    for mention_id in vendor:
        values = row(workspace, mention_id)
        assert (values["sentiment"], values["sentiment_by"], values["vendor_sentiment"]) == (
            "neu",
            "import",
            "中性",
        )


def test_a_second_pass_writes_nothing_new(workspace) -> None:
    add(workspace, COMPLAINTS + PRAISE)
    triage.score_unlabelled(workspace)
    again = triage.score_unlabelled(workspace)
    assert again.suggested == 0 and not again.changes


def test_counts_say_confirmed_and_suggested_apart(workspace) -> None:
    add(workspace, COMPLAINTS)
    add(workspace, ["又被骗了，差评"], sentiment="neg", by="person", user="小周")
    add(workspace, ["还行"], sentiment="neg", by="import", vendor="负面")
    triage.score_unlabelled(workspace)
    counts = triage.sentiment_counts(workspace)
    assert counts.confirmed["neg"] == 2
    confident = sum(
        1
        for i in range(1, len(COMPLAINTS) + 1)
        if (row(workspace, i)["sentiment_confidence"] or 0) >= CONFIDENT_SUGGESTION
    )
    assert counts.suggested.get("neg", 0) == confident >= 3
    assert counts.negative == 2 + confident
    assert counts.as_dict()["neg"]["counted"] == counts.negative
    assert (counts.by_person, counts.by_import, counts.by_model) == (1, 1, len(COMPLAINTS))


def test_suggested_negatives_start_the_response_clock(workspace) -> None:
    add(workspace, COMPLAINTS, posted_at="2026-11-01T09:00:00+08:00")
    assert mentions.overdue_count(workspace) == 0
    triage.score_unlabelled(workspace)
    counted = triage.sentiment_counts(workspace).negative
    assert counted >= 3
    assert mentions.overdue_count(workspace) == counted


def test_a_weak_guess_is_shown_but_not_counted(workspace) -> None:
    (mention_id,) = add(workspace, ["今天天气"])
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE mentions SET sentiment = 'neg', sentiment_by = 'model',"
            " sentiment_confidence = 0.4 WHERE id = ?",
            [mention_id],
        )
    counts = triage.sentiment_counts(workspace)
    assert counts.negative == 0 and counts.guessed["neg"] == 1
    assert mentions.overdue_count(workspace) == 0


def test_a_person_confirms_a_suggestion_and_undo_puts_it_back(workspace) -> None:
    workspace.user = "小周"
    ids = add(workspace, COMPLAINTS)
    (person,) = add(workspace, ["一般"], sentiment="pos", by="person", user="阿敏")
    triage.score_unlabelled(workspace)
    result = mentions.confirm_suggestions(workspace, [*ids, person])
    assert sorted(result.changed_ids) == ids  # the person's own label is not "confirmed" again
    assert {
        (row(workspace, i)["sentiment_by"], row(workspace, i)["sentiment_user"]) for i in ids
    } == {("person", "小周")}
    assert row(workspace, person)["sentiment_user"] == "阿敏"
    assert triage.model_status(workspace).labels == len(ids) + 1
    mentions.undo_triage(workspace, result.undo)
    assert {row(workspace, i)["sentiment_by"] for i in ids} == {"model"}


def test_issue_types_are_suggested_from_the_kb_and_never_replace_a_persons(workspace) -> None:
    ids = add(workspace, ["外卖里吃出钢丝，食品安全谁负责", "退款三天了还没到账", "客服态度太差了"])
    (typed,) = add(workspace, ["退款到现在都没到账"])
    mentions.set_issue_type(workspace, [typed], "delivery")  # the person's reading stands
    result = triage.score_unlabelled(workspace)
    assert result.issue_types == 3
    suggested = [(row(workspace, i)["issue_type"], row(workspace, i)["issue_type_by"]) for i in ids]
    assert suggested == [
        ("food_safety", "model"),
        ("price_refund", "model"),
        ("service_attitude", "model"),
    ]
    assert (row(workspace, typed)["issue_type"], row(workspace, typed)["issue_type_by"]) == (
        "delivery",
        "person",
    )
