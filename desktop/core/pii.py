"""Personal data in free text: find and mask mainland mobile numbers (RELIABILITY.md E-08).

Masking keeps the first three and last four digits (`138****8000`) and leaves order numbers
and platform ids alone: a number only counts when it is exactly a mobile number, optionally
with +86/0086 and spaces, dashes or full-width digits, and not part of a longer digit run.
"""

from __future__ import annotations

import re
import unicodedata

_MOBILE = re.compile(
    r"(?<![0-9０-９])"
    r"(?P<prefix>(?:\+|＋|00)?\s*86[\s\-－]*)?"
    r"(?P<number>[1１][3-9３-９][0-9０-９](?:[\s\-－]?[0-9０-９]){8})"
    r"(?![0-9０-９])"
)


def _digits(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def mask_mobile(match: re.Match[str]) -> str:
    digits = _digits(match["number"])
    if len(digits) != 11 or digits[1] not in "3456789":
        return match.group(0)
    prefix = match["prefix"] or ""
    return f"{prefix}{digits[:3]}****{digits[-4:]}"


def mask_phone_numbers(text: str) -> str:
    """Mask every mobile number in `text`; everything else is left as it was."""
    if not text:
        return text
    return _MOBILE.sub(mask_mobile, text)


def find_phone_numbers(text: str) -> list[str]:
    """The mobile numbers in `text`, as 11 plain digits."""
    return [d for d in (_digits(m["number"]) for m in _MOBILE.finditer(text or "")) if len(d) == 11]


_HANDLE = re.compile(r"[A-Za-z0-9_\-.@]{4,}")


def mask_contact(text: str) -> str:
    """A private contact (phone, WeChat id, e-mail) as the table shows it before "reveal".

    Mobile numbers keep their first three and last four digits; any other handle of four or
    more letters/digits keeps its first and last character (`wx****8`).
    """
    if not text:
        return text
    masked = mask_phone_numbers(text)

    def hide(match: re.Match[str]) -> str:
        word = match.group(0)
        return f"{word[0]}****{word[-1]}"

    pieces = re.split(r"(\d{3}\*{4}\d{4})", masked)
    return "".join(p if i % 2 else _HANDLE.sub(hide, p) for i, p in enumerate(pieces))
