"""Header-row detection, built-in presets and column → canonical field mapping."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.vocab import IMPORT_FIELD_LABELS, MENTION_SOURCE_FIELDS

# What a sheet column can be mapped to.
FIELDS = (*MENTION_SOURCE_FIELDS, "contact")
IGNORE = "-"  # mapping target: the column is dropped (not kept in extra_json)
EXTRA = ""  # mapping target: kept in extra_json

FIELD_LABELS = IMPORT_FIELD_LABELS  # the vocabulary's home is core.vocab

# Columns that hold personal data we must not keep (RELIABILITY P-04): never stored.
SENSITIVE = re.compile(
    r"身份证|证件号|护照|银行卡|卡号|密码|id\s*card|id\s*number|national\s*id|passport|password|ssn|credit\s*card",
    re.I,
)


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    columns: dict[str, str]  # normalised header → field
    signature: tuple[str, ...]  # headers that identify the preset
    platform: str = ""  # platform when the sheet has none
    strip_index: bool = False  # weiboSpider: "1:正文"
    weibo_url: bool = False  # derive https://m.weibo.cn/detail/<id> when no url


def norm_header(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value if value is not None else "")).strip().lower()
    return re.sub(r"[\s_]+", " ", text).replace("\ufeff", "")


def _p(
    name: str, label: str, columns: dict[str, str], signature: Sequence[str], **kw: Any
) -> Preset:
    return Preset(
        name,
        label,
        {norm_header(k): v for k, v in columns.items()},
        tuple(norm_header(s) for s in signature),
        **kw,
    )


PRESETS: tuple[Preset, ...] = (
    _p(
        "weibo-search",
        "weibo-search（微博关键词搜索）",
        {
            "id": "external_id",
            "user_id": "author_id",
            "用户昵称": "author",
            "微博正文": "text",
            "头条文章url": "",
            "发布位置": "region",
            "ip": "region",
            "转发数": "reposts",
            "评论数": "comments",
            "点赞数": "likes",
            "发布时间": "posted_at",
            "话题": "keyword",
        },
        ("bid", "用户昵称", "微博正文", "发布工具", "艾特用户", "retweet_id", "微博图片url"),
        platform="微博",
        weibo_url=True,
    ),
    _p(
        "weibo-crawler",
        "weibo-crawler（微博用户/定制爬虫）",
        {
            "微博id": "external_id",
            "id": "external_id",
            "微博作者": "author",
            "用户": "author",
            "发布时间": "posted_at",
            "完整日期": "posted_at",
            "日期": "posted_at",
            "微博内容": "text",
            "正文": "text",
            "转发数": "reposts",
            "评论数": "comments",
            "点赞数": "likes",
            "粉丝数": "followers",
            "ip属地 省份": "region",
            "位置": "region",
            "话题": "keyword",
        },
        (
            "微博id",
            "微博作者",
            "微博内容",
            "ip属地 省份",
            "ip属地 城市",
            "页码",
            "关注数",
            "原始图片url",
            "完整日期",
        ),
        platform="微博",
        weibo_url=True,
    ),
    _p(
        "weiboSpider",
        "weiboSpider（微博用户爬虫）",
        {
            "微博": "text",
            "微博正文": "text",
            "微博id": "external_id",
            "点赞数": "likes",
            "转发数": "reposts",
            "评论数": "comments",
            "发布时间": "posted_at",
            "微博位置": "region",
        },
        ("微博", "翻译", "发布工具", "微博位置"),
        platform="微博",
        strip_index=True,
        weibo_url=True,
    ),
    _p(
        "cn-yuqing",
        "通用中文舆情导出",
        {
            "标题": "title",
            "正文": "text",
            "内容": "text",
            "摘要": "text",
            "原文链接": "url",
            "链接": "url",
            "网址": "url",
            "来源": "platform",
            "平台": "platform",
            "媒体类型": "platform",
            "作者": "author",
            "发布者": "author",
            "博主": "author",
            "作者id": "author_id",
            "发布时间": "posted_at",
            "时间": "posted_at",
            "情感倾向": "vendor_sentiment",
            "情感": "vendor_sentiment",
            "倾向性": "vendor_sentiment",
            "情感属性": "vendor_sentiment",
            "粉丝数": "followers",
            "转发": "reposts",
            "转发数": "reposts",
            "评论": "comments",
            "评论数": "comments",
            "点赞": "likes",
            "点赞数": "likes",
            "地域": "region",
            "地区": "region",
            "ip属地": "region",
            "关键词": "keyword",
            "命中关键词": "keyword",
            "联系方式": "contact",
            "联系电话": "contact",
            "文章id": "external_id",
        },
        ("标题", "正文", "摘要", "原文链接", "来源", "作者", "情感倾向", "地域", "发布时间"),
    ),
    _p(
        "brandwatch",
        "Brandwatch",
        {
            "date": "posted_at",
            "title": "title",
            "url": "url",
            "sentiment": "vendor_sentiment",
            "page type": "platform",
            "country": "region",
            "author": "author",
            "full text": "text",
            "snippet": "",
            "twitter followers": "followers",
            "twitter retweets": "reposts",
            "twitter replies": "comments",
            "twitter likes": "likes",
            "likes": "likes",
            "resource id": "external_id",
            "query name": "keyword",
        },
        (
            "query id",
            "query name",
            "page type",
            "full text",
            "resource id",
            "mentioned authors",
            "snippet",
        ),
    ),
    _p(
        "meltwater",
        "Meltwater",
        {
            "date": "posted_at",
            "headline": "title",
            "url": "url",
            "opening text": "text",
            "hit sentence": "",
            "source": "platform",
            "influencer": "author",
            "twitter screen name": "author_id",
            "country": "region",
            "sentiment": "vendor_sentiment",
            "keywords": "keyword",
            "tweet id": "external_id",
            "twitter followers": "followers",
            "engagement": "",
        },
        ("headline", "opening text", "hit sentence", "influencer", "tweet id", "input name", "ave"),
    ),
    _p(
        "talkwalker",
        "Talkwalker",
        {
            "published": "posted_at",
            "url": "url",
            "title": "title",
            "content": "text",
            "sentiment": "vendor_sentiment",
            "source type": "platform",
            "extra author attributes.name": "author",
            "extra author attributes.id": "author_id",
            "country": "region",
            "article extended attributes.twitter followers": "followers",
            "article extended attributes.twitter retweets": "reposts",
            "article extended attributes.twitter likes": "likes",
            "article extended attributes.num comments": "comments",
        },
        (
            "indexed",
            "published",
            "title snippet",
            "root url",
            "domain url",
            "source type",
            "extra author attributes.name",
        ),
    ),
    _p(
        "generic-en",
        "通用英文表格",
        {
            "platform": "platform",
            "network": "platform",
            "channel": "platform",
            "author": "author",
            "user": "author",
            "username": "author",
            "screen name": "author",
            "author id": "author_id",
            "user id": "author_id",
            "followers": "followers",
            "date": "posted_at",
            "posted at": "posted_at",
            "created at": "posted_at",
            "published": "posted_at",
            "timestamp": "posted_at",
            "time": "posted_at",
            "title": "title",
            "headline": "title",
            "text": "text",
            "content": "text",
            "message": "text",
            "post": "text",
            "body": "text",
            "url": "url",
            "link": "url",
            "permalink": "url",
            "shares": "reposts",
            "retweets": "reposts",
            "reposts": "reposts",
            "comments": "comments",
            "replies": "comments",
            "likes": "likes",
            "favorites": "likes",
            "region": "region",
            "location": "region",
            "country": "region",
            "sentiment": "vendor_sentiment",
            "id": "external_id",
            "post id": "external_id",
            "keyword": "keyword",
            "contact": "contact",
            "phone": "contact",
            "email": "contact",
        },
        ("text", "content", "url", "author", "followers", "date", "likes", "sentiment", "platform"),
    ),
)
PRESETS_BY_NAME = {p.name: p for p in PRESETS}
# Every alias we know, for header detection and for columns a preset does not list.
ALL_ALIASES: dict[str, str] = {}
for _preset in reversed(PRESETS):
    for _header, _field in _preset.columns.items():
        if _field:
            ALL_ALIASES[_header] = _field
for _preset in PRESETS:
    for _header in _preset.signature:
        ALL_ALIASES.setdefault(_header, "")


@dataclass
class HeaderGuess:
    row: int | None  # 0-based index of the header row, None = no header (first row is data)
    headers: list[str]
    reference_text: str = ""  # a date found in a preamble (Brandwatch "To:")
    preamble: dict[str, str] = field(default_factory=dict)


def _is_alias(cell: Any) -> bool:
    return norm_header(cell) in ALL_ALIASES


def detect_header(rows: Sequence[Sequence[Any]], scan: int = 20) -> HeaderGuess:
    """The row (within the first `scan`) matching the most known column names."""
    best_row: int | None = None
    best_score = 0
    for index, row in enumerate(rows[:scan]):
        cells = [c for c in row if str(c).strip()]
        score = sum(1 for c in cells if _is_alias(c))
        if score > best_score or (
            score == best_score
            and score
            and best_row is not None
            and len(cells) > len(rows[best_row])
        ):
            best_row, best_score = index, score
    width = max((len(r) for r in rows[:scan]), default=0)
    if best_row is None or best_score < 2:
        return HeaderGuess(None, [f"列{i + 1}" for i in range(width)])
    preamble: dict[str, str] = {}
    for row in rows[:best_row]:
        cells = [str(c).strip() for c in row if str(c).strip()]
        if len(cells) >= 2 and cells[0].endswith((":", "：")):
            preamble[cells[0].rstrip(":：")] = cells[1]
    headers = header_names(rows, best_row)
    reference = ""
    for key in ("To", "至", "截止", "导出时间", "Export date", "Date"):
        if key in preamble:
            reference = preamble[key]
    return HeaderGuess(best_row, headers, reference, preamble)


def header_names(rows: Sequence[Sequence[Any]], header_row: int | None) -> list[str]:
    """Names of the columns; empty / 'Unnamed: n' cells get 列N, merged group headers above
    (a second header row) fill gaps, duplicates get a suffix."""
    width = max((len(r) for r in rows[: (header_row or 0) + 20]), default=0)
    if header_row is None:
        return [f"列{i + 1}" for i in range(width)]
    row = list(rows[header_row]) + [""] * (width - len(rows[header_row]))
    above: list[str] = []
    if header_row > 0:
        previous = [str(c).strip() for c in rows[header_row - 1]]
        if sum(1 for c in previous if c) >= 1 and not any(
            c.endswith((":", "：")) for c in previous
        ):
            last = ""
            for cell in previous + [""] * (width - len(previous)):
                last = cell or last
                above.append(last)
    names: list[str] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = str(cell).replace("\ufeff", "").strip() if cell is not None else ""
        if re.fullmatch(r"unnamed: ?\d+(_level_\d+)?", name, re.I):
            name = ""
        if not name and above and above[index]:
            name = above[index]
        if not name:
            name = f"列{index + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        names.append(name)
    return names


def detect_preset(headers: Sequence[str]) -> Preset | None:
    normalised = {norm_header(h) for h in headers}
    best, best_score = None, 0.0
    for preset in PRESETS:
        hits = sum(1 for s in preset.signature if s in normalised)
        mapped = sum(1 for h in normalised if h in preset.columns)
        if hits == 0 and mapped < 3:
            continue
        score = hits * 2 + mapped * 0.5
        if score > best_score:
            best, best_score = preset, score
    return best


def build_mapping(headers: Sequence[str], preset: Preset | None) -> dict[str, str]:
    """header → field ('' = keep in extra_json, '-' = drop). Each field is used once."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for header in headers:
        key = norm_header(header)
        if SENSITIVE.search(key):
            mapping[header] = IGNORE
            continue
        target = ""
        if preset is not None and key in preset.columns:
            target = preset.columns[key]
        elif key in ALL_ALIASES:
            target = ALL_ALIASES[key]
        if target and target in used:
            target = ""
        if target:
            used.add(target)
        mapping[header] = target
    return mapping


