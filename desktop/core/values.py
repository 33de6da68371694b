"""Pure parsing of the values real mention sheets carry: dates, counts, ids, sentiment, keys.

Every parser returns a value or None; the caller decides whether None means "empty" or
"invalid" (and flags the row). Nothing here raises on bad input.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import math
import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from desktop.core.text import normalise

# -- time zones -------------------------------------------------------------------------------

_TZ_NAME = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$", re.I)


def parse_timezone(name: str | None) -> timezone:
    """'UTC+08:00' / '+0800' / 'UTC' → a fixed-offset timezone (UTC when unreadable)."""
    text = (name or "").strip()
    if text.upper() in {"", "UTC", "GMT", "Z"}:
        return UTC
    match = _TZ_NAME.match(text)
    if not match:
        return UTC
    sign = -1 if match.group(1) == "-" else 1
    minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
    return timezone(sign * timedelta(minutes=minutes))


# -- dates ------------------------------------------------------------------------------------

# Excel serials we accept for a social-media post: 1990-01-01 .. 2100-01-01.
SERIAL_MIN = 32874
SERIAL_MAX = 73051
_EXCEL_EPOCH = datetime(1899, 12, 30)

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_YMD = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:[ T]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.(\d{1,6}))?)?秒?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$",
    re.I,
)
_MDY = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$", re.I
)
_DMONY = re.compile(
    r"^(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*[- ,]+(\d{4})"
    r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$",
    re.I,
)
_MONDY = re.compile(
    r"^([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}),? (\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$",
    re.I,
)
_MD_HM = re.compile(r"^(\d{1,2})月(\d{1,2})日\s*(\d{1,2}):(\d{2})$")
_AGO = re.compile(r"^(\d+)\s*(秒|分钟|小时|天)前$")
_TODAY = re.compile(r"^(今天|昨天|前天)\s*(?:(\d{1,2}):(\d{2}))?$")
_NUMERIC = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    ampm = ampm.upper()
    if ampm == "PM" and hour < 12:
        return hour + 12
    if ampm == "AM" and hour == 12:
        return 0
    return hour


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def excel_serial_to_datetime(serial: float) -> datetime | None:
    """A plausible Excel date serial → naive datetime; None outside 1990–2100 (I-08)."""
    if not isinstance(serial, (int, float)) or isinstance(serial, bool):
        return None
    if math.isnan(serial) or not (SERIAL_MIN <= serial <= SERIAL_MAX):
        return None
    return (_EXCEL_EPOCH + timedelta(days=float(serial))).replace(microsecond=0)


def parse_datetime(
    value: Any, tz: timezone = UTC, reference: datetime | None = None
) -> datetime | None:
    """Any date form of real sheets → aware datetime in `tz` (naive input is taken as `tz`).

    `reference` (the file's date) anchors `3分钟前`, `今天 10:30`, `昨天`; without it those
    return None. Returns None when the value is not a usable date.
    """
    if value is None or value == "":
        return None
    result: datetime | None = None
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime.combine(value, time())
    elif isinstance(value, bool):
        return None
    elif isinstance(value, (int, float)):
        result = excel_serial_to_datetime(value)
    else:
        result = _parse_date_text_cached(str(value), tz, reference)
    if result is None:
        return None
    if not (1990 <= result.year <= 2100):
        return None
    if result.tzinfo is None:
        result = result.replace(tzinfo=tz)
    return result.astimezone(tz)


@functools.lru_cache(maxsize=8192)
def _parse_date_text_cached(raw: str, tz: timezone, reference: datetime | None) -> datetime | None:
    """Sheets repeat the same minute many times: parse each distinct text once."""
    return _parse_date_text(raw, tz, reference)


def _parse_date_text(raw: str, tz: timezone, reference: datetime | None) -> datetime | None:
    text = " ".join(raw.replace("\u3000", " ").split())  # newlines inside the cell, NBSP, …
    if not text:
        return None
    if _NUMERIC.match(text):
        try:
            return excel_serial_to_datetime(float(text))
        except ValueError:
            return None
    try:
        if match := _YMD.match(text):
            y, mo, d, h, mi, s, frac, off = match.groups()
            micro = int((frac or "0").ljust(6, "0")[:6])
            result = datetime(
                int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), micro
            )
            offset = _offset(off)
            return result.replace(tzinfo=offset) if offset else result
        if match := _MDY.match(text):
            mo, d, y, h, mi, s, ampm = match.groups()
            return datetime(
                int(y), int(mo), int(d), _hour(int(h or 0), ampm), int(mi or 0), int(s or 0)
            )
        if match := _DMONY.match(text):
            d, mon, y, h, mi, s, ampm = match.groups()
            month = _MONTHS.get(mon.lower())
            if month is None:
                return None
            return datetime(
                int(y), month, int(d), _hour(int(h or 0), ampm), int(mi or 0), int(s or 0)
            )
        if match := _MONDY.match(text):
            mon, d, y, h, mi, s, ampm = match.groups()
            month = _MONTHS.get(mon.lower())
            if month is None:
                return None
            return datetime(
                int(y), month, int(d), _hour(int(h or 0), ampm), int(mi or 0), int(s or 0)
            )
    except ValueError:
        return None
    if reference is None:
        return None
    ref = reference.astimezone(tz).replace(tzinfo=None) if reference.tzinfo else reference
    try:
        if match := _MD_HM.match(text):
            mo, d, h, mi = (int(x) for x in match.groups())
            return datetime(ref.year, mo, d, h, mi)
        if match := _AGO.match(text):
            amount, unit = int(match.group(1)), match.group(2)
            delta = {
                "秒": timedelta(seconds=amount),
                "分钟": timedelta(minutes=amount),
                "小时": timedelta(hours=amount),
                "天": timedelta(days=amount),
            }[unit]
            return (ref - delta).replace(microsecond=0)
        if match := _TODAY.match(text):
            days = {"今天": 0, "昨天": 1, "前天": 2}[match.group(1)]
            day = (ref - timedelta(days=days)).date()
            return datetime.combine(day, time(int(match.group(2) or 0), int(match.group(3) or 0)))
        if text == "刚刚":
            return ref.replace(microsecond=0)
    except ValueError:
        return None
    return None


def to_iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


# -- counts -----------------------------------------------------------------------------------

_COUNT = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(万|亿|w|k|m|千|百万)?\+?$", re.I)
_MULTIPLIERS = {
    None: 1,
    "万": 10_000,
    "w": 10_000,
    "亿": 100_000_000,
    "k": 1_000,
    "千": 1_000,
    "m": 1_000_000,
    "百万": 1_000_000,
}


def parse_count(value: Any) -> int | None:
    """'35.3万' → 353000, '1.2亿', '1,234', '1.2k', 12.0 → int; None when empty or not a count."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else round(value)
    text = str(value)
    if text.isdigit() and text.isascii():
        return int(text)
    text = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not text or text in {"-", "--", "—"}:
        return None
    match = _COUNT.match(text)
    if not match:
        return None
    unit = match.group(2)
    key = unit.lower() if unit and unit.isascii() else unit
    return round(float(match.group(1)) * _MULTIPLIERS[key])


# -- ids --------------------------------------------------------------------------------------

_DAMAGED_ID = re.compile(r"^\d(?:\.\d+)?[eE]\+\d+$")


def parse_id(value: Any) -> tuple[str, bool]:
    """Platform ids as text; (text, damaged). `5.70306E+17` or a float id is damaged: Excel
    rounded it, so the digits are gone and it must not be stored as if it were an id."""
    if value is None:
        return "", False
    if isinstance(value, bool):
        return str(value), False
    if isinstance(value, int):
        return str(value), False
    if isinstance(value, float):
        if math.isnan(value):
            return "", False
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value)), False
        return repr(value), True
    text = str(value).strip()
    if _DAMAGED_ID.match(text):
        return text, True
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text, False


