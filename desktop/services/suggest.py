"""Reply suggestions: the best knowledge-base entries and the most similar answered mentions.

`suggest(workspace, text, limit)` ranks entries (not retired; the version in use) by their
typical comments, keywords and title, and past mentions that got a reply by their text. The
indexes are built once per workspace and kept on the open workspace object; a cheap signature
(row counts, last change) tells when to rebuild. New replies are added to a small side index
instead of rebuilding the big one, so marking a mention replied never costs seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from desktop.core.kb_content import Reply, split_keywords
from desktop.core.progress import Progress
from desktop.core.similarity import SimilarityIndex, coverage, polarity, shared_terms, top_k
from desktop.core.text import normalise, search_tokens
from desktop.storage import kb_index as store
from desktop.storage.kb_index import IndexedEntry, KbSignature, WriteMark
from desktop.storage.workspace import Workspace

CACHE_ATTRIBUTE = "_crisisdesk_suggest_cache"
TITLE_WEIGHT = 0.6  # the title + keywords document counts a little less than a typical comment
KEYWORD_BONUS = 0.5  # per keyword found literally in the text
DELTA_LIMIT = 2000  # past this many new replies, rebuild the mention index

# -- relevance: strong / possible / none -----------------------------------------------------------
# A suggestion is "strong" (the composer pre-fills it), "possible" (listed, not pre-filled) or
# "none". Three measures of an entry for the text: its score (above, after the polarity demotion
# below); its coverage, the idf-weighted share of the text's bigrams found in the entry (title,
# typical comments, keywords; core.similarity.coverage), which a long post that shares two
# common bigrams keeps low; and how many of its keywords occur literally in the text (long real
# posts carry brand, store and dish names that no entry has, so their coverage is low too, and
# "钢丝" + "吃出" is what marks them). Measured, top-1 entry, on the seeded 问答库 (47 entries) with
# the 97 labelled paraphrases of tests/support/kb_labelled_set.py as positives and 1,601
# off-topic real texts as negatives (../shared/corpora: weibo2018 test 500 + its 6 topic files
# 600, 500 posts of the #三十而已# TV-drama export, and the "梁正贤真是海王让人恶心的想吐"),
# a grid over score 6…20 × coverage 0.05…0.5 × keyword hits:
#   strong = score >= 10 and (coverage >= 0.2, or 2 keywords and coverage >= 0.05, or 1 keyword
#            and coverage >= 0.1): labelled precision 0.989 (86 of 87 right), recall 0.887;
#            off-topic strong 0.3 % (5 of 1,601, e.g. "…什么时候…" posts against the refund
#            entry); score >= 12 gave precision 1.0 but recall 0.845, coverage alone (no keyword
#            rules) made only 1 of the demo's 16 distinct 钢丝 posts strong, with them 10;
#   possible = score >= 4 and coverage >= 0.1, or score >= 7 with a keyword and coverage >= 0.05:
#            off-topic possible or strong 2.7 % (44 of 1,601); the text (score 5.2,
#            coverage 0.08, no keyword) is "none".
# tests/services/test_suggest_quality.py asserts these floors; bench/bench_suggest.py prints them.
STRONG_SCORE = 10.0
STRONG_COVERAGE = 0.2
POSSIBLE_SCORE = 4.0
POSSIBLE_COVERAGE = 0.1
KEYWORD_COVERAGE = 0.05  # with two keywords found (strong) or one (possible)
KEYWORD_POSSIBLE_SCORE = 7.0
# A complaint offered a praise entry (or praise a complaint entry, core.similarity.polarity) has
# its score multiplied by this, is at most "possible", and is left out when that makes it "none":
# on main "今天的碗里夹着一小段铁丝，太吓人了" got the praise entry first, now it is not offered.
# core.similarity.polarity on the 11,987 labelled waimai_10k reviews: 3.6 % of the praise read as
# a complaint, 4.6 % of the complaints as praise (the rest right or neutral).
POLARITY_MISMATCH = 0.25
# Answered mentions: their BM25 runs on another collection, whose scale moves with its size (a
# handful of answered mentions give tiny idfs), so coverage decides, with at least two of the
# text's bigrams shared to keep a lone common bigram out: strong >= 0.5, possible >= 0.15. There
# is no labelled set of mentions; on the demo workspace the 1,601 off-topic texts above, top-5
# similar mentions each (6,289), get "possible" 0.05 % of the time (3) and never "strong".
MENTION_STRONG_COVERAGE = 0.5
MENTION_POSSIBLE_COVERAGE = 0.15
MENTION_SHARED_TERMS = 2
RELEVANCE_LEVELS = ("strong", "possible", "none")


def relevance(score: float, covered: float, keywords: int = 0, *, mismatch: bool = False) -> str:
    """Strong, possible or none (RELEVANCE_LEVELS) for an entry's score, coverage and the
    number of its keywords found literally in the text (see the constants above)."""
    if score >= STRONG_SCORE and not mismatch:
        if covered >= STRONG_COVERAGE:
            return "strong"
        if keywords >= 2 and covered >= KEYWORD_COVERAGE:
            return "strong"
        if keywords >= 1 and covered >= POSSIBLE_COVERAGE:
            return "strong"
    if score >= POSSIBLE_SCORE and covered >= POSSIBLE_COVERAGE:
        return "possible"
    if score >= KEYWORD_POSSIBLE_SCORE and keywords >= 1 and covered >= KEYWORD_COVERAGE:
        return "possible"
    return "none"


def mention_relevance(covered: float, shared: int) -> str:
    """Strong, possible or none for an answered mention's coverage of the text and the number
    of the text's distinct bigrams it shares."""
    if shared < MENTION_SHARED_TERMS:
        return "none"
    if covered >= MENTION_STRONG_COVERAGE:
        return "strong"
    if covered >= MENTION_POSSIBLE_COVERAGE:
        return "possible"
    return "none"


