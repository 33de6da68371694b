"""Raising alerts: each kind looks at the mentions by their own post times and proposes
candidates; `evaluate` writes the new ones and widens the ones it has seen before.

Nothing is raised twice for the same burst: a candidate carries a dedup key (kind + group +
burst window start), and a burst that a later import makes start an hour earlier, or last
longer, touches the window of the alert already raised and widens that alert instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from desktop.core import alert_vocab as vocab
from desktop.core import watch_rules
from desktop.core.changes import Changes
from desktop.core.response_window import DEFAULT_WINDOW_HOURS
from desktop.core.spikes import HOUR, Burst, SpikeRule, find_bursts, floor_hour, hour_key
from desktop.services.alerts.wording import describe
from desktop.services.cases.clock import case_clock_state
from desktop.services.cases.common import effective_severity
from desktop.storage import alerts as store
from desktop.storage import case_mentions
from desktop.storage import cases as case_store
from desktop.storage import watchlists as watch_store
from desktop.storage.alerts import Alert, MentionBrief
from desktop.storage.workspace import Workspace, now_iso

# A verified or media account, when the sheet says so in a column of its own (extra_json):
# a verification column with a yes-ish value, or a source-type column naming news media.
VERIFIED_KEYS = ("verified", "认证", "加v", "account_type", "账号类型", "媒体账号")
SOURCE_TYPE_KEYS = ("媒体类型", "来源类型", "source_type", "media_type")
NEWS_VALUES = {"新闻", "报刊", "电视", "广播", "媒体", "网媒", "纸媒", "官媒", "央媒", "news"}
_NOT_VERIFIED = ("普通", "未", "无", "非", "否", "个人", "no", "false", "0", "none", "null")
MAX_IDS = 2000
WORDS_FROM = 20  # mentions read to name the words an alert's hits contain


@dataclass
class Candidate:
    kind: str
    dedup_key: str
    at: str
    window_end: str | None
    details: dict[str, Any]
    mention_ids: list[int]
    group_id: int | None = None
    case_id: int | None = None
    widen_overlapping: bool = False  # bursts: a touching window is the same burst
    open_only: bool = False  # … but only while nobody has acknowledged it (hits, not bursts)


@dataclass(frozen=True)
class Evaluation:
    """What one evaluation did: the alerts it raised, how many it widened."""

    raised: list[Alert] = field(default_factory=list)
    widened: int = 0

    @property
    def changes(self) -> Changes:
        return Changes(alerts=True) if self.raised or self.widened else Changes()


def thresholds(workspace: Workspace) -> dict[str, dict[str, Any]]:
    return vocab.thresholds(workspace.setting(vocab.SETTINGS_KEY) or {})


def _now(now: datetime | None) -> datetime:
    moment = now or datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# The kinds read from the posts of the lookback window (bursts and hits): after an import
# whose posts are all older than that window, the import cannot have changed any of them.
WINDOW_KINDS = frozenset(
    {vocab.NEGATIVE_SPIKE, vocab.GROUP_SPIKE, vocab.INFLUENCER, vocab.SENSITIVE}
)


def lookback_start(workspace: Workspace, now: datetime | None = None) -> datetime:
    """The first hour an evaluation at `now` looks at."""
    lookback = int(thresholds(workspace)["general"]["lookback_hours"]) or 72
    return floor_hour(_now(now) - timedelta(hours=lookback))


def evaluate(
    workspace: Workspace, now: datetime | None = None, *, kinds: set[str] | None = None
) -> Evaluation:
    """Look at the mentions posted in the lookback window and raise what is new."""
    moment = _now(now)
    limits = thresholds(workspace)
    db = workspace.db
    tz_name = str(workspace.setting("timezone") or "UTC")
    since = lookback_start(workspace, moment)
    candidates: list[Candidate] = []

    def wanted(kind: str) -> bool:
        return bool(limits[kind]["enabled"]) and (kinds is None or kind in kinds)

    reads_posts = any(wanted(kind) for kind in (*WINDOW_KINDS, vocab.RESPONSE_BREACH))
    history = store.earliest_post(db) if reads_posts else None

    if history is not None:
        first = datetime.strptime(history, "%Y-%m-%dT%H:00:00Z").replace(tzinfo=UTC)
        if wanted(vocab.NEGATIVE_SPIKE):
            candidates += _negative_spikes(db, limits, first, since, moment)
        if wanted(vocab.GROUP_SPIKE):
            candidates += _group_spikes(db, limits, first, since, moment)
        if wanted(vocab.INFLUENCER):
            candidates += _influencers(db, limits, since, moment)
        if wanted(vocab.SENSITIVE):
            candidates += _sensitive(db, limits, since, moment)
        if wanted(vocab.RESPONSE_BREACH):
            window = _window_hours(workspace)
            candidates += _response_breach(db, limits, window, since, moment)
    if wanted(vocab.CASE_CLOCK):
        candidates += _case_clocks(workspace, limits, moment)
    if not candidates:
        return Evaluation()
    with workspace.transaction():
        raised, widened = _write(workspace, candidates, tz_name)
    return Evaluation(raised=raised, widened=widened)


def _window_hours(workspace: Workspace) -> float:
    try:
        hours = float(workspace.setting("response_window_hours") or DEFAULT_WINDOW_HOURS)
    except (TypeError, ValueError):
        return DEFAULT_WINDOW_HOURS
    return hours if hours > 0 else DEFAULT_WINDOW_HOURS


def _spike_rule(values: dict[str, Any]) -> SpikeRule:
    return SpikeRule(
        ratio=float(values["ratio"]),
        min_above=int(values["min_above"]),
        baseline_hours=int(values["baseline_hours"]) or 12,
    )


def _burst_details(burst: Burst) -> dict[str, Any]:
    return {
        "start": hour_key(burst.start),
        "end": hour_key(burst.end),
        "hours": burst.hours,
        "total": burst.total,
        "peak": burst.peak,
        "peak_hour": hour_key(burst.peak_hour),
        "baseline_mean": round(burst.baseline_mean, 2),
        "baseline_hours": burst.baseline_hours,
        "ratio": None if burst.baseline_mean == 0 else round(burst.ratio, 2),
    }


def _negative_spikes(
    db: Database, limits: dict[str, Any], first: datetime, since: datetime, now: datetime
) -> list[Candidate]:
    rule = _spike_rule(limits[vocab.NEGATIVE_SPIKE])
    counts = store.hourly_negatives(db, hour_key(since - rule.baseline_hours * HOUR))
    found = []
    for burst in find_bursts(counts, rule, history_start=first, evaluate_from=since, until=now):
        ids, confirmed = store.negative_ids_between(db, hour_key(burst.start), hour_key(burst.end))
        details = _burst_details(burst) | {
            "confirmed": confirmed,
            "suggested": len(ids) - confirmed,
        }
        found.append(
            Candidate(
                kind=vocab.NEGATIVE_SPIKE,
                dedup_key=f"{vocab.NEGATIVE_SPIKE}::{hour_key(burst.start)}",
                at=hour_key(burst.start),
                window_end=hour_key(burst.end),
                details=details,
                mention_ids=ids,
                widen_overlapping=True,
            )
        )
    return found


def _group_spikes(
    db: Database, limits: dict[str, Any], first: datetime, since: datetime, now: datetime
) -> list[Candidate]:
    rule = _spike_rule(limits[vocab.GROUP_SPIKE])
    found = []
    volumes = store.hourly_group_volumes(db, hour_key(since - rule.baseline_hours * HOUR))
    for group in watch_store.list_groups(db):
        if not group.enabled:
            continue
        counts = volumes.get(group.id, {})
        for burst in find_bursts(counts, rule, history_start=first, evaluate_from=since, until=now):
            start, end = hour_key(burst.start), hour_key(burst.end)
            found.append(
                Candidate(
                    kind=vocab.GROUP_SPIKE,
                    dedup_key=f"{vocab.GROUP_SPIKE}:{group.id}:{start}",
                    at=start,
                    window_end=end,
                    details=_burst_details(burst) | {"group": group.name},
                    mention_ids=store.group_ids_between(db, group.id, start, end),
                    group_id=group.id,
                    widen_overlapping=True,
                )
            )
    return found


def is_media(extra: dict[str, Any]) -> bool:
    """A media or verified account, when the sheet has such a column (kept in extra_json)."""
    for key, raw in extra.items():
        name, value = str(key).strip().lower(), str(raw).strip().lower()
        if not value:
            continue
        if any(marker in name for marker in VERIFIED_KEYS):
            if not value.startswith(_NOT_VERIFIED):
                return True
        elif any(marker in name for marker in SOURCE_TYPE_KEYS) and value in NEWS_VALUES:
            return True
    return False


def _influencers(
    db: Database, limits: dict[str, Any], since: datetime, now: datetime
) -> list[Candidate]:
    minimum = int(limits[vocab.INFLUENCER]["min_followers"])
    by_hour: dict[str, list[MentionBrief]] = {}
    last_hour = hour_key(now)
    for brief in store.negatives_since(db, hour_key(since)):
        if brief.hour > last_hour:
            continue
        big = minimum > 0 and (brief.followers or 0) >= minimum
        if big or is_media(brief.extra):
            by_hour.setdefault(brief.hour, []).append(brief)
    found = []
    for hour, briefs in sorted(by_hour.items()):
        authors = [
            {"name": b.author, "followers": b.followers, "platform": b.platform}
            | ({"media": True} if is_media(b.extra) else {})
            for b in sorted(briefs, key=lambda b: -(b.followers or 0))
        ]
        found.append(
            Candidate(
                kind=vocab.INFLUENCER,
                dedup_key=f"{vocab.INFLUENCER}::{hour}",
                at=hour,
                window_end=hour,
                details={"start": hour, "authors": authors, "min_followers": minimum},
                mention_ids=[b.id for b in briefs],
                widen_overlapping=True,
                open_only=True,
            )
        )
    return found


def _sensitive(
    db: Database, limits: dict[str, Any], since: datetime, now: datetime
) -> list[Candidate]:
    minimum = max(1, int(limits[vocab.SENSITIVE]["min_mentions"]))
    found = []
    for group in watch_store.list_groups(db):
        if group.kind != vocab.SENSITIVE_KIND or not group.enabled:
            continue
        by_hour: dict[str, list[int]] = {}
        last_hour = hour_key(now)
        for mention_id, hour in store.group_hits_since(db, group.id, hour_key(since)):
            if hour <= last_hour:
                by_hour.setdefault(hour, []).append(mention_id)
        try:
            words = _word_rules(watch_rules.parse(group.rule).terms())
        except watch_rules.RuleError:
            words = []
        for hour, ids in sorted(by_hour.items()):
            if len(ids) < minimum:
                continue
            found.append(
                Candidate(
                    kind=vocab.SENSITIVE,
                    dedup_key=f"{vocab.SENSITIVE}:{group.id}:{hour}",
                    at=hour,
                    window_end=hour,
                    details={
                        "start": hour,
                        "count": len(ids),
                        "group": group.name,
                        "words": _words_found(db, ids, words),
                    },
                    mention_ids=ids,
                    group_id=group.id,
                    widen_overlapping=True,
                    open_only=True,
                )
            )
    return found


def _word_rules(words: list[str]) -> list[tuple[str, watch_rules.Rule | None]]:
    """Each of a group's words as a rule of its own, parsed once per evaluation (not once
    per hour it has hits in)."""
    return [(word, None if '"' in word else watch_rules.parse(f'"{word}"')) for word in words]


def _words_found(
    db: Database, ids: list[int], words: list[tuple[str, watch_rules.Rule | None]]
) -> list[str]:
    """The group's words these mentions contain, most frequent first (for the reason)."""
    counts = dict.fromkeys((word for word, _rule in words), 0)
    for batch in watch_store.mention_texts(db, ids=ids[:WORDS_FROM]):
        for _id, text in batch:
            for word, rule in words:
                if rule is not None and rule.matches(text):
                    counts[word] += 1
    return [w for w, n in sorted(counts.items(), key=lambda item: -item[1]) if n]