# -- sentiment --------------------------------------------------------------------------------

_SENTIMENT_WORDS = {
    "pos": {"正面", "积极", "正向", "positive", "pos", "好评", "褒"},
    "neu": {"中性", "中立", "neutral", "neu", "非敏感", "一般"},
    "neg": {"负面", "消极", "负向", "negative", "neg", "敏感", "差评", "贬"},
    "unknown": {"", "not rated", "未知", "unknown", "n/a", "na", "none", "-", "未标注"},
}
_SENTIMENT_LOOKUP = {w: key for key, words in _SENTIMENT_WORDS.items() for w in words}


def parse_sentiment(value: Any) -> str:
    if isinstance(value, str):
        return _parse_sentiment_text(value)
    return _parse_sentiment(value)


@functools.lru_cache(maxsize=1024)
def _parse_sentiment_text(value: str) -> str:
    return _parse_sentiment(value)


def _parse_sentiment(value: Any) -> str:
    """Vendor sentiment words (zh/en) or Talkwalker-style scores → pos/neu/neg/unknown."""
    if value is None or isinstance(value, bool):
        return "unknown"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return "unknown"
        return "pos" if value > 0 else "neg" if value < 0 else "neu"
    text = normalise(str(value))
    if text in _SENTIMENT_LOOKUP:
        return _SENTIMENT_LOOKUP[text]
    try:
        return _parse_sentiment(float(text))
    except ValueError:
        pass
    for key in ("neg", "pos", "neu"):
        if any(word and len(word) > 1 and word in text for word in _SENTIMENT_WORDS[key]):
            return key
    return "unknown"


