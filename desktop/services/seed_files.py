"""Seed and demo data files (resources/seed/NAME.json): seed data lives in data files, never
in code. Imports no seeder, so every seeder may use it (services/seeding runs the seeders)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop import resources_dir

SEED_FOLDER = "seed"


def seed_path(name: str) -> Path:
    return resources_dir() / SEED_FOLDER / f"{name}.json"


def seed_data(name: str) -> Any:
    """The seed or demo data file resources/seed/NAME.json, parsed (a fresh copy each call,
    so a seeder may change what it gets). Seed data lives in data files, never in code.

    A missing or unreadable file is a packaging bug, not the user's: it raises RuntimeError
    naming the file, which the app reports as an unexpected error without a traceback.
    """
    path = seed_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RuntimeError(f"seed data file is missing: {path} (the app is incomplete)") from exc
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"seed data file cannot be read: {path}: {exc}") from exc
