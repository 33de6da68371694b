"""English mentions: the hand-written lexicon scores them before anyone labels one."""

from __future__ import annotations

from desktop.core.sentiment import adapt, english
from desktop.core.sentiment.features import featurize


def test_english_complaints_and_praise(shipped):
    complaints = [
        "Terrible service, I want a refund",
        "This is a scam, worst order ever",
        "The app is broken again, never again",
    ]
    praise = [
        "Great food, thanks!",
        "Love it, the staff were so helpful",
        "Excellent, fast delivery",
    ]
    result = shipped.predict(complaints + praise)
    assert result.labels == ["neg"] * 3 + ["pos"] * 3


def test_english_negation_flips_the_word(shipped):
    result = shipped.predict(["not good at all", "never disappointed, good as always"])
    assert result.labels == ["neg", "pos"]


def test_english_without_lexicon_words_is_neutral(shipped):
    assert shipped.predict(["The store opens at 9am on Monday"]).labels == ["neu"]


def test_language_is_detected_per_text():
    feats = featurize(["Terrible service", "送餐太慢了", "外卖 app 太慢了", "ok"])
    assert feats.english.tolist() == [True, False, False, False]


def test_english_learns_from_labels(shipped):
    texts = ["the burger was mid", "so mid honestly", "mid food, mid service"] * 4
    model = adapt(shipped, texts, ["neg"] * len(texts))
    assert model.predict(["the fries were mid", "mid burger"]).labels == ["neg", "neg"]


def test_inflected_lexicon_words_count():
    assert english.polarity("crashing") == -1
    assert english.polarity("loved") == 1
    assert english.polarity("bus") == 0


def test_an_english_question_is_neutral(shipped):
    assert shipped.predict(["What time do you open?", "Do you deliver to Pudong?"]).labels == [
        "neu",
        "neu",
    ]
