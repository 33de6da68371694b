"""The training tool: reproducible weights from the corpora (skipped without them)."""

from __future__ import annotations

import numpy as np
import pytest

from tools import sentiment_corpora, train_sentiment

pytestmark = pytest.mark.skipif(
    not sentiment_corpora.available(), reason="corpora not present (../shared/corpora)"
)


def _small_corpora() -> dict[str, list[tuple[str, str]]]:
    return {
        "waimai": sentiment_corpora.waimai()[::8],
        "weibo2018_train": sentiment_corpora.weibo2018_train()[::8],
    }


def test_training_is_reproducible_for_a_seed():
    first = train_sentiment.train(_small_corpora(), seed=5)
    second = train_sentiment.train(_small_corpora(), seed=5)
    assert np.array_equal(first.weights, second.weights)
    assert first.to_bytes() == second.to_bytes()


def test_a_small_training_already_tells_complaints_from_praise():
    model = train_sentiment.train(_small_corpora())
    assert model.predict(["送餐太慢了，菜都凉了", "很好吃，下次还点"]).labels == ["neg", "pos"]


def test_the_tool_writes_a_loadable_file(tmp_path, monkeypatch):
    monkeypatch.setattr(
        sentiment_corpora, "TRAINING", {"waimai": lambda: sentiment_corpora.waimai()[::10]}
    )
    out = tmp_path / "m.npz"
    assert train_sentiment.main(["--out", str(out)]) == 0
    from desktop.core.sentiment import SentimentModel

    model = SentimentModel.from_file(out)
    assert model.predict(["送餐太慢了，菜都凉了，差评"]).labels == ["neg"]


@pytest.mark.slow
def test_the_shipped_file_is_what_the_tool_builds():
    """Rerunning the tool on the corpora gives the shipped weights, byte for byte."""
    corpora = {name: read() for name, read in sentiment_corpora.TRAINING.items()}
    built = train_sentiment.train(corpora).to_bytes()
    assert built == train_sentiment.OUT.read_bytes()