@dataclass(frozen=True)
class EntrySuggestion:
    """A 问答库 entry for the text: its reply in use, why it matched."""

    id: int
    title: str
    score: float
    reply: str  # the public reply (or the first kind there is) of the version in use
    approved: bool
    version: int
    status: str
    matched: list[str]  # words of the text found in the entry
    relevance: str = "none"  # strong / possible / none (RELEVANCE_LEVELS)
    coverage: float = 0.0  # idf-weighted share of the text's bigrams found in the entry


@dataclass(frozen=True)
class SimilarMention:
    """An earlier mention like the text, with the reply it got."""

    mention_id: int
    text: str
    reply: str
    score: float
    entry_id: int | None  # the entry the reply came from
    platform: str
    author: str
    matched: list[str]
    relevance: str = "none"
    coverage: float = 0.0


@dataclass(frozen=True)
class Suggestions:
    entries: list[EntrySuggestion] = field(default_factory=list)
    similar: list[SimilarMention] = field(default_factory=list)


@dataclass
class _KbIndex:
    signature: KbSignature
    entries: list[IndexedEntry]
    doc_entry: np.ndarray  # entry position of each example document
    examples: SimilarityIndex
    meta: SimilarityIndex  # one document per entry: title + keywords
    keywords: dict[str, list[int]]  # normalised keyword -> entry positions
    longest_keyword: int
    terms: list[frozenset[str]]  # every token of each entry (title, examples, keywords)
    polarity: np.ndarray  # -1 complaint, +1 praise, 0 neither (core.similarity.polarity)


# (highest mention id, latest reply time) when the mention index was built or extended.
MentionSignature = tuple[int, str] | tuple[()]


@dataclass
class _MentionIndex:
    signature: MentionSignature
    max_id: int
    max_replied: str
    ids: np.ndarray
    index: SimilarityIndex
    delta_ids: list[int] = field(default_factory=list)
    delta_index: SimilarityIndex | None = None
    excluded: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


@dataclass
class PreparedIndexes:
    """The suggestion indexes of one workspace (kept on its open `Workspace` object)."""

    kb: _KbIndex | None = None
    mentions: _MentionIndex | None = None
    # The write mark when the signatures were last checked: while it is unchanged nothing was
    # written by anyone, so the checks are skipped.
    kb_seen: WriteMark | tuple[()] = ()
    mentions_seen: WriteMark | tuple[()] = ()


def _cache(workspace: Workspace) -> PreparedIndexes:
    cache = getattr(workspace, CACHE_ATTRIBUTE, None)
    if not isinstance(cache, PreparedIndexes):
        cache = PreparedIndexes()
        setattr(workspace, CACHE_ATTRIBUTE, cache)
    return cache


def cached_indexes(workspace: Workspace) -> PreparedIndexes:
    """The indexes this workspace holds now (built on first use, or adopted from a worker)."""
    return _cache(workspace)


def invalidate(workspace: Workspace, area: str = "") -> None:
    """Forget the cached indexes (all, or "kb" / "mentions"); the next call rebuilds."""
    cache = _cache(workspace)
    if area in ("", "kb"):
        cache.kb = None
    if area in ("", "mentions"):
        cache.mentions = None


def note_replied(workspace: Workspace, mention_id: int) -> None:
    """A mention's reply changed: index it again at the next suggestion (side index)."""
    current = _cache(workspace).mentions
    if current is not None:
        if mention_id not in current.delta_ids:
            current.delta_ids.append(mention_id)
        current.signature = ()


