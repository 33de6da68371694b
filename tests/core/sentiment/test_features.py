"""The vectorised featurizer: the same features for a text alone or in a batch, and the hand
features a person would expect (questions, emphasis, English, negation, emoticons)."""

from __future__ import annotations

from collections import Counter

import numpy as np

from desktop.core.sentiment import features as F

TEXTS = [
    "送餐太慢了！！",
    "不好吃，[怒][怒]",
    "请问几点开门？",
    "",
    "Terrible service, not good at all",
    "含\x00空字符的文本",
    "表情😀和罕见字𠀀",
    "ＡＢＣ全角？",
]


def _per_text(feats: F.Features) -> list[Counter[int]]:
    rows: list[Counter[int]] = [Counter() for _ in range(feats.count)]
    for text, row in zip(feats.text_ids.tolist(), feats.rows.tolist(), strict=True):
        rows[text][row] += 1
    return rows


def test_a_batch_gives_each_text_the_features_it_gets_alone():
    together = F.featurize(TEXTS)
    assert together.count == len(TEXTS)
    per_text = _per_text(together)
    for i, text in enumerate(TEXTS):
        alone = F.featurize([text])
        assert _per_text(alone)[0] == per_text[i], text
        assert np.array_equal(alone.dense[0], together.dense[i])
        assert alone.scale[0] == together.scale[i]


def test_rows_fit_the_weight_table():
    feats = F.featurize(TEXTS)
    assert feats.rows.min() >= 0 and feats.rows.max() < F.HASHED


def test_hand_features():
    feats = F.featurize(["请问几点开门？", "外卖到了吗", "还没到？？？", "太好了！！", "好吃"])
    question = feats.dense[:, F.QUESTION].tolist()
    exclaim = feats.dense[:, F.EXCLAIM].tolist()
    assert question == [1, 1, 0, 0, 0]
    assert exclaim == [0, 0, 1, 1, 0]
    assert feats.dense[0, F.QUESTION_WORD] == 1


def test_negation_adds_its_own_features():
    plain, negated = _per_text(F.featurize(["好吃", "不好吃"]))
    assert set(plain) < set(negated)
    assert len(set(negated) - set(plain)) >= 3  # 不, 不好, and the negation-scope pair


def test_emoticons_are_tokens_of_their_own():
    emoticon, same_characters = _per_text(F.featurize(["[怒]", "[ 怒 ]"]))
    assert sum(emoticon.values()) == 3 + 2 + 1  # characters, pairs, and the emoticon itself
    assert len(set(emoticon) - set(same_characters)) == 3  # "[怒", "怒]" and the token


def test_blank_texts_are_empty_and_only_those():
    feats = F.featurize(["", "   ", "\n", "好", "..."])
    assert feats.empty.tolist() == [True, True, True, False, False]


def test_full_width_folds_to_ascii():
    assert _per_text(F.featurize(["好？"])) == _per_text(F.featurize(["好?"]))
    assert F.featurize(["ＧＯＯＤ ＧＲＥＡＴ ＬＯＶＥ"]).english[0]
