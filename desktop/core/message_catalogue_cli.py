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
    "cli.queue.limit": ("--limit 应为正整数。", "--limit must be a positive whole number."),
    "cli.queue.empty": (
        "没有待处理的提及：所有未回复的舆情都已处理。",
        "Nothing waiting: every unanswered mention has been dealt with.",
    ),
    "cli.queue.header_rank": ("名次", "Rank"),
    "cli.queue.header_score": ("分数", "Score"),
    "cli.queue.header_reasons": ("理由", "Reasons"),
    "cli.queue.footer": (
        "共 {total} 条待处理，显示前 {n} 条。",
        "{total} waiting, the first {n} shown.",
    ),
    "cli.queue.confirmed.neg": ("已确认负面", "confirmed negative"),
    "cli.queue.confirmed.neu": ("已确认中性", "confirmed neutral"),
    "cli.queue.confirmed.pos": ("已确认正面", "confirmed positive"),
    "cli.queue.negative_probability": ("负面概率 {p}%", "negative probability {p}%"),
    "cli.queue.unread": ("情感未判定", "sentiment not judged"),
    "cli.queue.followers": ("粉丝 {n}", "{n} followers"),
    "cli.queue.reposts": ("转发 {n}", "{n} reposts"),
    "cli.queue.comments": ("评论 {n}", "{n} comments"),
    "cli.queue.overdue": ("已过响应时限 {t}", "past the response window by {t}"),
    "cli.queue.window_left": ("距响应时限还剩 {t}", "{t} left in the response window"),
    "cli.queue.repeat": ("该作者此前投诉 {n} 次", "the author complained {n} times before"),
    "cli.authors.repeat_head": (
        "反复投诉（≥ {min} 条负面）：{n} 位",
        "Repeat complainers (≥ {min} negatives): {n}",
    ),
    "cli.authors.repeat_line": (
        "  {platform} {author}：负面 {negatives}（其中模型建议 {suggested}），共 {mentions} 条，未回复 {unanswered}",
        "  {platform} {author}: {negatives} negative ({suggested} of them model suggestions), {mentions} in all, {unanswered} unanswered",
    ),
    "cli.authors.big_head": (
        "大V（粉丝 ≥ {floor}）：{n} 位",
        "Influencers (≥ {floor} followers): {n}",
    ),
    "cli.authors.big_line": (
        "  {platform} {author}：粉丝 {followers}，共 {mentions} 条，负面 {negatives}",
        "  {platform} {author}: {followers} followers, {mentions} in all, {negatives} negative",
    ),
    "cli.alerts.head": (
        "新预警 {raised} 条 new; 列出 {n} 条 listed",
        "{raised} new alerts; {n} listed",
    ),
    "cli.alerts.acknowledged": ("  [已确认 {by}]", "  [acknowledged by {by}]"),
    "cli.alerts.mentions": ("舆情 mentions", "mentions"),
    "cli.triage.not_yet": (
        "标注满 {min} 条后开始评估（现有人工标注 {n} 条）",
        "Measured once {min} mentions are labelled ({n} labelled by people so far)",
    ),
    "cli.triage.agreement": (
        "模型在本工作区的一致率 {p}（基于 {n} 条人工标注，交叉验证）",
        "The model agrees with people {p} of the time in this workspace ({n} labels, cross-validated)",
    ),
    "cli.triage.counts": (
        "模型建议 {model} 条（人工标注 {person} 条，原表 {imported} 条）",
        "{model} model suggestions ({person} labelled by people, {imported} from the sheet)",
    ),
    "cli.triage.too_few": (
        "人工标注不足 {min} 条，仍用内置模型。",
        "Fewer than {min} labels by people: the built-in model stays.",
    ),
    "cli.triage.row": (
        "  {sentiment}：计入 {counted}（确认 {confirmed} · 模型建议 {suggested}）· 未计入的弱判断 {guessed}",
        "  {sentiment}: {counted} counted ({confirmed} confirmed · {suggested} model suggestions) · {guessed} weak guesses not counted",
    ),
    "cli.triage.base": (
        "  （内置模型在同样的标注上：{p}）",
        "  (the built-in model on the same labels: {p})",
    ),
    "cli.report.suffix": (
        "报告文件需要 .pdf 或 .xlsx 扩展名：{name}",
        "The report file needs a .pdf or .xlsx extension: {name}",
    ),
    "cli.report.custom_date": (
        "自定义报告用 --from 和 --to，不用 --date。",
        "A custom report takes --from and --to, not --date.",
    ),
    "cli.report.range_only_custom": (
        "--from/--to 只用于 --period custom。",
        "--from/--to are only for --period custom.",
    ),
    "cli.report.range_only_custom.hint": (
        "日报、周报用 --date。",
        "Daily and weekly reports take --date.",
    ),
    "cli.report.written": ("已写出报告 {out}（{period}）", "Wrote the report {out} ({period})"),
    "cli.watch.count": ("{n} 条", "{n} mentions"),
    "cli.watch.disabled": ("  [停用 disabled]", "  [disabled]"),
    "cli.watch.none": (
        "还没有监测组 no watch groups (crisisdesk watch add)",
        "No watch groups yet (crisisdesk watch add)",
    ),
    "cli.watch.added": (
        "已添加监测组 {name}（#{id}），匹配 {n} 条舆情",
        "Added the watch group {name} (#{id}), matching {n} mentions",
    ),
    "cli.watch.removed": ("已删除监测组 {name}（#{id}）", "Removed the watch group {name} (#{id})"),
    "cli.watch.matches": (
        "规则匹配 {count} / {scanned} 条 matches",
        "The rule matches {count} of {scanned} mentions",
    ),
    "cli.watch.name_kind": ("{name}（{kind}）", "{name} ({kind})"),
    "cli.watch.kind.brand": ("品牌", "Brand"),
    "cli.watch.kind.product": ("产品", "Product"),
    "cli.watch.kind.person": ("人物", "Person"),
    "cli.watch.kind.problem": ("问题", "Problem"),
    "cli.watch.kind.topic": ("热点", "Hot topic"),
    "cli.watch.kind.competitor": ("竞品", "Competitor"),
    "cli.watch.kind.sensitive": ("敏感词", "Sensitive words"),
}
