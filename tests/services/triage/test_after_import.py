"""Suggestions appear right after an import (the after-import step, in the import's worker),
and a re-import never takes a person's label away."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from desktop.core.triage_vocab import CONFIDENT_SUGGESTION
from desktop.services import importing, mentions, triage
from tests.support.triage import COMPLAINTS, PRAISE, row

WAIMAI_SLICE = 2_000


def write_csv(path: Path, rows: list[list[str]], header: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(workspace, file: Path):
    return importing.import_file(workspace.path, file, user="tester", backup=False)


def by_text(workspace) -> dict[str, int]:
    return {t: i for i, t in workspace.db.execute("SELECT id, text FROM mentions")}


def test_an_import_without_a_sentiment_column_comes_out_triaged(workspace, tmp_path) -> None:
    texts = COMPLAINTS + PRAISE
    run(workspace, write_csv(tmp_path / "a.csv", [[t, "1"] for t in texts], ["正文", "点赞数"]))
    ids = by_text(workspace)
    assert {row(workspace, ids[t])["sentiment"] for t in COMPLAINTS} == {"neg"}
    assert {row(workspace, ids[t])["sentiment_by"] for t in texts} == {"model"}
    assert triage.sentiment_counts(workspace).negative >= 3


def test_a_reimport_keeps_the_persons_label_and_takes_the_sheets_value(workspace, tmp_path) -> None:
    header = ["正文", "点赞数", "情感"]
    first = [[t, "1", ""] for t in COMPLAINTS[:3]]
    run(workspace, write_csv(tmp_path / "a.csv", first, header))
    ids = by_text(workspace)
    labelled, other, third = (ids[t] for t in COMPLAINTS[:3])
    mentions.set_sentiment(workspace, [labelled], "pos")
    # The same posts again, more likes, and now the sheet has a sentiment of its own.
    again = [[t, "9", "中性"] for t in COMPLAINTS[:2]] + [[COMPLAINTS[2], "9", ""]]
    run(workspace, write_csv(tmp_path / "b.csv", again, header))
    assert (row(workspace, labelled)["sentiment"], row(workspace, labelled)["sentiment_by"]) == (
        "pos",
        "person",
    )
    assert row(workspace, other)["sentiment_by"] == "import"
    assert row(workspace, other)["vendor_sentiment"] == "中性"
    assert (row(workspace, third)["sentiment"], row(workspace, third)["sentiment_by"]) == (
        "neg",
        "model",
    )


def test_2000_real_reviews_most_complaints_are_counted_negative(
    workspace, tmp_path, corpora
) -> None:
    """Issue 14: 2,000 food-delivery reviews, no sentiment column; the home page read 负面 0
    while 1,346 were complaints."""
    source = corpora / "sentiment" / "zh_waimai_10k.csv"
    if not source.is_file():
        pytest.skip("zh_waimai_10k.csv is not available")
    with source.open(encoding="utf-8") as handle:
        reviews = [(int(r["label"]), r["review"].strip()) for r in csv.DictReader(handle)]
    reviews = [r for r in reviews if r[1]]
    sample = random.Random(14).sample(reviews, WAIMAI_SLICE)
    texts = [text for _, text in sample]
    run(workspace, write_csv(tmp_path / "w.csv", [[t, ""] for t in texts], ["正文", "点赞数"]))
    complaints = {text for label, text in sample if label == 0}
    counted = {
        text
        for (text,) in workspace.db.execute(
            "SELECT text FROM mentions WHERE sentiment = 'neg' AND sentiment_by = 'model'"
            " AND sentiment_confidence >= ?",
            [CONFIDENT_SUGGESTION],
        )
    }
    found = len(counted & complaints) / len(complaints)
    precision = len(counted & complaints) / max(1, len(counted))
    assert found >= 0.75, f"only {found:.0%} of the complaints counted negative"
    assert precision >= 0.95, f"{precision:.0%} of counted negatives are complaints"
    assert triage.sentiment_counts(workspace).negative == len(counted)


def test_when_the_sheet_drops_its_value_the_model_suggests_again(workspace, tmp_path) -> None:
    header = ["正文", "点赞数", "情感"]
    run(workspace, write_csv(tmp_path / "a.csv", [[COMPLAINTS[0], "1", "正面"]], header))
    (mention_id,) = by_text(workspace).values()
    assert (
        row(workspace, mention_id)["sentiment"],
        row(workspace, mention_id)["sentiment_by"],
    ) == (
        "pos",
        "import",
    )
    run(workspace, write_csv(tmp_path / "b.csv", [[COMPLAINTS[0], "2", ""]], header))
    assert (
        row(workspace, mention_id)["sentiment"],
        row(workspace, mention_id)["sentiment_by"],
    ) == (
        "neg",
        "model",
    )
