"""The frozen app starts and runs its CLI (`make package-smoke`; skipped unless built)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from desktop import __version__

BINARY = Path(__file__).resolve().parent.parent / "dist" / "crisisdesk" / "crisisdesk"

pytestmark = pytest.mark.skipif(
    not os.environ.get("CRISISDESK_PACKAGE_SMOKE"), reason="run by `make package-smoke`"
)


def test_frozen_binary_version_demo_and_check(tmp_path: Path) -> None:
    assert BINARY.exists(), "run `make package` first"
    env = dict(os.environ, CRISISDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    version = subprocess.run([BINARY, "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and version.stdout.strip() == f"CrisisDesk {__version__}"
    demo = subprocess.run(
        [BINARY, "demo", str(tmp_path / "demo"), "--json"], capture_output=True, text=True, env=env
    )
    assert demo.returncode == 0, demo.stderr
    check = subprocess.run(
        [BINARY, "check", str(tmp_path / "demo.crisisdesk"), "--json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True
    translations = BINARY.parent / "_internal" / "resources" / "translations"
    assert (translations / "crisisdesk_en.qm").exists()
