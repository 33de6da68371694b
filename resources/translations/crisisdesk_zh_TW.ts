<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="47" />
        <source>CrisisDesk 工作区 (*{suffix});;所有文件 (*)</source>
        <translation>CrisisDesk 工作區 (*{suffix});;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home.py" line="55" />
        <source>舆情条目</source>
        <translation>輿情條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="56" />
        <source>负面</source>
        <translation>負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="57" />
        <source>待处理</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="58" />
        <source>问答库条目</source>
        <translation>問答庫條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="59" />
        <source>进行中的案例</source>
        <translation>進行中的案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="60" />
        <source>危机通讯录成员</source>
        <translation>危機通訊錄成員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="72" />
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="79" />
        <source>编辑工作区信息…</source>
        <translation>編輯工作區資訊…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="81" />
        <source>立即备份</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="90" />
        <source>首页</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="103" />
        <source>这个工作区文件已损坏，正以只读方式打开。请用“文件 → 从备份恢复…”恢复。</source>
        <translation>這個工作區檔案已損壞，正以只讀方式開啟。請用“檔案 → 從備份恢復…”恢復。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="107" />
        <source>只读打开：工作区正在另一个窗口或另一台电脑上使用，你的修改不会保存。</source>
        <translation>只讀開啟：工作區正在另一個視窗或另一臺電腦上使用，你的修改不會儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="122" />
        <source>最近一次导入：{file}（{at}），新增 {inserted}，更新 {updated}，拒绝 {rejected}</source>
        <translation>最近一次匯入：{file}（{at}），新增 {inserted}，更新 {updated}，拒絕 {rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="132" />
        <source>还没有导入过舆情表格。</source>
        <translation>還沒有匯入過輿情表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="142" />
        <source>导入今天的舆情表格：把 Excel/CSV 拖到窗口上，或按 Ctrl+I。</source>
        <translation>匯入今天的輿情表格：把 Excel/CSV 拖到視窗上，或按 Ctrl+I。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="145" />
        <source>有 {n} 条舆情待处理：先看负面的，2 小时内回复。</source>
        <translation>有 {n} 條輿情待處理：先看負面的，2 小時內回覆。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="151" />
        <source>{n} 个危机案例进行中：检查回应时钟和待审批的声明。</source>
        <translation>{n} 個危機案例進行中：檢查回應時鐘和待審批的宣告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="156" />
        <source>填写危机通讯录：谁发言、谁负责、谁审批。</source>
        <translation>填寫危機通訊錄：誰發言、誰負責、誰審批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="158" />
        <source>审核问答库里的话术，批准后才能作为统一口径使用。</source>
        <translation>稽核問答庫裡的話術，批准後才能作為統一口徑使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home.py" line="160" />
        <source>一切就绪。定时监测，每天 2–3 次导入新的舆情。</source>
        <translation>一切就緒。定時監測，每天 2–3 次匯入新的輿情。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>文件(&amp;F)</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123" />
        <source>新建工作区…</source>
        <translation>新建工作區…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126" />
        <source>打开…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128" />
        <source>最近打开</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130" />
        <source>打开演示工作区</source>
        <translation>開啟演示工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>立即备份</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>保存副本（带到另一台电脑）…</source>
        <translation>儲存副本（帶到另一臺電腦）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136" />
        <source>从备份恢复…</source>
        <translation>從備份恢復…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <location filename="../../desktop/ui/main_window.py" line="490" />
        <location filename="../../desktop/ui/main_window.py" line="495" />
        <source>检查工作区</source>
        <translation>檢查工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145" />
        <source>关闭工作区</source>
        <translation>關閉工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149" />
        <source>设置…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151" />
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>编辑(&amp;E)</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>视图(&amp;V)</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>帮助(&amp;H)</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <location filename="../../desktop/ui/main_window.py" line="529" />
        <source>关于 CrisisDesk</source>
        <translation>關於 CrisisDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186" />
        <source>（无）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227" />
        <source>（只读）</source>
        <translation>（只讀）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234" />
        <source>没有打开工作区</source>
        <translation>沒有開啟工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237" />
        <source> · 只读</source>
        <translation> · 只讀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244" />
        <source>舆情 {m:,} · 负面 {n:,} · 问答库 {k:,} · 案例 {c:,}</source>
        <translation>輿情 {m:,} · 負面 {n:,} · 問答庫 {k:,} · 案例 {c:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277" />
        <source>工作区被另一台电脑锁定</source>
        <translation>工作區被另一臺電腦鎖定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285" />
        <source>工作区正在使用</source>
        <translation>工作區正在使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285" />
        <source>将以只读方式打开。</source>
        <translation>將以只讀方式開啟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290" />
        <location filename="../../desktop/ui/main_window.py" line="300" />
        <location filename="../../desktop/ui/main_window.py" line="345" />
        <source>无法打开工作区</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="314" />
        <source>工作区已损坏</source>
        <translation>工作區已損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319" />
        <source>最新的完好备份：{at}。恢复时，损坏的文件会改名保留在旁边。</source>
        <translation>最新的完好備份：{at}。恢復時，損壞的檔案會改名保留在旁邊。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324" />
        <source>恢复最新备份</source>
        <translation>恢復最新備份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328" />
        <source>没有找到可用的备份。可以只读打开，导出还能读取的数据。</source>
        <translation>沒有找到可用的備份。可以只讀開啟，匯出還能讀取的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330" />
        <source>只读打开</source>
        <translation>只讀開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <location filename="../../desktop/ui/main_window.py" line="478" />
        <source>恢复失败</source>
        <translation>恢復失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354" />
        <source>打开工作区</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="363" />
        <source>无法创建演示工作区</source>
        <translation>無法建立演示工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383" />
        <source>无法新建工作区</source>
        <translation>無法新建工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="395" />
        <source>后台任务进行中</source>
        <translation>後臺任務進行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="396" />
        <source>还有任务在运行。取消它并关闭吗？已完成的部分会回滚。</source>
        <translation>還有任務在執行。取消它並關閉嗎？已完成的部分會回滾。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417" />
        <source>备份失败</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419" />
        <source>已备份到 {path}</source>
        <translation>已備份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="439" />
        <source>保存副本</source>
        <translation>儲存副本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="448" />
        <source>保存副本失败</source>
        <translation>儲存副本失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="452" />
        <source>副本已保存</source>
        <translation>副本已儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453" />
        <source>已校验的副本：{path}
SHA-256：{digest}</source>
        <translation>已校驗的副本：{path}
SHA-256：{digest}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462" />
        <location filename="../../desktop/ui/main_window.py" line="469" />
        <source>从备份恢复</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462" />
        <source>这个工作区还没有备份。</source>
        <translation>這個工作區還沒有備份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="469" />
        <source>选择备份（当前文件会先备份）：</source>
        <translation>選擇備份（當前檔案會先備份）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="486" />
        <source>结构版本 {v}</source>
        <translation>結構版本 {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="490" />
        <source>工作区完好。</source>
        <translation>工作區完好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="496" />
        <source>发现问题：</source>
        <translation>發現問題：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="497" />
        <source>请从备份恢复（文件 → 从备份恢复…）。</source>
        <translation>請從備份恢復（檔案 → 從備份恢復…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="505" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="506" />
        <source>品牌</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="507" />
        <source>客户</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="509" />
        <source>工作区信息</source>
        <translation>工作區資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="517" />
        <source>无法保存</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="531" />
        <source>&lt;h3&gt;舆情应对台 CrisisDesk {version}&lt;/h3&gt;&lt;p&gt;离线的社交媒体危机公关工作台。数据只保存在你选择的工作区文件中。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;輿情應對臺 CrisisDesk {version}&lt;/h3&gt;&lt;p&gt;離線的社交媒體危機公關工作臺。資料只儲存在你選擇的工作區檔案中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53" />
        <location filename="../../desktop/ui/dialogs.py" line="97" />
        <source>新建工作区</source>
        <translation>新建工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="56" />
        <source>例如：某品牌 2026 年舆情</source>
        <translation>例如：某品牌 2026 年輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="61" />
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="67" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="68" />
        <source>品牌</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="69" />
        <source>客户</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70" />
        <source>保存位置</source>
        <translation>儲存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="87" />
        <source>保存工作区</source>
        <translation>儲存工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="97" />
        <source>请填写工作区名称。</source>
        <translation>請填寫工作區名稱。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="118" />
        <source>设置</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="127" />
        <source>你的名字（记入审计日志）</source>
        <translation>你的名字（記入審計日誌）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="128" />
        <source>界面语言（重启后生效）</source>
        <translation>介面語言（重啟後生效）</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="31" />
        <source>舆情应对台 CrisisDesk</source>
        <translation>輿情應對臺 CrisisDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="35" />
        <source>离线的社交媒体危机公关工作台：导入舆情表格、分级处理、按问答库统一口径回复、按危机通讯录审批和发布。每个客户一个工作区文件，无需登录和网络。</source>
        <translation>離線的社交媒體危機公關工作臺：匯入輿情表格、分級處理、按問答庫統一口徑回覆、按危機通訊錄審批和釋出。每個客戶一個工作區檔案，無需登入和網路。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="46" />
        <source>打开演示工作区</source>
        <translation>開啟演示工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="48" />
        <source>新建工作区…</source>
        <translation>新建工作區…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="49" />
        <source>打开…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="60" />
        <source>最近打开</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67" />
        <source>还没有打开过工作区。先看看演示工作区吧。</source>
        <translation>還沒有開啟過工作區。先看看演示工作區吧。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="110" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
</TS>