"""Plans speed on a big organisation: what the 预案 page and the case view's checklist do on
the UI thread (list, open a plan, draw the checklist from the matrix, the health findings,
activate and tick), next to two baselines measured in the same run: the UI budget of
DESIGN.md §3 (no freeze over 100 ms) and the roster health check on the same matrix (the
check the plan findings will sit beside).
Usage: python bench/bench_plans.py [people] (default 300 people, ~4,000 matrix cells).
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_roster import build  # the same big roster and matrix

BUDGET_MS = 100.0


def timed(label: str, function, baseline_ms: float, repeat: int = 7) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        runs.append((time.perf_counter() - started) * 1000)
    median = statistics.median(runs)
    verdict = "ok" if median <= BUDGET_MS else "OVER BUDGET"
    print(
        f"{label:<36} median {median:7.1f} ms   baseline roster health {baseline_ms:6.1f} ms"
        f"   UI budget {BUDGET_MS:.0f} ms   {verdict}"
    )
    return median


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    from desktop.services import cases, plans, roster

    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CRISISDESK_HOME", folder)
        workspace = build(Path(folder) / "bench.crisisdesk", people)
        plans.seed_plans(workspace)
        print(
            f"plans bench: {people} people, {workspace.count('responsibilities')} matrix cells,"
            f" {len(plans.list_plans(workspace))} plans"
        )
        runs = []
        for _ in range(7):
            started = time.perf_counter()
            roster.health(workspace)
            runs.append((time.perf_counter() - started) * 1000)
        baseline = statistics.median(runs)
        food = plans.get_plan(workspace, "food_safety")
        timed("list plans", lambda: plans.list_plans(workspace), baseline)
        timed(
            "open a plan (+ drills, activations)",
            lambda: (
                plans.get_plan(workspace, food.id),
                plans.drill_history(workspace, food.id),
                plans.activations_of(workspace, food.id),
            ),
            baseline,
        )
        timed(
            "checklist from the matrix",
            lambda: plans.generate_checklist(workspace, "food_safety", "I"),
            baseline,
        )
        timed("plan health findings", lambda: plans.findings(workspace), baseline)
        counter = itertools.count()

        def activate_and_tick() -> None:
            case_id = cases.create_case(
                workspace,
                title=f"演练案例{next(counter)}",
                scenario="food_safety",
                detected_at="2026-11-18T10:00:00+08:00",
            ).id
            plans.activate(workspace, case_id, food.id, "值班", "2026-11-18T10:05:00+08:00")
            first = plans.checklist(workspace, case_id)[0]
            plans.tick(workspace, case_id, first.id, "值班", "2026-11-18T10:10:00+08:00")

        timed("create case + activate + tick", activate_and_tick, baseline)
        workspace.close()


if __name__ == "__main__":
    main()
