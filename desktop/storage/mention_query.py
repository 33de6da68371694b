"""Which mentions a view shows: one filter object, turned into SQL (filtering and sorting
happen in SQLite, never in Python over all rows)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from desktop.core.mention_filter import NOT_SET, SORTABLE, MentionFilter
from desktop.core.response_window import UNANSWERED
from desktop.core.text import fts_query, normalise, search_tokens
from desktop.core.triage_vocab import BY_MODEL, CONFIDENT_SUGGESTION, CONFIRMED_SOURCES

_CONFIRMED_SOURCES = ",".join(f"'{source}'" for source in CONFIRMED_SOURCES)


def counting_sql(alias: str = "") -> dict[str, str]:
    """The counting rule (core/triage_vocab) as SQL, the one home of it: every counter (home,
    dashboard, alerts, queue, author profiles, severity, reports) builds on these. Confirmed
    means a person or the sheet said so; '' (nobody said anything) is never counted. `alias`
    qualifies the columns (e.g. "m" for `FROM mentions m`). Every expression is 0/1, never
    NULL, so it can be summed or multiplied."""
    col = f"{alias}." if alias else ""
    confirmed = f"({col}sentiment_by IN ({_CONFIRMED_SOURCES}))"
    suggested = (
        f"({col}sentiment_by = '{BY_MODEL}'"
        f" AND coalesce({col}sentiment_confidence, 0) >= {CONFIDENT_SUGGESTION!r})"
    )
    counted = f"({confirmed} OR {suggested})"
    negative = f"{col}sentiment = 'neg'"
    return {
        "confirmed": confirmed,
        "suggested": suggested,
        "counted": counted,
        "confirmed_negative": f"({negative} AND {confirmed})",
        "suggested_negative": f"({negative} AND {suggested})",
        "counted_negative": f"({negative} AND {counted})",
        "confirmed_positive": f"({col}sentiment = 'pos' AND {confirmed})",
    }


_RULE = counting_sql()
CONFIRMED_SQL = _RULE["confirmed"]
SUGGESTED_SQL = _RULE["suggested"]
COUNTED_SQL = _RULE["counted"]
CONFIRMED_NEGATIVE_SQL = _RULE["confirmed_negative"]
SUGGESTED_NEGATIVE_SQL = _RULE["suggested_negative"]
COUNTED_NEGATIVE_SQL = _RULE["counted_negative"]
CONFIRMED_POSITIVE_SQL = _RULE["confirmed_positive"]
SOURCE_SQL = {
    "confirmed": CONFIRMED_SQL,
    "suggested": SUGGESTED_SQL,
    "counted": COUNTED_SQL,
    "uncounted": f"(sentiment = 'unknown' OR NOT {COUNTED_SQL})",
}
UNANSWERED_SQL = "status IN (" + ",".join(f"'{s}'" for s in sorted(UNANSWERED)) + ")"


def where(mention_filter: MentionFilter) -> tuple[str, list[Any]]:
    """A WHERE clause (without the keyword; '1' when empty) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []

    def among(column: str, values: list[str]) -> None:
        clauses.append(f"{column} IN ({','.join('?' * len(values))})")
        params.extend(values)

    if mention_filter.search.strip():
        search_clause, search_params = search_condition(mention_filter.search)
        clauses.append(search_clause)
        params += search_params
    if mention_filter.sentiments:
        among("sentiment", mention_filter.sentiments)
    if mention_filter.sentiment_by:
        among("sentiment_by", mention_filter.sentiment_by)
    if mention_filter.statuses:
        among("status", mention_filter.statuses)
    if mention_filter.platforms:
        among("platform", mention_filter.platforms)
    if mention_filter.owner:
        clauses.append("owner = ?")
        params.append("" if mention_filter.owner == NOT_SET else mention_filter.owner)
    if mention_filter.issue_type:
        clauses.append("issue_type = ?")
        params.append("" if mention_filter.issue_type == NOT_SET else mention_filter.issue_type)
    if mention_filter.has_case is True:
        clauses.append("case_id IS NOT NULL")
    elif mention_filter.has_case is False:
        clauses.append("case_id IS NULL")
    if mention_filter.case_id is not None:
        clauses.append("case_id = ?")
        params.append(mention_filter.case_id)
    if mention_filter.import_id is not None:
        clauses.append("import_id = ?")
        params.append(mention_filter.import_id)
    if mention_filter.min_followers is not None:
        clauses.append("followers >= ?")
        params.append(mention_filter.min_followers)
    if mention_filter.posted_from:
        clauses.append("posted_at >= ?")
        params.append(mention_filter.posted_from)
    if mention_filter.posted_to:
        clauses.append("posted_at <= ?")
        params.append(
            mention_filter.posted_to + ("T23:59:59~" if len(mention_filter.posted_to) == 10 else "")
        )
    if mention_filter.sentiment_source:
        clauses.append(SOURCE_SQL[mention_filter.sentiment_source])
    if mention_filter.unanswered_before:
        clause, before_params = unanswered_before(mention_filter.unanswered_before)
        clauses.append(clause)
        params += before_params
    if mention_filter.author:
        clauses.append("author = ?")
        params.append(mention_filter.author)
    if mention_filter.replied is True:
        clauses.append("replied_at IS NOT NULL")
    elif mention_filter.replied is False:
        clauses.append("replied_at IS NULL")
    if mention_filter.watch_group_id is not None:
        clauses.append("id IN (SELECT mention_id FROM mention_watch WHERE group_id = ?)")
        params.append(mention_filter.watch_group_id)
    if mention_filter.mention_ids:
        clauses.append("id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(i) for i in mention_filter.mention_ids]))
    return (" AND ".join(clauses) or "1"), params


def unanswered_before(utc_time: str) -> tuple[str, list[Any]]:
    """Unanswered and posted before a UTC time. Offsets are within ±14 h, so the date text
    decides for every row but those of the day around it: only they pay for julianday(),
    which reads each offset exactly."""
    moment = utc_time.replace("T", " ")[:19]
    day = datetime.fromisoformat(moment)
    day_after = (day + timedelta(days=1)).strftime("%Y-%m-%d")
    day_before = (day - timedelta(days=1)).strftime("%Y-%m-%d")
    return (
        f"{UNANSWERED_SQL} AND posted_at IS NOT NULL AND posted_at < ?"
        " AND (posted_at < ? OR julianday(posted_at) < julianday(?))",
        [day_after, day_before, moment],
    )


def search_only_match(mention_filter: MentionFilter) -> str | None:
    """The FTS MATCH expression when the search box is the only condition and every word
    of it is answered by the index (no LIKE fallback), else None."""
    if not mention_filter.search.strip():
        return None
    rest = {k for k in mention_filter.as_dict() if k not in {"search", "sort", "descending"}}
    if rest:
        return None
    return fts_match(mention_filter.search)


def order_by(mention_filter: MentionFilter) -> str:
    column = mention_filter.sort if mention_filter.sort in SORTABLE else "posted_at"
    direction = "DESC" if mention_filter.descending else "ASC"
    return f"{column} {direction} NULLS LAST, id {direction}"


_LIKE_COLUMNS = ("text", "title", "author")


def _like_clause(word: str) -> tuple[str, list[Any]]:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = f"%{escaped}%"
    # SQLite's LIKE already ignores ASCII case (and lower() knows nothing beyond ASCII).
    sql = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in _LIKE_COLUMNS)
    return f"({sql})", [like] * len(_LIKE_COLUMNS)


def fts_match(query: str) -> str | None:
    """The MATCH expression when the index answers every word of the query, else None."""
    words = [w for w in normalise(query).split(" ") if w and search_tokens(w)]
    if not words or any(fts_query(w) is None for w in words):
        return None
    return fts_query(" ".join(words))


def search_condition(query: str) -> tuple[str, list[Any]]:
    """Every word of the query must match: words FTS can answer go to the bigram index in
    one MATCH; a lone CJK character (no bigram to look up) falls back to LIKE."""
    fts_words: list[str] = []
    clauses: list[str] = []
    params: list[Any] = []
    for word in normalise(query).split(" "):
        if not word or not search_tokens(word):
            continue
        if fts_query(word) is None:
            clause, like_params = _like_clause(word)
            clauses.append(clause)
            params += like_params
        else:
            fts_words.append(word)
    if fts_words:
        clauses.insert(0, "id IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)")
        params.insert(0, fts_query(" ".join(fts_words)))
    if not clauses:  # only punctuation: look for it literally
        clause, like_params = _like_clause(normalise(query))
        return clause, like_params
    return " AND ".join(clauses), params
