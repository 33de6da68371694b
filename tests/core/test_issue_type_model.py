"""Issue-type suggestions from the 问答库's examples and keywords, and from a person's labels."""

from __future__ import annotations

import numpy as np

from desktop.core.issue_type_model import IssueTypeModel
from tools import issue_type_eval

EXAMPLES = {
    "食品安全": ["头发", "异物", "虫子", "变质", "过期", "拉肚子", "吃出了头发", "食物中毒"],
    "配送": ["送餐慢", "骑手", "配送", "送错", "超时", "迟到", "送了两个小时"],
    "服务态度": ["态度差", "客服", "不理人", "服务员", "骂人"],
    "价格": ["太贵", "多收钱", "涨价", "优惠券"],
}


def test_texts_get_the_type_their_words_point_to():
    model = IssueTypeModel.build(EXAMPLES)
    texts = ["外卖里吃出了一根头发", "骑手送了一个半小时", "客服态度太差了", "这价格也太贵了吧"]
    assert [t for t, _ in model.predict(texts)] == ["食品安全", "配送", "服务态度", "价格"]


def test_unrelated_text_is_unsure_not_forced():
    model = IssueTypeModel.build(EXAMPLES)
    result = model.predict(["今天天气不错", "好吃", ""])
    assert [t for t, _ in result] == ["", "", ""]
    assert all(confidence < 0.45 for _, confidence in result)


def test_a_persons_labels_teach_a_new_type():
    labelled = [
        ("app闪退了打不开", "系统故障"),
        ("小程序一直闪退", "系统故障"),
        ("支付页面闪退", "系统故障"),
    ]
    before = IssueTypeModel.build(EXAMPLES)
    after = IssueTypeModel.build(EXAMPLES, labelled)
    assert before.predict(["下单时又闪退了"])[0][0] == ""
    assert after.predict(["下单时又闪退了"])[0][0] == "系统故障"
    assert "系统故障" in after.types


def test_labels_move_an_ambiguous_text():
    text = "汤洒了，菜里还有头发"
    labelled = [("汤洒了一半", "配送"), ("汤都洒了", "配送")]
    assert IssueTypeModel.build(EXAMPLES).predict([text])[0][0] == "食品安全"
    assert IssueTypeModel.build(EXAMPLES, labelled).predict([text])[0][0] == "配送"


def test_no_examples_suggest_nothing():
    model = IssueTypeModel.build({})
    assert model.predict(["外卖里吃出了一根头发"]) == [("", 0.0)]
    assert IssueTypeModel.build({"配送": []}).types == ()


def test_predictions_are_deterministic():
    texts = ["外卖里吃出了一根头发", "骑手送了一个半小时"]
    assert IssueTypeModel.build(EXAMPLES).predict(texts) == IssueTypeModel.build(EXAMPLES).predict(
        texts
    )


def test_the_type_name_itself_is_a_keyword():
    model = IssueTypeModel.build({"食品安全": ["异物"], "隐私": ["泄露"]})
    assert model.predict(["这是严重的食品安全问题"])[0][0] == "食品安全"
    assert model.predict(["我的隐私被卖了"])[0][0] == "隐私"


def test_seeded_kb_paraphrases_get_their_entrys_type():
    """The 问答库's examples and keywords → the paraphrase set (written apart from them)."""
    model = IssueTypeModel.build(issue_type_eval.seeded_examples())
    pairs = issue_type_eval.paraphrase_set()
    guesses = [t for t, _ in model.predict([text for text, _ in pairs])]
    right = sum(g == want for g, (_, want) in zip(guesses, pairs, strict=True))
    baseline = issue_type_eval.keyword_predict(
        issue_type_eval.seeded_examples(), [text for text, _ in pairs]
    )
    keyword_right = sum(g == want for g, (_, want) in zip(baseline, pairs, strict=True))
    assert len(pairs) >= 50
    assert right / len(pairs) >= 0.9
    assert right > keyword_right


def test_a_type_code_is_not_a_keyword():
    model = IssueTypeModel.build({"food_safety": ["头发", "异物"], "delivery": ["骑手", "超时"]})
    assert model.predict(["The food was lovely"])[0][0] == ""
    assert model.predict(["吃出了头发"])[0][0] == "food_safety"


def test_scores_from_shared_features_equal_its_own_reading():
    """Scoring featurizes once for both models (with unigrams); the issue types read the same."""
    from desktop.core.sentiment import features as F

    model = IssueTypeModel.build(EXAMPLES)
    texts = ["外卖里吃出了一根头发", "骑手送了一个半小时", "", "好吃", "客服态度太差了 [怒]"]
    shared = model.feature_scores(F.featurize(texts))
    assert np.array_equal(shared, model.scores(texts))
    best, confidence = model.best(shared)
    names = [*model.types, ""]
    pairs = zip(best.tolist(), confidence.tolist(), strict=True)
    assert [(names[b], c) for b, c in pairs] == model.predict(texts)
