"""A case's computed words in a catalogue language (core/messages): durations, the response
clock and the severity factors, for the front ends without Qt translators (the PDFs the CLI
writes); the window words the same things through tr() (ui/labels, ui/cases/severity_panel)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.messages import Language, text


def minutes_text(minutes: int, language: Language | None = None) -> str:
    """core.case_clock.format_minutes in `language`: days only from 48 hours on."""
    if minutes < 60:
        return text("time.minutes", language, m=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        if minutes:
            return text("time.hours_minutes", language, h=hours, m=minutes)
        return text("time.hours", language, h=hours)
    days, hours = divmod(hours, 24)
    return text("time.days_hours", language, d=days, h=hours)


def clock_label(clock: Mapping[str, Any], language: Language | None = None) -> str:
    """A case's response clock (core.case_clock.ClockState.as_dict()) in `language`."""
    state = clock.get("state")
    if state == "none":
        return text("clock.none", language)
    elapsed = minutes_text(clock.get("elapsed_minutes") or 0, language)
    target = minutes_text(clock.get("target_minutes") or 0, language)
    which = {"running": "clock.running", "met": "clock.met"}.get(str(state), "clock.missed")
    return text(which, language, elapsed=elapsed, target=target)


def _names(names: list[Any], language: Language | None) -> str:
    return text("list.separator", language).join(str(name) for name in names)


def factor_words(
    factor: Mapping[str, Any], language: Language | None = None
) -> tuple[str, str, str]:
    """(label, value, explanation) of one severity factor, from its key and numbers; a factor
    stored before factors had numbers keeps the Chinese words it was stored with."""
    key, data = str(factor.get("key", "")), factor.get("data")
    label = text(f"factor.{key}", language) if key in _KEYS else str(factor.get("label", ""))
    if not isinstance(data, dict) or not data or key not in _KEYS:
        return label, str(factor.get("value", "")), str(factor.get("explanation", ""))
    return label, _value(key, data, language), _explanation(key, data, language)


_KEYS = ("negative_volume", "reach", "velocity", "first_two_hours", "sensitive_words")


def _value(key: str, data: Mapping[str, Any], language: Language | None) -> str:
    amount = {
        "negative_volume": data.get("negative"),
        "reach": f"{data.get('reach_sum', 0):,}",
        "velocity": data.get("peak"),
        "first_two_hours": data.get("count"),
        "sensitive_words": data.get("words"),
    }[key]
    return text(f"factor.value.{key}", language, n=amount)


def _explanation(key: str, data: Mapping[str, Any], language: Language | None) -> str:
    if key in ("negative_volume", "velocity"):
        a, b, c = data["tiers"]
        return text(f"factor.why.{key}", language, a=a, b=b, c=c)
    if key == "first_two_hours":
        return text("factor.why.first_two_hours", language)
    if key == "reach":
        why = [
            text(
                "factor.why.reach",
                language,
                total=f"{data['reach_sum']:,}",
                most=f"{data['reach_max']:,}",
            )
        ]
        if data.get("influencers"):
            why.append(
                text(
                    "factor.why.influencers",
                    language,
                    n=f"{data['influencer_followers']:,}",
                    names=_names(data["influencers"], language),
                )
            )
        if data.get("media_count"):
            why.append(
                text(
                    "factor.why.media",
                    language,
                    n=data["media_count"],
                    names=_names(data["media"], language),
                )
            )
        return text("factor.why.separator", language).join(why)
    if not data.get("top"):
        return text("factor.why.no_words", language)
    words = _names([f"{w}×{c}" for w, c in data["top"]], language)
    said = text("factor.why.words", language, n=data["mentions"], words=words)
    if data.get("grave"):
        said += text("factor.why.grave", language, words=_names(data["grave"], language))
    return said
