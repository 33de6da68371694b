"""The similarity index, match explanation, channel limits and deviation."""

from desktop.core import channel_limits
from desktop.core.deviation import deviation_percent
from desktop.core.similarity import SimilarityIndex, shared_terms, top_k

TEXTS = [
    "退款一直没有到账",
    "沙拉里吃出钢丝",
    "店员态度很差",
    "外卖送得太慢了",
    "refund still not received",
]


def test_top_hit_is_the_paraphrase() -> None:
    index = SimilarityIndex(TEXTS)
    assert index.top("我的退款还没到账", 1)[0].position == 0
    assert index.top("菜里有钢丝", 1)[0].position == 1
    assert index.top("my refund is not received", 1)[0].position == 4


def test_no_shared_tokens_means_no_hits() -> None:
    index = SimilarityIndex(TEXTS)
    assert index.top("完全无关的句子", 3) == [] or all(
        h.position != 1 for h in index.top("完全无关的句子", 3)
    )
    assert index.top("", 3) == []
    assert SimilarityIndex([]).top("退款", 3) == []


def test_rare_terms_weigh_more_than_common_ones() -> None:
    index = SimilarityIndex(["我们的退款", "我们的服务", "我们的态度", "我们的钢丝"])
    hits = index.top("我们 钢丝", 4)
    assert hits[0].position == 3


def test_exclude_removes_documents() -> None:
    import numpy as np

    index = SimilarityIndex(TEXTS)
    hits = index.top("退款没到账", 3, exclude=np.array([0]))
    assert all(h.position != 0 for h in hits)


def test_top_k_orders_and_drops_zero() -> None:
    import numpy as np

    hits = top_k(np.array([0.0, 3.0, 1.0, 2.0], dtype=np.float32), 3)
    assert [h.position for h in hits] == [1, 3, 2]
    assert top_k(np.array([0.0, 0.0]), 2) == []


def test_shared_terms_merges_adjacent_bigrams() -> None:
    assert set(shared_terms("我的退款还没到账", "退款一直没有到账")) == {"退款", "到账"}
    assert "钢丝" in shared_terms("吃出一根钢丝", "沙拉里有钢丝")
    assert shared_terms("refund please", "Refund not received") == ["refund"]


def test_channel_limits_and_weibo_counting() -> None:
    assert channel_limits.limit_for("weibo").limit == 140
    assert "140" in channel_limits.limit_for("weibo").source
    assert channel_limits.limit_for("email").limit is None
    assert channel_limits.limit_for("unknown-channel").limit == 140
    assert channel_limits.count("ab中", "weibo") == 2
    assert channel_limits.over_by("好" * 150, "weibo") == 10
    assert channel_limits.over_by("好" * 150, "email") == 0


def test_deviation_percent() -> None:
    script = "您好，非常抱歉给您带来不便，我们马上处理。"
    assert deviation_percent(script, script) == 0
    small = deviation_percent(script, "您好，非常抱歉给您带来不便，我们今天马上处理。")
    large = deviation_percent(script, "滚，不关我们的事。")
    assert 0 < small < 15
    assert large > 60
    assert deviation_percent("", "x") == 100


def test_near_duplicates_found_without_false_positives() -> None:
    from desktop.core.similarity import NearDuplicates

    index = NearDuplicates(0.8)
    index.add("a", "退款一直没有到账怎么办")
    index.add("b", "沙拉里吃出一根钢丝")
    index.add("c", "退款")
    found = index.find("退款一直没有到账怎么办！")
    assert [key for key, _text, _score in found] == ["a"]
    assert index.find("沙拉里有虫子") == []
    assert index.find("退") == []
