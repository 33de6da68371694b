"""Readers for the labelled sentiment corpora in ../shared/corpora/sentiment/ (never shipped).

Each reader returns (text, label) pairs with label 'neg' or 'pos'. The formats differ: see
../shared/corpora/SOURCES.md. weibo_senti_100k's labels come from its emoticons, so its reader
strips every `[...]` emoticon (otherwise a model learns the emoticons, not the text).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
SENTIMENT: Final = ROOT.parent / "shared" / "corpora" / "sentiment"
_EMOTICON: Final = re.compile(r"\[[^\[\]]{1,8}\]")

Labelled = list[tuple[str, str]]


def _label(value: str) -> str:
    return "pos" if value.strip() == "1" else "neg"


def _clean(text: str) -> str:
    return text.replace("\ufeff", "").replace("\u200b", "").strip()


def waimai(folder: Path = SENTIMENT) -> Labelled:
    with (folder / "zh_waimai_10k.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return [
            (_clean(r["review"]), _label(r["label"])) for r in rows if _clean(r["review"] or "")
        ]


def online_shopping(folder: Path = SENTIMENT) -> Labelled:
    with (folder / "zh_online_shopping_10_cats.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return [
            (_clean(r["review"]), _label(r["label"])) for r in rows if _clean(r["review"] or "")
        ]


def _weibo2018(path: Path) -> Labelled:
    pairs: Labelled = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(",", 2)
        if len(parts) == 3 and parts[1] in ("0", "1") and _clean(parts[2]):
            pairs.append((_clean(parts[2]), _label(parts[1])))
    return pairs


def weibo2018_train(folder: Path = SENTIMENT) -> Labelled:
    return _weibo2018(folder / "zh_weibo2018_train.txt")


def weibo2018_test(folder: Path = SENTIMENT) -> Labelled:
    return _weibo2018(folder / "zh_weibo2018_test.txt")


def weibo_senti_stripped(folder: Path = SENTIMENT) -> Labelled:
    """weibo_senti_100k's test split with every emoticon removed (its labels came from them)."""
    pairs: Labelled = []
    lines = (folder / "zh_weibo_senti_100k_testsplit.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        label, _, text = line.partition("\t")
        stripped = _clean(_EMOTICON.sub("", text))
        if label in ("0", "1") and len(stripped) >= 4:
            pairs.append((stripped, _label(label)))
    return pairs


# The corpora the shipped model trains on, by name (the bench leaves one out at a time).
TRAINING: Final = {
    "waimai": waimai,
    "online_shopping": online_shopping,
    "weibo2018_train": weibo2018_train,
}
# Held out from training: measured only.
HELD_OUT: Final = {
    "weibo2018_test": weibo2018_test,
    "weibo_senti_100k_stripped": weibo_senti_stripped,
}


def available(folder: Path = SENTIMENT) -> bool:
    return (folder / "zh_weibo2018_train.txt").is_file()