# -- lists of urls ----------------------------------------------------------------------------


def parse_list(value: Any) -> list[str] | None:
    """ "['http://a', 'http://b']" → a list; None when the value is not a Python-list string."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return None
    try:
        parsed = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if isinstance(parsed, list) and all(isinstance(x, str) for x in parsed):
        return parsed
    return None


# -- formula-looking text ---------------------------------------------------------------------


def looks_like_formula(text: str) -> bool:
    """Text Excel would run if written as is (I-09): starts with = + - @ (and more than that)."""
    return len(text) > 1 and text[0] in "=+-@" and not _NUMERIC.match(text)


# -- the mention key (DESIGN.md §4) -----------------------------------------------------------


def normalise_url(url: str) -> str:
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    if url[:7].lower() == "http://":
        url = "https://" + url[7:]
    return url.rstrip("/")


@functools.lru_cache(maxsize=256)
def _normal_platform(platform: str) -> str:
    return normalise(platform)


def mention_key(
    platform: str, url: str, author: str, posted_at: str | None, text: str, external_id: str = ""
) -> str:
    """platform + url when there is a url; else platform + post id; else a hash of platform +
    author + posted_at + normalised text. Stable across re-imports of the same row."""
    platform = _normal_platform(platform)
    if url:
        return f"{platform}|{normalise_url(url)}"
    if external_id:
        return f"{platform}|id:{external_id}"
    digest = hashlib.sha1(
        "\x1f".join([platform, normalise(author), posted_at or "", normalise(text)]).encode()
    ).hexdigest()
    return f"{platform}|h:{digest}"


# A fallback (hash) key: "platform|h:<sha1>", with "#n" for the n-th row (n ≥ 2) of one file
# that has the same hash (27 people writing the same words are 27 mentions, not one).
_FALLBACK_KEY = re.compile(r"\|h:[0-9a-f]{40}(?:#(\d+))?\Z")


def is_fallback_key(key: str) -> bool:
    """Whether `key` is the hash key of a row without url or post id (with or without its
    occurrence number)."""
    return _FALLBACK_KEY.search(key) is not None


def occurrence_key(base: str, occurrence: int) -> str:
    """The key of the `occurrence`-th row (1-based, in file order) of one file with the
    fallback key `base`: the first keeps `base` (so rows imported before keep matching)."""
    return base if occurrence <= 1 else f"{base}#{occurrence}"


def split_occurrence(key: str) -> tuple[str, int]:
    """A fallback key → (its base key, its occurrence number); other keys → (key, 1)."""
    match = _FALLBACK_KEY.search(key)
    if match is None or match.group(1) is None:
        return key, 1
    return key[: match.start(1) - 1], int(match.group(1))