# -- knowledge base -------------------------------------------------------------------------------


def _pick_reply(replies: tuple[Reply, ...], kind: str = "public") -> str:
    for wanted in (kind, "public", "holding", "private", "statement"):
        for reply in replies:
            if reply.kind == wanted:
                return reply.body
    return ""


def _kb_index(workspace: Workspace) -> _KbIndex:
    cache = _cache(workspace)
    mark = store.write_mark(workspace.db)
    if cache.kb is not None and cache.kb_seen == mark:
        return cache.kb
    signature = store.kb_signature(workspace.db)
    cache.kb_seen = mark
    if cache.kb is not None and cache.kb.signature == signature:
        return cache.kb
    entries = store.entries_in_use(workspace.db)
    docs: list[str] = []
    owners: list[int] = []
    for position, entry in enumerate(entries):
        lines = [line for line in entry.examples.splitlines() if line.strip()]
        for line in lines or [entry.title]:
            docs.append(line)
            owners.append(position)
    meta = [f"{e.title} {e.keywords.replace('，', ' ')}" for e in entries]
    keywords: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        for keyword in split_keywords(entry.keywords):
            if len(keyword) > 1:
                keywords.setdefault(normalise(keyword), []).append(position)
    texts = [f"{e.title}\n{e.examples}\n{e.keywords}" for e in entries]
    cache.kb = _KbIndex(
        signature,
        entries,
        np.asarray(owners, dtype=np.int64),
        SimilarityIndex(docs),
        SimilarityIndex(meta),
        keywords,
        max((len(k) for k in keywords), default=0),
        [frozenset(search_tokens(text)) for text in texts],
        np.asarray([polarity(text) for text in texts], dtype=np.int8),
    )
    return cache.kb


def _idf_weights(index: SimilarityIndex, terms: list[str]) -> dict[str, float]:
    """Each term's idf in `index`; a term the index never saw counts as the rarest."""
    idf = getattr(index, "idf", None)
    if idf is None or not len(idf):
        return dict.fromkeys(terms, 1.0)
    rarest = float(idf.max())
    return {t: float(idf[index.vocab[t]]) if t in index.vocab else rarest for t in terms}


def _keywords_in(text: str, index: _KbIndex) -> set[str]:
    """The entries' keywords that occur literally in `text` (every substring looked up)."""
    found: set[str] = set()
    longest = min(index.longest_keyword, 24)
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + longest) + 1):
            piece = text[start:end]
            if piece in index.keywords:
                found.add(piece)
    return found


def suggest_entries(workspace: Workspace, text: str, limit: int = 5) -> list[EntrySuggestion]:
    index = _kb_index(workspace)
    if not index.entries or not text.strip():
        return []
    example_scores = index.examples.scores(text)
    best = np.zeros(len(index.entries), dtype=np.float32)
    np.maximum.at(best, index.doc_entry, example_scores)
    scores = best + TITLE_WEIGHT * index.meta.scores(text)
    hits = np.zeros(len(index.entries), dtype=np.int64)
    for keyword in _keywords_in(normalise(text), index):
        for position in index.keywords[keyword]:
            scores[position] += KEYWORD_BONUS
            hits[position] += 1
    leaning = polarity(text)
    mismatched = index.polarity * leaning < 0 if leaning else np.zeros(len(scores), dtype=bool)
    scores = np.where(mismatched, scores * POLARITY_MISMATCH, scores)
    terms = list(dict.fromkeys(search_tokens(text)))
    weights = _idf_weights(index.examples, terms)
    results = []
    for hit in top_k(scores, limit):
        entry = index.entries[hit.position]
        haystack = f"{entry.title}\n{entry.examples}\n{entry.keywords}"
        covered = coverage(terms, weights, index.terms[hit.position])
        level = relevance(
            hit.score,
            covered,
            int(hits[hit.position]),
            mismatch=bool(mismatched[hit.position]),
        )
        if level == "none" and mismatched[hit.position]:
            continue  # a thank-you for a complaint (or the reverse) that nothing else supports
        results.append(
            EntrySuggestion(
                id=entry.id,
                title=entry.title,
                score=round(hit.score, 3),
                reply=_pick_reply(entry.replies),
                approved=entry.approved,
                version=entry.version,
                status=entry.status,
                matched=shared_terms(text, haystack),
                relevance=level,
                coverage=round(covered, 3),
            )
        )
    return results


# -- answered mentions ----------------------------------------------------------------------------


