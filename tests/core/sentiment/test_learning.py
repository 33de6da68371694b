"""Learning from a person's labels, and the honest agreement figure."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.errors import UserError
from desktop.core.sentiment import Agreement, SentimentModel, adapt, cross_validate, learning

# In this workspace "发货了" posts are neutral logistics notices and "yyds" is praise.
NOTICES = [f"订单{n}号已经发货了，预计明天到" for n in range(12)]
SLANG = [f"这家店yyds{n}" for n in range(12)]


def test_adapt_moves_predictions_towards_the_labels(shipped):
    texts = NOTICES + SLANG
    labels = ["neu"] * len(NOTICES) + ["pos"] * len(SLANG)
    adapted = adapt(shipped, texts, labels)
    probe = ["订单99号已经发货了，预计后天到", "这家店真的yyds"]
    before, after = shipped.predict(probe), adapted.predict(probe)
    assert after.labels == ["neu", "pos"]
    assert after.probabilities[0, 1] > before.probabilities[0, 1]
    assert after.probabilities[1, 2] > before.probabilities[1, 2]


def test_adapt_leaves_unrelated_texts_alone(shipped):
    adapted = adapt(shipped, NOTICES, ["neu"] * len(NOTICES))
    unrelated = ["送餐太慢了，菜都凉了，差评", "很好吃，送得很快，下次还点"]
    assert adapted.predict(unrelated).labels == shipped.predict(unrelated).labels


def test_adapt_is_deterministic_and_does_not_touch_the_base(shipped):
    before = shipped.weights.copy()
    first = adapt(shipped, SLANG, ["neg"] * len(SLANG), seed=3)
    second = adapt(shipped, SLANG, ["neg"] * len(SLANG), seed=3)
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(shipped.weights, before)
    assert first.labels_used == len(SLANG)


def test_adapted_model_survives_a_bytes_round_trip(shipped):
    adapted = adapt(shipped, SLANG, ["neg"] * len(SLANG))
    copy = SentimentModel.from_bytes(adapted.to_bytes())
    assert copy.predict(["这家店yyds"]).labels == ["neg"]
    assert copy.labels_used == len(SLANG)


def test_unknown_label_is_refused(shipped):
    with pytest.raises(UserError, match="neg、neu 或 pos"):
        adapt(shipped, ["好吃"], ["positive"])


def test_no_usable_labels_returns_the_base(shipped):
    assert adapt(shipped, ["", "  "], ["neg", "pos"]) is shipped


def test_too_few_labels_give_no_agreement(shipped):
    result = cross_validate(shipped, SLANG[:5], ["pos"] * 5)
    assert result == Agreement(None, None, 5)


def test_cross_validation_never_scores_a_text_it_trained_on(shipped, monkeypatch):
    texts = [f"第{n}条：这家店yyds" for n in range(30)]
    labels = ["neg" if n % 2 else "pos" for n in range(30)]
    trained_on: list[set[str]] = []
    real_adapt = learning.adapt

    def spying_adapt(base, train_texts, train_labels, *, seed=0):
        trained_on.append(set(train_texts))
        return real_adapt(base, train_texts, train_labels, seed=seed)

    scored: list[list[str]] = []
    real_predict = SentimentModel.predict

    def spying_predict(self, predict_texts):
        if self is not shipped:  # the base's own reading (the baseline) saw no label
            scored.append(list(predict_texts))
        return real_predict(self, predict_texts)

    monkeypatch.setattr(learning, "adapt", spying_adapt)
    monkeypatch.setattr(SentimentModel, "predict", spying_predict)
    result = cross_validate(shipped, texts, labels, folds=5)
    assert len(trained_on) == 5 and len(scored) == 5
    for train, held in zip(trained_on, scored, strict=True):
        assert not train & set(held)
    assert sorted(t for held in scored for t in held) == sorted(texts)
    assert result.labels == 30 and result.agreement is not None


def test_cross_validation_reports_what_it_learned(shipped):
    texts = NOTICES + SLANG
    labels = ["neu"] * len(NOTICES) + ["pos"] * len(SLANG)
    result = cross_validate(shipped, texts, labels, folds=4)
    assert result.labels == 24
    assert result.agreement is not None and result.agreement >= 0.9
    assert result.macro_f1 is not None and result.macro_f1 >= 0.9
    assert result.base_agreement is not None and result.base_agreement < result.agreement


def test_macro_f1_counts_only_labelled_classes():
    truth = np.array([0, 0, 2, 2])
    assert learning.macro_f1(truth, np.array([0, 0, 2, 2])) == 1.0
    assert learning.macro_f1(truth, np.array([1, 1, 1, 1])) == 0.0
