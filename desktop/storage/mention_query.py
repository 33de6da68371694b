"""Which mentions a view shows: one filter object, turned into SQL (filtering and sorting
happen in SQLite, never in Python over all rows)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.core.text import fts_query, normalise, search_tokens

SORTABLE = {
    "posted_at",
    "platform",
    "author",
    "followers",
    "reposts",
    "comments",
    "likes",
    "sentiment",
    "status",
    "owner",
    "issue_type",
    "follow_up_due",
    "id",
}


@dataclass
class MentionFilter:
    search: str = ""
    sentiments: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    owner: str = ""
    issue_type: str = ""
    has_case: bool | None = None
    case_id: int | None = None
    import_id: int | None = None
    min_followers: int | None = None
    posted_from: str = ""  # ISO date or datetime, inclusive
    posted_to: str = ""  # ISO date or datetime, inclusive (a date means the whole day)
    sort: str = "posted_at"
    descending: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in ("", [], None)}

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause (without the keyword; '1' when empty) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def among(column: str, values: list[str]) -> None:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)

        if self.search.strip():
            search_clause, search_params = search_condition(self.search)
            clauses.append(search_clause)
            params += search_params
        if self.sentiments:
            among("sentiment", self.sentiments)
        if self.statuses:
            among("status", self.statuses)
        if self.platforms:
            among("platform", self.platforms)
        if self.owner:
            clauses.append("owner = ?")
            params.append(self.owner)
        if self.issue_type:
            clauses.append("issue_type = ?")
            params.append(self.issue_type)
        if self.has_case is True:
            clauses.append("case_id IS NOT NULL")
        elif self.has_case is False:
            clauses.append("case_id IS NULL")
        if self.case_id is not None:
            clauses.append("case_id = ?")
            params.append(self.case_id)
        if self.import_id is not None:
            clauses.append("import_id = ?")
            params.append(self.import_id)
        if self.min_followers is not None:
            clauses.append("followers >= ?")
            params.append(self.min_followers)
        if self.posted_from:
            clauses.append("posted_at >= ?")
            params.append(self.posted_from)
        if self.posted_to:
            clauses.append("posted_at <= ?")
            params.append(self.posted_to + ("T23:59:59~" if len(self.posted_to) == 10 else ""))
        return (" AND ".join(clauses) or "1"), params

    def search_only_match(self) -> str | None:
        """The FTS MATCH expression when the search box is the only condition and every word
        of it is answered by the index (no LIKE fallback), else None."""
        if not self.search.strip():
            return None
        rest = {k for k in self.as_dict() if k not in {"search", "sort", "descending"}}
        if rest:
            return None
        return fts_match(self.search)

    def order_by(self) -> str:
        column = self.sort if self.sort in SORTABLE else "posted_at"
        direction = "DESC" if self.descending else "ASC"
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
