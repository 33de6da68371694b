"""Triage sentiment: accuracy, learning from labels, speed and size (issue 14).

Every figure is printed next to its baseline measured in the same run:
- accuracy and 3-way macro-F1 on each labelled corpus in ../shared/corpora/sentiment/ the
  model did not train on: cross-domain (a model trained in this run without that corpus, tested
  on it) and the two held-out files (weibo2018 test, weibo_senti_100k with emoticons stripped),
  against a keyword scorer and the majority class;
- the learning curve: 50/100/300/1,000 labels from the same stream, adapted on a base that never
  saw that stream, scored on a part of the stream no label came from (0 labels = the base);
- ms per mention over 100k real texts (featurization included), against the keyword scorer;
  adapting on 1,000 labels and a 5-fold cross-validation;
- the shipped file's size and a workspace adaptation's BLOB size;
- `import_100k_scoring_on_vs_off`: the import of 100k rows with the after-import steps as
  they are (scoring on, once triage hooks it into services/importing/after_import) and with
  them switched off.

Binary agreement = the more likely of neg/pos against the corpus label; 3-way macro-F1 = the
model's own label (neu included) against it, F1 averaged over neg and pos. Without the corpora
the accuracy parts are skipped with a note.

    python bench/bench_triage.py [--quick] [--no-import | --only-import]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.issue_type_model import IssueTypeModel  # noqa: E402
from desktop.core.sentiment import SHIPPED_MODEL, SentimentModel, adapt, cross_validate  # noqa: E402
from desktop.core.sentiment import features as F  # noqa: E402
from tools import issue_type_eval, train_sentiment  # noqa: E402
from tools import sentiment_corpora as corpora  # noqa: E402
from tools import sentiment_eval as evaluation  # noqa: E402

SHIPPED = ROOT / "resources" / SHIPPED_MODEL
CURVE_SIZES = (50, 100, 300, 1000)


def row(label: str, figure: str, baseline: str) -> None:
    print(f"  {label:<44} {figure:<26} baseline: {baseline}")


def fmt(score: evaluation.Score) -> str:
    return f"acc {score.binary_agreement:.3f}  F1₃ {score.macro_f1_3way:.3f}"


def best_of(function, times: int) -> float:
    durations = []
    for _ in range(times):
        started = time.perf_counter()
        function()
        durations.append(time.perf_counter() - started)
    return min(durations)


def accuracy_section(model: SentimentModel, quick: bool) -> dict[str, SentimentModel]:
    print("\naccuracy on corpora the model did not train on (n = texts scored)")
    training = {name: read() for name, read in corpora.TRAINING.items()}
    for name, read in corpora.HELD_OUT.items():
        pairs = read()
        row(
            f"{name} (held out, n={len(pairs):,})",
            fmt(evaluation.score(model, pairs)),
            f"keywords {fmt(evaluation.keyword_score(pairs))} · majority {fmt(evaluation.majority_score(pairs))}",
        )
    without: dict[str, SentimentModel] = {}
    for name, pairs in training.items():
        started = time.perf_counter()
        without[name] = train_sentiment.train({k: v for k, v in training.items() if k != name})
        seconds = time.perf_counter() - started
        test = pairs if not quick else random.Random(1).sample(pairs, min(3000, len(pairs)))
        row(
            f"{name} (cross-domain, n={len(test):,}, {seconds:.0f} s)",
            fmt(evaluation.score(without[name], test)),
            f"keywords {fmt(evaluation.keyword_score(test))} · majority {fmt(evaluation.majority_score(test))}",
        )
    return without


def learning_section(model: SentimentModel, without: dict[str, SentimentModel]) -> None:
    print("\nlearning curve: labels from the same stream (3-way macro-F1 / binary agreement)")
    streams = {
        "weibo2018 (base without weibo2018_train)": (
            without["weibo2018_train"],
            corpora.weibo2018_train(),
        ),
        "waimai (base without waimai)": (without["waimai"], corpora.waimai()),
        "weibo_senti_100k stripped (shipped base)": (model, corpora.weibo_senti_stripped()),
    }
    for name, (base, stream) in streams.items():
        curve = evaluation.learning_curve(base, stream, CURVE_SIZES, test_size=2000)
        points = "  ".join(
            f"{n}:{s.macro_f1_3way:.3f}/{s.binary_agreement:.3f}" for n, s in curve.items()
        )
        print(f"  {name}")
        print(f"    {points}   (baseline = 0 labels)")


def speed_section(model: SentimentModel, quick: bool) -> None:
    count = 10_000 if quick else 100_000
    print(f"\nspeed ({count:,} texts, best of 3)")
    if corpora.available():
        pool = [
            t for t, _ in corpora.weibo2018_train() + corpora.waimai() + corpora.online_shopping()
        ]
        source = "real corpus texts"
    else:
        from bench.common import chinese_text

        rng0 = random.Random(0)
        pool = [chinese_text(rng0) for _ in range(20_000)]
        source = "synthetic texts"
    rng = random.Random(0)
    texts = [rng.choice(pool) for _ in range(count)]
    mean_chars = statistics.mean(len(t) for t in texts)
    model.predict(texts[:2000])  # warm the token cache and the allocator
    scoring = best_of(lambda: model.predict(texts), 3)
    featurize = best_of(
        lambda: [F.featurize(texts[s : s + 16384]) for s in range(0, count, 16384)], 3
    )
    keywords = best_of(lambda: evaluation.keyword_labels(texts), 1)
    row(
        f"score {count:,} {source} (mean {mean_chars:.0f} chars)",
        f"{scoring:.2f} s = {scoring / count * 1000:.4f} ms/text",
        f"keyword scorer {keywords:.2f} s = {keywords / count * 1000:.4f} ms/text",
    )
    row("  of which featurization", f"{featurize:.2f} s", "—")
    labelled = [
        (t, "neg" if i % 3 == 0 else "pos" if i % 3 == 1 else "neu")
        for i, t in enumerate(texts[:1000])
    ]
    if corpora.available():
        labelled = random.Random(2).sample(corpora.weibo2018_train(), 1000)
    label_texts = [t for t, _ in labelled]
    label_values = [v for _, v in labelled]
    adapting = best_of(lambda: adapt(model, label_texts, label_values), 2)
    validating = best_of(lambda: cross_validate(model, label_texts, label_values), 1)
    row("adapt on 1,000 labels", f"{adapting:.2f} s", "budget 2 s")
    row("5-fold cross-validation of 1,000 labels", f"{validating:.2f} s", "5 × adapt on 800")
    examples = {
        "食品安全": ["头发", "异物", "变质", "拉肚子", "过期"],
        "配送": ["送餐慢", "骑手", "超时", "送错"],
        "服务态度": ["态度差", "客服", "不理人"],
        "价格": ["太贵", "多收钱", "涨价"],
    }
    issue_model = IssueTypeModel.build(examples)
    issue = best_of(lambda: issue_model.predict(texts), 1)
    row(f"issue type for {count:,} texts", f"{issue:.2f} s", f"sentiment {scoring:.2f} s")


def issue_type_section() -> None:
    print("\nissue type (seeded 问答库 examples + keywords → paraphrase set)")
    examples = issue_type_eval.seeded_examples()
    model = IssueTypeModel.build(examples)
    pairs = issue_type_eval.paraphrase_set()
    texts = [t for t, _ in pairs]
    guesses = [t for t, _ in model.predict(texts)]
    baseline = issue_type_eval.keyword_predict(examples, texts)

    def share(values: list[str]) -> float:
        return sum(g == want for g, (_, want) in zip(values, pairs, strict=True)) / len(pairs)

    row(
        f"right type (n={len(pairs)})",
        f"{share(guesses):.3f}",
        f"keyword match {share(baseline):.3f}",
    )
    if corpora.available():
        chatter = [t for t, _ in corpora.weibo2018_test()]
        given = sum(t not in ("", "other") for t, _ in model.predict(chatter)) / len(chatter)
        kw = sum(t not in ("", "other") for t in issue_type_eval.keyword_predict(examples, chatter))
        row(
            "off-topic Weibo posts given a specific type",
            f"{given:.3f}",
            f"keyword match {kw / len(chatter):.3f}",
        )


def size_section(model: SentimentModel) -> None:
    print("\nsize")
    adapted = adapt(model, ["送餐太慢了", "好吃", "请问几点开门"] * 10, ["neg", "pos", "neu"] * 10)
    row(
        "shipped file " + SHIPPED.name, f"{SHIPPED.stat().st_size / 1e6:.2f} MB", "budget: a few MB"
    )
    row("adapted model BLOB (to_bytes)", f"{len(adapted.to_bytes()) / 1e6:.2f} MB", "per workspace")


def import_100k_scoring_on_vs_off(rows: int = 100_000) -> dict[str, float]:
    """Import `rows` generated mentions with the after-import steps on and with them off.

    Scoring on = services/importing/after_import.steps() as they are (triage adds its scoring
    step there); off = the same import with steps() returning nothing. Each into a fresh
    workspace, same sheet. When no step is wired yet, the 'on' figure is the import plus the
    model scoring the sheet's texts, measured separately (and said so).
    """
    from bench import bench_import
    from desktop.services import importing, workspaces
    from desktop.services.context import AppContext
    from desktop.services.importing import after_import

    bench_import.OUT.mkdir(parents=True, exist_ok=True)
    sheet = bench_import.OUT / f"mentions-{rows}.xlsx"
    if not sheet.exists():
        bench_import.make_sheet(sheet, rows)
    home = Path(tempfile.mkdtemp(prefix="crisisdesk-bench-triage-"))
    os.environ["CRISISDESK_HOME"] = str(home)
    ctx = AppContext.create()
    wired = bool(after_import.steps())

    def one_import(name: str) -> float:
        workspace = workspaces.create_workspace(ctx, home / name)
        started = time.perf_counter()
        importing.import_file(workspace.path, sheet, user="bench", ctx_paths=ctx.paths)
        seconds = time.perf_counter() - started
        workspace.close()
        return seconds

    def import_off(name: str) -> float:
        original = after_import.steps
        after_import.steps = lambda: []  # type: ignore[assignment]
        try:
            return one_import(name)
        finally:
            after_import.steps = original  # type: ignore[assignment]

    # Alternated and repeated (this machine is shared): the best of each is the figure.
    offs, ons = [], []
    for attempt in range(2):
        offs.append(import_off(f"off-{attempt}"))
        ons.append(one_import(f"on-{attempt}"))
    off, on = min(offs), min(ons)
    texts = [str(r[1]) for r in bench_import.sheet_rows(rows)]
    model = SentimentModel.from_file(SHIPPED)
    started = time.perf_counter()
    model.predict(texts)
    scoring = time.perf_counter() - started
    if not wired:  # the step is not in after_import yet: add the scoring measured alone
        on = off + scoring
    label = "import, scoring on" if wired else "import + scoring (step not wired yet)"
    row(f"{label}, {rows:,} rows", f"{on:.1f} s", f"scoring off {off:.1f} s")
    row(
        "  the sheet's texts scored alone",
        f"{scoring:.1f} s",
        "runs: on "
        + ", ".join(f"{x:.1f}" for x in ons)
        + " · off "
        + ", ".join(f"{x:.1f}" for x in offs),
    )
    return {"on": on, "off": off, "scoring": scoring, "wired": float(wired)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--quick", action="store_true", help="10k texts, sampled cross-domain tests"
    )
    parser.add_argument("--no-import", action="store_true", help="skip the 100k import figure")
    parser.add_argument("--only-import", action="store_true", help="only the import figure")
    args = parser.parse_args()
    if args.only_import:
        import_100k_scoring_on_vs_off(10_000 if args.quick else 100_000)
        return
    model = SentimentModel.from_file(SHIPPED)
    print(f"bench_triage: shipped model {SHIPPED.relative_to(ROOT)}")
    if corpora.available():
        without = accuracy_section(model, args.quick)
        learning_section(model, without)
    else:
        print(f"\n(corpora not found in {corpora.SENTIMENT}: accuracy and learning skipped)")
    speed_section(model, args.quick)
    issue_type_section()
    size_section(model)
    if not args.no_import:
        print("\nimport")
        import_100k_scoring_on_vs_off(10_000 if args.quick else 100_000)


if __name__ == "__main__":
    main()
