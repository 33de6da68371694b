"""A small English sentiment lexicon for zero-shot scoring of English mentions.

Written for this app (customer complaints and praise about a brand), not taken from a list:
the shipped model is trained on Chinese corpora only, so English texts start from these words
and then learn from the person's labels like Chinese ones. A negator within three words before
a lexicon word flips it ("not good" counts as negative, "never disappointed" as positive).
"""

from __future__ import annotations

from typing import Final


def _wordlist(text: str) -> frozenset[str]:
    return frozenset(text.split())


POSITIVE: Final = _wordlist(
    """
    good great excellent amazing awesome fantastic wonderful perfect love loved loving lovely
    like liked nice best better thanks thank thankful appreciate appreciated helpful friendly
    fast quick quickly delicious tasty fresh recommend recommended happy glad pleased satisfied
    enjoy enjoyed impressive impressed brilliant superb outstanding smooth easy reliable
    polite kind fixed resolved solved works worked worth beautiful cool fine fun favourite
    favorite congrats congratulations well yummy clean affordable generous responsive
    """
)

NEGATIVE: Final = _wordlist(
    """
    bad terrible horrible awful worst worse poor disappointing disappointed disappointment
    hate hated angry annoyed annoying furious upset unacceptable rude slow late delayed delay
    broken broke broke damaged defective faulty cold stale dirty disgusting gross sick ill
    refund refunds scam scammed fraud fake liar lies lied cheat cheated ripoff rip overpriced
    expensive useless waste wasted complaint complain complained issue issues problem
    problems fail failed failure error crash crashed crashes missing lost wrong mess ignored
    ignore unhelpful unprofessional boycott lawsuit sue dangerous unsafe recall poisoning
    hair bug bugs insect cockroach mold mould expired leak leaked leaking charged overcharged
    cancel cancelled canceled nightmare ridiculous pathetic shame shameful joke sucks suck
    """
)

# Words that flip the polarity of a lexicon word shortly after them.
NEGATORS: Final = _wordlist(
    """
    not no never nothing nobody none neither nor cannot cant can't don't dont doesn't doesnt
    didn't didnt isn't isnt wasn't wasnt won't wont aren't arent haven't havent hardly barely
    without
    """
)

# "never" negates the word after it; "never again" on its own is a complaint (features.py).
NEVER_AGAIN: Final = ("never", "again")
POLARITY: Final = {**{word: 1 for word in POSITIVE}, **{word: -1 for word in NEGATIVE}}

_SUFFIXES: Final = ("ing", "ed", "es", "s", "d", "ly")


def polarity(word: str) -> int:
    """+1, -1 or 0 for a lower-case word; inflections fall back to their stem (crashing → crash)."""
    found = POLARITY.get(word)
    if found is not None:
        return found
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            for candidate in (stem, stem + "e"):
                if candidate in POLARITY:
                    return POLARITY[candidate]
    return 0
