"""Roster speed: health check, effective matrix and the card HTML on a big organisation.

The health check and the matrix reload run on the UI thread after every matrix edit, so
the baseline is the UI budget of DESIGN.md §3: no freeze over 100 ms.
Usage: python bench/bench_roster.py [people] (default 300 people, 13 activities ×
every scenario × 4 levels, ~4,000 cells).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.roster_rules import Cell
from desktop.core.vocab import ACTIVITIES, SCENARIOS, SEVERITIES
from desktop.storage import roster as store
from desktop.storage.workspace import Workspace

BUDGET_MS = 100.0


def build(path: Path, people: int) -> Workspace:
    workspace = Workspace.create(path, name="bench")
    with workspace.transaction():
        ids = [
            store.insert_person(
                workspace.db,
                {"name": f"成员{i:04d}", "phone": f"1390000{i:04d}", "verified_at": "2026-01-01"},
            )
            for i in range(people)
        ]
        for index, person_id in enumerate(ids):
            store.update_person(workspace.db, person_id, {"backup_id": ids[(index + 1) % len(ids)]})
        keys = [("", "")] + [(s, v) for s in SCENARIOS for v in ("", *SEVERITIES)]
        for n, (scenario, severity) in enumerate(keys):
            for a, activity in enumerate(ACTIVITIES):
                store.insert_cell(
                    workspace.db,
                    Cell(activity, "A", ids[(n + a) % people], None, scenario, severity),
                )
                store.insert_cell(
                    workspace.db,
                    Cell(activity, "R", ids[(n + a + 1) % people], None, scenario, severity),
                )
    return workspace


def timed(label: str, function, repeat: int = 7) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        runs.append((time.perf_counter() - started) * 1000)
    median = statistics.median(runs)
    verdict = "ok" if median <= BUDGET_MS else "OVER BUDGET"
    print(
        f"{label:<34} median {median:7.1f} ms   baseline (UI budget) {BUDGET_MS:.0f} ms   {verdict}"
    )
    return median


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    from desktop.services import roster

    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CRISISDESK_HOME", folder)
        workspace = build(Path(folder) / "bench.crisisdesk", people)
        cells = workspace.count("responsibilities")
        print(f"roster bench: {people} people, {cells} matrix cells")
        timed("health check (all matrices)", lambda: roster.health(workspace))
        timed(
            "effective matrix food_safety/I", lambda: roster.matrix(workspace, "food_safety", "I")
        )
        timed("crisis card HTML", lambda: roster.crisis_card_html(workspace, "food_safety", "I"))
        workspace.close()


if __name__ == "__main__":
    main()
