"""Run every benchmark in bench/ one after the other (`make bench`).

Each `bench_*.py` runs as its own process, so one benchmark's imports, caches and peak memory
never colour the next one's figures; its output streams through unchanged (every script prints
its figures next to the baseline it measures in the same run). A summary at the end lists each
script with its exit code and the seconds it took; the exit code is non-zero if any failed.

    python bench/run_all.py                 # all of them
    python bench/run_all.py --list          # what would run
    python bench/run_all.py --only startup  # those whose name contains "startup" (repeatable)
    python bench/run_all.py --quick         # passes --quick to the scripts that accept it
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
QUICK = "--quick"


@dataclass(frozen=True)
class Benchmark:
    path: Path
    summary: str
    takes_quick: bool

    @property
    def name(self) -> str:
        return self.path.stem.removeprefix("bench_")


@dataclass(frozen=True)
class Outcome:
    benchmark: Benchmark
    exit_code: int
    seconds: float


def _declares_option(tree: ast.Module, option: str) -> bool:
    """Whether the script's argparse has `option`: read from its source, so nothing is run."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "add_argument"
            and any(isinstance(a, ast.Constant) and a.value == option for a in node.args)
        ):
            return True
    return False


def discover(folder: Path = BENCH) -> list[Benchmark]:
    """Every bench_*.py in `folder`, in name order, with the start of its docstring."""
    found = []
    for path in sorted(folder.glob("bench_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        first_paragraph = (ast.get_docstring(tree) or "").strip().split("\n\n")[0]
        summary = " ".join(first_paragraph.split())
        if len(summary) > 90:
            summary = summary[:89] + "…"
        found.append(Benchmark(path, summary, _declares_option(tree, QUICK)))
    return found


def select(benchmarks: list[Benchmark], only: list[str]) -> list[Benchmark]:
    if not only:
        return benchmarks
    return [b for b in benchmarks if any(part in b.path.stem for part in only)]


def run(benchmark: Benchmark, *, quick: bool) -> Outcome:
    command = [sys.executable, str(benchmark.path)]
    if quick and benchmark.takes_quick:
        command.append(QUICK)
    note = "" if not quick or benchmark.takes_quick else "  (no --quick: full size)"
    print(f"\n=== {benchmark.path.name}{note}", flush=True)
    start = time.perf_counter()
    # The child inherits stdout and stderr: its figures appear as it prints them.
    exit_code = subprocess.run(command, cwd=ROOT, check=False).returncode
    return Outcome(benchmark, exit_code, time.perf_counter() - start)


def print_summary(outcomes: list[Outcome], skipped: list[Benchmark]) -> None:
    width = max(len(b.path.name) for b in [*(o.benchmark for o in outcomes), *skipped])
    print("\n=== summary", flush=True)
    for outcome in outcomes:
        verdict = "ok" if outcome.exit_code == 0 else "FAILED"
        print(
            f"{outcome.benchmark.path.name:<{width}}  exit {outcome.exit_code:>3}  "
            f"{outcome.seconds:8.1f} s  {verdict}"
        )
    for benchmark in skipped:
        print(f"{benchmark.path.name:<{width}}  not finished (interrupted)")
    total = sum(o.seconds for o in outcomes)
    failed = sum(1 for o in outcomes if o.exit_code != 0)
    print(f"{len(outcomes)} run, {failed} failed, {total:.1f} s in all", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every bench/bench_*.py in turn.")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run only the scripts whose file name contains NAME (repeatable)",
    )
    parser.add_argument("--list", action="store_true", help="list the scripts and exit")
    parser.add_argument(
        "--quick", action="store_true", help="pass --quick to the scripts that accept it"
    )
    args = parser.parse_args(argv)

    chosen = select(discover(), args.only)
    if not chosen:
        names = ", ".join(b.path.stem for b in discover())
        print(f"no benchmark matches {' or '.join(args.only)}; there are: {names}", file=sys.stderr)
        return 2
    if args.list:
        for benchmark in chosen:
            quick = "  [--quick]" if benchmark.takes_quick else ""
            print(f"{benchmark.path.name:<20} {benchmark.summary}{quick}")
        return 0

    outcomes: list[Outcome] = []
    try:
        for benchmark in chosen:
            outcomes.append(run(benchmark, quick=args.quick))
    except KeyboardInterrupt:
        print_summary(outcomes, chosen[len(outcomes) :])
        return 130
    print_summary(outcomes, [])
    return 0 if all(o.exit_code == 0 for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