def guess_by_content(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, str]:
    """No header row: guess text / url / posted_at / counts from the cells themselves."""
    from desktop.core.values import parse_count, parse_datetime

    mapping = dict.fromkeys(headers, "")
    if not rows:
        return mapping
    stats: list[tuple[str, float, float, float, float]] = []
    for index, header in enumerate(headers):
        cells = [str(r[index]).strip() for r in rows if index < len(r) and str(r[index]).strip()]
        if not cells:
            stats.append((header, 0.0, 0.0, 0.0, 0.0))
            continue
        urls = sum(1 for c in cells if c.startswith(("http://", "https://")))
        dates = sum(1 for c in cells if parse_datetime(c) is not None and not c.isdigit())
        counts = sum(1 for c in cells if parse_count(c) is not None)
        length = sum(len(c) for c in cells) / len(cells)
        stats.append((header, urls / len(cells), dates / len(cells), counts / len(cells), length))
    used: set[str] = set()
    for header, url_share, date_share, _counts, _length in stats:
        if url_share > 0.6 and "url" not in used:
            mapping[header] = "url"
            used.add("url")
        elif date_share > 0.6 and "posted_at" not in used:
            mapping[header] = "posted_at"
            used.add("posted_at")
    free = [s for s in stats if not mapping[s[0]] and s[3] < 0.6]
    if free:
        longest = max(free, key=lambda s: s[4])
        if longest[4] > 0:
            mapping[longest[0]] = "text"
    return mapping
