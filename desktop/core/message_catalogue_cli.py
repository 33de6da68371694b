"""Catalogue texts of the command line's human output (cli/plans.py, cli/drills.py, …),
merged into core/message_catalogue.CATALOGUE."""

from __future__ import annotations

CLI_CATALOGUE: dict[str, tuple[str, str]] = {
    "cli.plan.never_tested": ("从未演练", "never"),
    "cli.plan.count": ("应急预案 {n} 个", "{n} contingency plans"),
    "cli.plan.none": ("还没有预案。", "No plans yet."),
    "cli.plan.list_line": (
        "  {scenario}（{key}）  第 {version} 版  {status}  上次演练：{tested}",
        "  {scenario} ({key})  version {version}  {status}  last drilled: {tested}",
    ),
    "cli.plan.show_line": (
        "{title}（{scenario}）第 {version} 版 · {status} · 上次演练：{tested}",
        "{title} ({scenario}) version {version} · {status} · last drilled: {tested}",
    ),
    "cli.plan.last_found": ("上次演练发现：{found}", "Found in the last drill: {found}"),
    "cli.plan.export_suffix": ("请导出为 .pdf 或 .xlsx 文件。", "Export to a .pdf or .xlsx file."),
    "cli.plan.export_suffix.hint": (
        "例如 预案.pdf 或 预案.xlsx。",
        "For example plans.pdf or plans.xlsx.",
    ),
    "cli.plan.export_which": (
        "请给出一个场景，或用 --all 导出全部预案。",
        "Give one scenario, or --all to export every plan.",
    ),
    "cli.plan.exported": ("已导出 {n} 个预案 → {out}", "Exported {n} plans → {out}"),
    "cli.plan.binder_written": (
        "已生成预案汇编（{n} 个预案）→ {out}",
        "Wrote the plan binder ({n} plans) → {out}",
    ),
    "cli.plan.pdf_written": ("已生成预案“{title}” → {out}", "Wrote the plan “{title}” → {out}"),
    "cli.plan.import_suffix": (
        "预案只能从 .xlsx 文件导入。",
        "Plans can only be imported from an .xlsx file.",
    ),
    "cli.plan.import_suffix.hint": (
        "请用“导出 Excel”得到的文件作模板。",
        "Use a file from “Export Excel” as the template.",
    ),
    "cli.plan.imported": (
        "已导入 {file}：新建 {created}，更新 {updated}，未变 {unchanged}，未导入 {skipped}",
        "Imported {file}: {created} new, {updated} updated, {unchanged} unchanged, {skipped} not imported",
    ),
    "cli.plan.rejected_row": (
        "  ! {sheet} 第 {row} 行：{reason}",
        "  ! {sheet} row {row}: {reason}",
    ),
    "cli.plan.check_ok": ("预案检查：正常", "Plan check: all fine"),
    "cli.plan.check_found": ("预案检查：{n} 个问题", "Plan check: {n} problems"),
    "cli.plan.activated": (
        "案例 {case} 已启用预案“{title}”，清单 {n} 项",
        "Case {case} activated the plan “{title}”, {n} checklist items",
    ),
    "cli.plan.item_skipped": ("跳过（{by}）", "skipped ({by})"),
    "cli.plan.item_skipped_why": ("跳过（{by}：{why}）", "skipped ({by}: {why})"),
    "cli.plan.item_done": ("完成 {at} {by}", "done {at} {by}"),
    "cli.plan.item_open": ("待办", "to do"),
    "cli.plan.item_line": (
        "  #{id} [{role}] {text}（{person}）— {state}",
        "  #{id} [{role}] {text} ({person}) — {state}",
    ),
    "cli.plan.unassigned": ("未指定", "not named"),
    "cli.plan.no_checklist": (
        "案例 {case} 还没有启用预案（crisisdesk plan activate WS {case}）。",
        "Case {case} has no plan activated yet (crisisdesk plan activate WS {case}).",
    ),
    "cli.plan.checklist_head": (
        "案例 {case} 的预案清单：完成 {done}/{n}",
        "Plan checklist of case {case}: {done}/{n} done",
    ),
    "cli.drill.no_holding": ("未发暂缓声明", "no holding statement"),
    "cli.drill.holding": ("暂缓声明 {took}", "holding statement {took}"),
    "cli.drill.line": (
        "{id:>4}  {at}  {level} {title}  {answer}（目标 {target}）  清单 {checklist}  {verdict}",
        "{id:>4}  {at}  {level} {title}  {answer} (target {target})  checklist {checklist}  {verdict}",
    ),
    "cli.drill.scenario_line": (
        "{key:<22} {level} {title}（{injects} 个事件，{minutes}）",
        "{key:<22} {level} {title} ({injects} injects, {minutes})",
    ),
    "cli.drill.none": (
        "还没有演练记录。用 crisisdesk drill run 或窗口里的“演练”开始一次。",
        "No drills recorded yet. Start one with crisisdesk drill run or under Drills in the window.",
    ),
    "cli.drill.report_suffix": (
        "报告文件需要 .pdf 或 .xlsx 扩展名：{name}",
        "The report file needs a .pdf or .xlsx extension: {name}",
    ),
    "cli.drill.no_folder": ("文件夹不存在：{folder}", "The folder does not exist: {folder}"),
    "cli.drill.report_written": ("已写出演练报告 {out}", "Wrote the drill report {out}"),
    "cli.drill.recorded": ("演练 {id} 已记录：", "Drill {id} recorded:"),
    "cli.drill.lesson_applied": (
        "第 {n} 条教训已转为{target}（编号 {id}），请审阅后提交审批。",
        "Lesson {n} turned into {target} (no. {id}); review it and submit it for approval.",
    ),
}
