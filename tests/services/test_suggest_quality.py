"""Suggestion quality on the labelled set of paraphrased comments (a quality floor, not timing)."""

from __future__ import annotations

from collections import Counter

from desktop.services import suggest
from tests.support.kb_labelled_set import (
    ISSUE_TEXT,
    LABELLED,
    cases,
    off_topic_texts,
    relevance_figures,
)


def test_labelled_set_covers_every_seeded_entry(workspace) -> None:
    titles = {r[0] for r in workspace.db.execute("SELECT title FROM kb_entries")}
    assert titles == set(LABELLED)


def test_top3_hit_rate_on_paraphrases_is_at_least_90_percent(workspace) -> None:
    labelled = cases()
    top1 = top3 = 0
    for comment, expected in labelled:
        titles = [e.title for e in suggest.suggest_entries(workspace, comment, 3)]
        top1 += titles[:1] == [expected]
        top3 += expected in titles
    assert top3 / len(labelled) >= 0.9
    assert top1 / len(labelled) >= 0.75


def test_relevance_is_calibrated_on_labelled_and_off_topic_texts(workspace, corpora) -> None:
    """The STRONG_* / POSSIBLE_* constants of services/suggest.py, measured: a strong match is
    right ≥ 95 % of the time, and off-topic real texts (weibo, a TV drama) are not strong."""
    figures = relevance_figures(workspace, off_topic_texts(corpora))
    assert figures["off_topic"] == 1601
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.85
    assert figures["off_topic_strong"] <= 0.01  # the brief's floor is 5 %
    assert figures["off_topic_not_none"] <= 0.05


def test_the_issue_tv_drama_comment_gets_nothing_relevant(workspace) -> None:
    found = suggest.suggest_entries(workspace, ISSUE_TEXT, 5)
    assert found and all(e.relevance == "none" for e in found)


def test_a_complaint_is_not_offered_a_thank_you_in_the_demo(demo_workspace) -> None:
    praise = {"顾客表扬、好评", "Thanks for a compliment"}
    complaints = (
        "沙拉里吃出钢丝",
        "我点的沙拉里有一根钢丝",
        "外卖送得太慢，饭都凉了",
        "今天的碗里夹着一小段铁丝，太吓人了",  # on main the praise entry came first
    )
    for complaint in complaints:
        top3 = suggest.suggest_entries(demo_workspace, complaint, 3)
        assert not praise & {e.title for e in top3}, complaint
    # … and praise still finds the praise entry first, strongly
    best = suggest.suggest_entries(demo_workspace, "味道很好，下次还会再来", 1)[0]
    assert (best.title, best.relevance) == ("顾客表扬、好评", "strong")


def test_relevance_levels_follow_the_constants() -> None:
    assert suggest.relevance(suggest.STRONG_SCORE, suggest.STRONG_COVERAGE) == "strong"
    assert suggest.relevance(50.0, 0.19) == "possible"
    assert suggest.relevance(17.3, 0.14, 2) == "strong"  # "…吃出钢丝…" in a long post
    assert suggest.relevance(7.5, 0.053, 1) == "possible"
    assert suggest.relevance(50.0, 0.9, mismatch=True) == "possible"
    assert suggest.relevance(5.2, 0.08) == "none"
    assert suggest.relevance(3.9, 0.9) == "none"


def test_the_demo_crisis_posts_find_the_foreign_object_entry_strongly(demo_workspace) -> None:
    """Real posts are long (brand, store and dish names no entry has): the keyword rules keep
    most of the demo's 钢丝 posts strong, and none is strongly given another entry."""
    texts = {r[0] for r in demo_workspace.db.execute("SELECT text FROM mentions")}
    wire = sorted(t for t in texts if "钢丝" in t)
    assert len(wire) >= 16  # the demo's crisis (its dates, and so some texts, follow the day)
    best = [suggest.suggest_entries(demo_workspace, t, 1)[0] for t in wire]
    assert all(e.title == "菜品中吃出异物（头发、钢丝、虫子）" for e in best)
    assert sum(e.relevance == "strong" for e in best) >= 0.6 * len(wire)
    assert all(e.relevance != "none" for e in best)


def test_off_topic_texts_find_no_relevant_answered_mention(demo_workspace, corpora) -> None:
    levels = Counter(
        s.relevance
        for text in off_topic_texts(corpora)
        for s in suggest.similar_mentions(demo_workspace, text, 5)
    )
    assert levels["strong"] == 0
    assert levels["possible"] <= 0.01 * sum(levels.values())
