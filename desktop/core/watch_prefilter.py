"""A cheap test to run before a watch rule's regular expressions: words a match must contain.

Most mentions match no group, and a rule's compiled patterns (any case, full-width) go
through the regex engine character by character, while `word in text` is a C scan. So each
rule yields the plain words one of which every match contains (a term: its longest run; OR:
any of its sides'; AND: the side with the fewest words; NEAR: its left side's; NOT: nothing
known), and the matcher runs only on texts that contain one. The prefilter never decides a
match; it only skips texts that cannot match, so the rule's meaning stays in watch_rules.

Case and width: Chinese (letters with no case, category Lo) are looked up in the text as it
is; any other word is looked up in the text folded the way the patterns fold it (full-width
ASCII to half-width, then casefold), computed at most once per text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core import watch_rules
from desktop.core.watch_rules import All, Any_, Near, Node, Not, Term

# Full-width ASCII and the ideographic space as ASCII (the same fold as watch_rules).
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """A text as the patterns see it for containment: half-width, case folded."""
    return text.translate(_FOLD).casefold()


def _plain(word: str) -> bool:
    """Only characters with no case and no width variant: looked up unfolded."""
    return bool(word) and all(unicodedata.category(char) == "Lo" for char in word)


def _term_word(term: Term) -> str:
    """The longest space-free run of a term (a phrase's spaces match any run of spaces)."""
    parts = term.text.translate(_FOLD).split()
    return max(parts, key=len) if parts else ""


def required_words(node: Node) -> frozenset[str] | None:
    """Words (as written, folded width) one of which every text the node matches contains;
    None when nothing is known (a NOT, or a side that is NOT only)."""
    if isinstance(node, Term):
        word = _term_word(node)
        return frozenset([word]) if word else None
    if isinstance(node, Any_):
        words: set[str] = set()
        for part in node.parts:
            found = required_words(part)
            if found is None:
                return None
            words |= found
        return frozenset(words)
    if isinstance(node, All):
        known = [w for w in (required_words(part) for part in node.parts) if w is not None]
        if not known:
            return None
        return min(known, key=lambda w: (len(w), -min(len(x) for x in w)))
    if isinstance(node, Near):
        return frozenset(w for w in (_term_word(t) for t in node.left) if w) or None
    if isinstance(node, Not):
        return None
    return None


@dataclass(frozen=True)
class Prefilter:
    """The words of one rule, split by how they are looked up."""

    plain: tuple[str, ...]  # looked up in the text as it is
    folded: tuple[str, ...]  # looked up in `fold(text)`

    def could_match(self, text: str, folded_text: Callable[[], str]) -> bool:
        for word in self.plain:
            if word in text:
                return True
        if self.folded:
            seen = folded_text()
            for word in self.folded:
                if word in seen:
                    return True
        return False


def prefilter(rule: watch_rules.Rule) -> Prefilter | None:
    """The rule's prefilter, or None when every text has to go through the full rule."""
    words = required_words(rule.root)
    if not words:
        return None
    plain = tuple(sorted(w for w in words if _plain(w)))
    folded = tuple(sorted({fold(w) for w in words if not _plain(w)}))
    return Prefilter(plain=plain, folded=folded)
