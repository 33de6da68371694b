"""The shipped model on the public corpora (skipped when ../shared/corpora is absent)."""

from __future__ import annotations

import numpy as np
import pytest

from tools import sentiment_corpora, sentiment_eval

pytestmark = pytest.mark.skipif(
    not sentiment_corpora.available(), reason="corpora not present (../shared/corpora)"
)


def test_agrees_with_people_on_unseen_weibo_posts(shipped):
    result = sentiment_eval.score(shipped, sentiment_corpora.weibo2018_test())
    assert result.binary_agreement >= 0.84
    keywords = sentiment_eval.keyword_score(sentiment_corpora.weibo2018_test())
    assert result.binary_agreement > keywords.binary_agreement + 0.1


def test_the_most_negative_reviews_are_complaints(shipped):
    """The issue's 2,000-review sheet: the top 100 by P(negative) are real complaints."""
    reviews = sentiment_corpora.waimai()[::6][:2000]
    result = shipped.predict([t for t, _ in reviews])
    top = np.argsort(-result.p_negative, kind="stable")[:100]
    complaints = sum(reviews[i][1] == "neg" for i in top)
    assert complaints >= 90
    confident = (np.asarray(result.labels) == "neg") & (result.confidence >= 0.7)
    assert confident.sum() >= 500  # not "负面 0": hundreds are counted as suggested negatives


def test_labels_from_a_new_stream_raise_agreement(shipped):
    stream = sentiment_corpora.weibo_senti_stripped()
    curve = sentiment_eval.learning_curve(shipped, stream, [300, 1000], test_size=1500)
    assert curve[300].macro_f1_3way > curve[0].macro_f1_3way + 0.1
    assert curve[1000].binary_agreement > curve[0].binary_agreement


def test_confident_negative_suggestions_are_right(shipped):
    """What the counters count (CONFIDENT_SUGGESTION) is right nine times in ten, unseen."""
    from desktop.core.triage_vocab import CONFIDENT_SUGGESTION

    posts = sentiment_corpora.weibo2018_test()
    result = shipped.predict([t for t, _ in posts])
    counted = [
        label
        for (_, label), guess, confidence in zip(
            posts, result.labels, result.confidence, strict=True
        )
        if guess == "neg" and confidence >= CONFIDENT_SUGGESTION
    ]
    assert len(counted) >= 40
    assert counted.count("neg") / len(counted) >= 0.9
