"""The severity suggestion on constructed mention sets: 3 complaints are not 300."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop.core.severity import (
    MentionFacts,
    SeverityThresholds,
    level_rank,
    suggest_severity,
)

CST = timezone(timedelta(hours=8))
START = datetime(2026, 11, 18, 9, 0, tzinfo=CST)


def complaints(n, *, minutes=10.0, followers=200, text="等了一个小时还没上菜", author="顾客"):
    return [
        MentionFacts(
            sentiment="neg",
            followers=followers,
            author=f"{author}{i}",
            posted_at=(START + timedelta(minutes=minutes * i)).isoformat(),
            text=text,
        )
        for i in range(n)
    ]


def factor(suggestion, key):
    return next(f for f in suggestion.factors if f.key == key)


def test_three_ordinary_complaints_are_minor():
    suggestion = suggest_severity(complaints(3))
    assert suggestion.level == "IV"
    assert factor(suggestion, "negative_volume").value == "3 条负面"


def test_three_complaints_are_never_level_one_even_with_grave_words_and_an_influencer():
    mentions = complaints(2, text="吃了以后食物中毒住院，要起诉")
    mentions.append(MentionFacts("neg", 5_000_000, "美食大V", START.isoformat(), "有人中毒死亡？"))
    suggestion = suggest_severity(mentions)
    assert suggestion.level != "I"
    assert level_rank(suggestion.level) >= level_rank("III")
    # even with thresholds that would score them Ⅰ, a handful stays at most Ⅱ, with a note
    eager = SeverityThresholds(level_scores=(1, 2, 3))
    capped = suggest_severity(mentions, eager)
    assert capped.level == "II"
    assert any("最高建议Ⅱ级" in note for note in capped.notes)


def test_three_hundred_complaints_with_an_influencer_are_high():
    mentions = complaints(299, minutes=4)
    mentions.append(MentionFacts("neg", 3_000_000, "吃货大V", START.isoformat(), "排队两小时"))
    suggestion = suggest_severity(mentions)
    assert level_rank(suggestion.level) >= level_rank("II")
    reach = factor(suggestion, "reach")
    assert "吃货大V" in reach.explanation
    assert reach.points >= 2


def test_volume_alone_raises_the_level_step_by_step():
    few = suggest_severity(complaints(3, minutes=120))
    many = suggest_severity(complaints(300, minutes=120))
    assert level_rank(many.level) > level_rank(few.level)
    assert factor(many, "negative_volume").points == 3


def test_a_sensitive_word_adds_points_and_is_named():
    plain = suggest_severity(complaints(12, minutes=60))
    sensitive = suggest_severity(complaints(12, minutes=60, text="沙拉里吃出钢丝，太不安全了"))
    words = factor(sensitive, "sensitive_words")
    assert words.points > factor(plain, "sensitive_words").points
    assert "钢丝" in words.explanation
    assert sensitive.score > plain.score


def test_grave_words_score_higher_than_mild_ones():
    mild = suggest_severity(complaints(3, text="要去 315 投诉"))
    grave = suggest_severity(complaints(3, text="吃完食物中毒了"))
    assert factor(grave, "sensitive_words").points > factor(mild, "sensitive_words").points


def test_velocity_counts_the_first_two_hours_and_the_peak_hour():
    burst = suggest_severity(complaints(40, minutes=2))  # 40 in 80 minutes
    slow = suggest_severity(complaints(40, minutes=300))  # one every 5 hours
    assert factor(burst, "first_two_hours").value == "40 条"
    assert factor(burst, "velocity").points > factor(slow, "velocity").points
    assert level_rank(burst.level) > level_rank(slow.level)


def test_media_accounts_are_recognised_by_name_or_followers():
    by_name = suggest_severity(
        [MentionFacts("neg", 3_000, "城市晚报", START.isoformat(), "记者调查")]
    )
    assert "媒体/认证账号 1 个" in factor(by_name, "reach").explanation
    nobody = suggest_severity([MentionFacts("neg", 3_000, "小王", START.isoformat(), "难吃")])
    assert "媒体/认证账号" not in factor(nobody, "reach").explanation


def test_positive_mentions_do_not_count_as_negative_volume():
    praise = [MentionFacts("pos", 100, f"粉丝{i}", START.isoformat(), "好吃") for i in range(500)]
    assert suggest_severity(praise).level == "IV"


def test_thresholds_from_settings_override_and_ignore_nonsense():
    strict = SeverityThresholds.from_settings({"negative_volume": [2, 3, 4], "bogus": 1})
    assert strict.negative_volume == (2, 3, 4)
    assert factor(suggest_severity(complaints(3), strict), "negative_volume").points == 2
    broken = SeverityThresholds.from_settings({"negative_volume": [9, 1], "level_scores": "x"})
    assert broken == SeverityThresholds()


def test_explanation_lists_every_factor_and_survives_dicts_with_bad_values():
    suggestion = suggest_severity(
        [{"sentiment": "neg", "followers": "n/a", "author": None, "posted_at": "昨天"}]
    )
    text = suggestion.explain()
    for label in ("负面声量", "传播范围", "传播速度", "头 2 小时", "敏感词"):
        assert label in text
    assert suggestion.as_dict()["factors"][0]["key"] == "negative_volume"


def test_no_mentions_suggests_minor_with_a_hint():
    suggestion = suggest_severity([])
    assert suggestion.level == "IV"
    assert any("关联" in note for note in suggestion.notes)


def test_each_factor_and_note_carries_its_numbers_for_a_front_end_to_word():
    mentions = complaints(3, text="吃出钢丝，食物中毒") + complaints(
        1, followers=2_000_000, author="大V"
    )
    suggestion = suggest_severity(mentions)
    data = {f["key"]: f["data"] for f in suggestion.as_dict()["factors"]}
    assert data["negative_volume"] == {"negative": 4, "tiers": [10, 50, 200]}
    assert data["reach"]["reach_sum"] == 2_000_600 and data["reach"]["influencers"] == ["大V0"]
    assert sorted(data["sensitive_words"]["top"]) == [["钢丝", 3], ["食物中毒", 3]]
    assert data["sensitive_words"]["grave"] == ["食物中毒"]
    assert data["first_two_hours"]["count"] == 4
    assert suggest_severity([]).as_dict()["note_data"] == [{"key": "no_mentions"}]