def _response_breach(
    db: Database, limits: dict[str, Any], window: float, since: datetime, now: datetime
) -> list[Candidate]:
    """Unanswered counted negatives past the window that no response alert names yet."""
    limit = now - timedelta(hours=window)
    breached = store.unanswered_negatives(
        db, since=hour_key(since), posted_before=limit.isoformat()
    )
    responses = [
        a
        for a in store.list_alerts(db, include_acknowledged=True)
        if a.kind == vocab.RESPONSE_BREACH
    ]
    covered = {i for alert in responses for i in alert.mention_ids}
    still_open = [a for a in responses if not a.acknowledged_at]
    fresh = [b for b in breached if b.id not in covered]
    minimum = max(1, int(limits[vocab.RESPONSE_BREACH]["min_mentions"]))
    if len(fresh) < minimum:
        return []
    start = min(b.hour for b in fresh)
    confirmed = sum(1 for b in fresh if b.confirmed)
    return [
        Candidate(
            kind=vocab.RESPONSE_BREACH,
            # more unanswered while the last alert is still open: that alert grows
            dedup_key=still_open[0].dedup_key
            if still_open
            else f"{vocab.RESPONSE_BREACH}::{start}:{hour_key(now)}",
            at=start,
            window_end=max(b.hour for b in fresh),
            details={
                "start": start,
                "count": len(fresh),
                "confirmed": confirmed,
                "suggested": len(fresh) - confirmed,
                "window_hours": window,
            },
            mention_ids=[b.id for b in fresh],
            open_only=True,
        )
    ]


