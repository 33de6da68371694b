"""Plan documents as PDF: one plan per scenario, and the binder of every plan (each plan on
its own pages after a contents table). The HTML is services/plans/export's."""

from __future__ import annotations

from pathlib import Path

from desktop.core import messages
from desktop.core.messages import Language
from desktop.printing.pdf import html_to_pdf
from desktop.services.plans import export
from desktop.services.workspaces import Workspace


def write_plan_pdf(
    workspace: Workspace, plan: int | str, path: Path, language: Language | None = None
) -> Path:
    """One plan as PDF in `language` (the display language when None)."""
    html = export.plan_html(workspace, plan, language)
    return html_to_pdf(html, Path(path), title=messages.text("plan.doc.title", language))


def write_binder_pdf(workspace: Workspace, path: Path, language: Language | None = None) -> Path:
    """Every plan in one PDF in `language` (the display language when None)."""
    title = messages.text("plan.doc.binder_title", language)
    return html_to_pdf(export.binder_html(workspace, language), Path(path), title=title)
