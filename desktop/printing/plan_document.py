"""Plan documents as PDF: one plan per scenario, and the binder of every plan (each plan on
its own pages after a contents table). The HTML is services/plans/export's."""

from __future__ import annotations

from pathlib import Path

from desktop.printing.pdf import html_to_pdf
from desktop.services.plans import export
from desktop.services.workspaces import Workspace


def write_plan_pdf(workspace: Workspace, plan: int | str, path: Path) -> Path:
    html = export.plan_html(workspace, plan)
    return html_to_pdf(html, Path(path), title="应急预案")


def write_binder_pdf(workspace: Workspace, path: Path) -> Path:
    return html_to_pdf(export.binder_html(workspace), Path(path), title="应急预案汇编")
