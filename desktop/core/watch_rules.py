"""The watch-group rule language: parse a rule once, match it against many mention texts.

Grammar (loosest binding first)::

    rule    := or
    or      := and (OR and)*                 OR, 或, |
    and     := not ([AND] not)*              AND, 和, 且, &; two terms side by side = AND
    not     := NOT not | near                NOT, 非, 不含
    near    := primary (NEAR/N primary)*     "a NEAR/5 b": at most N characters between them;
                                             each side a term, a phrase or (a OR b …)
    primary := term | "phrase" | ( rule )

Decisions, so a user can predict a match:
- Side by side means AND (`小米 充电宝` needs both), as in every search box.
- Operators are upper case (`AND`, `OR`, `NOT`, `NEAR/5`) or the Chinese words standing alone
  between spaces; `and` in lower case is an ordinary English word.
- Matching ignores case and full-/half-width (each term is a regular expression over the
  mention's own text, so hit positions are the text's); a term with Latin letters or digits must stand
  as a word (`oil` does not match `toilet`, `315` does not match `2315`); Chinese terms match
  anywhere (Chinese has no spaces between words).
- NEAR measures the characters between the end of one hit and the start of the other, in
  either order.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.errors import UserError

# Full-width ASCII (！ to ～) and the ideographic space, as ASCII: a term typed full-width
# means the same as half-width (its pattern matches both).
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_WORDISH = re.compile(r"[0-9A-Za-z]")

OR_WORDS = {"OR", "或", "|"}
AND_WORDS = {"AND", "和", "且", "&"}
NOT_WORDS = {"NOT", "非", "不含"}
_NEAR = re.compile(r"^NEAR/(\d*)$")
_OPEN = {"(", "（"}
_CLOSE = {")", "）"}
_QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」"}


class RuleError(UserError):
    """A rule that cannot be read; `position` is the 1-based character it goes wrong at."""

    def __init__(self, position: int, code: str, problem: str, **values: object) -> None:
        super().__init__(
            f"第 {position} 个字符：{problem}",
            hint='规则写法：词之间空格 = 并且；OR 或者；NOT 排除；"短语"；(括号)；a NEAR/5 b。',
        )
        self.position = position
        self.code = code
        self.problem = problem
        self.values = values


@dataclass(frozen=True)
class _Token:
    kind: str  # term | phrase | and | or | not | near | open | close
    text: str
    position: int  # 1-based
    distance: int = 0


def tokenize(rule: str) -> list[_Token]:
    tokens: list[_Token] = []
    index = 0
    while index < len(rule):
        char = rule[index]
        if char.isspace():
            index += 1
            continue
        if char in _OPEN or char in _CLOSE:
            tokens.append(_Token("open" if char in _OPEN else "close", char, index + 1))
            index += 1
            continue
        if char in _QUOTES:
            closing = _QUOTES[char]
            end = rule.find(closing, index + 1)
            if char == '"' or closing == "”":
                ends = [p for p in (rule.find('"', index + 1), rule.find("”", index + 1)) if p > 0]
                end = min(ends) if ends else -1
            if end < 0:
                raise RuleError(index + 1, "unclosed_quote", "引号没有闭合")
            phrase = " ".join(rule[index + 1 : end].split())
            if not phrase:
                raise RuleError(index + 1, "empty_phrase", "引号里是空的")
            tokens.append(_Token("phrase", phrase, index + 1))
            index = end + 1
            continue
        start = index
        while (
            index < len(rule)
            and not rule[index].isspace()
            and rule[index] not in _OPEN
            and rule[index] not in _CLOSE
            and rule[index] not in _QUOTES
        ):
            index += 1
        word = rule[start:index]
        tokens.append(_word_token(word, start + 1))
    return tokens


def _word_token(word: str, position: int) -> _Token:
    if word in OR_WORDS:
        return _Token("or", word, position)
    if word in AND_WORDS:
        return _Token("and", word, position)
    if word in NOT_WORDS:
        return _Token("not", word, position)
    near = _NEAR.match(word)
    if near:
        if not near.group(1):
            raise RuleError(position, "near_number", "NEAR/ 后面要写字数，例如 NEAR/5")
        return _Token("near", word, position, distance=int(near.group(1)))
    if word.upper().startswith("NEAR/") and word.startswith("NEAR"):
        raise RuleError(position, "near_number", "NEAR/ 后面要写字数，例如 NEAR/5")
    return _Token("term", word, position)


# -- the compiled rule ------------------------------------------------------------------------


class Node(ABC):
    """A compiled rule part; `matches` takes the mention's own text (no copy, no folding)."""

    @abstractmethod
    def matches(self, text: str) -> bool: ...

    def terms(self) -> list[Term]:
        """The terms a match can be shown by (not the excluded ones)."""
        return []

    def fast(self) -> Callable[[str], object]:
        """The same test with the fewest Python frames per text (truthy = matches)."""
        return self.matches