def _mention_index(workspace: Workspace) -> _MentionIndex:
    cache = _cache(workspace)
    current = cache.mentions
    mark = store.write_mark(workspace.db)
    if current is not None and current.signature and cache.mentions_seen == mark:
        return current
    max_id, max_replied = store.mention_state(workspace.db)
    signature = (max_id, max_replied)
    cache.mentions_seen = mark
    if current is not None and current.signature == signature:
        return current
    if current is not None and max_id >= current.max_id and max_replied >= current.max_replied:
        # Only newer rows or newer replies: a side index over those, the big one unchanged.
        delta = store.answered_since(
            workspace.db, current.max_id, current.max_replied, current.delta_ids
        )
        if len(delta) <= DELTA_LIMIT:
            ids = [r[0] for r in delta]
            current.signature = signature
            current.delta_ids = ids
            current.delta_index = SimilarityIndex([f"{r[1]} {r[2]}" for r in delta])
            current.excluded = np.nonzero(np.isin(current.ids, ids))[0]
            return current
    rows = store.answered(workspace.db)
    cache.mentions = _MentionIndex(
        signature,
        max_id,
        max_replied,
        np.asarray([r[0] for r in rows], dtype=np.int64),
        SimilarityIndex([f"{r[1]} {r[2]}" for r in rows]),
    )
    return cache.mentions


def similar_mentions(
    workspace: Workspace, text: str, limit: int = 5, exclude_id: int | None = None
) -> list[SimilarMention]:
    if not text.strip():
        return []
    index = _mention_index(workspace)
    candidates: list[tuple[float, int]] = []
    excluded = index.excluded
    if exclude_id is not None:
        own = np.nonzero(index.ids == exclude_id)[0]
        excluded = np.concatenate([excluded, own]) if len(own) else excluded
    for hit in index.index.top(text, limit, exclude=excluded):
        candidates.append((hit.score, int(index.ids[hit.position])))
    if index.delta_index is not None:
        for hit in index.delta_index.top(text, limit + 1):
            mention_id = index.delta_ids[hit.position]
            if mention_id != exclude_id:
                candidates.append((hit.score, mention_id))
    candidates.sort(key=lambda c: -c[0])
    candidates = candidates[:limit]
    rows = store.answered_mentions(workspace.db, [c[1] for c in candidates])
    terms = list(dict.fromkeys(search_tokens(text)))
    weights = _idf_weights(index.index, terms)
    results = []
    for score, mention_id in candidates:
        row = rows.get(mention_id)
        if row is None:
            continue
        found = frozenset(search_tokens(row.text))
        covered = coverage(terms, weights, found)
        results.append(
            SimilarMention(
                mention_id=mention_id,
                text=row.text,
                reply=row.reply,
                score=round(score, 3),
                entry_id=row.entry_id,
                platform=row.platform,
                author=row.author,
                matched=shared_terms(text, row.text),
                relevance=mention_relevance(covered, sum(t in found for t in terms)),
                coverage=round(covered, 3),
            )
        )
    return results


def suggest(
    workspace: Workspace, text: str, limit: int = 5, *, exclude_mention_id: int | None = None
) -> Suggestions:
    """The best entries and the most similar answered mentions for any text (the CLI prints
    them as DESIGN.md §6's JSON)."""
    return Suggestions(
        suggest_entries(workspace, text, limit),
        similar_mentions(workspace, text, limit, exclude_mention_id),
    )


# -- building off the UI thread -------------------------------------------------------------------


def needs_warming(workspace: Workspace, threshold: int = 2000) -> bool:
    """True when building the indexes would take long enough to be noticed (≈ 50 ms per 1k)."""
    cache = _cache(workspace)
    if cache.kb is not None and cache.mentions is not None:
        return False
    return store.answered_count(workspace.db) + store.entry_count(workspace.db) >= threshold


def prepare_indexes(path: str, progress: Progress | None = None) -> PreparedIndexes:
    """Build both indexes from a read-only connection of its own (for a worker thread)."""
    with Workspace.open(path, read_only=True, check=False) as own:
        _kb_index(own)
        if progress is not None:
            progress.check()
        _mention_index(own)
        cache = _cache(own)
    cache.kb_seen = ()
    cache.mentions_seen = ()
    return cache


def adopt(workspace: Workspace, prepared: PreparedIndexes) -> bool:
    """Use indexes built elsewhere (their signatures are checked again on first use)."""
    if workspace.closed:
        return False
    cache = _cache(workspace)
    adopted = False
    if cache.kb is None and prepared.kb is not None:
        cache.kb, cache.kb_seen, adopted = prepared.kb, (), True
    if cache.mentions is None and prepared.mentions is not None:
        cache.mentions, cache.mentions_seen, adopted = prepared.mentions, (), True
    return adopted
