"""The catalogue of desktop/core/messages.py: message id → (Simplified Chinese, English).

Ids are `area.what`; both texts take the same {parameters} (tests/core/test_messages.py
checks). Add a text here, not a literal in a service, when a user reads it.
"""

from __future__ import annotations

from desktop.core.message_catalogue_cli import CLI_CATALOGUE
from desktop.core.message_catalogue_plans import PLANS_CATALOGUE
from desktop.core.message_catalogue_report import REPORT_CATALOGUE

CATALOGUE: dict[str, tuple[str, str]] = {
    # -- roster health (core/roster_rules.health_findings) ---------------------------------
    "roster.default_matrix": ("默认矩阵", "Default matrix"),
    "roster.no_people": ("危机通讯录里还没有人员。", "The crisis roster has nobody in it yet."),
    "roster.no_people.fix": (
        "添加危机小组成员，或从 Excel 导入。",
        "Add the crisis team's members, or import them from Excel.",
    ),
    "roster.no_spokesperson": ("没有指定新闻发言人。", "No spokesperson is named."),
    "roster.no_spokesperson.fix": (
        "给一位成员加上“新闻发言人”角色。",
        "Give one member the “Spokesperson” role.",
    ),
    "roster.backup_loop": (
        "备用人链条绕成了环：{names}。",
        "The backup chain goes round in a loop: {names}.",
    ),
    "roster.backup_loop.fix": (
        "让环中的一人改由环外的人备用。",
        "Give one person in the loop a backup from outside it.",
    ),
    "roster.no_backup": ("{name} 没有备用人。", "{name} has no backup."),
    "roster.no_backup.fix": ("为 {name} 指定一位备用人。", "Name a backup for {name}."),
    "roster.backup_self": (
        "{name} 的备用人是他/她自己。",
        "{name} is their own backup.",
    ),
    "roster.backup_self.fix": (
        "为 {name} 换一位其他人作备用人。",
        "Make someone else {name}'s backup.",
    ),
    "roster.backup_missing": (
        "{name} 的备用人已不在通讯录中。",
        "{name}'s backup is no longer in the roster.",
    ),
    "roster.backup_missing.fix": ("为 {name} 重新指定备用人。", "Name a new backup for {name}."),
    "roster.no_phone": ("{name} 没有电话。", "{name} has no phone number."),
    "roster.no_phone.fix": (
        "填写 {name} 的手机或办公电话。",
        "Enter {name}'s mobile or office phone.",
    ),
    "roster.never_verified": (
        "{name} 的联系方式从未核实。",
        "{name}'s contact details have never been verified.",
    ),
    "roster.stale_contact": (
        "{name} 的联系方式已 {age} 天未核实（超过 {limit} 天）。",
        "{name}'s contact details have not been verified for {age} days (more than {limit}).",
    ),
    "roster.stale_contact.fix": (
        "与 {name} 核对联系方式后点“已核实”。",
        "Check the contact details with {name}, then click “Verified”.",
    ),
    "roster.matrix_empty": (
        "职责矩阵是空的：没有人负责执行（R）或审批（A）任何事项。",
        "The responsibility matrix is empty: nobody is responsible (R) for or approves (A)"
        " anything.",
    ),
    "roster.matrix_empty.fix": (
        "在“职责矩阵”中为每个事项指定执行人和唯一的审批人。",
        "In the “Responsibility matrix”, name who does each task and its one approver.",
    ),
    "roster.activity_no_r": (
        "{where}：“{activity}”没有执行人（R）。",
        "{where}: “{activity}” has nobody responsible (R).",
    ),
    "roster.activity_no_r.fix": (
        "在{where}中为“{activity}”指定至少一名执行人（R）。",
        "In the {where}, name at least one person responsible (R) for “{activity}”.",
    ),
    "roster.activity_no_a": (
        "{where}：“{activity}”没有审批人（A），应当恰好一个。",
        "{where}: “{activity}” has no approver (A); it needs exactly one.",
    ),
    "roster.activity_no_a.fix": (
        "在{where}中为“{activity}”指定一个审批人（A）。",
        "In the {where}, name one approver (A) for “{activity}”.",
    ),
    "roster.activity_many_a": (
        "{where}：“{activity}”有 {count} 个审批人（A），应当恰好一个。",
        "{where}: “{activity}” has {count} approvers (A); it needs exactly one.",
    ),
    "roster.activity_many_a.fix": (
        "在{where}中为“{activity}”只保留一个审批人（A）。",
        "In the {where}, keep only one approver (A) for “{activity}”.",
    ),
    "roster.role_a_nobody": (
        "{where}：“{activity}”由角色“{role}”审批，但没有人担任这个角色。",
        "{where}: “{activity}” is approved by the role “{role}”, but nobody holds that role.",
    ),
    "roster.role_a_many": (
        "{where}：“{activity}”由角色“{role}”审批，但有 {count} 人担任这个角色。",
        "{where}: “{activity}” is approved by the role “{role}”, but {count} people hold"
        " that role.",
    ),
    "roster.role_a.fix": (
        "把“{activity}”的审批（A）指定给具体的人，或只让一人担任“{role}”。",
        "Give the approval (A) of “{activity}” to a named person, or let only one person hold"
        " “{role}”.",
    ),
    "roster.a_moved": ("审批（A）已从 {name} 移走。", "The approval (A) moved away from {name}."),
    "roster.role_named": ("角色“{role}”", "the role “{role}”"),
    "roster.single_point_of_failure": (
        "{name} 审批（A）所有事项，是单点故障。",
        "{name} approves (A) every task: a single point of failure.",
    ),
    "roster.single_point_of_failure.fix": (
        "把部分事项的审批（A）交给其他成员，并确认备用人。",
        "Hand the approval (A) of some tasks to other members, and confirm the backups.",
    ),
    # -- crisisdesk check / new (cli/workspace) ----------------------------------------------
    "check.ok": ("正常 ok", "ok"),
    "check.problems": ("有问题 PROBLEMS", "PROBLEMS"),
    "check.industry": ("行业 industry", "industry"),
    "check.roster_ok": ("危机通讯录 roster: 正常 ok", "roster: ok"),
    "check.roster_findings": (
        "危机通讯录 roster: {errors} 个错误、{warnings} 个提醒",
        "roster: {errors} error(s), {warnings} warning(s)",
    ),
    "check.plans_ok": ("应急预案 plans: 正常 ok", "plans: ok"),
    "check.plans_findings": (
        "应急预案 plans: {errors} 个错误、{warnings} 个提醒",
        "plans: {errors} error(s), {warnings} warning(s)",
    ),
    # -- plan health (core/plan_rules: drill_findings, role_findings, missing_plan_findings)
    "count.mentions": ("舆情 mentions", "mentions"),
    "count.mentions_negative": ("负面舆情 negative mentions", "negative mentions"),
    "count.mentions_negative_suggested": (
        "其中模型建议 of them suggested by the model",
        "of them suggested by the model",
    ),
    "count.mentions_unanswered": ("待处理舆情 unanswered mentions", "unanswered mentions"),
    "count.kb_entries": ("问答库条目 Q&A entries", "Q&A entries"),
    "count.kb_approved": ("已审批条目 approved entries", "approved entries"),
    "count.cases": ("案例 cases", "cases"),
    "count.cases_open": ("进行中的案例 open cases", "open cases"),
    "count.people": ("危机通讯录成员 roster people", "roster people"),
    "count.imports": ("导入 imports", "imports"),
    "workspace.created": (
        "已创建工作区 {path}（{name}，行业：{industry}）",
        "Created the workspace {path} ({name}, industry: {industry})",
    ),
    # -- import (cli/importing, sheets/readers, sheets/sources, services/importing) ----------
    "import.file_missing": ("找不到文件：{path}", "File not found: {path}"),
    "import.header_row_negative": (
        "--header-row 必须 ≥ 0（0 表示没有标题行）。",
        "--header-row must be ≥ 0 (0 means there is no header row).",
    ),
    "import.done": ("已导入 {file}", "Imported {file}"),
    "import.done_sheet": ("（工作表 {sheet}）", " (sheet {sheet})"),
    "import.done_preset": ("，预设 {preset}", ", preset {preset}"),
    "import.counts": (
        "  读取 {read:,} 行：新增 {inserted:,}，更新 {updated:,}，重复 {duplicates:,}，拒绝 {rejected:,}",
        "  Read {read:,} rows: {inserted:,} new, {updated:,} updated, {duplicates:,}"
        " duplicates, {rejected:,} rejected",
    ),
    "import.told_apart": (
        "  其中 {count:,} 行与前面的行作者、时间、正文相同（没有链接），按不同的人分别导入，未算作重复",
        "  {count:,} of them have the same author, time and text as an earlier row (and no"
        " link): imported as different people, not counted as duplicates",
    ),
    # a staged reject's reason (sheets/convert), stored in Chinese and shown through word()
    "word.没有正文也没有链接": ("没有正文也没有链接", "no text and no link"),
    "import.rejected_row": ("  拒绝：第 {row} 行 {reason}", "  Rejected: row {row} {reason}"),
    "import.no_visible_sheet": ("工作簿里没有可见的工作表。", "The workbook has no visible sheet."),
    "import.no_visible_sheet.hint": (
        "请在导入对话框中明确选择要导入的隐藏工作表。",
        "Choose the hidden sheet to import in the import dialog.",
    ),
    "import.no_sheets": ("工作簿里没有工作表。", "The workbook has no sheets."),
    "import.no_such_sheet": (
        "工作簿里没有名为“{sheet}”的工作表。",
        "The workbook has no sheet called “{sheet}”.",
    ),
    "import.sheets_available": ("可选：{names}", "Available: {names}"),
    "import.unknown_encoding": ("不认识的编码：{encoding}", "Unknown encoding: {encoding}"),
    "import.encodings_available": ("可用：{names}", "Available: {names}"),
    "import.wrong_encoding": (
        "文件不能按 {encoding} 编码读取（第 {position:,} 字节处出错）。",
        "The file cannot be read as {encoding} (error at byte {position:,}).",
    ),
    "import.wrong_encoding.hint": (
        "请换一种编码再试，或让导出方使用 UTF-8。",
        "Try another encoding, or ask whoever exported it to use UTF-8.",
    ),
    "import.declared_encoding_invalid": (
        "文件声明为 {encoding} 编码，但第 {position:,} 字节处内容无效。",
        "The file says it is {encoding}, but the content at byte {position:,} is invalid.",
    ),
    "import.declared_encoding_invalid.hint": (
        "文件可能已损坏；请重新导出，或在导入对话框中选择其他编码（--encoding）。",
        "The file may be damaged: export it again, or choose another encoding in the import"
        " dialog (--encoding).",
    ),
    "import.encoding_unknown": (
        "无法判断文件编码：既不是 UTF-8，也不是 GB18030/GBK。",
        "Cannot tell the file's encoding: it is neither UTF-8 nor GB18030/GBK.",
    ),
    "import.encoding_unknown.hint": (
        "请在导入对话框中选择编码（命令行：--encoding big5 / utf-16 等），或让导出方使用 UTF-8。",
        "Choose the encoding in the import dialog (command line: --encoding big5 / utf-16"
        " …), or ask whoever exported it to use UTF-8.",
    ),
    "import.too_many_rows": (
        "文件有约 {rows:,} 行，超过单次导入上限 {cap:,} 行，没有导入任何数据。",
        "The file has about {rows:,} rows, more than the limit of {cap:,} rows for one"
        " import; nothing was imported.",
    ),
    "import.too_many_rows.hint": (
        "请把文件拆成几个较小的文件分批导入，或在设置中调高上限（import_row_cap）。",
        "Split the file into smaller files and import them one by one, or raise the limit in"
        " the settings (import_row_cap).",
    ),
    "import.header_row_outside": (
        "标题行 {row} 超出了表格范围。",
        "Header row {row} is outside the table.",
    ),
    "import.no_such_preset": (
        "没有名为“{preset}”的预设。",
        "There is no preset called “{preset}”.",
    ),
    "import.presets_available": ("内置预设：{names}", "Built-in presets: {names}"),
    "import.disk_full": (
        "写入临时文件失败（磁盘已满或无法写入），没有导入任何数据。",
        "Writing a temporary file failed (the disk is full or not writable); nothing was imported.",
    ),
    "import.disk_full.hint": ("请腾出磁盘空间后重试。", "Free some disk space and try again."),
    "import.renamed_csv": (
        "文件名是 .xlsx，但内容其实是 CSV/文本表格：已按文本表格读取。",
        "The file is named .xlsx but holds a CSV/text table: it was read as a text table.",
    ),
    "import.replaced": (
        "文件中有 {replaced:,} 处无效的 {encoding} 字节（例如被截断的表情符号），已替换为 �{where}。",
        "The file has {replaced:,} invalid {encoding} byte sequences (such as cut-off emoji),"
        " replaced with �{where}.",
    ),
    "import.replaced_where": (
        "，在第 {rows}{more} 行（共 {count:,} 行）",
        ", in rows {rows}{more} ({count:,} rows in all)",
    ),
    "import.more": ("等", " …"),
    "import.dropped_columns": (
        "以下列含个人敏感信息或被设为忽略，没有保存：{names}",
        "These columns hold sensitive personal data or are set to be ignored, and were not"
        " saved: {names}",
    ),
    "import.no_text_column": (
        "没有列被对应到“正文/标题/链接”：所有行都会被拒绝，请调整列对应。",
        "No column is matched to “Text”, “Title” or “Link”: every row would be rejected."
        " Adjust the column matching.",
    ),
    "import.blank_rows": ("跳过了 {n:,} 个空行。", "Skipped {n:,} blank rows."),
    "import.flag.invalid_date": (
        "{n:,} 行日期无法识别（原值保存在附加字段，已标记）。",
        "{n:,} rows: the date could not be read (the original value is kept in the extra"
        " fields, flagged).",
    ),
    "import.flag.damaged_id": (
        "{n:,} 行ID 已被 Excel 损坏（如 5.70306E+17，未作为 ID 保存，已标记）。",
        "{n:,} rows: the ID was damaged by Excel (such as 5.70306E+17; not saved as an ID,"
        " flagged).",
    ),
    "import.flag.formula_like": (
        "{n:,} 行内容以 = + - @ 开头，按文本保存（已标记）。",
        "{n:,} rows start with = + - @: saved as text (flagged).",
    ),
    "import.flag.long_field": (
        "{n:,} 行单元格超过 32,767 个字符（Excel 上限，已标记）。",
        "{n:,} rows: a cell is longer than 32,767 characters (Excel's limit, flagged).",
    ),
    "import.flag.truncated": (
        "{n:,} 行单元格超过 1,000,000 个字符，已截断。",
        "{n:,} rows: a cell longer than 1,000,000 characters was cut.",
    ),
    "import.flag.nul_removed": (
        "{n:,} 行含 NUL 字符，已去除。",
        "{n:,} rows had NUL characters, removed.",
    ),
    "import.flag.control_chars": (
        "{n:,} 行含控制字符（导出时会替换）。",
        "{n:,} rows hold control characters (replaced when exported).",
    ),
    "import.flag.invalid_count": (
        "{n:,} 行数量无法识别（已标记）。",
        "{n:,} rows: a count could not be read (flagged).",
    ),
    "import.clipboard_empty": ("剪贴板里没有表格。", "There is no table on the clipboard."),
    "import.clipboard_empty.hint": (
        "请在 Excel 或网页中选中表格，复制后再试。",
        "Select a table in Excel or a web page, copy it and try again.",
    ),
    # -- export (services/exports) -------------------------------------------------------------
    "export.unsupported_format": (
        "不支持的导出格式：{suffix}",
        "Unsupported export format: {suffix}",
    ),
    "export.no_suffix": ("（没有扩展名）", "(no extension)"),
    "export.unsupported_format.hint": (
        "文件名请以 .xlsx 或 .csv 结尾。",
        "End the file name with .xlsx or .csv.",
    ),
    "export.read_only_contacts": (
        "工作区以只读方式打开，不能导出完整联系方式（无法记入审计日志）。",
        "The workspace is open read-only: full contact details cannot be exported (the audit"
        " log cannot record it).",
    ),
    "export.read_only_contacts.hint": (
        "请导出打码版本，或以可写方式打开工作区。",
        "Export the masked version, or open the workspace for writing.",
    ),
    "export.limit_negative": (
        "导出条数上限不能是负数。",
        "The export's row limit cannot be negative.",
    ),
    "export.workspace_missing": ("找不到工作区文件：{path}", "Workspace file not found: {path}"),
    "export.import_missing": ("找不到导入批次 #{id}。", "Import batch #{id} not found."),
    # -- the export's filter in words (services/exports.describe_filter) -------------------------
    "filter.search": ("搜索“{text}”", "search “{text}”"),
    "filter.sentiments": ("情感：{labels}", "sentiment: {labels}"),
    "filter.statuses": ("状态：{labels}", "status: {labels}"),
    "filter.platforms": ("平台：{labels}", "platform: {labels}"),
    "filter.owner": ("负责人：{owner}", "owner: {owner}"),
    "filter.issue_type": ("问题类型：{label}", "issue type: {label}"),
    "filter.has_case": ("已关联案例", "linked to a case"),
    "filter.no_case": ("未关联案例", "not linked to a case"),
    "filter.case": ("案例 #{id}", "case #{id}"),
    "filter.import": ("导入批次 #{id}", "import #{id}"),
    "filter.min_followers": ("粉丝数 ≥ {n:,}", "followers ≥ {n:,}"),
    "filter.posted": ("发布时间 {start} 至 {end}", "posted {start} to {end}"),
    "filter.limit": ("最多 {n:,} 条", "at most {n:,}"),
    "filter.separator": ("；", "; "),
    "filter.everything": ("全部舆情（无筛选）", "All mentions (no filter)"),
    # -- opening and creating workspaces (storage/workspace) ------------------------------------
    "workspace.missing": ("找不到工作区文件：{path}", "Workspace file not found: {path}"),
    "workspace.is_folder": (
        "这是一个文件夹，不是工作区文件：{path}",
        "This is a folder, not a workspace file: {path}",
    ),
    "workspace.exists": ("文件已存在：{path}", "The file already exists: {path}"),
    "workspace.exists.hint": (
        "请换一个名字，或直接打开它。",
        "Choose another name, or open it.",
    ),
    "workspace.damaged": (
        "工作区文件已损坏：{name}（{detail}）。",
        "The workspace file is damaged: {name} ({detail}).",
    ),
    "workspace.damaged.hint": (
        "可以只读打开查看，或从备份恢复；程序不会在原文件上“修复”。",
        "Open it read-only to look, or restore a backup; the app never “repairs” the file itself.",
    ),
    "workspace.in_use": (
        "工作区正在使用中：{host}（进程 {pid}）自 {since} 起打开了它。",
        "The workspace is in use: {host} (process {pid}) has had it open since {since}.",
    ),
    "workspace.in_use.hint": (
        "可以只读打开；要编辑，请先在另一个窗口关闭它。",
        "You can open it read-only; to edit it, close it in the other window first.",
    ),
    "workspace.left_open": (
        "工作区上次在另一台电脑 {host} 上打开（自 {since}），没有正常关闭。",
        "The workspace was last opened on another computer, {host} (since {since}), and not"
        " closed properly.",
    ),
    "workspace.left_open.hint": (
        "如果那台电脑已经不再使用它，可以接管；否则请先在那台电脑上关闭。",
        "If that computer no longer uses it, you can take it over; otherwise close it there first.",
    ),
    "workspace.read_only": ("工作区以只读方式打开，不能修改。", "The workspace is open read-only."),
    "workspace.read_only.hint": (
        "关闭其他窗口后重新打开。",
        "Close the other window and open it again.",
    ),
    # -- cases (services/cases) ---------------------------------------------------------------
    "case.missing": ("找不到案例 {id}。", "Case {id} not found."),
    "case.missing.hint": (
        "用 `crisisdesk case list` 查看案例编号。",
        "`crisisdesk case list` shows the case numbers.",
    ),
    "case.statement_missing": ("找不到声明 {id}。", "Statement {id} not found."),
    "case.unknown_choice": ("未知的{what}：{value}", "Unknown {what}: {value}"),
    "case.choices": ("可选：{names}", "Choose from: {names}"),
    "what.场景": ("场景", "scenario"),
    "what.阶段": ("阶段", "phase"),
    "what.级别": ("级别", "level"),
    "what.声明类型": ("声明类型", "statement type"),
    "what.事件类型": ("事件类型", "event type"),
    "word.根本原因": ("根本原因", "the root cause"),
    "word.经验教训": ("经验教训", "the lessons learned"),
    "case.no_review": (
        "没有复盘的案例不能结案：还缺{words}。",
        "A case cannot be closed without its review: {words} still missing.",
    ),
    "case.no_review.hint": (
        "请在“复盘”页填写根本原因和经验教训，再结案。",
        "Fill in the root cause and the lessons on the “Review” tab, then close the case.",
    ),
    "case.level_needs_reason": ("定级需要写明理由。", "Setting a level needs a reason."),
    "case.level_needs_reason.hint": (
        "例如：涉及食品安全，已有媒体跟进。",
        "For example: food safety, and the media are following it.",
    ),
    "case.already_published": ("这份声明已经发布。", "This statement is already published."),
    "case.not_approved": (
        "声明未经审批，不能发布。",
        "The statement is not approved: it cannot be published.",
    ),
    "case.not_approved.hint": (
        "请先由危机通讯录中负责“审批声明”的人审批当前版本。",
        "Have the person who “Approves statements” in the crisis roster approve this version first.",
    ),
}

CATALOGUE |= REPORT_CATALOGUE  # the printed documents' words
CATALOGUE |= PLANS_CATALOGUE  # the plans' and drills' words
CATALOGUE |= CLI_CATALOGUE  # the command line's human output
