"""Seed and demo data come from resources/seed/*.json through one loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop import resources_dir
from desktop.services import seed_files

SHIPPED = sorted((resources_dir() / seed_files.SEED_FOLDER).glob("*.json"))


@pytest.fixture
def seed_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder of our own, with an empty seed folder."""
    monkeypatch.setattr(seed_files, "resources_dir", lambda: tmp_path)
    (tmp_path / seed_files.SEED_FOLDER).mkdir()
    return tmp_path / seed_files.SEED_FOLDER


def test_a_seed_file_loads_as_a_fresh_copy_each_call(seed_home: Path) -> None:
    data = {"标签": ["退款", "配送"], "count": 2}
    (seed_home / "sample.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    first = seed_files.seed_data("sample")
    assert first == data
    first["标签"].append("changed")
    assert seed_files.seed_data("sample") == data


def test_a_missing_seed_file_is_a_clear_error_naming_it(seed_home: Path) -> None:
    with pytest.raises(RuntimeError, match=r"missing: .*nowhere\.json"):
        seed_files.seed_data("nowhere")


def test_a_broken_seed_file_is_a_clear_error_naming_it(seed_home: Path) -> None:
    (seed_home / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"broken\.json"):
        seed_files.seed_data("broken")


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_seed_file_loads(path: Path) -> None:
    assert seed_files.seed_data(path.stem) is not None
