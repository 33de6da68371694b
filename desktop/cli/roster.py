"""Roster commands: `crisisdesk roster import|export|check|card`.

`roster check` exits 0 whenever it could check (findings are a report, not bad input):
scripts read `ok`, `errors` and `warnings` from `--json`. Exit 2 only for bad input
(a missing or foreign workspace, an unknown scenario).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command, group
from desktop.core.errors import UserError
from desktop.core.vocab import SCENARIOS, SEVERITIES
from desktop.services import roster
from desktop.services import workspaces as workspace_service
from desktop.services.context import AppContext
from desktop.services.roster import Workspace

ROSTER_GROUP = group("roster", help="crisis roster: import, export, check, card")


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("file", metavar="FILE.xlsx")


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("file", metavar="FILE.xlsx")
    parser.add_argument(
        "--unmask-contacts",
        action="store_true",
        help="write full phone numbers, WeChat ids and e-mail (recorded in the audit log)",
    )


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")


def _card_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("out", metavar="OUT.pdf")
    parser.add_argument("--scenario", default="", help="scenario key: " + ", ".join(SCENARIOS))
    parser.add_argument("--severity", default="", help="I, II, III or IV")


def _open(ctx: AppContext, path: str, *, read_only: bool) -> Workspace:
    return workspace_service.open_workspace(ctx, Path(path), read_only=read_only)


@command("roster import", help="import people and matrix from .xlsx", arguments=_import_arguments)
def _import(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    file = Path(args.file)
    if not file.is_file():
        raise UserError(f"找不到文件：{file}")
    workspace = _open(ctx, args.workspace, read_only=False)
    workspace_service.backup_before(ctx, "before-roster-import")
    result = roster.import_xlsx(workspace, file)
    data = result.as_dict()
    lines = [
        f"已导入 {file.name}：新增 {result.people_inserted} 人，更新 {result.people_updated} 人，"
        f"职责矩阵 {result.cells} 格{'（已替换）' if result.matrix_replaced else '（未改动）'}",
        *(f"  ! {p['sheet']} 第 {p['row']} 行：{p['reason']}" for p in result.problems),
    ]
    if result.masked_contacts_skipped:
        lines.insert(
            1,
            f"  {result.masked_contacts_skipped} 项打码的联系方式未导入，原有联系方式保持不变",
        )
    return CommandResult("\n".join(lines), data)


@command(
    "roster export",
    help="export people and matrix to .xlsx; contacts are masked by default",
    arguments=_export_arguments,
)
def _export(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    out = Path(args.file).expanduser()
    if out.suffix.lower() != ".xlsx":  # bad input before anything is opened
        raise UserError("请把通讯录导出为 .xlsx 文件。", hint="请把文件名改为以 .xlsx 结尾。")
    workspace = _open(ctx, args.workspace, read_only=False)  # the export is audited
    result = roster.export_xlsx(workspace, out, unmask_contacts=args.unmask_contacts)
    contacts = (
        "未打码（已记入审计日志）。注意：文件含完整的电话等个人联系方式，请妥善保管。"
        if args.unmask_contacts
        else "已打码（如 138****8000）；需要完整联系方式时加 --unmask-contacts（记入审计日志）。"
    )
    text = (
        f"已导出 {result.people} 人、{result.cells} 格职责到 {result.path}\n  联系方式：{contacts}"
    )
    return CommandResult(text, result.as_dict())


@command(
    "roster check",
    help="roster health (exit 0; findings in the output)",
    arguments=_check_arguments,
)
def _check(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args.workspace, read_only=True)
    report = roster.health(workspace)
    data = report.as_dict()
    marks = {"error": "✗", "warning": "!"}
    lines = [
        f"危机通讯录健康检查：{'正常' if report.ok else '有问题'}"
        f"（错误 {data['errors']}，提醒 {data['warnings']}）",
        *(f"  {marks[f.severity]} {f.message} → {f.fix}" for f in report.findings),
    ]
    return CommandResult("\n".join(lines), data)


@command("roster card", help="print the one-page crisis card to PDF", arguments=_card_arguments)
def _card(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    if args.scenario and args.scenario not in SCENARIOS:
        raise UserError(f"未知的场景：{args.scenario}（可用：{', '.join(SCENARIOS)}）")
    if args.severity and args.severity not in SEVERITIES:
        raise UserError(f"未知的级别：{args.severity}（可用：I, II, III, IV）")
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError("危机联络卡请输出为 .pdf 文件。")
    workspace = _open(ctx, args.workspace, read_only=True)
    # contract 7: the CLI may render PDFs offscreen through desktop/printing
    from desktop.printing.crisis_card import write_crisis_card

    write_crisis_card(workspace, out, args.scenario, args.severity)
    return CommandResult(
        f"已生成危机联络卡 {out}",
        {"path": str(out), "scenario": args.scenario, "severity": args.severity},
    )
