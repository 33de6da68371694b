"""The frozen app starts and runs its CLI (`make package-smoke`; skipped unless built)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from desktop import __version__
from tests.support.pdf import pdf_pages

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


def test_frozen_binary_renders_the_pdfs(tmp_path: Path) -> None:
    """desktop/printing runs in the frozen app: Qt's PDF writer, the offscreen platform and the
    case chart (QtCharts) must all be in the bundle."""
    assert BINARY.exists(), "run `make package` first"
    env = dict(os.environ, CRISISDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    workspace = tmp_path / "demo.crisisdesk"

    def run(*argv: str) -> dict:
        done = subprocess.run(
            [BINARY, *argv, "--json"], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    run("demo", str(tmp_path / "demo"))
    card = run("roster", "card", str(workspace), str(tmp_path / "card.pdf"))
    assert pdf_pages(card["path"]) == 1
    case_id = run("case", "list", str(workspace))["cases"][0]["id"]
    report = run("case", "report", str(workspace), str(case_id), str(tmp_path / "专报.pdf"))
    assert pdf_pages(report["path"]) >= 1


def test_frozen_binary_reads_new_mentions_with_the_shipped_model(tmp_path: Path) -> None:
    """resources/models/ is in the bundle and the model loads there: an imported complaint
    arrives with the model's suggestion."""
    assert BINARY.exists(), "run `make package` first"
    env = dict(os.environ, CRISISDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    workspace = tmp_path / "w.crisisdesk"
    sheet = tmp_path / "reviews.csv"
    sheet.write_text(
        "平台,作者,内容,链接\n微博,a,太难吃了，送来的汤全洒了，退钱！,http://x/1\n",
        encoding="utf-8",
    )

    def run(*argv: str) -> dict:
        done = subprocess.run(
            [BINARY, *argv, "--json"], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    run("new", str(workspace))
    run("import", str(workspace), str(sheet))
    [row] = run("mentions", str(workspace))["mentions"]
    assert (row["sentiment"], row["sentiment_by"]) == ("neg", "model")
    assert run("triage", str(workspace))["by_sentiment"]["neg"]["suggested"] == 1