_WORD_CHAR = "0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"


def term_pattern(needle: str) -> str:
    """A term as a regular expression: any case, half- or full-width, spaces as any run of
    spaces, and whole words at a Latin letter or digit end."""
    parts = []
    for char in needle:
        code = ord(char)
        if char.isspace():
            parts.append("\\s+")
        elif 0x21 <= code <= 0x7E:
            parts.append(f"[{re.escape(char)}{re.escape(chr(code + 0xFEE0))}]")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    if _WORDISH.match(needle[0]):
        body = f"(?<![{_WORD_CHAR}])" + body
    if _WORDISH.match(needle[-1]):
        body += f"(?![{_WORD_CHAR}])"
    return body


@dataclass(frozen=True)
class Term(Node):
    text: str  # as written (a phrase with its spaces made single)
    pattern: re.Pattern[str]

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [match.span() for match in self.pattern.finditer(text)]

    def matches(self, text: str) -> bool:
        return self.pattern.search(text) is not None

    def terms(self) -> list[Term]:
        return [self]

    def fast(self) -> Callable[[str], object]:
        return self.pattern.search


@dataclass(frozen=True)
class All(Node):
    parts: tuple[Node, ...]

    def matches(self, text: str) -> bool:
        return all(part.matches(text) for part in self.parts)

    def terms(self) -> list[Term]:
        return [t for part in self.parts for t in part.terms()]

    def fast(self) -> Callable[[str], object]:
        tests = [part.fast() for part in self.parts]
        if len(tests) == 2:
            first, second = tests
            return lambda text: first(text) and second(text)
        return lambda text: all(test(text) for test in tests)


@dataclass(frozen=True)
class Any_(Node):
    """Any of the parts; a list of plain terms is one regular expression (one scan)."""

    parts: tuple[Node, ...]
    combined: re.Pattern[str] | None = None
    # The same list as two scans: the terms that start with a Latin letter or digit begin
    # with a look-behind, which stops the regex engine skipping ahead to where a term's
    # first character is, for the whole alternation (4x slower on 100k mentions with 315 in
    # the sensitive words); the others keep that skip in a scan of their own.
    scans: tuple[re.Pattern[str], ...] = ()

    def matches(self, text: str) -> bool:
        if self.combined is not None:
            return self.combined.search(text) is not None
        return any(part.matches(text) for part in self.parts)

    def terms(self) -> list[Term]:
        return [t for part in self.parts for t in part.terms()]

    def fast(self) -> Callable[[str], object]:
        if len(self.scans) == 2:
            first, second = (scan.search for scan in self.scans)
            return lambda text: first(text) or second(text)
        if self.combined is not None:
            return self.combined.search
        tests = [part.fast() for part in self.parts]
        return lambda text: any(test(text) for test in tests)


def _alternation(terms: list[Term]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{term.pattern.pattern})" for term in terms), re.IGNORECASE)


def any_of(parts: tuple[Node, ...]) -> Any_:
    terms = [part for part in parts if isinstance(part, Term)]
    if len(terms) == len(parts):
        guarded = [t for t in terms if _WORDISH.match(t.text.translate(_FOLD)[:1])]
        free = [t for t in terms if t not in guarded]
        scans = (_alternation(free), _alternation(guarded)) if guarded and free else ()
        return Any_(parts, _alternation(terms), scans)
    return Any_(parts)


@dataclass(frozen=True)
class Not(Node):
    part: Node

    def matches(self, text: str) -> bool:
        return not self.part.matches(text)

    def fast(self) -> Callable[[str], object]:
        test = self.part.fast()
        return lambda text: not test(text)


@dataclass(frozen=True)
class Near(Node):
    """Any term of `left` within `distance` characters of any term of `right`."""

    left: tuple[Term, ...]
    right: tuple[Term, ...]
    distance: int

    def matches(self, text: str) -> bool:
        lefts = [span for term in self.left for span in term.spans(text)]
        if not lefts:
            return False
        rights = [span for term in self.right for span in term.spans(text)]
        for left_start, left_end in lefts:
            for right_start, right_end in rights:
                gap = right_start - left_end if right_start >= left_end else left_start - right_end
                if gap <= self.distance:
                    return True
        return False

    def terms(self) -> list[Term]:
        return [*self.left, *self.right]


