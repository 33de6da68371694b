<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="358" />
        <source>添加改进措施</source>
        <translation>Add improvement action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="366" />
        <source>措施</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="367" />
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="368" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="369" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="31" />
        <source>预警设置</source>
        <translation>Alert settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="38" />
        <source>按舆情自己的发布时间计算：每次导入后、以及页面打开时每隔几分钟检查一次。负面按“已确认 + 模型有把握的建议”计数。</source>
        <translation>Computed from the mentions' own post times: after every import, and every few minutes while the workspace is open. Negatives count when confirmed or confidently suggested by the model.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="47" />
        <source>最近 1 小时 ≥ 基线平均的</source>
        <translation>Last hour ≥ baseline average ×</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="50" />
        <source> 倍</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="52" />
        <source>并且至少多出</source>
        <translation>and at least this many more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="52" />
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="69" />
        <source> 条</source>
        <translation> mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="55" />
        <source>过去 12 小时</source>
        <translation>the last 12 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="56" />
        <source>过去 7 天</source>
        <translation>the last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="59" />
        <source>基线</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="62" />
        <source>作者粉丝 ≥</source>
        <translation>Author followers ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="65" />
        <source>表格里有“媒体/认证”列时，媒体或认证账号的负面也算。</source>
        <translation>When the sheet has a media/verified column, negatives by media or verified accounts count too.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="68" />
        <source>同一小时命中 ≥</source>
        <translation>Hits in one hour ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="72" />
        <source>回复时限在舆情台账的设置里修改。</source>
        <translation>The response window is set in the mention log's settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="75" />
        <source>离时限不到</source>
        <translation>Less than this before the deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="76" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="80" />
        <source>回看</source>
        <translation>Look back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="80" />
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="94" />
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="48" />
        <source>立即检查</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="50" />
        <source>预警设置…</source>
        <translation>Alert settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="52" />
        <source>显示已确认和暂缓的</source>
        <translation>Show acknowledged and snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="77" />
        <source>暂无预警。导入舆情后会自动检查负面激增、监测组声量、大V/媒体负面、敏感词、超时未回复和事件时限；也可以点“立即检查”。阈值在“预警设置…”里调整。</source>
        <translation>No alerts. After every import CrisisDesk checks for negative spikes, watch-group volume, influencer/media negatives, sensitive words, unanswered negatives and case clocks; or click “Check now”. Thresholds are under “Alert settings…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="96" />
        <source>查看舆情</source>
        <translation>Show mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="98" />
        <source>新建案例</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="99" />
        <source>用这条预警的舆情新建一个案例（在“案例”页跟进）</source>
        <translation>Open a new case with this alert's mentions (followed up on the Cases page)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="101" />
        <source>确认</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="102" />
        <source>记下谁在什么时候看过并处理了这条预警</source>
        <translation>Record who saw and handled this alert, and when</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="104" />
        <source>暂缓</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="107" />
        <source>暂缓 {n} 小时</source>
        <translation>Snooze {n} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="148" />
        <source>{n} 条待处理</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="178" />
        <source>{who} 于 {at} 确认</source>
        <translation>Acknowledged by {who} at {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="184" />
        <source>{who} 暂缓至 {at}</source>
        <translation>Snoozed by {who} until {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="189" />
        <source>已据此新建案例 #{id}</source>
        <translation>Case #{id} was opened from it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="197" />
        <source>预警 #{id} 的 {n} 条舆情</source>
        <translation>{n} mentions of alert #{id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="207" />
        <source>无法确认预警</source>
        <translation>Cannot acknowledge the alert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="215" />
        <source>无法暂缓预警</source>
        <translation>Cannot snooze the alert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="224" />
        <source>无法新建案例</source>
        <translation>Could not open a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="228" />
        <source>已新建案例 #{id}</source>
        <translation>Case #{id} opened</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="68" />
        <source>记录审批：{a}</source>
        <translation>Record approval: {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="72" />
        <source>审批内容</source>
        <translation>Approving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="76" />
        <source>谁可以审批</source>
        <translation>Who may approve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="80" />
        <source>（无权审批）</source>
        <translation>(not authorised to approve)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="83" />
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="87" />
        <source>审批方式</source>
        <translation>Approval method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="89" />
        <source>例如：11 月 19 日 10:20 电话确认同意第 2 版</source>
        <translation>e.g. 19 Nov 10:20, approved version 2 by phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="90" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="92" />
        <source>（可选）微信截图、签字照片等</source>
        <translation>(optional) WeChat screenshot, photo of a signature, etc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="93" />
        <source>添加证据…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="97" />
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="107" />
        <source>记录审批</source>
        <translation>Record approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="115" />
        <source>危机通讯录里还没有成员。</source>
        <translation>The crisis roster has no members yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="116" />
        <source>请先在“危机通讯录”中添加成员并指定审批人。</source>
        <translation>First add members in the Crisis roster and assign approvers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="124" />
        <source>选择证据</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="126" />
        <source>图片或 PDF (*.png *.jpg *.jpeg *.webp *.gif *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.webp *.gif *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="144" />
        <source>请选择审批人。</source>
        <translation>Please choose an approver.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="160" />
        <source>无法读取证据文件：{name}</source>
        <translation>Cannot read the evidence file: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="198" />
        <source>现在没有人可以审批</source>
        <translation>Nobody can approve now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="200" />
        <source>请先在危机通讯录的职责矩阵中为“{a}”指定审批人（A），或把备用人设为在岗。</source>
        <translation>First name an approver (A) for “{a}” in the crisis roster's responsibility matrix, or mark the backup as available.</translation>
    </message>
</context>
<context>
    <name>AuthorProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="119" />
        <source>作者档案：{name}</source>
        <translation>Author profile: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="130" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="131" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="132" />
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="133" />
        <location filename="../../desktop/ui/authors/dialogs.py" line="179" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="134" />
        <location filename="../../desktop/ui/authors/dialogs.py" line="180" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="136" />
        <source>提示</source>
        <translation>Hints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="149" />
        <source>全部提及（{n}）</source>
        <translation>All mentions ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="153" />
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="153" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="154" />
        <source>负面（已确认）</source>
        <translation>Negative (confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="155" />
        <source>负面?（模型建议）</source>
        <translation>Negative? (suggested)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="156" />
        <source>中性</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="157" />
        <source>正面</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="158" />
        <source>未判定</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="163" />
        <source>情感走势</source>
        <translation>Sentiment over time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="166" />
        <source>回复时间</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="167" />
        <source>我们的回复</source>
        <translation>Our reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="174" />
        <source>我们的回复（{n}）</source>
        <translation>Our replies ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="178" />
        <source>跟进期限</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="186" />
        <source>待跟进（{n}）</source>
        <translation>Follow-ups ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="189" />
        <source>双击或按 Enter 回复其中一条。联系方式和手机号已打码。</source>
        <translation>Double-click or press Enter to reply to one. Contacts and phone numbers are masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="206" />
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="209" />
        <source>粉丝（最多）{f} · 转发合计 {r} · 共 {n} 条</source>
        <translation>Followers (max) {f} · reposts in total {r} · {n} mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="212" />
        <source>负面 {c} 条已确认 · {s} 条模型建议</source>
        <translation>Negative: {c} confirmed · {s} suggested by the model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="215" />
        <source>（只显示最近 {n} 条）</source>
        <translation>(only the newest {n} shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="219" />
        <source>提示（仅供参考，请核实）：{flags}</source>
        <translation>Hints (for reference, please check): {flags}</translation>
    </message>
</context>
<context>
    <name>AuthorsListDialog</name>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="255" />
        <source>反复投诉与大V</source>
        <translation>Repeat complainers and influencers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="282" />
        <source>大V 的粉丝数至少：</source>
        <translation>Influencers have at least:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="289" />
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="295" />
        <source>双击或按 Enter 打开作者档案。</source>
        <translation>Double-click or press Enter to open the author profile.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="311" />
        <source>反复投诉（≥ 2 条负面）：{n}</source>
        <translation>Repeat complainers (≥ 2 negative): {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="312" />
        <source>大V（粉丝 ≥ {f}）：{n}</source>
        <translation>Influencers (≥ {f} followers): {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="328" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="339" />
        <source>还没有反复投诉的作者：同一作者有 2 条以上负面（已确认，或模型有把握的建议）时会列在这里。</source>
        <translation>No repeat complainers yet: an author with 2 or more negatives (confirmed, or confidently suggested by the model) is listed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="342" />
        <source>还没有粉丝 ≥ {f} 的作者。导入带粉丝数的表格后，大V 会列在这里。</source>
        <translation>No author with ≥ {f} followers yet. Import a sheet with follower counts and influencers are listed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="349" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="350" />
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="351" />
        <source>粉丝</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="352" />
        <source>负面（已确认+建议）</source>
        <translation>Negative (confirmed + suggested)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="353" />
        <source>提及</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="354" />
        <source>未回复</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="355" />
        <source>最近</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="362" />
        <source>{c} + {s}?</source>
        <translation>{c} + {s}?</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="30" />
        <source>批量编辑</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="34" />
        <source>修改所选的 {n} 条舆情；“不修改”的项保持原样。</source>
        <translation>Edit the {n} selected mentions; fields set to “Keep” stay as they are.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="38" />
        <location filename="../../desktop/ui/mentions/dialogs.py" line="39" />
        <source>（清空）</source>
        <translation>(clear)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="43" />
        <location filename="../../desktop/ui/mentions/dialogs.py" line="61" />
        <location filename="../../desktop/ui/mentions/dialogs.py" line="77" />
        <source>（不修改）</source>
        <translation>(keep)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="46" />
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="47" />
        <source>问题类型</source>
        <translation>Issue type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="48" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="49" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="50" />
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="55" />
        <source>点击查看这些舆情</source>
        <translation>Click to see these mentions</translation>
    </message>
</context>
<context>
    <name>CaseChart</name>
    <message>
        <location filename="../../desktop/printing/chart.py" line="41" />
        <source>时间（每小时）</source>
        <translation>Time (hourly)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/chart.py" line="43" />
        <source>时间（每天）</source>
        <translation>Time (daily)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/chart.py" line="47" />
        <source>条数</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="61" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseModels</name>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="36" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="39" />
        <source>案例</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="41" />
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="45" />
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="49" />
        <source>响应时钟</source>
        <translation>Response clock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="52" />
        <source>舆情</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="53" />
        <source>负面</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="54" />
        <source>声明</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="55" />
        <location filename="../../desktop/ui/cases/models.py" line="180" />
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="57" />
        <source>立案</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="81" />
        <location filename="../../desktop/ui/cases/models.py" line="164" />
        <source>发布时间</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="84" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="85" />
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="87" />
        <source>粉丝</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="91" />
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="95" />
        <source>转发</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="99" />
        <location filename="../../desktop/ui/cases/models.py" line="119" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="114" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="116" />
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="120" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="122" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="124" />
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="126" />
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="143" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="147" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="150" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="152" />
        <location filename="../../desktop/ui/cases/models.py" line="183" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="156" />
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="160" />
        <source>未审批</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="179" />
        <source>改进措施</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="181" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="185" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="187" />
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="68" />
        <source>案例列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="74" />
        <source>阶段：发现 → 研判 → 应对 → 恢复 → 复盘 → 已结案</source>
        <translation>Phases: Detected → Assessment → Response → Recovery → Review → Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="77" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="79" />
        <source>导出专报 PDF</source>
        <translation>Export report PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="85" />
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="87" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="88" />
        <source>删除这个案例（关联的舆情保留，只取消关联）</source>
        <translation>Delete this case (linked mentions are kept, only unlinked)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="108" />
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="109" />
        <source>关联舆情</source>
        <translation>Linked mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="110" />
        <source>级别研判</source>
        <translation>Severity assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="111" />
        <source>传播与时间线</source>
        <translation>Spread and timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="112" />
        <source>声明</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="113" />
        <source>复盘</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="168" />
        <source>未定级</source>
        <translation>No level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="173" />
        <source>响应时钟（发现 → 首个暂缓声明）：</source>
        <translation>Response clock (detected → first holding statement): </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="199" />
        <source>删除案例</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="201" />
        <source>删除案例“{title}”？时间线、声明和复盘会一并删除，关联的舆情只取消关联。</source>
        <translation>Delete the case “{title}”? Its timeline, statements and review are deleted too; linked mentions are only unlinked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="207" />
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="218" />
        <source>不能改变阶段</source>
        <translation>Cannot change the phase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="232" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="232" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="235" />
        <source>导出案例报告</source>
        <translation>Export case report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="251" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="251" />
        <source>换一个文件夹或文件名再试。</source>
        <translation>Try another folder or file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="255" />
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="72" />
        <location filename="../../desktop/ui/cases/page.py" line="140" />
        <source>案例</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="73" />
        <source>投诉升级为危机时立案：研判级别、记录应对、审批声明、复盘沉淀。</source>
        <translation>Open a case when a complaint turns into a crisis: assess the level, log the response, approve statements, review afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="78" />
        <source>搜索标题、摘要、负责人…</source>
        <translation>Search title, summary, owner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="81" />
        <source>全部阶段</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="85" />
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="88" />
        <source>只看进行中</source>
        <translation>Open cases only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="89" />
        <source>新建案例…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="92" />
        <source>参考案例库…</source>
        <translation>Reference cases…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="98" />
        <source>研判阈值…</source>
        <translation>Severity thresholds…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="149" />
        <source>关联到案例…</source>
        <translation>Link to case…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="151" />
        <source>全部符合当前搜索的舆情关联到案例…</source>
        <translation>Link all mentions matching the current search to a case…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="161" />
        <location filename="../../desktop/ui/cases/page.py" line="171" />
        <location filename="../../desktop/ui/cases/page.py" line="176" />
        <source>关联到案例</source>
        <translation>Link to case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="177" />
        <source>没有选中舆情。</source>
        <translation>No mentions selected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="178" />
        <source>先在舆情台账里选中条目。</source>
        <translation>Select mentions in the Mention log first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="186" />
        <source>新案例</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="193" />
        <source>关联失败</source>
        <translation>Linking failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="197" />
        <source>已把 {n} 条舆情关联到案例 #{id}</source>
        <translation>Linked {n} mentions to case #{id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="228" />
        <source>没有打开的工作区。</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="250" />
        <source>没有符合条件的案例。清除搜索或筛选条件试试。</source>
        <translation>No cases match. Try clearing the search or filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="254" />
        <source>还没有案例。投诉升级为危机时：点“新建案例…”，或在舆情台账选中相关舆情，右键“关联到案例…”。也可以从“参考案例库…”挑一个知名案例作为模板。</source>
        <translation>No cases yet. When a complaint turns into a crisis, click “New case…”, or select related mentions in the Mention log and right-click “Link to case…”. You can also pick a well-known case from “Reference cases…” as a template.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="287" />
        <location filename="../../desktop/ui/cases/page.py" line="308" />
        <source>不能新建案例</source>
        <translation>Cannot create the case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="325" />
        <source>阈值有误</source>
        <translation>Invalid thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="335" />
        <source>不能保存阈值</source>
        <translation>Cannot save the thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="341" />
        <source>已保存；重新计算了 {n} 个进行中案例的建议级别</source>
        <translation>Saved; recalculated the suggested level of {n} open cases</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="42" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="112" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="118" />
        <source>新建分类</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="61" />
        <source>全部条目</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="104" />
        <source>新建分类…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="106" />
        <source>新建子分类…</source>
        <translation>New subcategory…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="107" />
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="108" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="138" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="146" />
        <source>删除分类</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="112" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="125" />
        <source>分类名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="125" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="129" />
        <source>重命名分类</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="139" />
        <source>删除分类“{p}”及其子分类？其中的条目不会删除，会变成“未分类”。</source>
        <translation>Delete the category “{p}” and its subcategories? Their entries are kept and become “uncategorised”.</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="59" />
        <location filename="../../desktop/ui/kb/composer.py" line="192" />
        <location filename="../../desktop/ui/kb/composer.py" line="370" />
        <source>回复助手</source>
        <translation>Reply assistant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="82" />
        <location filename="../../desktop/ui/kb/composer.py" line="327" />
        <source>复制附件图片</source>
        <translation>Copy attached image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="84" />
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="90" />
        <source>选择左侧的条目，或直接在这里写回复。</source>
        <translation>Pick an entry on the left, or write the reply here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="92" />
        <source>还需要填写</source>
        <translation>Still to fill in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="99" />
        <location filename="../../desktop/ui/kb/composer.py" line="303" />
        <source>复制到剪贴板</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="101" />
        <location filename="../../desktop/ui/kb/composer.py" line="347" />
        <source>标记为已回复</source>
        <translation>Mark as replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="107" />
        <source>从舆情台账选中一条舆情打开回复助手，才能记录回复。</source>
        <translation>Open the reply assistant from a mention in the Mention log to record the reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="109" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="113" />
        <source>回复类型</source>
        <translation>Reply type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="115" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="173" />
        <source>以舆情 #{id} 当时的回复为底稿（不算审批话术）。</source>
        <translation>Starting from the reply given to mention #{id} (not an approved script).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="197" />
        <source>已审批话术（第 {v} 版）</source>
        <translation>Approved script (version {v})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="200" />
        <source>注意：这是未审批的草稿（第 {v} 版），回复会被标记为“非审批话术”。</source>
        <translation>Note: this is an unapproved draft (version {v}); the reply will be marked “not an approved script”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="224" />
        <source>输入后按回车填入</source>
        <translation>Type and press Enter to fill in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="259" />
        <source>{n} 字（{source}）</source>
        <translation>{n} characters ({source})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="264" />
        <source>{n} / {limit} 字</source>
        <translation>{n} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="265" />
        <source>，超出 {over} 字</source>
        <translation>, {over} over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="273" />
        <source>与问答库话术相差 {p}%，将记为“非审批话术”。需要长期使用请回问答库修改并审批。</source>
        <translation>Differs {p}% from the library script; it will be recorded as “not an approved script”. For lasting use, edit and approve it in the Response library.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="277" />
        <source>与话术相差 {p}%。</source>
        <translation>Differs {p}% from the script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="280" />
        <source>与问答库话术一致。</source>
        <translation>Matches the library script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="284" />
        <source>与所选条目的话术一致，但它与这条评论的相关度是“{relevance}”，请确认适用。</source>
        <translation>Same as the chosen entry's script, but its relevance to this comment is “{relevance}”: make sure it applies.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="288" />
        <source>与所选草稿的话术一致（未审批，将记为“非审批话术”）。</source>
        <translation>Same as the chosen draft's script (not approved: it will be recorded as “not an approved script”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="291" />
        <source>还有占位符没填：{names}</source>
        <translation>Placeholders still empty: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="301" />
        <location filename="../../desktop/ui/kb/composer.py" line="325" />
        <source>已复制 ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="314" />
        <location filename="../../desktop/ui/kb/composer.py" line="320" />
        <source>复制附件</source>
        <translation>Copy attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="314" />
        <source>这张图片无法读取。</source>
        <translation>This image cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="321" />
        <source>只有图片可以直接复制。</source>
        <translation>Only images can be copied directly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="322" />
        <source>请在问答库里把附件另存后发送。</source>
        <translation>Save the attachment from the Response library and send it.</translation>
    </message>
</context>
<context>
    <name>DashboardSections</name>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="42" />
        <source>舆情总量</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="43" />
        <source>负面（已确认）</source>
        <translation>Negative (confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="44" />
        <source>负面（模型建议）</source>
        <translation>Negative (suggested)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="45" />
        <source>负面占比</source>
        <translation>Negative share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="46" />
        <source>超时未回复的负面</source>
        <translation>Negative, past the response window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="47" />
        <source>进行中的案例</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="69" />
        <source>负面的问题类型</source>
        <translation>Negative mentions by issue type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="70" />
        <source>监测词组</source>
        <translation>Watch groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="71" />
        <source>影响力最大的作者</source>
        <translation>Authors with the widest reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="78" />
        <source>首次回复用时（中位数 / 90%）</source>
        <translation>Time to first reply (median / 90%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="79" />
        <source>进行中的案例与回应时钟</source>
        <translation>Active cases and their clocks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="80" />
        <source>最新预警</source>
        <translation>Latest alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="87" />
        <source>每月趋势</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="89" />
        <source>负面按问题类型</source>
        <translation>Negatives by issue type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="90" />
        <source>负面按监测词组</source>
        <translation>Negatives by watch group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="111" />
        <source>模型把握较大的建议，待人工确认</source>
        <translation>Confident model suggestions, waiting for a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="116" />
        <source>负面 {n:,} / 全部 {total:,}</source>
        <translation>{n:,} negative of {total:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="122" />
        <source>超过 {h:g} 小时响应时限；另有 {s} 条模型建议</source>
        <translation>Past the {h:g} h window; {s} more suggested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="130" />
        <source>{n} 个已超时</source>
        <translation>{n} past their clock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="141" />
        <source>声量（每小时）</source>
        <translation>Volume (per hour)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="141" />
        <source>声量（每天）</source>
        <translation>Volume (per day)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="151" />
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="170" />
        <source>这段时间没有标了问题类型的负面舆情。</source>
        <translation>No negative mentions with an issue type in this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="173" />
        <source>尚未设置监测词组</source>
        <translation>No watch groups set up yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="177" />
        <source>这段时间没有命中监测词组的舆情。</source>
        <translation>No mentions matched a watch group in this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="184" />
        <source>粉丝 {f:,} · {n} 条</source>
        <translation>{f:,} followers · {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="188" />
        <source>这段时间没有舆情。</source>
        <translation>No mentions in this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="192" />
        <source>{n} 条 · {median} / {p90}</source>
        <translation>{n} · {median} / {p90}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="203" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="205" />
        <source>（未知平台）</source>
        <translation>(unknown platform)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="209" />
        <source>负责人：{o}</source>
        <translation>Owner: {o}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="209" />
        <source>未指定</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="212" />
        <source>这段时间还没有记录回复时间。</source>
        <translation>No reply times recorded in this range.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="222" />
        <source>没有进行中的案例。</source>
        <translation>No active cases.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="225" />
        <source>这个工作区还没有预警功能。</source>
        <translation>This workspace has no alerts yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="235" />
        <source>{n} 条</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="239" />
        <source>没有未处理的预警。</source>
        <translation>No open alerts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="250" />
        <source>每月负面：按监测词组</source>
        <translation>Negative mentions per month, by watch group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="253" />
        <source>每月负面：按问题类型</source>
        <translation>Negative mentions per month, by issue type</translation>
    </message>
</context>
<context>
    <name>DetectedReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="320" />
        <source>修改发现时间</source>
        <translation>Change the detection time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="324" />
        <source>发现时间从 {before} 改为 {after}：响应时钟从这里开始计时。</source>
        <translation>Detection time changes from {before} to {after}: the response clock counts from here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="332" />
        <source>为什么改？例如：客服 11 月 3 日已接到第一通投诉电话。</source>
        <translation>Why? For example: customer service took the first complaint call on 3 November.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="335" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="336" />
        <source>修改</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>DrillRecordsDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="38" />
        <source>演练记录</source>
        <translation>Drill records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="42" />
        <source>还没有演练记录。用“文件 → 开始演练…”从演练脚本、参考案例或历史案例开始一次。</source>
        <translation>No drills yet. Use File → Start a drill… to run one from a scripted scenario, a reference case or a past case.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="60" />
        <source>经验教训（选中一条，一键转换）</source>
        <translation>Lessons (select one to convert it in one click)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="64" />
        <source>转为问答库草稿</source>
        <translation>Make a KB draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="66" />
        <source>转为预案修改</source>
        <translation>Make a plan edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="72" />
        <source>导出报告 PDF…</source>
        <translation>Export report as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="74" />
        <source>导出报告 Excel…</source>
        <translation>Export report as Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="113" />
        <source>{lesson}  〔已转为问答库草稿 #{n}〕</source>
        <translation>{lesson}  [made KB draft #{n}]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="117" />
        <source>{lesson}  〔已转为预案修改 #{n}〕</source>
        <translation>{lesson}  [made plan edit #{n}]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="128" />
        <source>教训没有转换</source>
        <translation>The lesson was not converted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="139" />
        <source>演练报告-{n}</source>
        <translation>drill-report-{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="140" />
        <source>导出演练报告</source>
        <translation>Export drill report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="155" />
        <source>报告没有写出</source>
        <translation>The report was not written</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="89" />
        <source>【演练】{title} — 演练副本，不写入正式工作区</source>
        <translation>[DRILL] {title} — drill copy, nothing written to the real workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="96" />
        <source>演练模式：这里的一切只写入演练副本 {copy}，不会进入正式工作区。结束演练时，正式工作区只记录一条演练总结。</source>
        <translation>Drill mode: everything here goes only to the drill copy {copy}, never to the real workspace. When the drill finishes, the real workspace records one drill summary.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="139" />
        <source>下一事件</source>
        <translation>Next inject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="140" />
        <source>时钟跳到下一条演练事件，并让它到来</source>
        <translation>Jump the clock to the next inject and deliver it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="142" />
        <source>结束演练…</source>
        <translation>Finish drill…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="173" />
        <source>演练事件（新的在上）</source>
        <translation>Injects (newest first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="176" />
        <source>标为负面</source>
        <translation>Mark negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="177" />
        <source>标为中性</source>
        <translation>Mark neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="188" />
        <location filename="../../desktop/ui/drills/window.py" line="321" />
        <source>预案清单</source>
        <translation>Plan checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="191" />
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="192" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="200" />
        <source>声明与内部通知</source>
        <translation>Statements and internal notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="203" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="213" />
        <source>写暂缓声明…</source>
        <translation>Write holding statement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="214" />
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="215" />
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="216" />
        <source>发内部通知…</source>
        <translation>Send internal notice…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="232" />
        <source>{level} · 暂缓声明：{clock}</source>
        <translation>{level} · holding statement: {clock}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="237" />
        <source>已暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="239" />
        <source>所有演练事件都已到来（{n} 条），可以结束演练。</source>
        <translation>All injects have arrived ({n}); you can finish the drill.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="243" />
        <source>下一事件 {at}：实际 {wait} 后（已到 {done}/{total}）</source>
        <translation>Next inject {at}: in {wait} real time ({done}/{total} arrived)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="250" />
        <source>继续</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="250" />
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="254" />
        <source>第一条演练事件马上到来。</source>
        <translation>The first inject arrives in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="258" />
        <source>已完成 {done}/{total}；在谁做完时标记，记录演练时间。</source>
        <translation>{done}/{total} done; mark an item when someone finishes it (drill time is recorded).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="267" />
        <source>{s} 秒</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="281" />
        <source>演练操作没有完成</source>
        <translation>The drill action did not complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="314" />
        <source>研判</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="314" />
        <source>请先选中一条舆情。</source>
        <translation>Select a mention first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="321" />
        <source>请先选中一项。</source>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="342" />
        <source>声明</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="342" />
        <source>请先选中一份声明。</source>
        <translation>Select a statement first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="386" />
        <source>演练到 {offset}，到来的事件 {done}/{total}。</source>
        <translation>Drill reached {offset}; injects delivered {done}/{total}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="397" />
        <source>结束演练</source>
        <translation>Finish the drill</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="397" />
        <source>正式工作区已经关闭。</source>
        <translation>The real workspace has been closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="408" />
        <source>演练没有结束</source>
        <translation>The drill was not finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="438" />
        <source>关闭演练</source>
        <translation>Close the drill</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="440" />
        <source>演练还没有结束。保存：暂停并保留演练副本，以后从“开始演练”继续；放弃：删除演练副本，不留记录。</source>
        <translation>The drill is not finished. Save: pause and keep the drill copy, to continue later from Start a drill; Discard: delete the drill copy, nothing recorded.</translation>
    </message>
</context>
<context>
    <name>EmptyDashboard</name>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="140" />
        <source>还没有舆情</source>
        <translation>No mentions yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="145" />
        <source>导入监测平台导出的舆情表格（Excel/CSV）：把文件拖到窗口上，或按 Ctrl+I。导入后这里会显示声量趋势、负面占比、超时未回复和响应时间。</source>
        <translation>Import the sheet your monitoring tool exports (Excel/CSV): drop the file on the window or press Ctrl+I. The volume trend, negative share, overdue replies and response times then show here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="151" />
        <source>导入舆情表格…</source>
        <translation>Import a mention sheet…</translation>
    </message>
</context>
<context>
    <name>EmptyLog</name>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="50" />
        <source>还没有舆情。把 Excel/CSV 拖到窗口上，或按 Ctrl+I 导入。</source>
        <translation>No mentions yet. Drop an Excel/CSV file on the window, or press Ctrl+I to import.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="47" />
        <source>一句话概括这类评论，例如：收到的菜有异物</source>
        <translation>Sum up this kind of comment in one line, e.g. foreign object found in the food</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="53" />
        <source>用逗号分隔，例如：退款，没到账</source>
        <translation>Separate with commas, e.g. refund, not received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="56" />
        <source>每行一条典型评论（原话），匹配主要靠它们</source>
        <translation>One typical comment per line (verbatim); matching relies mainly on these</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="63" />
        <source>添加回复</source>
        <translation>Add reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="66" />
        <source>删除回复</source>
        <translation>Delete reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="77" />
        <source>回复内容。占位符：{称呼|您} {订单号} {热线}（| 后是默认值）</source>
        <translation>Reply text. Placeholders: {称呼|您} {订单号} {热线} (the default value follows |)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="89" />
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="90" />
        <source>例如客服二维码图片，回复时可以一起发送</source>
        <translation>e.g. a customer-service QR code image to send along with the reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="92" />
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="97" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="98" />
        <source>提交审批</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="99" />
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="100" />
        <location filename="../../desktop/ui/kb/editor.py" line="294" />
        <source>停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="101" />
        <source>用此条回复…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="106" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="107" />
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="110" />
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="112" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="113" />
        <source>语气说明</source>
        <translation>Tone notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="114" />
        <source>典型评论</source>
        <translation>Typical comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="119" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="121" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="127" />
        <source>回复（按类型和渠道）</source>
        <translation>Replies (by type and channel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="132" />
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="168" />
        <source>（未分类）</source>
        <translation>(uncategorised)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="265" />
        <source>新条目：填好后点“保存”，再提交审批。</source>
        <translation>New entry: fill it in, click “Save”, then submit it for approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="277" />
        <source>状态：{s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="278" />
        <source>当前第 {v} 版</source>
        <translation>Current version: {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="282" />
        <source>使用中：第 {v} 版，{who} 于 {at} 审批</source>
        <translation>In use: version {v}, approved by {who} at {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="288" />
        <source>已用 {n} 次</source>
        <translation>Used {n} times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="294" />
        <source>恢复使用</source>
        <translation>Reinstate</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="42" />
        <source>搜索标题、典型评论、关键词、回复…</source>
        <translation>Search titles, typical comments, keywords, replies…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="45" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="46" />
        <source>使用中（未停用）</source>
        <translation>In use (not retired)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="50" />
        <source>全部语言</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="54" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="55" />
        <source>用过的</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="56" />
        <source>从未用过</source>
        <translation>Never used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="58" />
        <source>按标题</source>
        <translation>By title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="59" />
        <source>最常用</source>
        <translation>Most used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="60" />
        <source>最久未用</source>
        <translation>Longest unused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="61" />
        <source>最近修改</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="64" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="65" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="66" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="67" />
        <source>使用</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="68" />
        <source>最近使用</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="78" />
        <source>新建条目</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="79" />
        <source>话术变量…</source>
        <translation>Script values…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="80" />
        <source>热线、邮箱等自动填入回复的内容，以及改动幅度阈值</source>
        <translation>Hotline, e-mail and other values filled into replies, and the edit threshold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="149" />
        <source>显示 {n} 条 · 共 {total} 条，已审批 {approved}，待处理 {pending}，从未用过 {unused}</source>
        <translation>Showing {n} · {total} in total, {approved} approved, {pending} pending, {unused} never used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="165" />
        <source>问答库还是空的。点“新建条目”写第一条话术，或从“文件 → 导入问答库”导入 Excel。</source>
        <translation>The Response library is empty. Click “New entry” to write the first script, or import an Excel file with “File → Import response library”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="168" />
        <source>没有符合条件的条目。换个关键词，或清除筛选条件。</source>
        <translation>No entries match. Try another keyword or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="185" />
        <source>（第 {v} 版在用）</source>
        <translation>(version {v} in use)</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="188" />
        <source>添加时间线事件</source>
        <translation>Add timeline event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="202" />
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="203" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="204" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="205" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="74" />
        <source>导出舆情…</source>
        <translation>Export mentions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="80" />
        <source>把舆情台账当前的视图导出为 Excel 或 CSV</source>
        <translation>Export the current view of the Mention log to Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="114" />
        <source>舆情</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="117" />
        <source>舆情导出</source>
        <translation>mention-export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="137" />
        <source>导出舆情</source>
        <translation>Export mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="137" />
        <source>上一次导出还在进行中。</source>
        <translation>The previous export is still running.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="175" />
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="191" />
        <source>正在导出舆情</source>
        <translation>Exporting mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="205" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="207" />
        <source>原来的文件（如果有）没有改动。</source>
        <translation>The existing file (if any) was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="211" />
        <source>已取消导出，原来的文件（如果有）没有改动。</source>
        <translation>Export cancelled; the existing file (if any) was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="214" />
        <source>已导出 {rows:,} 条舆情。</source>
        <translation>Exported {rows:,} mentions.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="216" />
        <source>联系方式已打码。</source>
        <translation>Contact details are masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="218" />
        <source>含完整联系方式（已记入审计日志），请妥善保管这个文件。</source>
        <translation>Contains full contact details (recorded in the audit log); keep this file safe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="222" />
        <source>替换了 {n:,} 个无法写入表格的控制字符（显示为 �）。</source>
        <translation>Replaced {n:,} control characters that cannot be written to a spreadsheet (shown as �).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="228" />
        <source>{n:,} 个单元格超过 Excel 的 32767 字上限，已截断并注明。</source>
        <translation>{n:,} cells exceeded Excel's 32,767-character limit and were truncated with a note.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="234" />
        <source>{n:,} 个以 = + - @ 开头的文本已按文本写入，不会被当作公式执行。</source>
        <translation>{n:,} values starting with = + - @ were written as text and will not run as formulas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="240" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="243" />
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="244" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="50" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="51" />
        <source>CSV，UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="266" />
        <location filename="../../desktop/ui/export_dialog.py" line="338" />
        <location filename="../../desktop/ui/export_dialog.py" line="366" />
        <location filename="../../desktop/ui/export_dialog.py" line="375" />
        <source>导出舆情</source>
        <translation>Export mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="274" />
        <source>导出范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="276" />
        <source>{n:,} 条</source>
        <translation>{n:,} mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="276" />
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="279" />
        <source>条数</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="282" />
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="287" />
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="293" />
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="298" />
        <source>Excel 文件包含我们的字段、原始表格的列，以及一张“导出摘要”。以 = + - @ 开头的文本按文本写入，打开时不会被当作公式执行。</source>
        <translation>The Excel file holds our fields, the columns of the original spreadsheet and an “Export summary” sheet. Values starting with = + - @ are written as text and will not run as formulas when opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="310" />
        <source>导出的文件将包含客户的完整手机号等联系方式。这次导出会记入审计日志（谁、何时、导出了什么、多少条）。

确定要导出不打码的版本吗？</source>
        <translation>The exported file will contain customers' full phone numbers and other contact details. This export is recorded in the audit log (who, when, what and how many).

Export the unmasked version?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="313" />
        <source>手机号会打码为 138****8000；订单号、帖子 ID 等不受影响。</source>
        <translation>Phone numbers are masked as 138****8000; order numbers, post IDs etc. are unaffected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="314" />
        <source>⚠ 将导出完整联系方式，并记入审计日志。请妥善保管导出的文件。</source>
        <translation>⚠ Full contact details will be exported and recorded in the audit log. Keep the exported file safe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="324" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="325" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="366" />
        <source>请填写要保存的文件名。</source>
        <translation>Enter a file name to save to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="376" />
        <source>保存位置不存在：{folder}</source>
        <translation>The folder does not exist: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="377" />
        <source>请选择一个已有的文件夹。</source>
        <translation>Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="383" />
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="384" />
        <source>{name} 已存在，要替换它吗？（导出完成前原文件保持不变）</source>
        <translation>{name} already exists. Replace it? (The existing file stays unchanged until the export finishes.)</translation>
    </message>
</context>
<context>
    <name>FinishDrillDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="79" />
        <source>结束演练</source>
        <translation>Finish the drill</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="86" />
        <source>每行一条；结束后可以一键转为问答库草稿或预案修改。</source>
        <translation>One per line; after finishing, each can become a KB draft or a plan edit in one click.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="87" />
        <source>经验教训</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="89" />
        <source>例如：周若溪、林嘉禾、陈子墨</source>
        <translation>e.g. Zhou Ruoxi, Lin Jiahe, Chen Zimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="90" />
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="91" />
        <source>保留演练副本（在数据文件夹里，可以以后查看）</source>
        <translation>Keep the drill copy (in the data folder, to look at later)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="93" />
        <source>正式工作区只会记录一条演练总结，并在预案上标明已演练。</source>
        <translation>The real workspace records only one drill summary, and the plan shows it was tested.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="97" />
        <source>结束并记录</source>
        <translation>Finish and record</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="119" />
        <source>还没有监测组。点“新建监测组”，写一条规则，例如：品牌名 (退款 OR 投诉)。</source>
        <translation>No watch groups yet. Click “New watch group” and write a rule, e.g. brand (refund OR complaint).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="125" />
        <source>新建监测组</source>
        <translation>New watch group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="127" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="129" />
        <source>在舆情台账中查看</source>
        <translation>Show in mention log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="153" />
        <source>启用（导入时自动匹配）</source>
        <translation>Enabled (matched at every import)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="154" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="155" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="158" />
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="160" />
        <source>例如：鹿角巷 (退款 OR 投诉) NOT 广告</source>
        <translation>e.g. 鹿角巷 (退款 OR 投诉) NOT 广告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="165" />
        <source>空格 = 并且 · OR 或者 · NOT 排除 · "短语" · (括号) · A NEAR/5 B（相距 5 字以内） · 英文不分大小写、按整词匹配</source>
        <translation>space = AND · OR · NOT excludes · "phrase" · (brackets) · A NEAR/5 B (within 5 characters) · English ignores case and matches whole words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="177" />
        <source>试运行</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="178" />
        <source>看这条规则现在能匹配哪些舆情（不保存）</source>
        <translation>See which mentions this rule matches now (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="180" />
        <source>保存并匹配</source>
        <translation>Save and match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="188" />
        <source>写好规则后点“试运行”，这里会列出匹配的舆情，命中的词标黄。</source>
        <translation>Write a rule and click “Test”: the matching mentions are listed here with the hits in yellow.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="238" />
        <source>“{name}”还没有匹配的舆情。</source>
        <translation>“{name}” matches no mentions yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="241" />
        <source>“{name}”按天的声量（最近 {n} 天有数据）：</source>
        <translation>“{name}” by day (the last {n} days with mentions):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="299" />
        <source>正在试运行……</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="321" />
        <source>匹配 {count} 条（共 {total} 条舆情）；下面是最新的 {shown} 条。</source>
        <translation>{count} matches (of {total} mentions); the newest {shown} are below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="325" />
        <source>没有匹配的舆情（共 {total} 条）。换个词，或去掉 NOT 试试。</source>
        <translation>No matches (of {total} mentions). Try other words, or drop a NOT.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="363" />
        <location filename="../../desktop/ui/listening/groups_panel.py" line="386" />
        <source>无法保存监测组</source>
        <translation>Cannot save the watch group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="367" />
        <source>正在匹配监测组</source>
        <translation>Matching the watch group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="367" />
        <source>条</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="379" />
        <source>已保存监测组“{name}”，匹配 {n} 条舆情</source>
        <translation>Saved the watch group “{name}”: {n} mentions match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="395" />
        <source>删除监测组</source>
        <translation>Delete watch group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="396" />
        <source>删除监测组“{name}”？舆情本身不受影响。</source>
        <translation>Delete the watch group “{name}”? The mentions themselves are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="401" />
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="49" />
        <source>联系方式超过</source>
        <translation>Remind when contacts go unverified for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="52" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="56" />
        <source>未核实即提醒</source>
        <translation>or more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="72" />
        <source>双击一条问题可跳到要修改的成员或事项。</source>
        <translation>Double-click a finding to jump to the member or activity to fix.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="74" />
        <source>去修改</source>
        <translation>Fix it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="90" />
        <source>通讯录健康：每个事项都有执行人和唯一的审批人，联系方式都在 {days} 天内核实过。</source>
        <translation>Roster healthy: every activity has someone responsible and exactly one approver, and all contacts were verified within {days} days.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="96" />
        <source>发现 {e} 个错误、{w} 个提醒。</source>
        <translation>{e} errors and {w} warnings found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="106" />
        <source>应急预案：{n} 个问题（双击跳到预案或职责矩阵）</source>
        <translation>Contingency plans: {n} problem(s) (double-click to go to the plan or the matrix)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="110" />
        <source>应急预案：正常。每个预案都演练过，负责的角色通讯录里都有人。</source>
        <translation>Contingency plans: ok. Every plan has been drilled and every role in them has someone in the roster.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="37" />
        <source>恢复此版本</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="40" />
        <source>选择一个版本，查看它与前一版的差异。</source>
        <translation>Select a version to see how it differs from the previous one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="52" />
        <source>第 {v} 版 · {who} · {at}</source>
        <translation>Version {v} · {who} · {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="58" />
        <source> · ✔ 使用中（已审批）</source>
        <translation> · ✔ in use (approved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="70" />
        <source>第 1 版（最初的版本）。</source>
        <translation>Version 1 (the first version).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="81" />
        <source>与上一版相同。</source>
        <translation>Same as the previous version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="88" />
        <location filename="../../desktop/ui/kb/history.py" line="94" />
        <location filename="../../desktop/ui/kb/history.py" line="102" />
        <source>恢复版本</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="88" />
        <source>请先在列表里选择一个版本。</source>
        <translation>Select a version in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="102" />
        <source>当前内容与该版本相同，无需恢复。</source>
        <translation>The current content is the same as that version; nothing to restore.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="86" />
        <source>下一步</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="100" />
        <source>时间范围</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="104" />
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="105" />
        <source>近 7 天</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="106" />
        <source>近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="107" />
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="129" />
        <source>生成日报/周报…</source>
        <translation>Daily / weekly report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="131" />
        <source>编辑工作区信息…</source>
        <translation>Edit workspace details…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="133" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="146" />
        <source>显示全部时间</source>
        <translation>Show all time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="148" />
        <source>在舆情台账中查看全部</source>
        <translation>See them all in the mention log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="175" />
        <source>所选时间内没有舆情，但工作区里共有 {n:,} 条。</source>
        <translation>Nothing in the chosen range, but the workspace holds {n:,} mentions. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="184" />
        <source>它们发布于 {start} 至 {end}。</source>
        <translation>They were posted from {start} to {end}. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="189" />
        <source>另有 {n:,} 条没有发布时间（表格里没有时间列），不计入任何时间范围。</source>
        <translation>{n:,} more have no post time (the sheet had no time column) and fall in no range.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="216" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="244" />
        <source>这个工作区文件已损坏，正以只读方式打开。请用“文件 → 从备份恢复…”恢复。</source>
        <translation>This workspace file is damaged and is open read-only. Restore it with “File → Restore from backup…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="248" />
        <source>只读打开：工作区正在另一个窗口或另一台电脑上使用，你的修改不会保存。</source>
        <translation>Open read-only: the workspace is in use in another window or on another computer; your changes will not be saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="266" />
        <source>最近一次导入：{file}（{at}），新增 {inserted}，更新 {updated}，拒绝 {rejected}</source>
        <translation>Last import: {file} ({at}), {inserted} new, {updated} updated, {rejected} rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="276" />
        <source>还没有导入过舆情表格。</source>
        <translation>No mention spreadsheet imported yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="293" />
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="320" />
        <source>{period}（{n:,} 条）</source>
        <translation>{period} ({n:,} mentions)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="331" />
        <source>无法计算概览：{reason}</source>
        <translation>Could not compute the overview: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="354" />
        <source>舆情台账只显示首页所点数字的这些舆情；改动任一筛选条件即恢复。</source>
        <translation>The mention log shows only what the number you clicked counts; change any filter to go back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="373" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="374" />
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="375" />
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="377" />
        <source>工作区信息</source>
        <translation>Workspace details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="387" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="407" />
        <source>导入今天的舆情表格：把 Excel/CSV 拖到窗口上，或按 Ctrl+I。</source>
        <translation>Import today's mention spreadsheet: drop an Excel/CSV file on the window, or press Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="415" />
        <source>{n} 条负面舆情超过 {h:g} 小时未回复（另有 {s} 条模型建议为负面）：先回复这些。</source>
        <translation>{n} negative mentions unanswered for over {h:g} h (and {s} the model suggests are negative): answer these first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="420" />
        <source>{n} 个危机案例进行中：检查回应时钟和待审批的声明。</source>
        <translation>{n} crisis cases open: check the response clocks and statements awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="425" />
        <source>填写危机通讯录：谁发言、谁负责、谁审批。</source>
        <translation>Fill in the Crisis roster: who speaks, who is responsible, who approves.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="427" />
        <source>审核问答库里的话术，批准后才能作为统一口径使用。</source>
        <translation>Review the scripts in the Response library; only approved ones become the approved line.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="429" />
        <source>一切就绪。定时监测，每天 2–3 次导入新的舆情。</source>
        <translation>All set. Keep monitoring and import new mentions 2–3 times a day.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="47" />
        <source>（保留为附加字段）</source>
        <translation>(keep as extra field)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="48" />
        <source>（忽略，不保存）</source>
        <translation>(ignore, don't store)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="80" />
        <source>导入舆情</source>
        <translation>Import mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="84" />
        <source>剪贴板中的表格</source>
        <translation>Table from the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="85" />
        <source>文件：{name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="94" />
        <location filename="../../desktop/ui/imports/dialog.py" line="97" />
        <location filename="../../desktop/ui/imports/dialog.py" line="104" />
        <source>自动识别</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="99" />
        <source>0 = 没有标题行，第一行就是数据</source>
        <translation>0 = no header row; the first row is data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="111" />
        <source>{name}（已保存）</source>
        <translation>{name} (saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="114" />
        <source>（0 = 没有标题行，第一行就是数据）</source>
        <translation>(0 = no header row; the first row is data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="116" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="117" />
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="118" />
        <source>标题行</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="119" />
        <source>识别的格式</source>
        <translation>Detected format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="120" />
        <source>使用预设</source>
        <translation>Use preset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="127" />
        <source>表格中的列</source>
        <translation>Spreadsheet column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="127" />
        <source>对应到</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="127" />
        <source>示例</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="146" />
        <source>另存为预设…</source>
        <translation>Save as preset…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="147" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="188" />
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="220" />
        <source>无法导入这个文件</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="230" />
        <source>（隐藏）</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="245" />
        <source>未识别（请检查列对应）</source>
        <translation>Not recognised (check the column mapping)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="249" />
        <source>编码 {e}</source>
        <translation>encoding {e}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="251" />
        <source>标题行：第 {n} 行</source>
        <translation>header row: row {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="253" />
        <source>没有标题行</source>
        <translation>no header row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="256" />
        <source>{detail}（{extra}）</source>
        <translation>{detail} ({extra})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="256" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="311" />
        <source>另存为预设</source>
        <translation>Save as preset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="311" />
        <source>预设名称：</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="319" />
        <source>保存预设</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="321" />
        <source>已保存为预设：{name}</source>
        <translation>Saved as preset: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="333" />
        <source>列对应不完整</source>
        <translation>Column mapping incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="334" />
        <source>至少要有一列对应到“正文”“标题”或“链接”。</source>
        <translation>At least one column must map to “Text”, “Title” or “Link”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="335" />
        <source>请在上面的表格中选择。</source>
        <translation>Choose in the table above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="362" />
        <source>正在导入舆情</source>
        <translation>Importing mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="378" />
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="382" />
        <source>已取消导入，工作区没有改动。</source>
        <translation>Import cancelled; the workspace was not changed.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="395" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="400" />
        <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;读取 {read:,} 行：新增 &lt;b&gt;{inserted:,}&lt;/b&gt;，更新 {updated:,}，重复 {duplicates:,}，拒绝 &lt;b&gt;{rejected:,}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Read {read:,} rows: &lt;b&gt;{inserted:,}&lt;/b&gt; new, {updated:,} updated, {duplicates:,} duplicates, &lt;b&gt;{rejected:,}&lt;/b&gt; rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="416" />
        <source>其中 {n:,} 行与文件中前面的行作者、时间、正文都相同（没有链接），按不同的人分别导入，未算作重复。</source>
        <translation>{n:,} of these rows have the same author, time and text as an earlier row of the file (and no link): they were imported as separate people, not counted as duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="428" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="428" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="437" />
        <source>被拒绝的行（前 {n} 行）：</source>
        <translation>Rejected rows (first {n}):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="441" />
        <source>没有被拒绝的行。</source>
        <translation>No rows were rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="444" />
        <source>导出被拒绝的行…</source>
        <translation>Export rejected rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="453" />
        <source>导出被拒绝的行</source>
        <translation>Export rejected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="453" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="462" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>IssueTypesDialog</name>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="87" />
        <source>编辑问题类型</source>
        <translation>Edit issue types</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="90" />
        <source>每行一个问题类型。删除某个类型时，已标注它的舆情保留原值。</source>
        <translation>One issue type per line. Mentions already tagged with a removed type keep their value.</translation>
    </message>
</context>
<context>
    <name>KbExcelActions</name>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="40" />
        <source>导入问答库（Excel）…</source>
        <translation>Import response library (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="45" />
        <source>导出问答库（Excel）…</source>
        <translation>Export response library (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="62" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="75" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="78" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="93" />
        <source>导入问答库</source>
        <translation>Import response library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="64" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="108" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="78" />
        <source>条</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="85" />
        <source>新建 {c} 个条目，更新 {u} 个（成为待审批的新草稿），未变 {n} 个，跳过 {s} 个。</source>
        <translation>{c} entries created, {u} updated (as new drafts awaiting approval), {n} unchanged, {s} skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="89" />
        <source>{n} 个新条目的典型评论与已有条目几乎相同，请检查是否重复。</source>
        <translation>The typical comments of {n} new entries are almost the same as existing ones; check for duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="106" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="122" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="135" />
        <source>导出问答库</source>
        <translation>Export response library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="122" />
        <source>行</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="129" />
        <source>已导出 {n} 个条目到 {p}</source>
        <translation>Exported {n} entries to {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="137" />
        <source>请换一个保存位置，或关闭正在打开该文件的 Excel。</source>
        <translation>Choose another location, or close Excel if it has the file open.</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="86" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="87" />
        <source>版本历史</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="88" />
        <source>测试评论</source>
        <translation>Test a comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="100" />
        <source>问答库</source>
        <translation>Response library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="101" />
        <source>常见评论与审批过的回复话术：回复前先在这里找，保持口径一致。</source>
        <translation>Common comments and approved reply scripts: look here before replying to stay on the approved line.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="114" />
        <source>回复助手…</source>
        <translation>Reply assistant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="126" />
        <source>回复…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="144" />
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="144" />
        <source>请先在舆情台账里选中一条舆情。</source>
        <translation>Select a mention in the Mention log first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="268" />
        <source>保存条目</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="276" />
        <source>可能重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="278" />
        <source>典型评论“{new}”与已有条目“{title}”的“{old}”几乎相同。
已保存；如果是同一类评论，可以合并到那个条目里。</source>
        <translation>The typical comment “{new}” is almost the same as “{old}” in the existing entry “{title}”.
Saved; if it is the same kind of comment, consider merging it into that entry.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="288" />
        <source>提交审批</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="314" />
        <source>恢复使用</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="318" />
        <location filename="../../desktop/ui/kb/page.py" line="324" />
        <source>停用条目</source>
        <translation>Retire entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="319" />
        <source>停用“{t}”？停用后不再推荐，审批作废；历史版本保留，可随时恢复。</source>
        <translation>Retire “{t}”? It will no longer be suggested and its approval lapses; its history is kept and it can be reinstated at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="339" />
        <location filename="../../desktop/ui/kb/page.py" line="344" />
        <location filename="../../desktop/ui/kb/page.py" line="353" />
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="339" />
        <source>请先保存条目，再添加附件。</source>
        <translation>Save the entry before adding attachments.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="346" />
        <source>图片 (*.png *.jpg *.jpeg *.gif *.webp);;所有文件 (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="366" />
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="376" />
        <source>话术变量</source>
        <translation>Script values</translation>
    </message>
</context>
<context>
    <name>KbValuesDialog</name>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="28" />
        <source>话术变量</source>
        <translation>Script values</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="31" />
        <source>占位符名称</source>
        <translation>Placeholder name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="31" />
        <source>填入的内容</source>
        <translation>Value filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="39" />
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="47" />
        <source>回复里的 {热线} 等占位符会自动换成这里的内容。改动超过阈值的回复会被记为“非审批话术”。</source>
        <translation>Placeholders such as {热线} in replies are replaced with these values. Replies edited beyond the threshold are recorded as “not an approved script”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="62" />
        <source>改动幅度阈值</source>
        <translation>Edit threshold</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="26" />
        <source>标注满 {n} 条后开始评估模型（已标注 {k} 条）</source>
        <translation>The model is evaluated once there are {n} labels ({k} so far)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="29" />
        <source>模型在本工作区的一致率 {p}（基于 {n} 条人工标注，交叉验证）</source>
        <translation>The model agrees with people {p} of the time in this workspace (based on {n} labels, cross-validated)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="45" />
        <source>情感建议来自内置模型，并从本工作区的人工标注中学习（每新增约 20 条标注自动更新）；一致率是模型对未参与训练的标注的判断与人工一致的比例</source>
        <translation>Sentiment suggestions come from the built-in model, which learns from the labels people set in this workspace (updated after about every 20 new labels); agreement is the share of labels it was not trained on that it reads the same way as the person did</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="50" />
        <source>用人工标注重新训练模型</source>
        <translation>Retrain the model on the labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="76" />
        <location filename="../../desktop/ui/mentions/learning.py" line="87" />
        <source>无法判断情感</source>
        <translation>Cannot read the sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="110" />
        <source>人工标注不足 {n} 条，暂时无法训练（按 1/2/3 标注舆情）</source>
        <translation>Fewer than {n} labels from a person: nothing to learn from yet (label mentions with 1/2/3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="131" />
        <source>无法训练模型</source>
        <translation>Cannot train the model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="139" />
        <source>正在从人工标注学习</source>
        <translation>Learning from the labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="148" />
        <source>模型已根据 {n} 条人工标注更新，建议已重新计算</source>
        <translation>The model learnt from {n} labels; suggestions were recalculated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="152" />
        <source>（一致率 {p}，内置模型 {b}）</source>
        <translation> (agreement {p}; the built-in model: {b})</translation>
    </message>
</context>
<context>
    <name>LinkToCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="163" />
        <source>关联到案例</source>
        <translation>Link to case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="166" />
        <source>把 {n} 条舆情关联到：</source>
        <translation>Link {n} mentions to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="170" />
        <source>新建案例…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="172" />
        <source>新案例的标题</source>
        <translation>Title of the new case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="177" />
        <source>案例</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="178" />
        <source>新案例标题</source>
        <translation>New case title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="179" />
        <source>关联</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>ListeningPage</name>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="43" />
        <location filename="../../desktop/ui/listening/page.py" line="70" />
        <source>监测</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="45" />
        <source>关键词监测组与预警：导入的舆情自动匹配监测组；负面激增、大V/媒体负面、敏感词、超时未回复和事件时限按发布时间检查。</source>
        <translation>Keyword watch groups and alerts: imported mentions are matched against the groups; negative spikes, influencer/media negatives, sensitive words, unanswered negatives and case clocks are checked by post time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="53" />
        <location filename="../../desktop/ui/listening/page.py" line="102" />
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="54" />
        <source>监测组</source>
        <translation>Watch groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="102" />
        <source>预警（{n}）</source>
        <translation>Alerts ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="145" />
        <source>新预警 {n} 条：{first}</source>
        <translation>{n} new alerts: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="152" />
        <source>检查完毕，没有新预警</source>
        <translation>Checked: no new alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="161" />
        <source>无法检查预警</source>
        <translation>Cannot check for alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="178" />
        <source>无法保存预警设置</source>
        <translation>Cannot save the alert settings</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157" />
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159" />
        <source>最近打开</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162" />
        <source>打开演示工作区</source>
        <translation>Open demo workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172" />
        <source>保存副本（带到另一台电脑）…</source>
        <translation>Save a copy (to take to another computer)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174" />
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175" />
        <source>检查工作区</source>
        <translation>Check workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182" />
        <source>关闭工作区</source>
        <translation>Close workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187" />
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195" />
        <location filename="../../desktop/ui/main_window.py" line="369" />
        <source>关于 CrisisDesk</source>
        <translation>About CrisisDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308" />
        <source>舆情应对台</source>
        <translation>Crisis desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311" />
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="317" />
        <source>没有打开工作区</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="320" />
        <source> · 只读</source>
        <translation> · read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327" />
        <source>舆情 {m:,} · 负面 {n:,} · 问答库 {k:,} · 案例 {c:,}</source>
        <translation>Mentions {m:,} · negative {n:,} · library {k:,} · cases {c:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <source>负面 {n:,} 条：已确认 {c:,} 条（人工标注或表格自带），模型建议 {s:,} 条（置信度够高才计入）</source>
        <translation>{n:,} negative: {c:,} confirmed (labelled by a person or given by the sheet), {s:,} suggested by the model (counted only when confident)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371" />
        <source>&lt;h3&gt;舆情应对台 CrisisDesk {version}&lt;/h3&gt;&lt;p&gt;离线的社交媒体危机公关工作台。数据只保存在你选择的工作区文件中。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CrisisDesk {version}&lt;/h3&gt;&lt;p&gt;An offline desk for social-media crisis communications. Data is kept only in the workspace file you choose.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="42" />
        <source>默认矩阵（所有场景）</source>
        <translation>Default matrix (all scenarios)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="46" />
        <source>任何级别</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="50" />
        <source>列：成员</source>
        <translation>Columns: members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="51" />
        <source>列：角色</source>
        <translation>Columns: roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="54" />
        <source>恢复继承</source>
        <translation>Inherit again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="55" />
        <source>删除本矩阵对所选事项的覆盖，重新继承上级矩阵</source>
        <translation>Remove this matrix's override of the selected activities and inherit from the parent matrix again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="57" />
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="59" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="106" />
        <source>先在“成员与联系方式”里添加成员，再在这里指定每个事项由谁执行、由谁审批。</source>
        <translation>First add members under “Members and contacts”, then assign here who is responsible for and who approves each activity.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="111" />
        <source>双击单元格选择 R/A/C/I。每个事项恰好一个 A（设新的 A 会替换旧的）。</source>
        <translation>Double-click a cell to choose R/A/C/I. Each activity has exactly one A (setting a new A replaces the old one).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="113" />
        <source>灰色行继承自上级矩阵（共 {n} 行），修改后在本矩阵中覆盖。</source>
        <translation>Grey rows are inherited from the parent matrix ({n} rows); editing one overrides it in this matrix.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="132" />
        <source>无法修改职责</source>
        <translation>Cannot change the responsibility</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="156" />
        <source>无法恢复继承</source>
        <translation>Cannot inherit again</translation>
    </message>
</context>
<context>
    <name>MentionDetail</name>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="80" />
        <location filename="../../desktop/ui/mentions/detail.py" line="212" />
        <source>选择一条舆情查看详情。</source>
        <translation>Select a mention to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="84" />
        <source>批量编辑所选…</source>
        <translation>Bulk edit selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="107" />
        <source>在浏览器中打开原文</source>
        <translation>Open the original in the browser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="138" />
        <location filename="../../desktop/ui/mentions/detail.py" line="192" />
        <source>（未选）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="157" />
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="160" />
        <source>电话或微信（私下联系用，表格中打码）</source>
        <translation>Phone or WeChat (for private contact; masked in the table)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="161" />
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="162" />
        <source>显示完整联系方式（会记录到审计日志）</source>
        <translation>Show full contact details (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="167" />
        <source>备注：处理经过、承诺的跟进…</source>
        <translation>Notes: what was done, follow-ups promised…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="169" />
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="170" />
        <source>问题类型</source>
        <translation>Issue type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="171" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="172" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="173" />
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="174" />
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="175" />
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="176" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="180" />
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="208" />
        <source>已选 {n} 条。按 1/2/3 统一设置情感，或批量编辑。</source>
        <translation>{n} selected. Press 1/2/3 to set their sentiment, or bulk edit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="223" />
        <source>{ours}? · 模型建议 {p}%（空格确认，1/2/3 改判）</source>
        <translation>{ours}? · model suggestion {p}% (Space confirms, 1/2/3 change it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="227" />
        <source>，把握不足不计入统计</source>
        <translation>; not confident enough to be counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="230" />
        <source> · 人工标注（{user}）</source>
        <translation> · labelled by a person ({user})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="231" />
        <source>未记名</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="234" />
        <source> · 原表情感</source>
        <translation> · from the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="236" />
        <source>未判定（按 1/2/3 标注）</source>
        <translation>Not judged (press 1/2/3 to label)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="241" />
        <source>；模型判断为{label}</source>
        <translation>; the model reads it as {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="246" />
        <source>情感：{ours}</source>
        <translation>Sentiment: {ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="249" />
        <source>    原表情感：{vendor}</source>
        <translation>    Sheet's sentiment: {vendor}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="258" />
        <source>性质提示（仅供参考，请核实后再判断）：</source>
        <translation>Nature hints (for reference only; check before you decide):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="283" />
        <source>{n} 粉丝</source>
        <translation>{n} followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="285" />
        <source>转发 {r} · 评论 {c} · 点赞 {l}</source>
        <translation>{r} reposts · {c} comments · {l} likes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="296" />
        <source>没有原文链接</source>
        <translation>No link to the original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="309" />
        <source>响应时限 {h:g} 小时：{label}</source>
        <translation>Response window {h:g} h: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="313" />
        <source>，已超时未回复！</source>
        <translation>, overdue and unanswered!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="324" />
        <source>已回复（{at}）：{text}</source>
        <translation>Replied ({at}): {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="330" />
        <source>监测组：{names}</source>
        <translation>Watch groups: {names}</translation>
    </message>
</context>
<context>
    <name>MentionFilterBar</name>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="69" />
        <source>搜索正文、标题、作者（两个字即可，如：退款）</source>
        <translation>Search text, title, author (two characters are enough, e.g. 退款)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="73" />
        <source>全部情感</source>
        <translation>All sentiments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="77" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="78" />
        <source>未回复（新/待回复）</source>
        <translation>Unanswered (new / to reply)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="80" />
        <source>全部平台</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="81" />
        <source>全部负责人</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="93" />
        <source>发布</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="100" />
        <source>案例：全部</source>
        <translation>Case: all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="100" />
        <source>已关联案例</source>
        <translation>Linked to a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="100" />
        <source>未关联案例</source>
        <translation>Not linked to a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="102" />
        <source>全部导入批次</source>
        <translation>All import batches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="105" />
        <source>情感来源：全部</source>
        <translation>Sentiment source: all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="107" />
        <source>模型建议（待确认）</source>
        <translation>Model suggestions (to confirm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="108" />
        <source>人工标注</source>
        <translation>Labelled by a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="109" />
        <source>原表情感</source>
        <translation>Sentiment from the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="113" />
        <source>按情感由谁判定筛选：模型建议、人工标注或导入表格自带</source>
        <translation>Filter by who said the sentiment: the model's suggestion, a person, or the imported sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="115" />
        <source>全部监测组</source>
        <translation>All watch groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="121" />
        <source>粉丝 ≥</source>
        <translation>Followers ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="125" />
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="138" />
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="128" />
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>MentionSettingsButton</name>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="27" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="32" />
        <source>编辑问题类型…</source>
        <translation>Edit issue types…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="33" />
        <source>设置响应时限…</source>
        <translation>Set response window…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="47" />
        <source>问题类型</source>
        <translation>Issue type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="55" />
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="66" />
        <source>响应时限</source>
        <translation>Response window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="56" />
        <source>负面舆情应在发布后多少小时内回复？</source>
        <translation>Within how many hours of posting should negative mentions be answered?</translation>
    </message>
</context>
<context>
    <name>MentionsPage</name>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="82" />
        <location filename="../../desktop/ui/mentions/page.py" line="122" />
        <source>舆情台账</source>
        <translation>Mention log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="88" />
        <source>导出当前视图</source>
        <translation>Export current view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="167" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="167" />
        <source>这个版本还不能导出舆情。</source>
        <translation>This version cannot export mentions yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="236" />
        <source>筛选失败</source>
        <translation>Filtering failed</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="30" />
        <source>搜索词，如：钢丝 徐汇</source>
        <translation>Search terms, e.g. 钢丝 徐汇</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="32" />
        <source>关联符合搜索的舆情</source>
        <translation>Link matching mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="34" />
        <source>取消关联选中</source>
        <translation>Unlink selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="47" />
        <source>还没有关联舆情。在“舆情台账”选中条目，右键“关联到案例…”，或在上方输入搜索词关联。</source>
        <translation>No linked mentions yet. Select mentions in the Mention log and right-click “Link to case…”, or link by search terms above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="63" />
        <source>共 {n} 条：负面 {neg}、中性 {neu}、正面 {pos}；粉丝合计 {reach:,}</source>
        <translation>{n} in total: {neg} negative, {neu} neutral, {pos} positive; combined followers {reach:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="75" />
        <source>关联舆情（{n}）</source>
        <translation>Linked mentions ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="81" />
        <source>关联舆情</source>
        <translation>Linked mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="81" />
        <source>请先输入搜索词。</source>
        <translation>Enter search terms first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="81" />
        <source>例如：钢丝 徐汇店</source>
        <translation>e.g. 钢丝 徐汇店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="86" />
        <source>关联失败</source>
        <translation>Linking failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="96" />
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="97" />
        <source>没有选中舆情。</source>
        <translation>No mentions selected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="98" />
        <source>先在表格里选中要取消关联的条目。</source>
        <translation>First select the mentions to unlink in the table.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="103" />
        <source>取消关联失败</source>
        <translation>Unlinking failed</translation>
    </message>
</context>
<context>
    <name>MentionsTableModel</name>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="82" />
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="83" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="84" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="85" />
        <source>响应时限</source>
        <translation>Response window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="87" />
        <source>发布时间</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="89" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="90" />
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="93" />
        <source>粉丝</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="98" />
        <source>问题类型</source>
        <translation>Issue type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="102" />
        <source>工具情感</source>
        <translation>Tool sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="107" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="109" />
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="112" />
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="118" />
        <source>转发</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="125" />
        <source>评论</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="132" />
        <source>点赞</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="137" />
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="139" />
        <source>案例</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="143" />
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="274" />
        <source>负面舆情发布后经过的时间；超过响应时限且未回复的标红</source>
        <translation>Time since a negative mention was posted; red when unanswered past the response window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="308" />
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="343" />
        <source>响应时限 {h:g} 小时</source>
        <translation>Response window {h:g} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="356" />
        <source>模型建议：{label}（置信度 {p}）</source>
        <translation>Model suggests: {label} (confidence {p})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="363" />
        <source>把握不足，不计入统计</source>
        <translation>Not confident enough: not counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="369" />
        <source>空格 确认 · 1/2/3 改判</source>
        <translation>Space confirms · 1/2/3 change it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="372" />
        <source>由 {user} 手动判定</source>
        <translation>Set by {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="376" />
        <source>导入表格自带：{vendor}</source>
        <translation>From the imported sheet: {vendor}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="383" />
        <source>模型的判断：{label}</source>
        <translation>The model reads it as: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="398" />
        <source>{label}?</source>
        <translation>{label}?</translation>
    </message>
</context>
<context>
    <name>MentionsTableView</name>
    <message>
        <location filename="../../desktop/ui/mentions/table_view.py" line="63" />
        <source>显示的列</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/table_view.py" line="256" />
        <source>恢复默认列</source>
        <translation>Restore default columns</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="71" />
        <source>新建案例</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="75" />
        <source>例如：徐汇店沙拉碗钢丝事件</source>
        <translation>e.g. Xuhui store salad bowl wire incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="81" />
        <source>发生了什么？谁最先发帖，在哪个平台？</source>
        <translation>What happened? Who posted first, on which platform?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="83" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="84" />
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="85" />
        <source>发现时间</source>
        <translation>Detected at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="86" />
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="87" />
        <source>新建</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="51" />
        <location filename="../../desktop/ui/dialogs.py" line="122" />
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54" />
        <source>例如：某品牌 2026 年舆情</source>
        <translation>e.g. Brand X mentions 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="56" />
        <source>品牌名会成为一个监测组，导入的舆情自动匹配。</source>
        <translation>The brand becomes a watch group; imported mentions are matched against it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="58" />
        <source>用逗号或顿号分隔，例如：凯撒沙拉、藜麦能量碗</source>
        <translation>Separated by commas, e.g. 凯撒沙拉、藜麦能量碗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="59" />
        <source>每个产品会成为一个监测组。</source>
        <translation>Each product becomes a watch group.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="69" />
        <source>问答库会预置通用的危机话术，再加上所选行业的常见问题话术。</source>
        <translation>The response library starts with the general crisis scripts, plus the common issues of the industry you choose.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="72" />
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="78" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79" />
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="80" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81" />
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83" />
        <source>保存位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="95" />
        <source>餐饮/食品</source>
        <translation>Food &amp; restaurants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="96" />
        <source>零售电商</source>
        <translation>Retail &amp; e-commerce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="97" />
        <source>文娱影视/艺人</source>
        <translation>Entertainment, film &amp; artists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="98" />
        <source>互联网 App/平台</source>
        <translation>Internet apps &amp; platforms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="99" />
        <source>教育培训</source>
        <translation>Education &amp; training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="100" />
        <source>酒店旅游</source>
        <translation>Hotels &amp; travel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="101" />
        <source>通用</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="112" />
        <source>保存工作区</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="122" />
        <source>请填写工作区名称。</source>
        <translation>Enter a workspace name.</translation>
    </message>
</context>
<context>
    <name>NoMatch</name>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="65" />
        <source>没有符合筛选条件的舆情。换个关键词，或清除筛选。</source>
        <translation>No mentions match the filters. Try another keyword or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="69" />
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="60" />
        <source>发内部通知</source>
        <translation>Send the internal notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="65" />
        <source>例如：请全体门店员工统一口径，不对外发表个人看法。</source>
        <translation>e.g. All store staff: keep to one line and do not give personal views in public.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="67" />
        <source>通知内容</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="68" />
        <source>记录通知</source>
        <translation>Record notice</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="37" />
        <source>负面（已确认）</source>
        <translation>Negative (confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="38" />
        <source>负面（模型建议）</source>
        <translation>Negative (suggested)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="39" />
        <source>中性</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="40" />
        <source>正面</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="41" />
        <source>未判定</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="175" />
        <source>未分类</source>
        <translation>Unclassified</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="39" />
        <source>如：微博、小红书、大众点评</source>
        <translation>e.g. Weibo, Xiaohongshu, Dianping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="42" />
        <source>介入的媒体、大V</source>
        <translation>Media and influencers involved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="49" />
        <source>响应时钟从这里开始；从舆情新建的案例取最早一条舆情的发布时间</source>
        <translation>The response clock starts here; a case opened from mentions takes the time the earliest of them was posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="54" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="55" />
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="56" />
        <source>起因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="57" />
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="58" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="59" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="60" />
        <source>媒体</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="61" />
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="62" />
        <source>发现时间</source>
        <translation>Detected at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="63" />
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="64" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="105" />
        <source>（危机通讯录未指定）</source>
        <translation>(not assigned in the Crisis roster)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="109" />
        <source>按本案场景和级别，需要通知：</source>
        <translation>Who to inform at this case's scenario and level:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="111" />
        <source>知会（I）：</source>
        <translation>Informed (I): </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="112" />
        <source>负责内部通知（R）：</source>
        <translation>Sends the internal notice (R): </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="113" />
        <source>审批内部通知（A）：</source>
        <translation>Approves the internal notice (A): </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="114" />
        <source>审批声明：</source>
        <translation>Approves statements: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="145" />
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="81" />
        <source>还没有成员。点“新增成员”添加危机小组，或用“导入 Excel”导入现成的通讯录。</source>
        <translation>No members yet. Click “Add member” to build the crisis team, or use “Import Excel” to import an existing roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="104" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="105" />
        <source>职务</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="106" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="107" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="108" />
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="109" />
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="110" />
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="119" />
        <source>新增角色…</source>
        <translation>Add role…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="122" />
        <source>危机角色</source>
        <translation>Crisis roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="124" />
        <source>备用人</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="126" />
        <source>在岗</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="128" />
        <source>不在岗说明，例如：出差至 11 月 25 日</source>
        <translation>Why unavailable, e.g. travelling until 25 Nov</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="131" />
        <source>可用</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="134" />
        <source>已核实</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="135" />
        <source>刚与本人核对过联系方式：记下今天的日期</source>
        <translation>Contact details just checked with the person: record today's date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="139" />
        <source>最近核实</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="142" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="144" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="146" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="215" />
        <source>新成员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="223" />
        <source>（无备用人）</source>
        <translation>(no backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="230" />
        <source>从未核实</source>
        <translation>never verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="256" />
        <source>新增角色</source>
        <translation>Add role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="256" />
        <source>角色名称</source>
        <translation>Role name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="263" />
        <source>无法新增角色</source>
        <translation>Cannot add the role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="285" />
        <source>无法保存成员</source>
        <translation>Cannot save the member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="293" />
        <source>删除成员</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="295" />
        <source>删除 {name}？他/她在职责矩阵中的职责会一并删除，以他/她为备用人的成员将没有备用人。</source>
        <translation>Delete {name}? Their responsibilities in the matrix are deleted too, and members who have them as backup will have no backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="307" />
        <source>无法删除成员</source>
        <translation>Cannot delete the member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="315" />
        <source>无法记录核实</source>
        <translation>Cannot record the check</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="86" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="87" />
        <location filename="../../desktop/ui/plans/editor.py" line="161" />
        <source>说明</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="95" />
        <source>可能发生什么</source>
        <translation>What could happen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="96" />
        <source>可能性 1-5</source>
        <translation>Likelihood 1-5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="97" />
        <source>影响 1-5</source>
        <translation>Impact 1-5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="98" />
        <source>风险值</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="99" />
        <source>早期征兆</source>
        <translation>Early signs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="100" />
        <source>监测组</source>
        <translation>Watch groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="102" />
        <source>添加风险</source>
        <translation>Add risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="109" />
        <source>风险登记：这个场景下可能发生什么，可能性 × 影响（各 1–5 分），出现什么征兆时要警惕，由哪个监测组发现。</source>
        <translation>Risk register: what could happen in this scenario, likelihood × impact (1–5 each), the early signs to watch for, and the watch group that would catch them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="116" />
        <source>评估</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="126" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="127" />
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="128" />
        <source>负责人</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="129" />
        <source>职责矩阵事项</source>
        <translation>Matrix activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="131" />
        <source>添加清单项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="136" />
        <source>按职责矩阵重新生成</source>
        <translation>Redraw from the matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="139" />
        <source>用危机通讯录的职责矩阵重新填写第一小时清单的角色和负责人</source>
        <translation>Fill in the first-hour checklist's roles and people again from the roster's responsibility matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="146" />
        <source>口径</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="147" />
        <source>问答库编号</source>
        <translation>Response library entry no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="148" />
        <source>问答库条目</source>
        <translation>Response library entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="150" />
        <source>添加口径</source>
        <translation>Add key message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="153" />
        <source>链接问答库条目…</source>
        <translation>Link response library entry…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="154" />
        <source>给所选口径挑一个问答库条目（完整话术在那里）</source>
        <translation>Pick the response library entry that holds the full script for the selected key message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="159" />
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="160" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="163" />
        <source>添加渠道</source>
        <translation>Add channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="169" />
        <source>补偿或补救方案</source>
        <translation>Compensation or remedy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="170" />
        <source>可批准人</source>
        <translation>Who may grant it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="172" />
        <source>添加方案</source>
        <translation>Add option</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="183" />
        <source>第一小时清单（谁核实事实、谁写暂缓声明、谁审批、谁通知员工）</source>
        <translation>First-hour checklist (who confirms the facts, writes the holding statement, approves, tells staff)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="186" />
        <source>口径（链接问答库条目）</source>
        <translation>Key messages (linked to response library entries)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="187" />
        <source>发布渠道与顺序</source>
        <translation>Channels and order of publication</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="188" />
        <source>内部通知模板（先于对外发布）</source>
        <translation>Internal notice template (goes out before anything public)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="189" />
        <source>补偿与补救（谁可以批准）</source>
        <translation>Compensation and remedies (who may grant them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="190" />
        <source>升级条件</source>
        <translation>Escalate when</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="191" />
        <source>解除条件</source>
        <translation>Stand down when</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="195" />
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="206" />
        <source>演练时间</source>
        <translation>Drilled at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="207" />
        <location filename="../../desktop/ui/plans/editor.py" line="236" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="208" />
        <source>演练编号</source>
        <translation>Drill no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="209" />
        <source>发现</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="217" />
        <source>演练</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="224" />
        <source>危机发生时，在案例页点“启用预案”：第一小时清单出现在响应时钟旁，每一项由谁、何时完成都记入案例时间线，跳过的项目列入复盘。</source>
        <translation>When a crisis happens, click “Activate plan” on the case: the first-hour checklist appears beside the response clock, who did each item and when goes on the case timeline, and skipped items are listed in the review.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="232" />
        <source>案例</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="233" />
        <source>阶段</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="234" />
        <source>启用时间</source>
        <translation>Activated at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="235" />
        <source>启用人</source>
        <translation>Activated by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="237" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="238" />
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="246" />
        <source>执行</source>
        <translation>Execute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="259" />
        <source>（应为数字）</source>
        <translation>(should be a number)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="260" />
        <source>（问答库里没有这个条目）</source>
        <translation>(no such response library entry)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="296" />
        <source>上次演练：{at}。发现：{found}</source>
        <translation>Last tested: {at}. Found: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="297" />
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="303" />
        <source>这个预案还没有演练过。建议每 6 个月至少用它做一次桌面推演，演练结果会记录在这里。</source>
        <translation>This plan has never been tested. Run a tabletop drill with it at least every 6 months; the results are recorded here.</translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="42" />
        <source>选择一个版本，查看它与前一版的差异；旧版本可以恢复为新的草稿。</source>
        <translation>Choose a version to see how it differs from the one before; an old version can be restored as a new draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="46" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="47" />
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="48" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="49" />
        <source>说明</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="68" />
        <source>恢复此版本</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="77" />
        <source>第 {v} 版（已批准）</source>
        <translation>Version {v} (approved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="78" />
        <source>第 {v} 版</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="102" />
        <source>第一版，没有更早的版本可比较。</source>
        <translation>The first version: nothing earlier to compare with.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="111" />
        <source>内容与前一版相同。</source>
        <translation>Same content as the version before.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="40" />
        <source>预案清单（第一小时）</source>
        <translation>Plan checklist (first hour)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="48" />
        <source>启用预案</source>
        <translation>Activate plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="60" />
        <source>跳过所选…</source>
        <translation>Skip selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="61" />
        <source>这一项不做：写明原因，复盘时会列出</source>
        <translation>Not doing this item: say why; the review lists it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="91" />
        <source>这个案例还没有启用预案。选一个场景的预案点“启用预案”，第一小时清单会出现在这里。</source>
        <translation>No plan is active on this case. Choose a scenario's plan and click “Activate plan”; its first-hour checklist appears here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="94" />
        <source>工作区里还没有预案：先到“应急预案”页按模板建立。</source>
        <translation>The workspace has no plans yet: create them from templates on the Contingency plans page first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="100" />
        <source>已启用“{title}”第 {v} 版（{by}，{at}）· 完成 {d}/{n} · 跳过 {s}</source>
        <translation>Active: “{title}” version {v} ({by}, {at}) · done {d}/{n} · skipped {s}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="134" />
        <source>未指定负责人</source>
        <translation>nobody assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="137" />
        <source>已跳过（{by}）{why}</source>
        <translation>Skipped ({by}){why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="141" />
        <source>{at} {by} 完成</source>
        <translation>done {at} by {by}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="143" />
        <source>负责：{who}</source>
        <translation>Who: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="154" />
        <source>不能启用预案</source>
        <translation>Cannot activate the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="162" />
        <source>不能勾选清单项</source>
        <translation>Cannot tick the item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="180" />
        <source>跳过清单项</source>
        <translation>Skip checklist item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="180" />
        <source>为什么不做这一项？（复盘时会列出）</source>
        <translation>Why is this item not being done? (The review lists it.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="186" />
        <source>不能跳过清单项</source>
        <translation>Cannot skip the item</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="58" />
        <location filename="../../desktop/ui/plans/page.py" line="168" />
        <source>应急预案</source>
        <translation>Contingency plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="60" />
        <source>每个场景一份预案，分四个阶段：评估（风险）、计划（第一小时清单、口径、渠道）、演练（试一试是否可行）、执行（在案例中启用）。</source>
        <translation>One plan per scenario, in four phases: assess (risks), plan (first-hour checklist, key messages, channels), test (try it out in a drill) and execute (activate it on a case).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="66" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="68" />
        <source>提交审批</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="70" />
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="72" />
        <location filename="../../desktop/ui/plans/page.py" line="490" />
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="74" />
        <source>导出预案汇编</source>
        <translation>Export plan binder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="76" />
        <location filename="../../desktop/ui/plans/page.py" line="508" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="78" />
        <source>导入 Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="80" />
        <source>按模板建立预案</source>
        <translation>Create plans from templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="99" />
        <source>查看问题…</source>
        <translation>See the problems…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="107" />
        <source>场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="108" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="109" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="111" />
        <source>上次演练</source>
        <translation>Last tested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="112" />
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="143" />
        <source>版本历史</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="175" />
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="176" />
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="177" />
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="185" />
        <source>没有打开的工作区。</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="199" />
        <source>这个工作区还没有应急预案。点“按模板建立预案”为每个场景生成一份预案（第一小时清单按危机通讯录的职责矩阵生成），或“导入 Excel”。</source>
        <translation>This workspace has no contingency plans yet. Click “Create plans from templates” to make one plan per scenario (the first-hour checklist is drawn from the roster's responsibility matrix), or “Import Excel”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="231" />
        <source>✓ 预案检查正常</source>
        <translation>✓ Plans check out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="234" />
        <source>预案检查：{n} 个问题</source>
        <translation>Plan check: {n} problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="243" />
        <source>……另有 {n} 条，见“显示详细信息”。</source>
        <translation>…and {n} more: see “Show Details”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="244" />
        <source>预案检查</source>
        <translation>Plan check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="249" />
        <source>职责没人负责：在“危机通讯录”里添加人员并给他们角色，这类问题就会消失。从未演练：用“文件 → 开始演练…”做一次桌面推演。</source>
        <translation>Duties nobody holds: add people to the crisis roster and give them roles, and these go away. Never drilled: run a tabletop drill with File → Start a drill….</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="279" />
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="279" />
        <source>这个预案有未保存的修改，放弃这些修改？</source>
        <translation>This plan has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="307" />
        <source>{scenario} · 第 {v} 版 · {status}</source>
        <translation>{scenario} · version {v} · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="314" />
        <source>{scenario} · 第 {v} 版 · 已批准（{who}，{at}）</source>
        <translation>{scenario} · version {v} · approved ({who}, {at})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="322" />
        <source>已批准第 {v} 版（{who}，{at}）</source>
        <translation>version {v} approved ({who}, {at})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="326" />
        <source>案例启用的是已批准的版本，直到新版本获批</source>
        <translation>cases activate the approved version until the new one is approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="328" />
        <source>有未保存的修改</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="361" />
        <source>不能保存预案</source>
        <translation>Cannot save the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="368" />
        <source>已保存为第 {v} 版（草稿）</source>
        <translation>Saved as version {v} (draft)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="370" />
        <source>内容没有变化</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="382" />
        <source>不能提交审批</source>
        <translation>Cannot submit for approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="398" />
        <source>{title}（第 {v} 版）</source>
        <translation>{title} (version {v})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="413" />
        <source>不能恢复版本</source>
        <translation>Cannot restore the version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="421" />
        <source>已把第 {old} 版恢复为第 {v} 版（草稿）</source>
        <translation>Version {old} restored as version {v} (draft)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="429" />
        <source>请先在口径表里选中一行。</source>
        <translation>Select a row in the key messages table first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="436" />
        <source>问答库里还没有条目。</source>
        <translation>The response library has no entries yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="440" />
        <source>链接问答库条目</source>
        <translation>Link response library entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="441" />
        <source>这条口径的完整话术在哪个条目里？</source>
        <translation>Which entry holds the full script for this key message?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="459" />
        <source>已按职责矩阵重新生成第一小时清单（保存后生效）</source>
        <translation>First-hour checklist redrawn from the responsibility matrix (takes effect when saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="465" />
        <source>不能建立预案</source>
        <translation>Cannot create the plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="489" />
        <source>应急预案汇编.pdf</source>
        <translation>Contingency plan binder.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="489" />
        <source>应急预案.pdf</source>
        <translation>Contingency plan.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="490" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="499" />
        <location filename="../../desktop/ui/plans/page.py" line="518" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="499" />
        <source>换一个文件夹或文件名再试。</source>
        <translation>Try another folder or file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="501" />
        <source>已导出 {p}</source>
        <translation>Exported {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="509" />
        <source>应急预案.xlsx</source>
        <translation>Contingency plans.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="510" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="524" />
        <source>已导出 {n} 个预案到 {p}</source>
        <translation>Exported {n} plans to {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="532" />
        <source>导入应急预案</source>
        <translation>Import contingency plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="534" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="545" />
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="548" />
        <source>新建 {c}，更新 {u}（新的草稿版本），未变 {s}。</source>
        <translation>{c} created, {u} updated (new draft versions), {s} unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="552" />
        <source>以下行有问题，所在的预案没有导入：</source>
        <translation>These rows have problems; their plans were not imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="554" />
        <source>{sheet} 第 {row} 行：{reason}</source>
        <translation>{sheet} row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="559" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="50" />
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="51" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="52" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="53" />
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="54" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="55" />
        <source>发布时间</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="56" />
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="104" />
        <source>万亿</source>
        <translation>KM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="119" />
        <source>已确认负面</source>
        <translation>confirmed negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="120" />
        <source>已确认中性</source>
        <translation>confirmed neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="121" />
        <source>已确认正面</source>
        <translation>confirmed positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="124" />
        <source>负面概率 {p}%</source>
        <translation>{p}% likely negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="126" />
        <source>情感未判定</source>
        <translation>sentiment not read yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="128" />
        <source>粉丝 {n}</source>
        <translation>{n} followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="130" />
        <source>转发 {n}</source>
        <translation>{n} reposts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="132" />
        <source>评论 {n}</source>
        <translation>{n} comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="134" />
        <source>已过响应时限 {t}</source>
        <translation>{t} past the response window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="136" />
        <source>距响应时限还剩 {t}</source>
        <translation>{t} left in the response window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="138" />
        <source>该作者此前投诉 {n} 次</source>
        <translation>complained {n} times before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="146" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="147" />
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="148" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="149" />
        <source> 分</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="173" />
        <source>未判定</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="215" />
        <source>优先分 {s}（0–100）</source>
        <translation>Priority {s} (0–100)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="223" />
        <source>模型建议，置信度 {p}%</source>
        <translation>Model suggestion, {p}% confident</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="131" />
        <source>没有待处理的提及：导入一份表格（Ctrl+I），或在舆情台账里把已回复的标成“待回复”。新的未回复舆情会按优先级排在这里。</source>
        <translation>Nothing waiting for an answer: import a sheet (Ctrl+I), or mark a mention "to reply" in the mention log. New unanswered mentions line up here by priority.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="159" />
        <location filename="../../desktop/ui/queue/page.py" line="210" />
        <source>先处理</source>
        <translation>Answer first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="163" />
        <source>未回复的舆情按优先级排序：负面概率、传播范围、响应时限、是否反复投诉。</source>
        <translation>Unanswered mentions by priority: chance of negative, reach, response window, repeat complaints.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="169" />
        <source>反复投诉与大V…</source>
        <translation>Repeat complainers and influencers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="173" />
        <source>重新排序</source>
        <translation>Re-rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="174" />
        <source>按最新数据重新排序（F5）</source>
        <translation>Rank again with the latest data (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="182" />
        <source>键盘：J/K 或 ↑/↓ 移动 ｜ 1 负面 · 2 中性 · 3 正面（标注后自动到下一条）｜ R 或 Enter 回复 ｜ A 作者档案 ｜ F5 重新排序</source>
        <translation>Keys: J/K or ↑/↓ move | 1 negative · 2 neutral · 3 positive (then the next row) | R or Enter reply | A author profile | F5 re-rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="218" />
        <source>作者档案…</source>
        <translation>Author profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="311" />
        <source>无法排序</source>
        <translation>Cannot rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="342" />
        <source>共 {total} 条待处理，显示优先级最高的 {shown} 条</source>
        <translation>{total} waiting, showing the {shown} most urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="346" />
        <source>共 {total} 条待处理</source>
        <translation>{total} waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="367" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>ReferenceLibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="104" />
        <source>参考案例库</source>
        <translation>Reference cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="108" />
        <source>根据公开报道整理的知名危机案例，供研判和培训参考；可用作新案例的模板。</source>
        <translation>Well-known crisis cases compiled from public reports, for assessment and training; usable as templates for new cases.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="124" />
        <source>用作模板新建案例</source>
        <translation>New case from this template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="125" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="143" />
        <source>发生了什么</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="143" />
        <source>怎么应对的</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="144" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="144" />
        <source>经验教训</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>Relevance</name>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="34" />
        <source>强相关</source>
        <translation>Strong match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="35" />
        <source>可能相关</source>
        <translation>Possible match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="37" />
        <source>不相关</source>
        <translation>Not relevant</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="35" />
        <source>生成日报/周报</source>
        <translation>Daily / weekly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="41" />
        <source>日报（一天）</source>
        <translation>Daily report (one day)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="42" />
        <source>周报（七天）</source>
        <translation>Weekly report (seven days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="43" />
        <source>自定义起止日期</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="47" />
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="50" />
        <location filename="../../desktop/ui/home/report_dialog.py" line="84" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="54" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="55" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="59" />
        <source>PDF（打印、发给客户）</source>
        <translation>PDF (to print or send to the client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="60" />
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="61" />
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="63" />
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="67" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="71" />
        <source>生成…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="84" />
        <source>最后一天</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="99" />
        <location filename="../../desktop/ui/home/report_dialog.py" line="133" />
        <source>无法生成报告</source>
        <translation>Could not create the report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="102" />
        <source>舆情日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="102" />
        <source>舆情周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="103" />
        <source>舆情报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="107" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="107" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="109" />
        <source>保存报告</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="133" />
        <source>换一个文件夹或文件名再试。</source>
        <translation>Try another folder or file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="138" />
        <source>已生成报告 {path}</source>
        <translation>Report written to {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="37" />
        <source>做得好的</source>
        <translation>What worked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="38" />
        <source>做得不好的</source>
        <translation>What didn't work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="39" />
        <source>根本原因 *</source>
        <translation>Root cause *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="40" />
        <source>经验教训 *</source>
        <translation>Lessons learned *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="41" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="47" />
        <source>保存复盘</source>
        <translation>Save review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="49" />
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="52" />
        <source>* 结案前必须填写根本原因和经验教训。</source>
        <translation>* Root cause and lessons learned are required before closing the case.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="59" />
        <source>改进措施</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="60" />
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="62" />
        <source>标记完成/未完成</source>
        <translation>Mark done / not done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="64" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="94" />
        <source>跳过：{t}（{why}）</source>
        <translation>Skipped: {t} ({why})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="97" />
        <source>未完成：{t}</source>
        <translation>Not done: {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="99" />
        <source>预案清单中需要复盘的项目：</source>
        <translation>Plan checklist items to discuss in the review:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="112" />
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="121" />
        <source>不能结案</source>
        <translation>Cannot close the case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="131" />
        <source>添加失败</source>
        <translation>Adding failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="143" />
        <source>更新失败</source>
        <translation>Update failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="152" />
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="34" />
        <location filename="../../desktop/ui/roster/export_dialog.py" line="92" />
        <location filename="../../desktop/ui/roster/export_dialog.py" line="99" />
        <source>导出危机通讯录</source>
        <translation>Export crisis roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="40" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="42" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="48" />
        <source>Excel 文件包含“人员”“职责矩阵”两张表，可以改好后用“导入 Excel”读回。需要打印完整联系方式时，请用“打印危机联络卡”。</source>
        <translation>The Excel file has two sheets, People and Responsibility matrix; edit them and read them back with Import Excel. To print full contact details, use Print crisis card.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="58" />
        <source>导出的文件将包含成员完整的手机、微信和邮箱。这次导出会记入审计日志（谁、何时、导出了什么、多少人）。

确定要导出不打码的版本吗？</source>
        <translation>The file will contain members' full mobile numbers, WeChat IDs and e-mail addresses. This export will be recorded in the audit log (who, when, what and how many people).

Export the unmasked version?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="63" />
        <source>手机、微信、邮箱会打码（如 138****8000）；读回打码的文件不会覆盖已有的联系方式。</source>
        <translation>Mobile numbers, WeChat IDs and e-mail addresses are masked (e.g. 138****8000); reading a masked file back never overwrites the contact details you have.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="66" />
        <source>⚠ 将导出完整联系方式，并记入审计日志。请妥善保管导出的文件，不要外发。</source>
        <translation>⚠ Full contact details will be exported and recorded in the audit log. Keep the file safe and do not pass it on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="76" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="77" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="84" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="84" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="92" />
        <source>请填写要保存的文件名。</source>
        <translation>Enter a file name to save to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="100" />
        <source>保存位置不存在：{folder}</source>
        <translation>The folder does not exist: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="101" />
        <source>请选择一个已有的文件夹。</source>
        <translation>Choose an existing folder.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="59" />
        <location filename="../../desktop/ui/roster/page.py" line="95" />
        <source>危机通讯录</source>
        <translation>Crisis roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="61" />
        <source>谁说、谁做、谁批：成员与联系方式、职责矩阵（R 执行 · A 审批 · C 咨询 · I 知会）和健康检查。</source>
        <translation>Who speaks, who acts, who approves: members and contacts, the responsibility matrix (R responsible · A accountable · C consulted · I informed) and health checks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="66" />
        <source>新增成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="68" />
        <source>打印危机联络卡</source>
        <translation>Print crisis contact card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="70" />
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="72" />
        <source>导入 Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="87" />
        <source>成员与联系方式</source>
        <translation>Members and contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="88" />
        <source>职责矩阵</source>
        <translation>Responsibility matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="89" />
        <location filename="../../desktop/ui/roster/page.py" line="153" />
        <source>健康检查</source>
        <translation>Health check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="139" />
        <source>✓ 健康</source>
        <translation>✓ Healthy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="142" />
        <source>健康检查：{e} 错误 · {w} 提醒</source>
        <translation>Health check: {e} errors · {w} warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="149" />
        <source> · 预案 {n} 个问题</source>
        <translation> · plans: {n} problem(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="153" />
        <source>健康检查（{n}）</source>
        <translation>Health check ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="188" />
        <source>打印危机联络卡（含完整联系方式）</source>
        <translation>Print crisis card (full contact details)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="190" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="201" />
        <source>无法生成危机联络卡</source>
        <translation>Cannot create the crisis contact card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="201" />
        <source>请换一个保存位置再试。</source>
        <translation>Try another location.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="204" />
        <source>已生成危机联络卡：{p}（含完整联系方式，供打印张贴，请妥善保管）</source>
        <translation>Crisis card created: {p} (full contact details, for printing; keep it safe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="228" />
        <source>请确认文件没有在 Excel 中打开，或换一个位置。</source>
        <translation>Make sure the file is not open in Excel, or choose another location.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="229" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="247" />
        <source>已导出 {n} 人到 {p}（联系方式已打码）</source>
        <translation>Exported {n} people to {p} (contact details masked)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="249" />
        <source>已导出 {n} 人到 {p}（含完整联系方式，已记入审计日志）</source>
        <translation>Exported {n} people to {p} (full contact details, recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="257" />
        <source>导入危机通讯录</source>
        <translation>Import crisis roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="257" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="265" />
        <location filename="../../desktop/ui/roster/page.py" line="277" />
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="267" />
        <source>正在读取通讯录…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="283" />
        <source>新增 {i} 人，更新 {u} 人；职责矩阵 {c} 格。</source>
        <translation>{i} people added, {u} updated; {c} matrix cells.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="288" />
        <source>{n} 项打码的联系方式（如 138****8000）未导入，原有联系方式保持不变。</source>
        <translation>{n} masked contact details (such as 138****8000) were not imported; the existing details are unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="291" />
        <source>跳过 {n} 行：</source>
        <translation>Skipped {n} rows:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="293" />
        <source>{sheet} 第 {row} 行：{reason}</source>
        <translation>{sheet} row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="298" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop/ui/plans/rows_editor.py" line="75" />
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="145" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="154" />
        <source>你的名字（审计日志和记录人）</source>
        <translation>Your name (audit log and “recorded by”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="155" />
        <source>界面语言（重启后生效）</source>
        <translation>Interface language (takes effect after a restart)</translation>
    </message>
</context>
<context>
    <name>SeverityDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="301" />
        <location filename="../../desktop/ui/cases/dialogs.py" line="312" />
        <source>定级</source>
        <translation>Set level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="307" />
        <source>为什么是这个级别？例如：涉及食品安全，已有媒体问询。</source>
        <translation>Why this level? e.g. food safety is involved and the media have already asked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="310" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="311" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SeverityPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="38" />
        <source>系统建议</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="39" />
        <source>已定级别</source>
        <translation>Level set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="45" />
        <source>定级理由</source>
        <translation>Reason for level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="54" />
        <source>重新计算建议</source>
        <translation>Recalculate suggestion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="56" />
        <source>定级…</source>
        <translation>Set level…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="74" />
        <source> {n} 分</source>
        <translation> {n} pts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="77" />
        <source>未定级</source>
        <translation>No level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="81" />
        <source>（{user} {time}）</source>
        <translation> ({user} {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="88" />
        <source>尚未人工定级：参考系统建议，写明理由后定级。</source>
        <translation>No level set yet: consider the suggestion, write down the reason, then set the level.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="96" />
        <source>还没有关联舆情，无法给出建议。先从舆情台账关联相关条目。</source>
        <translation>No linked mentions, so no suggestion yet. Link related mentions from the Mention log first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="104" />
        <source>系统按五个因素打分（每项 0–3 分），合计 {score} 分。</source>
        <translation>The system scores five factors (0–3 points each): {score} points in all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="108" />
        <source>因素</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="109" />
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="110" />
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="111" />
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="124" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="128" />
        <source>负面声量</source>
        <translation>Negative volume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="129" />
        <source>传播范围</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="130" />
        <source>传播速度</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="131" />
        <source>头 2 小时</source>
        <translation>First 2 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="132" />
        <source>敏感词</source>
        <translation>Sensitive words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="143" />
        <source>{n} 粉丝</source>
        <translation>{n} followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="145" />
        <source>峰值 {n} 条/小时</source>
        <translation>peak {n}/hour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="147" />
        <source>{n} 条</source>
        <translation>{n} mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="149" />
        <source>{n} 个</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="158" />
        <source>（{a}/{b}/{c} 条起各加 1 分）</source>
        <translation>(+1 point each from {a}/{b}/{c} mentions)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="161" />
        <source>（{a}/{b}/{c} 条/小时起各加 1 分）</source>
        <translation>(+1 point each from {a}/{b}/{c} per hour)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="163" />
        <source>负面在最初 1–2 小时扩散最快</source>
        <translation>Negative posts spread fastest in the first 1–2 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="166" />
        <source>粉丝合计 {total}，最大 {most}</source>
        <translation>{total} followers in all, largest {most}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="172" />
        <source>大V（≥{n} 粉丝）：{names}</source>
        <translation>Influencers (≥{n} followers): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="179" />
        <source>媒体/认证账号 {n} 个：{names}</source>
        <translation>{n} media/verified accounts: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="183" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="186" />
        <source>未发现敏感词</source>
        <translation>No sensitive words found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="187" />
        <source>{n} 条含敏感词：{words}</source>
        <translation>{n} mentions with sensitive words: {words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="191" />
        <source>；严重词：{words}</source>
        <translation>; grave words: {words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="199" />
        <source>{n} 条负面</source>
        <translation>{n} negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="203" />
        <source>（已确认 {c} 条，模型建议 {s} 条）</source>
        <translation> ({c} confirmed, {s} suggested by the model)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="207" />
        <source>；另有 {g} 条把握不足的模型判断未计入</source>
        <translation>; {g} more the model is unsure of are not counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="219" />
        <source>负面仅 {n} 条（少于 {cap} 条），最高建议Ⅱ级，请人工研判</source>
        <translation>Only {n} negative mentions (fewer than {cap}): at most level Ⅱ is suggested; judge it yourself</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="223" />
        <source>还没有关联舆情：先从舆情台账关联相关条目</source>
        <translation>No linked mentions yet: link related mentions from the Mention log first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="230" />
        <source>计算失败</source>
        <translation>Calculation failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="241" />
        <source>不能定级</source>
        <translation>Cannot set the level</translation>
    </message>
</context>
<context>
    <name>StartDrillDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="30" />
        <location filename="../../desktop/ui/drills/start_dialog.py" line="76" />
        <source>开始演练</source>
        <translation>Start a drill</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="36" />
        <source>演练在一个单独的演练副本里进行：舆情按压缩的时钟逐条到来，团队像真实案例一样研判、写暂缓声明、审批、发内部通知。正式工作区在演练中不会被改动，结束时只记录一条演练总结。</source>
        <translation>A drill runs in a separate drill copy: mentions arrive one by one on a compressed clock, and the team works as in a real case — triage, holding statement, approval, internal notice. The real workspace is not changed during the drill; at the end it records one drill summary.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="46" />
        <source>演练脚本</source>
        <translation>Scripted scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="47" />
        <source>参考案例</source>
        <translation>Reference case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="48" />
        <source>本工作区的历史案例</source>
        <translation>Past case of this workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="52" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="55" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="56" />
        <source>本工作区还没有案例；可以先用演练脚本或参考案例。</source>
        <translation>This workspace has no cases yet; use a scripted scenario or a reference case.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="62" />
        <source>{n}级</source>
        <translation>Level {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="63" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="68" />
        <source> 倍</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="70" />
        <source>速度</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="93" />
        <source>{title}（{scenario}）</source>
        <translation>{title} ({scenario})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="114" />
        <source>演练中 1 小时 = 实际 {m} 分钟</source>
        <translation>1 drill hour = {m} real minutes</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="223" />
        <source>新建声明</source>
        <translation>New statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="231" />
        <source>显示全部场景</source>
        <translation>Show all scenarios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="232" />
        <source>默认只列出本案场景的话术</source>
        <translation>By default only the scripts of this case's scenario are listed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="242" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="243" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="244" />
        <source>从问答库开始</source>
        <translation>Start from the Response library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="246" />
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="247" />
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="262" />
        <source>（空白）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="270" />
        <source>问答库里还没有官方声明或暂缓回复话术。</source>
        <translation>The Response library has no official statement or holding reply scripts yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="273" />
        <source>问答库里没有本案场景的声明话术；勾选“显示全部场景”查看其他场景。</source>
        <translation>The knowledge base has no statement scripts for this case's scenario; tick "Show all scenarios" to see the others.</translation>
    </message>
</context>
<context>
    <name>StatementDraftDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="36" />
        <source>写暂缓声明</source>
        <translation>Write a holding statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="43" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="46" />
        <source>例如：我们已关注到网友反映的情况，正在全面核实，将第一时间公布进展。</source>
        <translation>e.g. We have seen what users reported and are checking it fully; we will share progress as soon as we can.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="48" />
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="49" />
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="38" />
        <source>新建声明…</source>
        <translation>New statement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="40" />
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="42" />
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="44" />
        <source>标记为已发布</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="47" />
        <source>复制正文</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="49" />
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="72" />
        <source>选中一份声明查看和修改正文；修改已审批的声明会生成新版本，需要重新审批。</source>
        <translation>Select a statement to view and edit its text; editing an approved statement creates a new version that needs approval again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="92" />
        <source>可审批声明的人（危机通讯录 · 审批声明 A）：</source>
        <translation>Who may approve statements (Crisis roster · Approve statements A): </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="96" />
        <source>危机通讯录里还没有人负责“审批声明”（A）：先在危机通讯录的职责矩阵中指定，声明才能审批和发布。</source>
        <translation>No one in the Crisis roster is accountable (A) for “Approve statements”: assign someone in the roster's responsibility matrix before statements can be approved and published.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="138" />
        <source>不能新建声明</source>
        <translation>Cannot create a statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="149" />
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="158" />
        <location filename="../../desktop/ui/cases/statements_panel.py" line="168" />
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="158" />
        <source>没有选中声明。</source>
        <translation>No statement selected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="195" />
        <source>声明语言与工作区不一致</source>
        <translation>Statement language differs from the workspace's</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="196" />
        <source>仍要{action}吗？</source>
        <translation>{action} anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="205" />
        <source>发布</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="212" />
        <source>不能发布</source>
        <translation>Cannot publish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="227" />
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="33" />
        <source>显示 {shown:,} 条 / 共 {total:,} 条</source>
        <translation>Showing {shown:,} of {total:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="37" />
        <source> · 已选 {n:,} 条</source>
        <translation> · {n:,} selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="39" />
        <source> · ⚠ {n:,} 条负面超过 {h:g} 小时未回复</source>
        <translation> · ⚠ {n:,} negative unanswered for over {h:g} h</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="74" />
        <source>粘贴或输入要回复的评论，下面会列出相似的问答库条目和已回复的舆情。</source>
        <translation>Paste or type the comment to answer; similar Response library entries and answered mentions are listed below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="82" />
        <source>问答库条目</source>
        <translation>Response library entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="84" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="85" />
        <source>已审批</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="85" />
        <source>未审批</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="87" />
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="98" />
        <source>相关度</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="96" />
        <source>相似的已回复舆情</source>
        <translation>Similar answered mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="97" />
        <source>当时的回复</source>
        <translation>Reply given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="106" />
        <source>双击：以这条舆情当时的回复为底稿</source>
        <translation>Double-click: start from the reply given to this mention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="115" />
        <source>评论</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="131" />
        <source>（作者未知）</source>
        <translation>(unknown author)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="132" />
        <source>{who} · {platform}</source>
        <translation>{who} · {platform}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="134" />
        <source> · 已回复过：{reply}</source>
        <translation> · already answered: {reply}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="157" />
        <source>先输入评论内容。</source>
        <translation>Enter the comment first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="161" />
        <source>问答库里没有相似的条目：可以直接写回复，之后在问答库新建一个条目沉淀下来。</source>
        <translation>No similar entries in the Response library: write the reply directly, then add an entry to the library for next time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="167" />
        <source>没有强相关的条目，回复从空白开始：上面列出的候选只是可能相关或不相关，确认适用再选用。</source>
        <translation>No strong match, so the reply starts empty: the candidates above are only possible matches or not relevant; use one only if it really applies.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="185" />
        <source>命中的词：</source>
        <translation>Matched words: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="201" />
        <source>当时的回复：</source>
        <translation>Reply given: </translation>
    </message>
</context>
<context>
    <name>SuggestionTester</name>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="34" />
        <source>粘贴一条评论，看看问答库会推荐什么</source>
        <translation>Paste a comment to see what the Response library suggests</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="40" />
        <source>在回复助手中打开…</source>
        <translation>Open in the reply assistant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="58" />
        <source>输入一条评论，这里会列出匹配的条目和相似的已回复舆情。</source>
        <translation>Enter a comment to list matching entries and similar answered mentions here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="64" />
        <source>&lt;p&gt;没有匹配的条目：可以新建一个，把这条评论写进“典型评论”。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No matching entries: create one and add this comment to its “Typical comments”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="66" />
        <source>（未审批）</source>
        <translation> (not approved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="70" />
        <source>命中：</source>
        <translation>Matched: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="78" />
        <source>相似的已回复舆情</source>
        <translation>Similar answered mentions</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="383" />
        <source>负面条数（1/2/3 分）</source>
        <translation>Negative mentions (1/2/3 pts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="384" />
        <source>粉丝合计（1/2/3 分）</source>
        <translation>Combined followers (1/2/3 pts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="385" />
        <source>每小时峰值（1/2/3 分）</source>
        <translation>Hourly peak (1/2/3 pts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="386" />
        <source>头 2 小时条数（1/2/3 分）</source>
        <translation>Mentions in the first 2 hours (1/2/3 pts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="387" />
        <source>总分达到Ⅲ/Ⅱ/Ⅰ级</source>
        <translation>Total score for level Ⅲ/Ⅱ/Ⅰ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="390" />
        <source>大V粉丝数</source>
        <translation>Influencer followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="391" />
        <source>认证/媒体账号粉丝数</source>
        <translation>Verified/media account followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="392" />
        <source>少于多少条负面不建议Ⅰ级</source>
        <translation>No level Ⅰ below this many negative mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="399" />
        <source>级别研判阈值与响应时限</source>
        <translation>Severity thresholds and response targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="403" />
        <source>用“/”分隔三个档位，从小到大。修改后，所有进行中案例的建议级别会重新计算。</source>
        <translation>Separate the three tiers with “/”, smallest first. After a change, the suggested level of every open case is recalculated.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="421" />
        <source>{level}级响应时限（分钟）</source>
        <translation>Level {level} response target (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="423" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="434" />
        <source>“{label}”需要三个整数，例如 10/50/200。</source>
        <translation>“{label}” needs three whole numbers, e.g. 10/50/200.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="437" />
        <source>“{label}”需要三个从小到大的整数。</source>
        <translation>“{label}” needs three whole numbers in increasing order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="443" />
        <source>“{label}”需要一个整数。</source>
        <translation>“{label}” needs a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="451" />
        <source>响应时限需要大于 0 的分钟数。</source>
        <translation>Response targets must be more than 0 minutes.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="40" />
        <source>添加事件…</source>
        <translation>Add event…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="42" />
        <source>删除手动事件</source>
        <translation>Delete manual event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="46" />
        <source>时间线：自动记录关联舆情、定级、阶段、审批和发布；其余动作请手动添加。</source>
        <translation>Timeline: linked mentions, levels, phases, approvals and publishing are recorded automatically; add other actions by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="72" />
        <source>关联舆情声量（按情感）与应对动作</source>
        <translation>Linked mention volume (by sentiment) and response actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="81" />
        <source>添加失败</source>
        <translation>Adding failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="88" />
        <source>删除事件</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="88" />
        <source>没有选中事件。</source>
        <translation>No event selected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="91" />
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="77" />
        <source>批量编辑…</source>
        <translation>Bulk edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="88" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="89" />
        <source>撤销上一次标注或批量编辑（Ctrl+Z）</source>
        <translation>Undo the last triage or bulk edit (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="98" />
        <source>键盘：1 负面 · 2 中性 · 3 正面 · 空格 确认建议 ｜ N T R F C X 状态 ｜ J/K 下一条/上一条 ｜ Enter 回复 · Ctrl+Z 撤销</source>
        <translation>Keys: 1 negative · 2 neutral · 3 positive · Space confirm suggestion | N T R F C X status | J/K next/previous | Enter reply · Ctrl+Z undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="104" />
        <source>1/2/3 标注情感，空格 确认模型的建议（灰色带问号的“负面?”），之后自动跳到下一条；状态键：N 新 · T 待回复 · R 已回复 · F 跟进中 · C 已关闭 · X 已忽略</source>
        <translation>1/2/3 set the sentiment, Space confirms the model's suggestion (grey with a question mark, "Negative?"), then the next row is selected; status keys: N new · T to reply · R replied · F following up · C closed · X ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="208" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="219" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="253" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="266" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="212" />
        <source>正在确认 {n} 条模型建议</source>
        <translation>Confirming {n} model suggestions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="213" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="258" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="316" />
        <source>条</source>
        <translation>entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="257" />
        <source>正在更新 {n} 条舆情</source>
        <translation>Updating {n} mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="282" />
        <source>已更新 {n} 条舆情（Ctrl+Z 撤销）</source>
        <translation>Updated {n} mentions (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="296" />
        <source>没有可以撤销的修改</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="308" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="322" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="340" />
        <source>无法撤销</source>
        <translation>Could not undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="313" />
        <source>正在撤销 {n} 条舆情的修改</source>
        <translation>Undoing the edit of {n} mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="331" />
        <source>已撤销：{n} 条舆情恢复原值</source>
        <translation>Undone: {n} mentions have their previous values back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="333" />
        <source>；{k} 条之后又被修改过，保持不变</source>
        <translation>; {k} were changed again since then and keep their newer values</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="349" />
        <source>上一个修改还在进行，请稍候</source>
        <translation>The previous edit is still running; please wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="372" />
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="384" />
        <source>情感</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="390" />
        <source>确认模型建议</source>
        <translation>Confirm the model's suggestion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="390" />
        <source>空格</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="392" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="403" />
        <source>在浏览器中打开原文</source>
        <translation>Open the original in the browser</translation>
    </message>
</context>
<context>
    <name>UnmaskContactsOption</name>
    <message>
        <location filename="../../desktop/ui/contact_privacy.py" line="37" />
        <source>显示完整联系方式（不打码）</source>
        <translation>Show full contact details (unmasked)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contact_privacy.py" line="47" />
        <source>只读打开的工作区无法记录审计日志，只能导出打码版本。</source>
        <translation>A read-only workspace cannot record the audit log, so only the masked version can be exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contact_privacy.py" line="58" />
        <source>导出完整联系方式</source>
        <translation>Export full contact details</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="105" />
        <source>你的名字</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="110" />
        <source>审计日志和案例时间线的“记录人”会写上这个名字。不填则使用电脑的登录名（{login}）；以后可以在“设置”中修改。</source>
        <translation>This name is written in the audit log and as the “recorded by” of case timelines. Left empty, the computer's login name ({login}) is used; you can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="116" />
        <source>例如：王小明</source>
        <translation>e.g. Wang Xiaoming</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="122" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="125" />
        <source>以后再说</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="45" />
        <source>舆情应对台 CrisisDesk</source>
        <translation>CrisisDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="49" />
        <source>离线的社交媒体危机公关工作台：导入舆情表格、分级处理、按问答库统一口径回复、按危机通讯录审批和发布。每个客户一个工作区文件，无需登录和网络。</source>
        <translation>An offline desk for social-media crisis communications: import mention spreadsheets, triage by severity, reply on the approved line from the Response library, approve and publish through the Crisis roster. One workspace file per client, no login or network needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="60" />
        <source>打开演示工作区</source>
        <translation>Open demo workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="62" />
        <source>新建工作区…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63" />
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="74" />
        <source>最近打开</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="81" />
        <source>还没有打开过工作区。先看看演示工作区吧。</source>
        <translation>No workspace opened yet. Start with the demo workspace.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLifecycle</name>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="57" />
        <source>接管后，另一台电脑上未保存的修改可能丢失。要接管吗？</source>
        <translation>If you take it over, changes not saved on the other computer may be lost. Take it over?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="60" />
        <source>工作区被另一台电脑锁定</source>
        <translation>Workspace locked by another computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="70" />
        <source>工作区正在使用</source>
        <translation>Workspace in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="72" />
        <source>将以只读方式打开。</source>
        <translation>It will be opened read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="78" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="87" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="122" />
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="96" />
        <source>工作区已损坏</source>
        <translation>Workspace damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="101" />
        <source>最新的完好备份：{at}。恢复时，损坏的文件会改名保留在旁边。</source>
        <translation>Newest good backup: {at}. When restoring, the damaged file is renamed and kept next to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="106" />
        <source>恢复最新备份</source>
        <translation>Restore newest backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="110" />
        <source>没有找到可用的备份。可以只读打开，导出还能读取的数据。</source>
        <translation>No usable backup was found. You can open it read-only and export the data that can still be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="112" />
        <source>只读打开</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="132" />
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="141" />
        <source>无法创建演示工作区</source>
        <translation>Cannot create the demo workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="163" />
        <source>无法新建工作区</source>
        <translation>Cannot create the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="179" />
        <source>后台任务进行中</source>
        <translation>Background task running</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="180" />
        <source>还有任务在运行。取消它并关闭吗？已完成的部分会回滚。</source>
        <translation>A task is still running. Cancel it and close? Work done so far will be rolled back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="199" />
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="201" />
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="222" />
        <source>保存副本</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="231" />
        <source>保存副本失败</source>
        <translation>Saving the copy failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="235" />
        <source>副本已保存</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="236" />
        <source>已校验的副本：{path}
SHA-256：{digest}</source>
        <translation>Verified copy: {path}
SHA-256: {digest}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="245" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="253" />
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="245" />
        <source>这个工作区还没有备份。</source>
        <translation>This workspace has no backups yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="254" />
        <source>选择备份（当前文件会先备份）：</source>
        <translation>Choose a backup (the current file is backed up first):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="269" />
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="283" />
        <source>结构版本 {v}</source>
        <translation>Schema version {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="288" />
        <source>危机通讯录：{e} 个错误、{w} 个提醒</source>
        <translation>Crisis roster: {e} errors, {w} warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="295" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="301" />
        <source>检查工作区</source>
        <translation>Check workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="296" />
        <source>工作区完好。</source>
        <translation>The workspace is intact.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="302" />
        <source>发现问题：</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="303" />
        <source>请从备份恢复（文件 → 从备份恢复…）。</source>
        <translation>Restore from a backup (File → Restore from backup…).</translation>
    </message>
</context>
<context>
    <name>authors</name>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="46" />
        <source>疑似有组织刷评</source>
        <translation>Possibly coordinated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="47" />
        <source>疑似传言</source>
        <translation>Possible rumour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="48" />
        <source>疑似产品问题</source>
        <translation>Possible product defect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="49" />
        <source>情绪发泄</source>
        <translation>Venting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="58" />
        <source>含传闻用语“{w}”：可能是传言，先核实再回应</source>
        <translation>Hearsay words ("{w}"): possibly a rumour, check before answering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="62" />
        <source>提到“{w}”：可能是产品或品质问题</source>
        <translation>Mentions "{w}": possibly a product or quality problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="66" />
        <source>只有情绪用语（“{w}”），没有具体问题：可能是发泄</source>
        <translation>Only angry words ("{w}"), no concrete problem: possibly venting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="70" />
        <source>相同或几乎相同的文字出现在 {n} 位作者的帖子里</source>
        <translation>The same or nearly the same text from {n} authors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="74" />
        <source>，其中 {k} 位粉丝不足 {f}</source>
        <translation>, {k} of them with fewer than {f} followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="78" />
        <source>，{b} 条在 {m} 分钟内发出</source>
        <translation>, {b} posted within {m} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="81" />
        <source>：可能是有组织的刷评，请核实</source>
        <translation>: possibly coordinated, please check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="91" />
        <source>未判定</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="239" />
        <source>作者档案</source>
        <translation>Author profile</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43" />
        <source>CrisisDesk 工作区 (*{suffix});;所有文件 (*)</source>
        <translation>CrisisDesk workspace (*{suffix});;All files (*)</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="30" />
        <source>导入舆情…</source>
        <translation>Import mentions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="38" />
        <source>从剪贴板粘贴表格…</source>
        <translation>Paste table from clipboard…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="65" />
        <source>导入舆情表格</source>
        <translation>Import mention spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="67" />
        <source>表格 (*.xlsx *.xlsm *.csv *.tsv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="94" />
        <source>粘贴表格</source>
        <translation>Paste table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="109" />
        <source>导入舆情</source>
        <translation>Import mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="110" />
        <source>请先打开一个可编辑的工作区。</source>
        <translation>Open a writable workspace first.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84" />
        <source>默认矩阵</source>
        <translation>Default matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102" />
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106" />
        <source>{h} 小时 {m} 分</source>
        <translation>{h}h {m}m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107" />
        <source>{h} 小时</source>
        <translation>{h}h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110" />
        <source>{d} 天 {h} 小时</source>
        <translation>{d}d {h}h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111" />
        <source>{d} 天</source>
        <translation>{d}d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120" />
        <source>用时 {t}</source>
        <translation>answered in {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121" />
        <source>已过 {t}</source>
        <translation>{t} elapsed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134" />
        <source>未定级</source>
        <translation>No level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="138" />
        <source>计时中 {elapsed} / 目标 {target}</source>
        <translation>running {elapsed} / target {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142" />
        <source>已达标 {elapsed}（目标 {target}）</source>
        <translation>met in {elapsed} (target {target})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="145" />
        <source>已超时 {elapsed}（目标 {target}）</source>
        <translation>missed: {elapsed} (target {target})</translation>
    </message>
</context>
<context>
    <name>listening</name>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="12" />
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="13" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="14" />
        <source>人物</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="15" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="16" />
        <source>热点</source>
        <translation>Hot topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="17" />
        <source>竞品</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="18" />
        <source>敏感词</source>
        <translation>Sensitive words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="25" />
        <source>负面激增</source>
        <translation>Negative spike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="26" />
        <source>监测组声量激增</source>
        <translation>Watch group spike</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="27" />
        <source>大V/媒体负面</source>
        <translation>Influencer / media negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="28" />
        <source>敏感词命中</source>
        <translation>Sensitive words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="29" />
        <source>超时未回复</source>
        <translation>Response window passed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="30" />
        <source>事件时限将到</source>
        <translation>Case clock running out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="38" />
        <source>引号没有闭合</source>
        <translation>the quote is not closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="39" />
        <source>引号里是空的</source>
        <translation>the quotes are empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="40" />
        <source>NEAR/ 后面要写字数，例如 NEAR/5</source>
        <translation>NEAR/ needs a number of characters, e.g. NEAR/5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="41" />
        <source>规则是空的：请至少写一个词</source>
        <translation>the rule is empty: write at least one word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="42" />
        <source>多了一个右括号</source>
        <translation>a closing bracket too many</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="43" />
        <source>NEAR 两边只能是词、短语或 (词 OR 词)</source>
        <translation>NEAR takes a word, a phrase or (word OR word) on each side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="46" />
        <source>这里缺少一个词</source>
        <translation>a word is missing here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="47" />
        <source>括号里是空的</source>
        <translation>the brackets are empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="48" />
        <source>缺少右括号</source>
        <translation>a closing bracket is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="49" />
        <source>运算符前面缺少一个词</source>
        <translation>a word is missing before the operator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="50" />
        <source>运算符后面缺少一个词</source>
        <translation>a word is missing after the operator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="51" />
        <source>规则只有 NOT：请写出要找的词，例如 品牌 NOT 广告</source>
        <translation>the rule only excludes: write the words to look for, e.g. brand NOT ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="57" />
        <source>缺少右括号（第 {n} 个字符的左括号没有配对）</source>
        <translation>a closing bracket is missing (the bracket at character {n} is not closed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="60" />
        <source>第 {n} 个字符：{problem}</source>
        <translation>Character {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="26" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="28" />
        <location filename="../../desktop/ui/listening/models.py" line="57" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="31" />
        <source>匹配</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="32" />
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="61" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="65" />
        <source>舆情</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="69" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="72" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="80" />
        <source>{who} 已确认</source>
        <translation>Acknowledged by {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="84" />
        <source>暂缓至 {t}</source>
        <translation>Snoozed until {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="87" />
        <source>待处理</source>
        <translation>To handle</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="108" />
        <source>问答库</source>
        <translation>Responses</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="44" />
        <source>操作没有完成</source>
        <translation>The action was not completed</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="48" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="49" />
        <source>职务</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="50" />
        <source>危机角色</source>
        <translation>Crisis roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="51" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="52" />
        <source>备用人</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="53" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="54" />
        <source>最近核实</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="104" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="105" />
        <source>在岗</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="107" />
        <source>不在岗</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="108" />
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="216" />
        <source>尚未指定任何人</source>
        <translation>No one assigned yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="218" />
        <source>继承自：{where}（修改任一格即在本矩阵中覆盖整行）</source>
        <translation>Inherited from: {where} (editing any cell overrides the whole row in this matrix)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="221" />
        <source>本矩阵：{where}</source>
        <translation>This matrix: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="272" />
        <source>通过角色“{role}”</source>
        <translation>Through the role “{role}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="325" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="14" />
        <source>产品缺陷/召回</source>
        <translation>Product defect / recall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="15" />
        <source>食品或产品安全</source>
        <translation>Food or product safety</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="16" />
        <source>服务冲突</source>
        <translation>Service dispute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="17" />
        <source>数据泄露/隐私</source>
        <translation>Data leak / privacy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="18" />
        <source>员工或小编不当言行</source>
        <translation>Staff or social-account misconduct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="19" />
        <source>高管丑闻</source>
        <translation>Executive scandal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="20" />
        <source>裁员</source>
        <translation>Layoffs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="21" />
        <source>故障/技术事故</source>
        <translation>Outage / technical incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="22" />
        <source>内容违规</source>
        <translation>Content violation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="23" />
        <source>谣言/竞争对手攻击</source>
        <translation>Rumour / competitor attack</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="24" />
        <source>政策/监管</source>
        <translation>Policy / regulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="25" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="27" />
        <source>Ⅳ级（蓝色，一般）</source>
        <translation>Level Ⅳ (blue, minor)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="28" />
        <source>Ⅲ级（黄色，较大）</source>
        <translation>Level Ⅲ (yellow, significant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="29" />
        <source>Ⅱ级（橙色，重大）</source>
        <translation>Level Ⅱ (orange, major)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="30" />
        <source>Ⅰ级（红色，特别重大）</source>
        <translation>Level Ⅰ (red, severe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="32" />
        <source>危机负责人</source>
        <translation>Crisis lead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="33" />
        <source>新闻发言人</source>
        <translation>Spokesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="34" />
        <source>公关/传播</source>
        <translation>PR / communications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="35" />
        <source>市场</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="36" />
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="37" />
        <source>客服</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="38" />
        <source>社交媒体负责人</source>
        <translation>Social media lead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="39" />
        <source>法务</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="40" />
        <source>管理层</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="41" />
        <source>IT/安全</source>
        <translation>IT / security</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="43" />
        <source>舆情监测</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="44" />
        <source>评估级别</source>
        <translation>Assess severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="45" />
        <source>起草暂缓回复</source>
        <translation>Draft holding reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="46" />
        <source>起草声明</source>
        <translation>Draft statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="47" />
        <source>审批声明</source>
        <translation>Approve statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="48" />
        <source>审批问答库话术</source>
        <translation>Approve response library scripts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="49" />
        <source>对媒体发言</source>
        <translation>Speak to the media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="50" />
        <source>社交媒体回复</source>
        <translation>Reply on social media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="51" />
        <source>内部通知员工</source>
        <translation>Notify staff internally</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="52" />
        <source>联系客户与补偿</source>
        <translation>Contact and compensate customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="53" />
        <source>法律审核</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="54" />
        <source>产品整改</source>
        <translation>Fix the product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="55" />
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="57" />
        <source>执行</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="58" />
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="59" />
        <source>咨询</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="60" />
        <source>知会</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="62" />
        <source>通用</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="63" />
        <source>微博</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="64" />
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="65" />
        <source>抖音</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="66" />
        <source>小红书</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="67" />
        <source>大众点评</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="68" />
        <source>邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="69" />
        <source>官网</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="70" />
        <source>微信公众号</source>
        <translation>WeChat official account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="71" />
        <source>媒体/通稿</source>
        <translation>Press / press release</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="72" />
        <source>内部通知</source>
        <translation>Internal notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="74" />
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="75" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="76" />
        <source>签字纸质</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="78" />
        <source>正面</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="79" />
        <source>中性</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="80" />
        <source>负面</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="81" />
        <source>未判定</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="83" />
        <source>产品质量</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="84" />
        <source>食品/产品安全</source>
        <translation>Food / product safety</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="85" />
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="86" />
        <source>配送/物流</source>
        <translation>Delivery / logistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="87" />
        <source>价格/退款</source>
        <translation>Price / refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="88" />
        <source>隐私/安全</source>
        <translation>Privacy / security</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="89" />
        <source>虚假宣传</source>
        <translation>False advertising</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="90" />
        <source>员工言行</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="91" />
        <source>谣言</source>
        <translation>Rumour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="93" />
        <source>真实投诉</source>
        <translation>Genuine complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="94" />
        <source>恶意/竞争对手攻击</source>
        <translation>Malicious / competitor attack</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="95" />
        <source>情绪宣泄</source>
        <translation>Venting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="96" />
        <source>表扬</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="98" />
        <source>新</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="99" />
        <source>待回复</source>
        <translation>To reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="100" />
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="101" />
        <source>跟进中</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="102" />
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="103" />
        <source>已忽略</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="105" />
        <source>发现</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="106" />
        <source>研判</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="107" />
        <source>应对</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="108" />
        <source>恢复</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="109" />
        <source>复盘</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="110" />
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="112" />
        <source>顾客发帖投诉</source>
        <translation>Customer complaint post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="113" />
        <source>信息泄露给媒体</source>
        <translation>Leak to the media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="114" />
        <source>自家账号不当回复</source>
        <translation>Inappropriate reply from our own account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="115" />
        <source>员工爆料或不当言行</source>
        <translation>Employee leak or misconduct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="116" />
        <source>监管通报/检查</source>
        <translation>Regulator notice / inspection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="117" />
        <source>竞争对手或水军</source>
        <translation>Competitor or paid posters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="118" />
        <source>大V/KOL曝光</source>
        <translation>Influencer / KOL exposure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="120" />
        <source>属实</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="121" />
        <source>谣言/不实</source>
        <translation>Rumour / untrue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="122" />
        <source>恶意攻击</source>
        <translation>Malicious attack</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="123" />
        <source>产品缺陷</source>
        <translation>Product defect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="124" />
        <source>待核实</source>
        <translation>To be verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="126" />
        <source>暂缓声明</source>
        <translation>Holding statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="127" />
        <source>正式声明</source>
        <translation>Official statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="128" />
        <source>致歉</source>
        <translation>Apology</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="129" />
        <source>补偿</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="130" />
        <source>整改</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="131" />
        <source>媒体问询</source>
        <translation>Media inquiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="132" />
        <source>升级</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="133" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="134" />
        <source>关联舆情</source>
        <translation>Linked mentions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="135" />
        <source>级别变更</source>
        <translation>Level changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="136" />
        <source>阶段变更</source>
        <translation>Phase changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="137" />
        <source>启用预案</source>
        <translation>Activate plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="138" />
        <source>预案清单完成</source>
        <translation>Plan checklist item done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="139" />
        <source>预案清单跳过</source>
        <translation>Plan checklist item skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="140" />
        <source>预案清单撤销</source>
        <translation>Plan checklist item undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="142" />
        <source>暂缓声明/回应</source>
        <translation>Holding statement / response</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="143" />
        <source>致歉信</source>
        <translation>Apology letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="145" />
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="146" />
        <source>已审批</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="147" />
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="149" />
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="150" />
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="152" />
        <source>公开回复</source>
        <translation>Public reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="153" />
        <source>私信</source>
        <translation>Direct message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="154" />
        <source>暂缓回复</source>
        <translation>Holding reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="155" />
        <source>官方声明</source>
        <translation>Official statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="157" />
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="158" />
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="159" />
        <source>作者ID</source>
        <translation>Author ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="160" />
        <source>粉丝数</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="161" />
        <source>发布时间</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="162" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="163" />
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="164" />
        <source>链接</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="165" />
        <source>转发</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="166" />
        <source>评论</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="167" />
        <source>点赞</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="168" />
        <source>地域</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="169" />
        <source>原情感</source>
        <translation>Original sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="170" />
        <source>帖子ID</source>
        <translation>Post ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="171" />
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="172" />
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="174" />
        <source>weibo-search（微博关键词搜索）</source>
        <translation>weibo-search (Weibo keyword search)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="175" />
        <source>weibo-crawler（微博用户/定制爬虫）</source>
        <translation>weibo-crawler (Weibo user / custom crawler)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="176" />
        <source>weiboSpider（微博用户爬虫）</source>
        <translation>weiboSpider (Weibo user crawler)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="177" />
        <source>通用中文舆情导出</source>
        <translation>Generic Chinese mention export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="178" />
        <source>Brandwatch</source>
        <translation>Brandwatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="179" />
        <source>Meltwater</source>
        <translation>Meltwater</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="180" />
        <source>Talkwalker</source>
        <translation>Talkwalker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="181" />
        <source>通用英文表格</source>
        <translation>Generic English spreadsheet</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="68" />
        <source>操作意外失败，工作区没有改动。</source>
        <translation>The operation failed unexpectedly; the workspace was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workers.py" line="115" />
        <source>行</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workers.py" line="116" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>