def _case_clocks(workspace: Workspace, limits: dict[str, Any], now: datetime) -> list[Candidate]:
    warn = int(limits[vocab.CASE_CLOCK]["warn_minutes"])
    found = []
    for case in case_store.list_cases(workspace.db, open_only=True):
        clock = case_clock_state(workspace, case, now=now)
        deadline = clock.deadline
        if clock.state not in ("running", "missed") or clock.first_holding_at or deadline is None:
            continue
        left = int((deadline - now).total_seconds() // 60)
        if left > warn:
            continue
        case_id = int(case["id"])
        ids = sorted(case_mentions.linked_ids(workspace.db, case_id))[:MAX_IDS]
        found.append(
            Candidate(
                kind=vocab.CASE_CLOCK,
                dedup_key=f"{vocab.CASE_CLOCK}:{case_id}:{deadline.isoformat()}"
                + (":missed" if left < 0 else ""),
                at=(clock.detected_at or now).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                window_end=deadline.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                details={
                    "case": case.get("title", ""),
                    "level": effective_severity(case),
                    "deadline": deadline.isoformat(),
                    "minutes_left": left,
                },
                mention_ids=ids,
                case_id=case_id,
            )
        )
    return found


def _write(
    workspace: Workspace, candidates: list[Candidate], tz_name: str
) -> tuple[list[Alert], int]:
    raised_ids: list[int] = []
    widened = 0
    db = workspace.db
    for candidate in candidates:
        details = candidate.details | {"timezone": tz_name}
        reason = describe(candidate.kind, details, "zh", tz_name)
        ids = candidate.mention_ids[:MAX_IDS]
        existing = store.alert_by_key(db, candidate.dedup_key)
        if existing is not None and existing.acknowledged_at and candidate.open_only:
            existing = None  # new hits in an hour someone has dealt with: a new alert
        if existing is None and candidate.open_only:
            # hits another alert of this kind named already (acknowledged or not) are not new
            named = store.named_mentions(db, candidate.kind, candidate.group_id)
            ids = [i for i in ids if i not in named]
            if not ids:
                continue
            if store.alert_by_key(db, candidate.dedup_key) is not None:
                candidate.dedup_key += f":{ids[0]}"
        if existing is None and candidate.widen_overlapping:
            start = hour_key(
                datetime.strptime(candidate.at, "%Y-%m-%dT%H:00:00Z").replace(tzinfo=UTC) - HOUR
            )
            end = candidate.window_end or candidate.at
            existing = store.overlapping(
                db, candidate.kind, candidate.group_id, start, end, open_only=candidate.open_only
            )
        if existing is not None:
            wider_ids = sorted(set(existing.mention_ids) | set(ids))[:MAX_IDS]
            at = min(existing.at, candidate.at)
            ends = [e for e in (existing.window_end, candidate.window_end) if e]
            window_end = max(ends) if ends else None
            if (wider_ids, at, window_end) == (
                existing.mention_ids,
                existing.at,
                existing.window_end,
            ):
                continue  # seen already, nothing more of it
            details = _merged(candidate.kind, existing.details, details, wider_ids, at)
            reason = describe(candidate.kind, details, "zh", tz_name)
            store.widen_alert(
                db,
                existing.id,
                at=at,
                window_end=window_end,
                reason=reason,
                details=details,
                mention_ids=wider_ids,
            )
            widened += 1
            continue
        alert_id = store.insert_alert(
            db,
            kind=candidate.kind,
            dedup_key=candidate.dedup_key,
            at=candidate.at,
            window_end=candidate.window_end,
            raised_at=now_iso(),
            reason=reason,
            details=details,
            mention_ids=ids,
            group_id=candidate.group_id,
            case_id=candidate.case_id,
        )
        if alert_id:
            workspace.audit(
                "raise", "alert", alert_id, after={"kind": candidate.kind, "reason": reason}
            )
            raised_ids.append(alert_id)
    # read back at the end: a later candidate of this run may have widened a new alert
    raised = [a for a in (store.get_alert(db, i) for i in raised_ids) if a is not None]
    return raised, widened


def _merged(
    kind: str, before: dict[str, Any], seen: dict[str, Any], ids: list[int], at: str
) -> dict[str, Any]:
    """The figures of an alert widened by more of the same: hits add up, authors join."""
    if kind == vocab.SENSITIVE:
        words = list(dict.fromkeys([*before.get("words", []), *seen.get("words", [])]))
        return seen | {"start": at, "count": len(ids), "words": words}
    if kind == vocab.RESPONSE_BREACH:  # the fresh ones join those named before
        confirmed = int(before.get("confirmed", 0)) + int(seen.get("confirmed", 0))
        return seen | {
            "start": at,
            "count": len(ids),
            "confirmed": confirmed,
            "suggested": len(ids) - confirmed,
        }
    if kind == vocab.INFLUENCER:
        authors = {a.get("name"): a for a in [*before.get("authors", []), *seen.get("authors", [])]}
        return seen | {"start": at, "authors": list(authors.values())}
    return seen