def _near_side(node: Node) -> tuple[Term, ...] | None:
    """A NEAR operand: a term, a phrase, or (a OR b OR …) of them."""
    if isinstance(node, Term):
        return (node,)
    if isinstance(node, Any_) and all(isinstance(part, Term) for part in node.parts):
        return tuple(part for part in node.parts if isinstance(part, Term))
    return None


@dataclass(frozen=True)
class Rule:
    """A parsed rule: `matches(text)` for one text, `hits(text)` for highlighting."""

    source: str
    root: Node

    def matches(self, text: str) -> bool:
        return self.root.matches(text)

    def matcher(self) -> Callable[[str], object]:
        """The test for a loop over many texts (truthy = matches)."""
        return self.root.fast()

    def hits(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every shown term in the text, sorted, overlaps merged."""
        spans = sorted(span for term in self.root.terms() for span in term.spans(text))
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def terms(self) -> list[str]:
        return [term.text for term in self.root.terms()]


def _term(token: _Token) -> Term:
    needle = token.text.translate(_FOLD)
    return Term(token.text, re.compile(term_pattern(needle), re.IGNORECASE))


class _Parser:
    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.tokens = tokenize(rule)
        self.index = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def end_position(self) -> int:
        return len(self.rule.rstrip()) + 1

    def parse(self) -> Node:
        if not self.tokens:
            raise RuleError(1, "empty", "规则是空的：请至少写一个词")
        node = self.parse_or()
        extra = self.peek()
        if extra is not None:
            raise RuleError(extra.position, "unopened_paren", "多了一个右括号")
        return node

    def parse_or(self) -> Node:
        parts = [self.parse_and()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            self.expect_operand(token)
            parts.append(self.parse_and())
        return parts[0] if len(parts) == 1 else any_of(tuple(parts))

    def parse_and(self) -> Node:
        parts = [self.parse_not()]
        while (token := self.peek()) is not None and token.kind in {
            "and",
            "not",
            "term",
            "phrase",
            "open",
        }:
            if token.kind == "and":
                self.take()
                self.expect_operand(token)
            parts.append(self.parse_not())
        return parts[0] if len(parts) == 1 else All(tuple(parts))

    def parse_not(self) -> Node:
        token = self.peek()
        if token is not None and token.kind == "not":
            self.take()
            self.expect_operand(token)
            return Not(self.parse_not())
        return self.parse_near()

    def parse_near(self) -> Node:
        node = self.parse_primary()
        while (token := self.peek()) is not None and token.kind == "near":
            self.take()
            self.expect_operand(token)
            left, right = _near_side(node), _near_side(self.parse_primary())
            if left is None or right is None:
                raise RuleError(
                    token.position, "near_operands", 'NEAR 两边只能是词、"短语"或 (词 OR 词)'
                )
            node = Near(left, right, token.distance)
        return node

    def parse_primary(self) -> Node:
        token = self.peek()
        if token is None:
            raise RuleError(self.end_position(), "missing_term", "这里缺少一个词")
        if token.kind in {"term", "phrase"}:
            self.take()
            return _term(token)
        if token.kind == "open":
            self.take()
            if (inner := self.peek()) is not None and inner.kind == "close":
                raise RuleError(inner.position, "empty_parens", "括号里是空的")
            node = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != "close":
                position = closing.position if closing else self.end_position()
                raise RuleError(
                    position,
                    "missing_paren",
                    f"缺少右括号（第 {token.position} 个字符的左括号没有配对）",
                    opened_at=token.position,
                )
            self.take()
            return node
        if token.kind == "close":
            raise RuleError(token.position, "unopened_paren", "多了一个右括号")
        raise RuleError(token.position, "operator_without_term", f"{token.text} 前面缺少一个词")

    def expect_operand(self, operator: _Token) -> None:
        following = self.peek()
        if following is None or following.kind in {"or", "and", "close", "near"}:
            position = following.position if following else self.end_position()
            raise RuleError(
                position, "missing_term_after", f"{operator.text} 后面缺少一个词", op=operator.text
            )


def parse(rule: str) -> Rule:
    """The compiled rule; RuleError (with the character position) when it cannot be read.

    A rule made only of exclusions ("NOT 广告") would match nearly every mention: refused."""
    parsed = Rule(rule, _Parser(rule).parse())
    if not parsed.root.terms():
        start = len(rule) - len(rule.lstrip()) + 1
        raise RuleError(start, "only_not", "规则只有 NOT：请写出要找的词，例如 品牌 NOT 广告")
    return parsed


def check(rule: str) -> RuleError | None:
    """None when the rule reads, else the error (for an editor that shows it as you type)."""
    try:
        parse(rule)
    except RuleError as error:
        return error
    return None
