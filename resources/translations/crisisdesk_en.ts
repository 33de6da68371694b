<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="47" />
        <source>CrisisDesk 工作区 (*{suffix});;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home.py" line="55" />
        <source>舆情条目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="56" />
        <source>负面</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="57" />
        <source>待处理</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="58" />
        <source>问答库条目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="59" />
        <source>进行中的案例</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="60" />
        <source>危机通讯录成员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="72" />
        <source>下一步</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="79" />
        <source>编辑工作区信息…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="81" />
        <source>立即备份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="90" />
        <source>首页</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="103" />
        <source>这个工作区文件已损坏，正以只读方式打开。请用“文件 → 从备份恢复…”恢复。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="107" />
        <source>只读打开：工作区正在另一个窗口或另一台电脑上使用，你的修改不会保存。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="122" />
        <source>最近一次导入：{file}（{at}），新增 {inserted}，更新 {updated}，拒绝 {rejected}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="132" />
        <source>还没有导入过舆情表格。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="142" />
        <source>导入今天的舆情表格：把 Excel/CSV 拖到窗口上，或按 Ctrl+I。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="145" />
        <source>有 {n} 条舆情待处理：先看负面的，2 小时内回复。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="151" />
        <source>{n} 个危机案例进行中：检查回应时钟和待审批的声明。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="156" />
        <source>填写危机通讯录：谁发言、谁负责、谁审批。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="158" />
        <source>审核问答库里的话术，批准后才能作为统一口径使用。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="160" />
        <source>一切就绪。定时监测，每天 2–3 次导入新的舆情。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>文件(&amp;F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123" />
        <source>新建工作区…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126" />
        <source>打开…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128" />
        <source>最近打开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130" />
        <source>打开演示工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>立即备份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>保存副本（带到另一台电脑）…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136" />
        <source>从备份恢复…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <location filename="../../desktop/ui/main_window.py" line="490" />
        <location filename="../../desktop/ui/main_window.py" line="495" />
        <source>检查工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145" />
        <source>关闭工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149" />
        <source>设置…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151" />
        <source>退出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>编辑(&amp;E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>视图(&amp;V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>帮助(&amp;H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <location filename="../../desktop/ui/main_window.py" line="529" />
        <source>关于 CrisisDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186" />
        <source>（无）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227" />
        <source>（只读）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234" />
        <source>没有打开工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237" />
        <source> · 只读</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244" />
        <source>舆情 {m:,} · 负面 {n:,} · 问答库 {k:,} · 案例 {c:,}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277" />
        <source>工作区被另一台电脑锁定</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285" />
        <source>工作区正在使用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285" />
        <source>将以只读方式打开。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290" />
        <location filename="../../desktop/ui/main_window.py" line="300" />
        <location filename="../../desktop/ui/main_window.py" line="345" />
        <source>无法打开工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="314" />
        <source>工作区已损坏</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319" />
        <source>最新的完好备份：{at}。恢复时，损坏的文件会改名保留在旁边。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324" />
        <source>恢复最新备份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328" />
        <source>没有找到可用的备份。可以只读打开，导出还能读取的数据。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330" />
        <source>只读打开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <location filename="../../desktop/ui/main_window.py" line="478" />
        <source>恢复失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354" />
        <source>打开工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="363" />
        <source>无法创建演示工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383" />
        <source>无法新建工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="395" />
        <source>后台任务进行中</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="396" />
        <source>还有任务在运行。取消它并关闭吗？已完成的部分会回滚。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417" />
        <source>备份失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419" />
        <source>已备份到 {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="439" />
        <source>保存副本</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="448" />
        <source>保存副本失败</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="452" />
        <source>副本已保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453" />
        <source>已校验的副本：{path}
SHA-256：{digest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462" />
        <location filename="../../desktop/ui/main_window.py" line="469" />
        <source>从备份恢复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462" />
        <source>这个工作区还没有备份。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="469" />
        <source>选择备份（当前文件会先备份）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="486" />
        <source>结构版本 {v}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="490" />
        <source>工作区完好。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="496" />
        <source>发现问题：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="497" />
        <source>请从备份恢复（文件 → 从备份恢复…）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="505" />
        <source>名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="506" />
        <source>品牌</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="507" />
        <source>客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="509" />
        <source>工作区信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="517" />
        <source>无法保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="531" />
        <source>&lt;h3&gt;舆情应对台 CrisisDesk {version}&lt;/h3&gt;&lt;p&gt;离线的社交媒体危机公关工作台。数据只保存在你选择的工作区文件中。&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53" />
        <location filename="../../desktop/ui/dialogs.py" line="97" />
        <source>新建工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="56" />
        <source>例如：某品牌 2026 年舆情</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="61" />
        <source>选择…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="67" />
        <source>名称</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="68" />
        <source>品牌</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="69" />
        <source>客户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70" />
        <source>保存位置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="87" />
        <source>保存工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="97" />
        <source>请填写工作区名称。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="118" />
        <source>设置</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="127" />
        <source>你的名字（记入审计日志）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="128" />
        <source>界面语言（重启后生效）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="31" />
        <source>舆情应对台 CrisisDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="35" />
        <source>离线的社交媒体危机公关工作台：导入舆情表格、分级处理、按问答库统一口径回复、按危机通讯录审批和发布。每个客户一个工作区文件，无需登录和网络。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="46" />
        <source>打开演示工作区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="48" />
        <source>新建工作区…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="49" />
        <source>打开…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="60" />
        <source>最近打开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67" />
        <source>还没有打开过工作区。先看看演示工作区吧。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="110" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>