"""The shipped model on texts whose sentiment nobody would dispute, and its storage."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.errors import UserError
from desktop.core.sentiment import SentimentModel
from tests.core.sentiment import three_way_set
from tests.core.sentiment.conftest import RESOURCES


def test_complaints_are_negative_and_praise_positive(shipped):
    complaints = [
        "送餐太慢了，菜都凉了，差评",
        "你们的客服态度太差了！！！投诉！",
        "吃完拉肚子，要求退款",
    ]
    praise = ["很好吃，送得很快，下次还点", "服务很热情，环境干净，推荐", "味道不错，包装也好"]
    result = shipped.predict(complaints + praise)
    assert result.labels == ["neg"] * 3 + ["pos"] * 3
    assert all(result.p_negative[:3] > 0.7)
    assert all(result.p_negative[3:] < 0.2)


def test_negation_turns_praise_into_complaint(shipped):
    result = shipped.predict(["好吃", "不好吃", "满意", "不满意"])
    assert result.labels == ["pos", "neg", "pos", "neg"]


def test_a_plain_question_is_neutral(shipped):
    result = shipped.predict(["请问你们几点开门？", "这个怎么退款？", "外卖到了吗"])
    assert result.labels == ["neu", "neu", "neu"]


def test_empty_text_is_neutral_with_low_confidence(shipped):
    result = shipped.predict(["", "   ", "好吃"])
    assert result.labels[:2] == ["neu", "neu"]
    assert all(result.confidence[:2] < 0.4)
    assert len(result) == 3 and result.p_negative.shape == (3,)


def test_confidence_is_the_probability_of_the_label(shipped):
    result = shipped.predict(["送餐太慢了", "好吃", "今天下雨了"])
    rows = np.arange(3)
    best = result.probabilities.argmax(axis=1)
    assert np.allclose(result.confidence, result.probabilities[rows, best])
    assert np.allclose(result.probabilities.sum(axis=1), 1.0)


def test_scoring_is_deterministic_and_independent_of_batching(shipped):
    texts = ["送餐太慢了", "好吃", "不好吃", "这个怎么退款？"] * 5
    together = shipped.predict(texts)
    alone = [shipped.predict([t]) for t in texts]
    assert together.labels == [a.labels[0] for a in alone]
    assert np.allclose(together.p_negative, [a.p_negative[0] for a in alone])
    assert np.array_equal(shipped.predict(texts).p_negative, together.p_negative)


def test_no_texts_gives_no_predictions(shipped):
    result = shipped.predict([])
    assert result.labels == [] and result.p_negative.shape == (0,)


def test_bytes_round_trip_keeps_the_predictions(shipped):
    copy = SentimentModel.from_bytes(shipped.to_bytes())
    texts = ["送餐太慢了", "好吃", "这个怎么退款？"]
    assert copy.predict(texts).labels == shipped.predict(texts).labels
    assert np.allclose(copy.predict(texts).p_negative, shipped.predict(texts).p_negative, atol=1e-3)


def test_the_shipped_file_loads_and_is_small():
    path = RESOURCES / "models" / "sentiment_zh.npz"
    assert path.stat().st_size < 4_000_000
    assert SentimentModel.from_file(path).predict(["好吃"]).labels == ["pos"]


def test_damaged_model_data_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="损坏"):
        SentimentModel.from_bytes(b"not a model")
    with pytest.raises(UserError, match="读不到"):
        SentimentModel.from_file(tmp_path / "missing.npz")


def test_three_way_on_hand_labelled_brand_mentions(shipped):
    """Questions and notices neutral, complaints and praise on their side (a floor)."""
    pairs = three_way_set.labelled()
    result = shipped.predict([t for t, _ in pairs])
    right = [label == guess for (_, label), guess in zip(pairs, result.labels, strict=True)]
    assert sum(right) / len(pairs) >= 0.78
    for wanted in ("neg", "neu", "pos"):
        hits = [r for (_, label), r in zip(pairs, right, strict=True) if label == wanted]
        assert sum(hits) / len(hits) >= 0.65, wanted


def test_truncated_model_data_is_a_user_error(shipped):
    data = shipped.to_bytes()
    with pytest.raises(UserError, match="损坏"):
        SentimentModel.from_bytes(data[: len(data) // 2])


def test_long_texts_are_scored_in_bounded_pieces(shipped, monkeypatch):
    from desktop.core.sentiment import model as model_module

    monkeypatch.setattr(model_module, "CHUNK_CHARS", 50)
    texts = ["送餐太慢了，菜都凉了，差评" * 10, "好吃", "很好吃，送得很快，下次还点" * 5, "不好吃"]
    assert model_module.chunks(texts) == [(0, 1), (1, 2), (2, 3), (3, 4)]
    assert model_module.chunks(["好吃", "不好吃", "送得很快"]) == [(0, 3)]
    assert shipped.predict(texts).labels == ["neg", "pos", "pos", "neg"]


def test_a_missing_text_reads_as_empty(shipped):
    result = shipped.predict(["好吃", None, "不好吃"])  # type: ignore[list-item]
    assert result.labels == ["pos", "neu", "neg"]


def test_predicting_from_features_equals_predicting_the_texts(shipped):
    """Triage scoring featurizes once and hands the features to both models."""
    from desktop.core.sentiment import features as F

    texts = ["太难吃了，再也不点了", "", "   ", "好吃！推荐", "请问几点开门？", "not bad at all"]
    direct, shared = shipped.predict(texts), shipped.predict_features(F.featurize(texts))
    assert shared.labels == direct.labels
    assert np.allclose(shared.confidence, direct.confidence)
    assert np.allclose(shared.p_negative, direct.p_negative)
