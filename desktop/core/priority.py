"""先处理: which unanswered mention to answer first, and the reasons in words.

The score is 0–100: the chance the mention is negative, times how much the other things
matter (reach, the response window, a repeat complainer). The chance gates the rest on
purpose: a praised post from a star, or a question from a regular, is not a fire to put out
first, however loud; an angry post is, and the louder, later and more repeated it is, the
sooner. Everything is vectorised (NumPy over the candidate set) so a 100k-mention workspace
ranks in tens of milliseconds; the reasons are built only for the rows shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from desktop.core.response_window import compact_minutes
from desktop.core.triage_vocab import BY_MODEL, CONFIRMED_SOURCES

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# -- P(negative) when no model number is there ---------------------------------------------------
# A person's or the sheet's label is taken as (nearly) certain; an unread mention sits in the
# middle so it is neither buried nor put ahead of a known complaint.
P_CONFIRMED_NEGATIVE: Final = 1.0
P_CONFIRMED_NEUTRAL: Final = 0.15  # questions still deserve an answer, after the complaints
P_CONFIRMED_POSITIVE: Final = 0.05
P_UNKNOWN: Final = 0.5

# -- what multiplies P(negative) (they add up to 1: a sure, loud, breached, repeated complaint
# scores 100) -------------------------------------------------------------------------------------
# Being negative at all is most of it: the mission's first step is "find the unhappy".
W_NEGATIVE: Final = 0.55
# Reach decides how far a complaint spreads (DESIGN.md §1), hence the largest boost.
W_REACH: Final = 0.20
# The first 1–2 hours decide: nearing and passing the window raises a mention.
W_URGENCY: Final = 0.15
# Someone who complained before and is still unanswered escalates next.
W_REPEAT: Final = 0.10

# Reach is log-scaled (a 1M-follower account is not 1000× a 1k one in how it should rank):
# log10(1 + followers + reposts·10 + comments·3), 10 million is the top of the scale. A
# repost carries the text to a new audience; a comment shows the post is being talked about.
REPOST_WEIGHT: Final = 10.0
COMMENT_WEIGHT: Final = 3.0
REACH_TOP_LOG10: Final = 7.0

# A complaint that waits more than a day past posting is still owed an answer, but the first
# hours are gone: its urgency fades linearly to STALE_FLOOR over STALE_FADE_HOURS.
STALE_AFTER_HOURS: Final = 24.0
STALE_FADE_HOURS: Final = 24.0 * 7
STALE_FLOOR: Final = 0.5
UNKNOWN_TIME_URGENCY: Final = 0.5  # no readable time: neither fresh nor breached

REPEAT_TOP: Final = 3  # three earlier complaints is as repeated as it gets

# Reasons are shown only when they say something: a handful of followers is not a reason.
SHOW_FOLLOWERS_FROM: Final = 1_000
SHOW_REPOSTS_FROM: Final = 10
SHOW_COMMENTS_FROM: Final = 10
SHOW_WINDOW_FROM_P: Final = 0.5  # the response window speaks of likely negatives only


def negative_probability(
    sentiment: str, by: str, confidence: float | None, model_probability: float | None
) -> float:
    """P(negative) of one mention: a confirmed label first, then the model's number. The
    queue computes the same rule in SQL (storage.queue_query.P_NEGATIVE; a test keeps the
    two in step) so that 100k rows need no Python per row."""
    if by in CONFIRMED_SOURCES and sentiment != "unknown":
        return {
            "neg": P_CONFIRMED_NEGATIVE,
            "neu": P_CONFIRMED_NEUTRAL,
            "pos": P_CONFIRMED_POSITIVE,
        }.get(sentiment, P_UNKNOWN)
    if model_probability is not None:
        return min(1.0, max(0.0, float(model_probability)))
    if by == BY_MODEL and confidence is not None and sentiment in ("neg", "pos", "neu"):
        sure = min(1.0, max(0.0, float(confidence)))
        return {"neg": sure, "pos": 1.0 - sure, "neu": (1.0 - sure) / 2}[sentiment]
    return P_UNKNOWN


def reach_level(followers: FloatArray, reposts: FloatArray, comments: FloatArray) -> FloatArray:
    """0–1: how far a mention can carry (log-scaled followers, reposts and comments)."""
    return reach_level_of(followers + REPOST_WEIGHT * reposts + COMMENT_WEIGHT * comments)


def reach_level_of(raw: FloatArray) -> FloatArray:
    """`reach_level` from followers + reposts · REPOST_WEIGHT + comments · COMMENT_WEIGHT."""
    return np.clip(np.log10(np.maximum(1.0 + raw, 1.0)) / REACH_TOP_LOG10, 0.0, 1.0)


def urgency(elapsed_hours: FloatArray, window_hours: float) -> FloatArray:
    """0–1 against the response window: rises to 1 at the breach, stays there for the first
    day, then fades to STALE_FLOOR; NaN (no time) gives UNKNOWN_TIME_URGENCY."""
    elapsed = np.nan_to_num(elapsed_hours, nan=-1.0)
    rising = np.clip(elapsed / window_hours, 0.0, 1.0)
    fading = 1.0 - (1.0 - STALE_FLOOR) * np.clip(
        (elapsed - STALE_AFTER_HOURS) / STALE_FADE_HOURS, 0.0, 1.0
    )
    value = np.where(elapsed > STALE_AFTER_HOURS, fading, rising)
    return np.where(np.isnan(elapsed_hours), UNKNOWN_TIME_URGENCY, value)


def scores(
    p_negative: FloatArray,
    reach: FloatArray,
    urgent: FloatArray,
    earlier_negatives: IntArray,
) -> FloatArray:
    """0–100 per mention (the module docstring says why the chance multiplies the rest)."""
    repeat = np.clip(earlier_negatives / REPEAT_TOP, 0.0, 1.0)
    boost = W_NEGATIVE + W_REACH * reach + W_URGENCY * urgent + W_REPEAT * repeat
    return 100.0 * np.clip(p_negative, 0.0, 1.0) * boost


def ranking(score: FloatArray, elapsed_hours: FloatArray) -> IntArray:
    """Positions best first: higher score, then the one waiting longer (unknown time last)."""
    waiting = np.nan_to_num(elapsed_hours, nan=-1.0)
    return np.lexsort((-waiting, -np.round(score, 6))).astype(np.int64)


def earlier_counts(
    candidate_authors: IntArray,
    candidate_times: FloatArray,
    candidate_is_negative: npt.NDArray[np.bool_],
    negative_authors: IntArray,
    negative_times: FloatArray,
) -> IntArray:
    """Per candidate: the counted negatives by the same author posted before it.

    Authors are integer codes (−1: no author, never counted); times are epoch seconds, NaN
    unknown. A negative without a time counts as earlier than any dated one; a candidate
    without a time counts all its author's other negatives.
    """
    span = np.int64(2**34)  # above every epoch second until the year 2514
    neg_times = np.nan_to_num(negative_times, nan=0.0).astype(np.int64)
    keys = np.sort(negative_authors.astype(np.int64) * span + neg_times)
    unknown = np.isnan(candidate_times)
    times = np.where(unknown, span - 1, np.nan_to_num(candidate_times, nan=0.0)).astype(np.int64)
    base = candidate_authors.astype(np.int64) * span
    before = np.searchsorted(keys, base + times, side="left")
    start = np.searchsorted(keys, base, side="left")
    counts = (before - start).astype(np.int64)
    counts -= (unknown & candidate_is_negative).astype(np.int64)
    counts[candidate_authors < 0] = 0
    return np.maximum(counts, 0)


# -- reasons ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """One reason for a rank: a stable `key`, the numbers (`data`) a front end words in its
    own language, and the Chinese words (`text`) the CLI prints."""

    key: str
    text: str
    data: dict[str, Any] = field(default_factory=dict)


def format_count(value: float) -> str:
    """12.3 万 · 1.2 亿 · 3,400 (how Chinese social platforms write big numbers)."""
    if value >= 1e8:
        return f"{value / 1e8:.1f}".rstrip("0").rstrip(".") + " 亿"
    if value >= 1e4:
        return f"{value / 1e4:.1f}".rstrip("0").rstrip(".") + " 万"
    return f"{int(value):,}"


@dataclass(frozen=True)
class RowFacts:
    """What the reasons of one ranked mention are made of."""

    sentiment: str
    by: str
    p_negative: float
    followers: float
    reposts: float
    comments: float
    elapsed_hours: float  # NaN: no readable time
    earlier_negatives: int


def reasons(facts: RowFacts, window_hours: float) -> list[Reason]:
    """The reasons of one rank, most telling first, e.g. 负面概率 92% · 粉丝 12.3 万 ·
    已过响应时限 40 分钟 · 该作者此前投诉 3 次."""
    out = [_sentiment_reason(facts)]
    if facts.followers >= SHOW_FOLLOWERS_FROM:
        out.append(
            Reason(
                "followers",
                f"粉丝 {format_count(facts.followers)}",
                {"followers": int(facts.followers)},
            )
        )
    if facts.reposts >= SHOW_REPOSTS_FROM:
        out.append(
            Reason(
                "reposts", f"转发 {format_count(facts.reposts)}", {"reposts": int(facts.reposts)}
            )
        )
    if facts.comments >= SHOW_COMMENTS_FROM:
        out.append(
            Reason(
                "comments",
                f"评论 {format_count(facts.comments)}",
                {"comments": int(facts.comments)},
            )
        )
    window = _window_reason(facts, window_hours)
    if window is not None:
        out.append(window)
    if facts.earlier_negatives > 0:
        out.append(
            Reason(
                "repeat",
                f"该作者此前投诉 {facts.earlier_negatives} 次",
                {"count": facts.earlier_negatives},
            )
        )
    return out


def _sentiment_reason(facts: RowFacts) -> Reason:
    if facts.by in CONFIRMED_SOURCES and facts.sentiment in ("neg", "neu", "pos"):
        words = {"neg": "已确认负面", "neu": "已确认中性", "pos": "已确认正面"}[facts.sentiment]
        return Reason("confirmed", words, {"sentiment": facts.sentiment, "by": facts.by})
    if facts.by == BY_MODEL or facts.p_negative != P_UNKNOWN:
        percent = round(facts.p_negative * 100)
        return Reason("negative_probability", f"负面概率 {percent}%", {"percent": percent})
    return Reason("unread", "情感未判定", {})


def _window_reason(facts: RowFacts, window_hours: float) -> Reason | None:
    if math.isnan(facts.elapsed_hours):
        return None
    if facts.p_negative < SHOW_WINDOW_FROM_P:
        return None
    window_minutes = window_hours * 60
    elapsed_minutes = facts.elapsed_hours * 60
    if elapsed_minutes > window_minutes:
        past = int(elapsed_minutes - window_minutes + 1e-6)  # julianday rounding
        return Reason("overdue", f"已过响应时限 {compact_minutes(past)}", {"minutes": past})
    left = math.ceil(window_minutes - elapsed_minutes - 1e-6)
    return Reason("window_left", f"距响应时限还剩 {compact_minutes(left)}", {"minutes": left})


def reason_line(items: Sequence[Reason]) -> str:
    return " · ".join(item.text for item in items)
