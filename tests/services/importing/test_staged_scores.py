"""An import's new mentions arrive with the model's reading: it is read from the staging file
before the merge (services/triage.score_staged), not written over the fresh rows after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import importing
from desktop.services.importing import after_import


@pytest.fixture
def no_after_import_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(after_import, "steps", list)


def test_new_mentions_are_inserted_with_the_models_reading(
    workspace, tmp_path: Path, no_after_import_steps
) -> None:
    sheet = tmp_path / "reviews.csv"
    sheet.write_text(
        "平台,作者,发布时间,内容,情感\n"
        "微博,a,2026-12-03 10:00,太难吃了，再也不来了，退钱！,\n"
        "微博,b,2026-12-03 10:05,味道很好，服务也很热情，下次还来,\n"
        "微博,c,2026-12-03 10:10,送来的汤全洒了，差评,正面\n",
        encoding="utf-8",
    )
    result = importing.import_file(workspace.path, sheet, user="t", backup=False)
    assert result.inserted == 3
    rows = {
        author: (sentiment, by, confidence, model)
        for author, sentiment, by, confidence, model in workspace.db.execute(
            "SELECT author, sentiment, sentiment_by, sentiment_confidence, model_sentiment"
            " FROM mentions"
        )
    }
    # No step ran after the import, yet the model's reading is there:
    assert rows["a"][:2] == ("neg", "model") and rows["a"][2] > 0.5
    assert rows["b"][:2] == ("pos", "model")
    # The sheet's own value is shown and kept; the model's reading is stored beside it.
    assert rows["c"][:3] == ("pos", "import", None) and rows["c"][3] == "neg"


def test_a_reimport_reads_nothing_again(workspace, tmp_path: Path) -> None:
    sheet = tmp_path / "one.csv"
    sheet.write_text("平台,作者,内容,链接\n微博,a,太难吃了，退钱,http://x/1\n", encoding="utf-8")
    importing.import_file(workspace.path, sheet, user="t", backup=False)
    before = workspace.db.execute("SELECT sentiment, sentiment_by FROM mentions").fetchall()
    again = importing.import_file(workspace.path, sheet, user="t", backup=False)
    assert again.inserted == 0 and again.duplicates == 1
    assert workspace.db.execute("SELECT sentiment, sentiment_by FROM mentions").fetchall() == before
