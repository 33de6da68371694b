<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="358" />
        <source>添加改进措施</source>
        <translation>新增改進措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="366" />
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="367" />
        <source>负责人</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="368" />
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="369" />
        <source>添加</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="31" />
        <source>预警设置</source>
        <translation>預警設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="38" />
        <source>按舆情自己的发布时间计算：每次导入后、以及页面打开时每隔几分钟检查一次。负面按“已确认 + 模型有把握的建议”计数。</source>
        <translation>按輿情自己的發布時間計算：每次匯入後、以及頁面開啟時每隔幾分鐘檢查一次。負面按“已確認 + 模型有把握的建議”計數。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="47" />
        <source>最近 1 小时 ≥ 基线平均的</source>
        <translation>最近 1 小時 ≥ 基線平均的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="50" />
        <source> 倍</source>
        <translation> 倍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="52" />
        <source>并且至少多出</source>
        <translation>並且至少多出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="52" />
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="69" />
        <source> 条</source>
        <translation> 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="55" />
        <source>过去 12 小时</source>
        <translation>過去 12 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="56" />
        <source>过去 7 天</source>
        <translation>過去 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="59" />
        <source>基线</source>
        <translation>基線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="62" />
        <source>作者粉丝 ≥</source>
        <translation>作者粉絲 ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="65" />
        <source>表格里有“媒体/认证”列时，媒体或认证账号的负面也算。</source>
        <translation>表格裡有“媒體/認證”列時，媒體或認證帳號的負面也算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="68" />
        <source>同一小时命中 ≥</source>
        <translation>同一小時命中 ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="72" />
        <source>回复时限在舆情台账的设置里修改。</source>
        <translation>回覆時限在輿情臺帳的設定裡修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="75" />
        <source>离时限不到</source>
        <translation>離時限不到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="76" />
        <source> 分钟</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="80" />
        <source>回看</source>
        <translation>回看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="80" />
        <source> 小时</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/settings_dialog.py" line="94" />
        <source>启用</source>
        <translation>啟用</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="48" />
        <source>立即检查</source>
        <translation>立即檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="50" />
        <source>预警设置…</source>
        <translation>預警設定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="52" />
        <source>显示已确认和暂缓的</source>
        <translation>顯示已確認和暫緩的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="77" />
        <source>暂无预警。导入舆情后会自动检查负面激增、监测组声量、大V/媒体负面、敏感词、超时未回复和事件时限；也可以点“立即检查”。阈值在“预警设置…”里调整。</source>
        <translation>暫無預警。匯入輿情後會自動檢查負面激增、監測組聲量、大V/媒體負面、敏感詞、超時未回覆和事件時限；也可以點“立即檢查”。閾值在“預警設定…”裡調整。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="96" />
        <source>查看舆情</source>
        <translation>檢視輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="98" />
        <source>新建案例</source>
        <translation>新建案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="99" />
        <source>用这条预警的舆情新建一个案例（在“案例”页跟进）</source>
        <translation>用這條預警的輿情新建一個案例（在“案例”頁跟進）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="101" />
        <source>确认</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="102" />
        <source>记下谁在什么时候看过并处理了这条预警</source>
        <translation>記下誰在什麼時候看過並處理了這條預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="104" />
        <source>暂缓</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="107" />
        <source>暂缓 {n} 小时</source>
        <translation>暫緩 {n} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="148" />
        <source>{n} 条待处理</source>
        <translation>{n} 條待處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="178" />
        <source>{who} 于 {at} 确认</source>
        <translation>{who} 於 {at} 確認</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="184" />
        <source>{who} 暂缓至 {at}</source>
        <translation>{who} 暫緩至 {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="189" />
        <source>已据此新建案例 #{id}</source>
        <translation>已據此新建案例 #{id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="197" />
        <source>预警 #{id} 的 {n} 条舆情</source>
        <translation>預警 #{id} 的 {n} 條輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="207" />
        <source>无法确认预警</source>
        <translation>無法確認預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="215" />
        <source>无法暂缓预警</source>
        <translation>無法暫緩預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="224" />
        <source>无法新建案例</source>
        <translation>無法新建案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/alerts_panel.py" line="228" />
        <source>已新建案例 #{id}</source>
        <translation>已新建案例 #{id}</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="68" />
        <source>记录审批：{a}</source>
        <translation>記錄審批：{a}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="72" />
        <source>审批内容</source>
        <translation>審批內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="76" />
        <source>谁可以审批</source>
        <translation>誰可以審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="80" />
        <source>（无权审批）</source>
        <translation>（無權審批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="83" />
        <source>审批人</source>
        <translation>審批人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="87" />
        <source>审批方式</source>
        <translation>審批方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="89" />
        <source>例如：11 月 19 日 10:20 电话确认同意第 2 版</source>
        <translation>例如：11 月 19 日 10:20 電話確認同意第 2 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="90" />
        <source>备注</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="92" />
        <source>（可选）微信截图、签字照片等</source>
        <translation>（可選）微信截圖、簽字照片等</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="93" />
        <source>添加证据…</source>
        <translation>新增證據…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="97" />
        <source>证据</source>
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="107" />
        <source>记录审批</source>
        <translation>記錄審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="115" />
        <source>危机通讯录里还没有成员。</source>
        <translation>危機通訊錄裡還沒有成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="116" />
        <source>请先在“危机通讯录”中添加成员并指定审批人。</source>
        <translation>請先在“危機通訊錄”中新增成員並指定審批人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="124" />
        <source>选择证据</source>
        <translation>選擇證據</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="126" />
        <source>图片或 PDF (*.png *.jpg *.jpeg *.webp *.gif *.pdf)</source>
        <translation>圖片或 PDF (*.png *.jpg *.jpeg *.webp *.gif *.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="144" />
        <source>请选择审批人。</source>
        <translation>請選擇審批人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="160" />
        <source>无法读取证据文件：{name}</source>
        <translation>無法讀取證據檔案：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="198" />
        <source>现在没有人可以审批</source>
        <translation>現在沒有人可以審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval_dialog.py" line="200" />
        <source>请先在危机通讯录的职责矩阵中为“{a}”指定审批人（A），或把备用人设为在岗。</source>
        <translation>請先在危機通訊錄的職責矩陣中為“{a}”指定審批人（A），或把備用人設為在崗。</translation>
    </message>
</context>
<context>
    <name>AuthorProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="119" />
        <source>作者档案：{name}</source>
        <translation>作者檔案：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="130" />
        <source>时间</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="131" />
        <source>平台</source>
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="132" />
        <source>情感</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="133" />
        <location filename="../../desktop/ui/authors/dialogs.py" line="179" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="134" />
        <location filename="../../desktop/ui/authors/dialogs.py" line="180" />
        <source>内容</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="136" />
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="149" />
        <source>全部提及（{n}）</source>
        <translation>全部提及（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="153" />
        <source>周</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="153" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="154" />
        <source>负面（已确认）</source>
        <translation>負面（已確認）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="155" />
        <source>负面?（模型建议）</source>
        <translation>負面?（模型建議）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="156" />
        <source>中性</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="157" />
        <source>正面</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="158" />
        <source>未判定</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="163" />
        <source>情感走势</source>
        <translation>情感走勢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="166" />
        <source>回复时间</source>
        <translation>回覆時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="167" />
        <source>我们的回复</source>
        <translation>我們的回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="174" />
        <source>我们的回复（{n}）</source>
        <translation>我們的回覆（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="178" />
        <source>跟进期限</source>
        <translation>跟進期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="186" />
        <source>待跟进（{n}）</source>
        <translation>待跟進（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="189" />
        <source>双击或按 Enter 回复其中一条。联系方式和手机号已打码。</source>
        <translation>雙擊或按 Enter 回覆其中一條。聯絡方式和手機號已打碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="206" />
        <source>未知</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="209" />
        <source>粉丝（最多）{f} · 转发合计 {r} · 共 {n} 条</source>
        <translation>粉絲（最多）{f} · 轉發合計 {r} · 共 {n} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="212" />
        <source>负面 {c} 条已确认 · {s} 条模型建议</source>
        <translation>負面 {c} 條已確認 · {s} 條模型建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="215" />
        <source>（只显示最近 {n} 条）</source>
        <translation>（只顯示最近 {n} 條）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="219" />
        <source>提示（仅供参考，请核实）：{flags}</source>
        <translation>提示（僅供參考，請核實）：{flags}</translation>
    </message>
</context>
<context>
    <name>AuthorsListDialog</name>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="255" />
        <source>反复投诉与大V</source>
        <translation>反覆投訴與大V</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="282" />
        <source>大V 的粉丝数至少：</source>
        <translation>大V 的粉絲數至少：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="289" />
        <source>应用</source>
        <translation>應用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="295" />
        <source>双击或按 Enter 打开作者档案。</source>
        <translation>雙擊或按 Enter 開啟作者檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="311" />
        <source>反复投诉（≥ 2 条负面）：{n}</source>
        <translation>反覆投訴（≥ 2 條負面）：{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="312" />
        <source>大V（粉丝 ≥ {f}）：{n}</source>
        <translation>大V（粉絲 ≥ {f}）：{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="328" />
        <source>无法保存</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="339" />
        <source>还没有反复投诉的作者：同一作者有 2 条以上负面（已确认，或模型有把握的建议）时会列在这里。</source>
        <translation>還沒有反覆投訴的作者：同一作者有 2 條以上負面（已確認，或模型有把握的建議）時會列在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="342" />
        <source>还没有粉丝 ≥ {f} 的作者。导入带粉丝数的表格后，大V 会列在这里。</source>
        <translation>還沒有粉絲 ≥ {f} 的作者。匯入帶粉絲數的表格後，大V 會列在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="349" />
        <source>平台</source>
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="350" />
        <source>作者</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="351" />
        <source>粉丝</source>
        <translation>粉絲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="352" />
        <source>负面（已确认+建议）</source>
        <translation>負面（已確認+建議）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="353" />
        <source>提及</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="354" />
        <source>未回复</source>
        <translation>未回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="355" />
        <source>最近</source>
        <translation>最近</translation>
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
        <translation>批次編輯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="34" />
        <source>修改所选的 {n} 条舆情；“不修改”的项保持原样。</source>
        <translation>修改所選的 {n} 條輿情；“不修改”的項保持原樣。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="38" />
        <location filename="../../desktop/ui/mentions/dialogs.py" line="39" />
        <source>（清空）</source>
        <translation>（清空）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="43" />
        <location filename="../../desktop/ui/mentions/dialogs.py" line="61" />
        <location filename="../../desktop/ui/mentions/dialogs.py" line="77" />
        <source>（不修改）</source>
        <translation>（不修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="46" />
        <source>情感</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="47" />
        <source>问题类型</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="48" />
        <source>性质</source>
        <translation>性質</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="49" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="50" />
        <source>负责人</source>
        <translation>負責人</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="55" />
        <source>点击查看这些舆情</source>
        <translation>點選檢視這些輿情</translation>
    </message>
</context>
<context>
    <name>CaseChart</name>
    <message>
        <location filename="../../desktop/printing/chart.py" line="41" />
        <source>时间（每小时）</source>
        <translation>時間（每小時）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/chart.py" line="43" />
        <source>时间（每天）</source>
        <translation>時間（每天）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/chart.py" line="47" />
        <source>条数</source>
        <translation>條數</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="61" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CaseModels</name>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="36" />
        <source>级别</source>
        <translation>級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="39" />
        <source>案例</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="41" />
        <source>阶段</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="45" />
        <source>场景</source>
        <translation>場景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="49" />
        <source>响应时钟</source>
        <translation>響應時鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="52" />
        <source>舆情</source>
        <translation>輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="53" />
        <source>负面</source>
        <translation>負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="54" />
        <source>声明</source>
        <translation>聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="55" />
        <location filename="../../desktop/ui/cases/models.py" line="180" />
        <source>负责人</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="57" />
        <source>立案</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="81" />
        <location filename="../../desktop/ui/cases/models.py" line="164" />
        <source>发布时间</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="84" />
        <source>平台</source>
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="85" />
        <source>作者</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="87" />
        <source>粉丝</source>
        <translation>粉絲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="91" />
        <source>情感</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="95" />
        <source>转发</source>
        <translation>轉發</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="99" />
        <location filename="../../desktop/ui/cases/models.py" line="119" />
        <source>内容</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="114" />
        <source>时间</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="116" />
        <source>事项</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="120" />
        <source>记录人</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="122" />
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="124" />
        <source>自动</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="126" />
        <source>手动</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="143" />
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="147" />
        <source>类型</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="150" />
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="152" />
        <location filename="../../desktop/ui/cases/models.py" line="183" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="156" />
        <source>审批</source>
        <translation>審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="160" />
        <source>未审批</source>
        <translation>未審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="179" />
        <source>改进措施</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="181" />
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="185" />
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/models.py" line="187" />
        <source>进行中</source>
        <translation>進行中</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="68" />
        <source>案例列表</source>
        <translation>案例列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="74" />
        <source>阶段：发现 → 研判 → 应对 → 恢复 → 复盘 → 已结案</source>
        <translation>階段：發現 → 研判 → 應對 → 恢復 → 復盤 → 已結案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="77" />
        <source>导出 Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="79" />
        <source>导出专报 PDF</source>
        <translation>匯出專報 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="85" />
        <source>阶段</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="87" />
        <source>删除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="88" />
        <source>删除这个案例（关联的舆情保留，只取消关联）</source>
        <translation>刪除這個案例（關聯的輿情保留，只取消關聯）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="108" />
        <source>概况</source>
        <translation>概況</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="109" />
        <source>关联舆情</source>
        <translation>關聯輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="110" />
        <source>级别研判</source>
        <translation>級別研判</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="111" />
        <source>传播与时间线</source>
        <translation>傳播與時間線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="112" />
        <source>声明</source>
        <translation>聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="113" />
        <source>复盘</source>
        <translation>復盤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="168" />
        <source>未定级</source>
        <translation>未定級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="173" />
        <source>响应时钟（发现 → 首个暂缓声明）：</source>
        <translation>響應時鐘（發現 → 首個暫緩聲明）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="199" />
        <source>删除案例</source>
        <translation>刪除案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="201" />
        <source>删除案例“{title}”？时间线、声明和复盘会一并删除，关联的舆情只取消关联。</source>
        <translation>刪除案例“{title}”？時間線、聲明和復盤會一併刪除，關聯的輿情只取消關聯。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="207" />
        <source>不能删除</source>
        <translation>不能刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="218" />
        <source>不能改变阶段</source>
        <translation>不能改變階段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="232" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="232" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="235" />
        <source>导出案例报告</source>
        <translation>匯出案例報告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="251" />
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="251" />
        <source>换一个文件夹或文件名再试。</source>
        <translation>換一個資料夾或檔名再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/view.py" line="255" />
        <source>已导出 {path}</source>
        <translation>已匯出 {path}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="72" />
        <location filename="../../desktop/ui/cases/page.py" line="140" />
        <source>案例</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="73" />
        <source>投诉升级为危机时立案：研判级别、记录应对、审批声明、复盘沉淀。</source>
        <translation>投訴升級為危機時立案：研判級別、記錄應對、審批聲明、復盤沉澱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="78" />
        <source>搜索标题、摘要、负责人…</source>
        <translation>搜尋標題、摘要、負責人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="81" />
        <source>全部阶段</source>
        <translation>全部階段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="85" />
        <source>全部级别</source>
        <translation>全部級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="88" />
        <source>只看进行中</source>
        <translation>只看進行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="89" />
        <source>新建案例…</source>
        <translation>新建案例…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="92" />
        <source>参考案例库…</source>
        <translation>參考案例庫…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="98" />
        <source>研判阈值…</source>
        <translation>研判閾值…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="149" />
        <source>关联到案例…</source>
        <translation>關聯到案例…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="151" />
        <source>全部符合当前搜索的舆情关联到案例…</source>
        <translation>全部符合當前搜尋的輿情關聯到案例…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="161" />
        <location filename="../../desktop/ui/cases/page.py" line="171" />
        <location filename="../../desktop/ui/cases/page.py" line="176" />
        <source>关联到案例</source>
        <translation>關聯到案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="177" />
        <source>没有选中舆情。</source>
        <translation>沒有選中輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="178" />
        <source>先在舆情台账里选中条目。</source>
        <translation>先在輿情臺帳裡選中條目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="186" />
        <source>新案例</source>
        <translation>新案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="193" />
        <source>关联失败</source>
        <translation>關聯失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="197" />
        <source>已把 {n} 条舆情关联到案例 #{id}</source>
        <translation>已把 {n} 條輿情關聯到案例 #{id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="228" />
        <source>没有打开的工作区。</source>
        <translation>沒有開啟的工作區。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="250" />
        <source>没有符合条件的案例。清除搜索或筛选条件试试。</source>
        <translation>沒有符合條件的案例。清除搜尋或篩選條件試試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="254" />
        <source>还没有案例。投诉升级为危机时：点“新建案例…”，或在舆情台账选中相关舆情，右键“关联到案例…”。也可以从“参考案例库…”挑一个知名案例作为模板。</source>
        <translation>還沒有案例。投訴升級為危機時：點“新建案例…”，或在輿情臺帳選中相關輿情，右鍵“關聯到案例…”。也可以從“參考案例庫…”挑一個知名案例作為模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="287" />
        <location filename="../../desktop/ui/cases/page.py" line="308" />
        <source>不能新建案例</source>
        <translation>不能新建案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="325" />
        <source>阈值有误</source>
        <translation>閾值有誤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="335" />
        <source>不能保存阈值</source>
        <translation>不能儲存閾值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/page.py" line="341" />
        <source>已保存；重新计算了 {n} 个进行中案例的建议级别</source>
        <translation>已儲存；重新計算了 {n} 個進行中案例的建議級別</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="42" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="112" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="118" />
        <source>新建分类</source>
        <translation>新建分類</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="61" />
        <source>全部条目</source>
        <translation>全部條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="104" />
        <source>新建分类…</source>
        <translation>新建分類…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="106" />
        <source>新建子分类…</source>
        <translation>新建子分類…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="107" />
        <source>重命名…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="108" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="138" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="146" />
        <source>删除分类</source>
        <translation>刪除分類</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="112" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="125" />
        <source>分类名称</source>
        <translation>分類名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="125" />
        <location filename="../../desktop/ui/kb/category_tree.py" line="129" />
        <source>重命名分类</source>
        <translation>重新命名分類</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/category_tree.py" line="139" />
        <source>删除分类“{p}”及其子分类？其中的条目不会删除，会变成“未分类”。</source>
        <translation>刪除分類“{p}”及其子分類？其中的條目不會刪除，會變成“未分類”。</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="59" />
        <location filename="../../desktop/ui/kb/composer.py" line="192" />
        <location filename="../../desktop/ui/kb/composer.py" line="370" />
        <source>回复助手</source>
        <translation>回覆助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="82" />
        <location filename="../../desktop/ui/kb/composer.py" line="327" />
        <source>复制附件图片</source>
        <translation>複製附件圖片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="84" />
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="90" />
        <source>选择左侧的条目，或直接在这里写回复。</source>
        <translation>選擇左側的條目，或直接在這裡寫回覆。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="92" />
        <source>还需要填写</source>
        <translation>還需要填寫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="99" />
        <location filename="../../desktop/ui/kb/composer.py" line="303" />
        <source>复制到剪贴板</source>
        <translation>複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="101" />
        <location filename="../../desktop/ui/kb/composer.py" line="347" />
        <source>标记为已回复</source>
        <translation>標記為已回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="107" />
        <source>从舆情台账选中一条舆情打开回复助手，才能记录回复。</source>
        <translation>從輿情臺帳選中一條輿情打開回覆助手，才能記錄回覆。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="109" />
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="113" />
        <source>回复类型</source>
        <translation>回覆類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="115" />
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="173" />
        <source>以舆情 #{id} 当时的回复为底稿（不算审批话术）。</source>
        <translation>以輿情 #{id} 當時的回覆為底稿（不算審批話術）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="197" />
        <source>已审批话术（第 {v} 版）</source>
        <translation>已審批話術（第 {v} 版）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="200" />
        <source>注意：这是未审批的草稿（第 {v} 版），回复会被标记为“非审批话术”。</source>
        <translation>注意：這是未審批的草稿（第 {v} 版），回覆會被標記為“非審批話術”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="224" />
        <source>输入后按回车填入</source>
        <translation>輸入後按回車填入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="259" />
        <source>{n} 字（{source}）</source>
        <translation>{n} 字（{source}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="264" />
        <source>{n} / {limit} 字</source>
        <translation>{n} / {limit} 字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="265" />
        <source>，超出 {over} 字</source>
        <translation>，超出 {over} 字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="273" />
        <source>与问答库话术相差 {p}%，将记为“非审批话术”。需要长期使用请回问答库修改并审批。</source>
        <translation>與問答庫話術相差 {p}%，將記為“非審批話術”。需要長期使用請回問答庫修改並審批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="277" />
        <source>与话术相差 {p}%。</source>
        <translation>與話術相差 {p}%。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="280" />
        <source>与问答库话术一致。</source>
        <translation>與問答庫話術一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="284" />
        <source>与所选条目的话术一致，但它与这条评论的相关度是“{relevance}”，请确认适用。</source>
        <translation>與所選條目的話術一致，但它與這條評論的相關度是“{relevance}”，請確認適用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="288" />
        <source>与所选草稿的话术一致（未审批，将记为“非审批话术”）。</source>
        <translation>與所選草稿的話術一致（未審批，將記為“非審批話術”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="291" />
        <source>还有占位符没填：{names}</source>
        <translation>還有佔位符沒填：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="301" />
        <location filename="../../desktop/ui/kb/composer.py" line="325" />
        <source>已复制 ✓</source>
        <translation>已複製 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="314" />
        <location filename="../../desktop/ui/kb/composer.py" line="320" />
        <source>复制附件</source>
        <translation>複製附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="314" />
        <source>这张图片无法读取。</source>
        <translation>這張圖片無法讀取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="321" />
        <source>只有图片可以直接复制。</source>
        <translation>只有圖片可以直接複製。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer.py" line="322" />
        <source>请在问答库里把附件另存后发送。</source>
        <translation>請在問答庫裡把附件另存後傳送。</translation>
    </message>
</context>
<context>
    <name>DashboardSections</name>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="42" />
        <source>舆情总量</source>
        <translation>輿情總量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="43" />
        <source>负面（已确认）</source>
        <translation>負面（已確認）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="44" />
        <source>负面（模型建议）</source>
        <translation>負面（模型建議）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="45" />
        <source>负面占比</source>
        <translation>負面佔比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="46" />
        <source>超时未回复的负面</source>
        <translation>超時未回覆的負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="47" />
        <source>进行中的案例</source>
        <translation>進行中的案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="69" />
        <source>负面的问题类型</source>
        <translation>負面的問題類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="70" />
        <source>监测词组</source>
        <translation>監測片語</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="71" />
        <source>影响力最大的作者</source>
        <translation>影響力最大的作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="78" />
        <source>首次回复用时（中位数 / 90%）</source>
        <translation>首次回覆用時（中位數 / 90%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="79" />
        <source>进行中的案例与回应时钟</source>
        <translation>進行中的案例與回應時鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="80" />
        <source>最新预警</source>
        <translation>最新預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="87" />
        <source>每月趋势</source>
        <translation>每月趨勢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="89" />
        <source>负面按问题类型</source>
        <translation>負面按問題類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="90" />
        <source>负面按监测词组</source>
        <translation>負面按監測片語</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="111" />
        <source>模型把握较大的建议，待人工确认</source>
        <translation>模型把握較大的建議，待人工確認</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="116" />
        <source>负面 {n:,} / 全部 {total:,}</source>
        <translation>負面 {n:,} / 全部 {total:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="122" />
        <source>超过 {h:g} 小时响应时限；另有 {s} 条模型建议</source>
        <translation>超過 {h:g} 小時響應時限；另有 {s} 條模型建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="130" />
        <source>{n} 个已超时</source>
        <translation>{n} 個已超時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="141" />
        <source>声量（每小时）</source>
        <translation>聲量（每小時）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="141" />
        <source>声量（每天）</source>
        <translation>聲量（每天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="151" />
        <source>预警</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="170" />
        <source>这段时间没有标了问题类型的负面舆情。</source>
        <translation>這段時間沒有標了問題類型的負面輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="173" />
        <source>尚未设置监测词组</source>
        <translation>尚未設定監測片語</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="177" />
        <source>这段时间没有命中监测词组的舆情。</source>
        <translation>這段時間沒有命中監測片語的輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="184" />
        <source>粉丝 {f:,} · {n} 条</source>
        <translation>粉絲 {f:,} · {n} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="188" />
        <source>这段时间没有舆情。</source>
        <translation>這段時間沒有輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="192" />
        <source>{n} 条 · {median} / {p90}</source>
        <translation>{n} 條 · {median} / {p90}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="203" />
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="205" />
        <source>（未知平台）</source>
        <translation>（未知平臺）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="209" />
        <source>负责人：{o}</source>
        <translation>負責人：{o}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="209" />
        <source>未指定</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="212" />
        <source>这段时间还没有记录回复时间。</source>
        <translation>這段時間還沒有記錄回覆時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="222" />
        <source>没有进行中的案例。</source>
        <translation>沒有進行中的案例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="225" />
        <source>这个工作区还没有预警功能。</source>
        <translation>這個工作區還沒有預警功能。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="235" />
        <source>{n} 条</source>
        <translation>{n} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="239" />
        <source>没有未处理的预警。</source>
        <translation>沒有未處理的預警。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="250" />
        <source>每月负面：按监测词组</source>
        <translation>每月負面：按監測片語</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/sections.py" line="253" />
        <source>每月负面：按问题类型</source>
        <translation>每月負面：按問題類型</translation>
    </message>
</context>
<context>
    <name>DetectedReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="320" />
        <source>修改发现时间</source>
        <translation>修改發現時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="324" />
        <source>发现时间从 {before} 改为 {after}：响应时钟从这里开始计时。</source>
        <translation>發現時間從 {before} 改為 {after}：響應時鐘從這裡開始計時。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="332" />
        <source>为什么改？例如：客服 11 月 3 日已接到第一通投诉电话。</source>
        <translation>為什麼改？例如：客服 11 月 3 日已接到第一通投訴電話。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="335" />
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="336" />
        <source>修改</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>DrillRecordsDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="38" />
        <source>演练记录</source>
        <translation>演練記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="42" />
        <source>还没有演练记录。用“文件 → 开始演练…”从演练脚本、参考案例或历史案例开始一次。</source>
        <translation>還沒有演練記錄。用“檔案 → 開始演練…”從演練指令碼、參考案例或歷史案例開始一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="60" />
        <source>经验教训（选中一条，一键转换）</source>
        <translation>經驗教訓（選中一條，一鍵轉換）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="64" />
        <source>转为问答库草稿</source>
        <translation>轉為問答庫草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="66" />
        <source>转为预案修改</source>
        <translation>轉為預案修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="72" />
        <source>导出报告 PDF…</source>
        <translation>匯出報告 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="74" />
        <source>导出报告 Excel…</source>
        <translation>匯出報告 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="113" />
        <source>{lesson}  〔已转为问答库草稿 #{n}〕</source>
        <translation>{lesson}  〔已轉為問答庫草稿 #{n}〕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="117" />
        <source>{lesson}  〔已转为预案修改 #{n}〕</source>
        <translation>{lesson}  〔已轉為預案修改 #{n}〕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="128" />
        <source>教训没有转换</source>
        <translation>教訓沒有轉換</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="139" />
        <source>演练报告-{n}</source>
        <translation>演練報告-{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="140" />
        <source>导出演练报告</source>
        <translation>匯出演練報告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/records.py" line="155" />
        <source>报告没有写出</source>
        <translation>報告沒有寫出</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="89" />
        <source>【演练】{title} — 演练副本，不写入正式工作区</source>
        <translation>【演練】{title} — 演練副本，不寫入正式工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="96" />
        <source>演练模式：这里的一切只写入演练副本 {copy}，不会进入正式工作区。结束演练时，正式工作区只记录一条演练总结。</source>
        <translation>演練模式：這裡的一切只寫入演練副本 {copy}，不會進入正式工作區。結束演練時，正式工作區只記錄一條演練總結。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="139" />
        <source>下一事件</source>
        <translation>下一事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="140" />
        <source>时钟跳到下一条演练事件，并让它到来</source>
        <translation>時鐘跳到下一條演練事件，並讓它到來</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="142" />
        <source>结束演练…</source>
        <translation>結束演練…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="173" />
        <source>演练事件（新的在上）</source>
        <translation>演練事件（新的在上）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="176" />
        <source>标为负面</source>
        <translation>標為負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="177" />
        <source>标为中性</source>
        <translation>標為中性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="188" />
        <location filename="../../desktop/ui/drills/window.py" line="321" />
        <source>预案清单</source>
        <translation>預案清單</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="191" />
        <source>标记完成</source>
        <translation>標記完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="192" />
        <source>撤销</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="200" />
        <source>声明与内部通知</source>
        <translation>聲明與內部通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="203" />
        <source>时间线</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="213" />
        <source>写暂缓声明…</source>
        <translation>寫暫緩聲明…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="214" />
        <source>审批…</source>
        <translation>審批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="215" />
        <source>发布</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="216" />
        <source>发内部通知…</source>
        <translation>發內部通知…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="232" />
        <source>{level} · 暂缓声明：{clock}</source>
        <translation>{level} · 暫緩聲明：{clock}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="237" />
        <source>已暂停</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="239" />
        <source>所有演练事件都已到来（{n} 条），可以结束演练。</source>
        <translation>所有演練事件都已到來（{n} 條），可以結束演練。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="243" />
        <source>下一事件 {at}：实际 {wait} 后（已到 {done}/{total}）</source>
        <translation>下一事件 {at}：實際 {wait} 後（已到 {done}/{total}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="250" />
        <source>继续</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="250" />
        <source>暂停</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="254" />
        <source>第一条演练事件马上到来。</source>
        <translation>第一條演練事件馬上到來。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="258" />
        <source>已完成 {done}/{total}；在谁做完时标记，记录演练时间。</source>
        <translation>已完成 {done}/{total}；在誰做完時標記，記錄演練時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="267" />
        <source>{s} 秒</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="281" />
        <source>演练操作没有完成</source>
        <translation>演練操作沒有完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="314" />
        <source>研判</source>
        <translation>研判</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="314" />
        <source>请先选中一条舆情。</source>
        <translation>請先選中一條輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="321" />
        <source>请先选中一项。</source>
        <translation>請先選中一項。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="342" />
        <source>声明</source>
        <translation>聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="342" />
        <source>请先选中一份声明。</source>
        <translation>請先選中一份聲明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="386" />
        <source>演练到 {offset}，到来的事件 {done}/{total}。</source>
        <translation>演練到 {offset}，到來的事件 {done}/{total}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="397" />
        <source>结束演练</source>
        <translation>結束演練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="397" />
        <source>正式工作区已经关闭。</source>
        <translation>正式工作區已經關閉。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="408" />
        <source>演练没有结束</source>
        <translation>演練沒有結束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="438" />
        <source>关闭演练</source>
        <translation>關閉演練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/window.py" line="440" />
        <source>演练还没有结束。保存：暂停并保留演练副本，以后从“开始演练”继续；放弃：删除演练副本，不留记录。</source>
        <translation>演練還沒有結束。儲存：暫停並保留演練副本，以後從“開始演練”繼續；放棄：刪除演練副本，不留記錄。</translation>
    </message>
</context>
<context>
    <name>EmptyDashboard</name>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="140" />
        <source>还没有舆情</source>
        <translation>還沒有輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="145" />
        <source>导入监测平台导出的舆情表格（Excel/CSV）：把文件拖到窗口上，或按 Ctrl+I。导入后这里会显示声量趋势、负面占比、超时未回复和响应时间。</source>
        <translation>匯入監測平臺匯出的輿情表格（Excel/CSV）：把檔案拖到視窗上，或按 Ctrl+I。匯入後這裡會顯示聲量趨勢、負面佔比、超時未回覆和響應時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/panels.py" line="151" />
        <source>导入舆情表格…</source>
        <translation>匯入輿情表格…</translation>
    </message>
</context>
<context>
    <name>EmptyLog</name>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="50" />
        <source>还没有舆情。把 Excel/CSV 拖到窗口上，或按 Ctrl+I 导入。</source>
        <translation>還沒有輿情。把 Excel/CSV 拖到視窗上，或按 Ctrl+I 匯入。</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="47" />
        <source>一句话概括这类评论，例如：收到的菜有异物</source>
        <translation>一句話概括這類評論，例如：收到的菜有異物</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="53" />
        <source>用逗号分隔，例如：退款，没到账</source>
        <translation>用逗號分隔，例如：退款，沒到帳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="56" />
        <source>每行一条典型评论（原话），匹配主要靠它们</source>
        <translation>每行一條典型評論（原話），匹配主要靠它們</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="63" />
        <source>添加回复</source>
        <translation>添加回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="66" />
        <source>删除回复</source>
        <translation>刪除回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="77" />
        <source>回复内容。占位符：{称呼|您} {订单号} {热线}（| 后是默认值）</source>
        <translation>回覆內容。佔位符：{称呼|您} {订单号} {热线}（| 後是預設值）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="89" />
        <source>添加附件…</source>
        <translation>新增附件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="90" />
        <source>例如客服二维码图片，回复时可以一起发送</source>
        <translation>例如客服二維碼圖片，回覆時可以一起傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="92" />
        <source>删除附件</source>
        <translation>刪除附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="97" />
        <source>保存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="98" />
        <source>提交审批</source>
        <translation>提交審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="99" />
        <source>审批…</source>
        <translation>審批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="100" />
        <location filename="../../desktop/ui/kb/editor.py" line="294" />
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="101" />
        <source>用此条回复…</source>
        <translation>用此條回覆…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="106" />
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="107" />
        <source>分类</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="110" />
        <source>关键词</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="112" />
        <source>语言</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="113" />
        <source>语气说明</source>
        <translation>語氣說明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="114" />
        <source>典型评论</source>
        <translation>典型評論</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="119" />
        <source>类型</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="121" />
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="127" />
        <source>回复（按类型和渠道）</source>
        <translation>回覆（按類型和渠道）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="132" />
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="168" />
        <source>（未分类）</source>
        <translation>（未分類）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="265" />
        <source>新条目：填好后点“保存”，再提交审批。</source>
        <translation>新條目：填好後點“儲存”，再提交審批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="277" />
        <source>状态：{s}</source>
        <translation>狀態：{s}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="278" />
        <source>当前第 {v} 版</source>
        <translation>當前第 {v} 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="282" />
        <source>使用中：第 {v} 版，{who} 于 {at} 审批</source>
        <translation>使用中：第 {v} 版，{who} 於 {at} 審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="288" />
        <source>已用 {n} 次</source>
        <translation>已用 {n} 次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/editor.py" line="294" />
        <source>恢复使用</source>
        <translation>恢復使用</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="42" />
        <source>搜索标题、典型评论、关键词、回复…</source>
        <translation>搜尋標題、典型評論、關鍵詞、回覆…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="45" />
        <source>全部状态</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="46" />
        <source>使用中（未停用）</source>
        <translation>使用中（未停用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="50" />
        <source>全部语言</source>
        <translation>全部語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="54" />
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="55" />
        <source>用过的</source>
        <translation>用過的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="56" />
        <source>从未用过</source>
        <translation>從未用過</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="58" />
        <source>按标题</source>
        <translation>按標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="59" />
        <source>最常用</source>
        <translation>最常用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="60" />
        <source>最久未用</source>
        <translation>最久未用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="61" />
        <source>最近修改</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="64" />
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="65" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="66" />
        <source>语言</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="67" />
        <source>使用</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="68" />
        <source>最近使用</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="78" />
        <source>新建条目</source>
        <translation>新建條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="79" />
        <source>话术变量…</source>
        <translation>話術變數…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="80" />
        <source>热线、邮箱等自动填入回复的内容，以及改动幅度阈值</source>
        <translation>熱線、信箱等自動填入回覆的內容，以及改動幅度閾值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="149" />
        <source>显示 {n} 条 · 共 {total} 条，已审批 {approved}，待处理 {pending}，从未用过 {unused}</source>
        <translation>顯示 {n} 條 · 共 {total} 條，已審批 {approved}，待處理 {pending}，從未用過 {unused}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="165" />
        <source>问答库还是空的。点“新建条目”写第一条话术，或从“文件 → 导入问答库”导入 Excel。</source>
        <translation>問答庫還是空的。點“新建條目”寫第一條話術，或從“檔案 → 匯入問答庫”匯入 Excel。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="168" />
        <source>没有符合条件的条目。换个关键词，或清除筛选条件。</source>
        <translation>沒有符合條件的條目。換個關鍵詞，或清除篩選條件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/entry_list.py" line="185" />
        <source>（第 {v} 版在用）</source>
        <translation>（第 {v} 版在用）</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="188" />
        <source>添加时间线事件</source>
        <translation>新增時間線事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="202" />
        <source>事项</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="203" />
        <source>时间</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="204" />
        <source>内容</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="205" />
        <source>添加</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="74" />
        <source>导出舆情…</source>
        <translation>匯出輿情…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="80" />
        <source>把舆情台账当前的视图导出为 Excel 或 CSV</source>
        <translation>把輿情臺帳當前的檢視匯出為 Excel 或 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="114" />
        <source>舆情</source>
        <translation>輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="117" />
        <source>舆情导出</source>
        <translation>輿情匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="137" />
        <source>导出舆情</source>
        <translation>匯出輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="137" />
        <source>上一次导出还在进行中。</source>
        <translation>上一次匯出還在進行中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="175" />
        <source>无法导出</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="191" />
        <source>正在导出舆情</source>
        <translation>正在匯出輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="205" />
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="207" />
        <source>原来的文件（如果有）没有改动。</source>
        <translation>原來的檔案（如果有）沒有改動。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="211" />
        <source>已取消导出，原来的文件（如果有）没有改动。</source>
        <translation>已取消匯出，原來的檔案（如果有）沒有改動。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="214" />
        <source>已导出 {rows:,} 条舆情。</source>
        <translation>已匯出 {rows:,} 條輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="216" />
        <source>联系方式已打码。</source>
        <translation>聯絡方式已打碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="218" />
        <source>含完整联系方式（已记入审计日志），请妥善保管这个文件。</source>
        <translation>含完整聯絡方式（已記入審計日誌），請妥善保管這個檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="222" />
        <source>替换了 {n:,} 个无法写入表格的控制字符（显示为 �）。</source>
        <translation>替換了 {n:,} 個無法寫入表格的控制字元（顯示為 �）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="228" />
        <source>{n:,} 个单元格超过 Excel 的 32767 字上限，已截断并注明。</source>
        <translation>{n:,} 個儲存格超過 Excel 的 32767 字上限，已截斷並註明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="234" />
        <source>{n:,} 个以 = + - @ 开头的文本已按文本写入，不会被当作公式执行。</source>
        <translation>{n:,} 個以 = + - @ 開頭的文字已按文字寫入，不會被當作公式執行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="240" />
        <source>导出完成</source>
        <translation>匯出完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="243" />
        <source>打开所在文件夹</source>
        <translation>開啟所在資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="244" />
        <source>确定</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="50" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="51" />
        <source>CSV，UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="266" />
        <location filename="../../desktop/ui/export_dialog.py" line="338" />
        <location filename="../../desktop/ui/export_dialog.py" line="366" />
        <location filename="../../desktop/ui/export_dialog.py" line="375" />
        <source>导出舆情</source>
        <translation>匯出輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="274" />
        <source>导出范围</source>
        <translation>匯出範圍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="276" />
        <source>{n:,} 条</source>
        <translation>{n:,} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="276" />
        <source>（未知）</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="279" />
        <source>条数</source>
        <translation>條數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="282" />
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="287" />
        <source>保存为</source>
        <translation>儲存為</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="293" />
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="298" />
        <source>Excel 文件包含我们的字段、原始表格的列，以及一张“导出摘要”。以 = + - @ 开头的文本按文本写入，打开时不会被当作公式执行。</source>
        <translation>Excel 檔案包含我們的欄位、原始表格的列，以及一張“匯出摘要”。以 = + - @ 開頭的文字按文字寫入，開啟時不會被當作公式執行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="310" />
        <source>导出的文件将包含客户的完整手机号等联系方式。这次导出会记入审计日志（谁、何时、导出了什么、多少条）。

确定要导出不打码的版本吗？</source>
        <translation>匯出的檔案將包含客戶的完整手機號等聯絡方式。這次匯出會記入審計日誌（誰、何時、匯出了什麼、多少條）。

確定要匯出不打碼的版本嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="313" />
        <source>手机号会打码为 138****8000；订单号、帖子 ID 等不受影响。</source>
        <translation>手機號會打碼為 138****8000；訂單號、帖子 ID 等不受影響。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="314" />
        <source>⚠ 将导出完整联系方式，并记入审计日志。请妥善保管导出的文件。</source>
        <translation>⚠ 將匯出完整聯絡方式，並記入審計日誌。請妥善保管匯出的檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="324" />
        <source>导出</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="325" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="366" />
        <source>请填写要保存的文件名。</source>
        <translation>請填寫要儲存的檔名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="376" />
        <source>保存位置不存在：{folder}</source>
        <translation>儲存位置不存在：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="377" />
        <source>请选择一个已有的文件夹。</source>
        <translation>請選擇一個已有的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="383" />
        <source>文件已存在</source>
        <translation>檔案已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="384" />
        <source>{name} 已存在，要替换它吗？（导出完成前原文件保持不变）</source>
        <translation>{name} 已存在，要替換它嗎？（匯出完成前原檔案保持不變）</translation>
    </message>
</context>
<context>
    <name>FinishDrillDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="79" />
        <source>结束演练</source>
        <translation>結束演練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="86" />
        <source>每行一条；结束后可以一键转为问答库草稿或预案修改。</source>
        <translation>每行一條；結束後可以一鍵轉為問答庫草稿或預案修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="87" />
        <source>经验教训</source>
        <translation>經驗教訓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="89" />
        <source>例如：周若溪、林嘉禾、陈子墨</source>
        <translation>例如：周若溪、林嘉禾、陳子墨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="90" />
        <source>参加人</source>
        <translation>參加人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="91" />
        <source>保留演练副本（在数据文件夹里，可以以后查看）</source>
        <translation>保留演練副本（在資料資料夾裡，可以以後檢視）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="93" />
        <source>正式工作区只会记录一条演练总结，并在预案上标明已演练。</source>
        <translation>正式工作區只會記錄一條演練總結，並在預案上標明已演練。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="97" />
        <source>结束并记录</source>
        <translation>結束並記錄</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="119" />
        <source>还没有监测组。点“新建监测组”，写一条规则，例如：品牌名 (退款 OR 投诉)。</source>
        <translation>還沒有監測組。點“新建監測組”，寫一條規則，例如：品牌名 (退款 OR 投訴)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="125" />
        <source>新建监测组</source>
        <translation>新建監測組</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="127" />
        <source>删除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="129" />
        <source>在舆情台账中查看</source>
        <translation>在輿情臺帳中檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="153" />
        <source>启用（导入时自动匹配）</source>
        <translation>啟用（匯入時自動匹配）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="154" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="155" />
        <source>类型</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="158" />
        <source>规则</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="160" />
        <source>例如：鹿角巷 (退款 OR 投诉) NOT 广告</source>
        <translation>例如：鹿角巷 (退款 OR 投訴) NOT 廣告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="165" />
        <source>空格 = 并且 · OR 或者 · NOT 排除 · "短语" · (括号) · A NEAR/5 B（相距 5 字以内） · 英文不分大小写、按整词匹配</source>
        <translation>空格 = 並且 · OR 或者 · NOT 排除 · "短語" · (括號) · A NEAR/5 B（相距 5 字以內） · 英文不分大小寫、按整詞匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="177" />
        <source>试运行</source>
        <translation>試執行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="178" />
        <source>看这条规则现在能匹配哪些舆情（不保存）</source>
        <translation>看這條規則現在能匹配哪些輿情（不儲存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="180" />
        <source>保存并匹配</source>
        <translation>儲存並匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="188" />
        <source>写好规则后点“试运行”，这里会列出匹配的舆情，命中的词标黄。</source>
        <translation>寫好規則後點“試執行”，這裡會列出匹配的輿情，命中的詞標黃。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="238" />
        <source>“{name}”还没有匹配的舆情。</source>
        <translation>“{name}”還沒有匹配的輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="241" />
        <source>“{name}”按天的声量（最近 {n} 天有数据）：</source>
        <translation>“{name}”按天的聲量（最近 {n} 天有資料）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="299" />
        <source>正在试运行……</source>
        <translation>正在試執行……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="321" />
        <source>匹配 {count} 条（共 {total} 条舆情）；下面是最新的 {shown} 条。</source>
        <translation>匹配 {count} 條（共 {total} 條輿情）；下面是最新的 {shown} 條。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="325" />
        <source>没有匹配的舆情（共 {total} 条）。换个词，或去掉 NOT 试试。</source>
        <translation>沒有匹配的輿情（共 {total} 條）。換個詞，或去掉 NOT 試試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="363" />
        <location filename="../../desktop/ui/listening/groups_panel.py" line="386" />
        <source>无法保存监测组</source>
        <translation>無法儲存監測組</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="367" />
        <source>正在匹配监测组</source>
        <translation>正在匹配監測組</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="367" />
        <source>条</source>
        <translation>條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="379" />
        <source>已保存监测组“{name}”，匹配 {n} 条舆情</source>
        <translation>已儲存監測組“{name}”，匹配 {n} 條輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="395" />
        <source>删除监测组</source>
        <translation>刪除監測組</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="396" />
        <source>删除监测组“{name}”？舆情本身不受影响。</source>
        <translation>刪除監測組“{name}”？輿情本身不受影響。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/groups_panel.py" line="401" />
        <source>无法删除</source>
        <translation>無法刪除</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="49" />
        <source>联系方式超过</source>
        <translation>聯絡方式超過</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="52" />
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="56" />
        <source>未核实即提醒</source>
        <translation>未核實即提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="72" />
        <source>双击一条问题可跳到要修改的成员或事项。</source>
        <translation>雙擊一條問題可跳到要修改的成員或事項。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="74" />
        <source>去修改</source>
        <translation>去修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="90" />
        <source>通讯录健康：每个事项都有执行人和唯一的审批人，联系方式都在 {days} 天内核实过。</source>
        <translation>通訊錄健康：每個事項都有執行人和唯一的審批人，聯絡方式都在 {days} 天內核實過。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="96" />
        <source>发现 {e} 个错误、{w} 个提醒。</source>
        <translation>發現 {e} 個錯誤、{w} 個提醒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="106" />
        <source>应急预案：{n} 个问题（双击跳到预案或职责矩阵）</source>
        <translation>應急預案：{n} 個問題（雙擊跳到預案或職責矩陣）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/health_tab.py" line="110" />
        <source>应急预案：正常。每个预案都演练过，负责的角色通讯录里都有人。</source>
        <translation>應急預案：正常。每個預案都演練過，負責的角色通訊錄裡都有人。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="37" />
        <source>恢复此版本</source>
        <translation>恢復此版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="40" />
        <source>选择一个版本，查看它与前一版的差异。</source>
        <translation>選擇一個版本，檢視它與前一版的差異。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="52" />
        <source>第 {v} 版 · {who} · {at}</source>
        <translation>第 {v} 版 · {who} · {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="58" />
        <source> · ✔ 使用中（已审批）</source>
        <translation> · ✔ 使用中（已審批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="70" />
        <source>第 1 版（最初的版本）。</source>
        <translation>第 1 版（最初的版本）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="81" />
        <source>与上一版相同。</source>
        <translation>與上一版相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="88" />
        <location filename="../../desktop/ui/kb/history.py" line="94" />
        <location filename="../../desktop/ui/kb/history.py" line="102" />
        <source>恢复版本</source>
        <translation>恢復版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="88" />
        <source>请先在列表里选择一个版本。</source>
        <translation>請先在列表裡選擇一個版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/history.py" line="102" />
        <source>当前内容与该版本相同，无需恢复。</source>
        <translation>當前內容與該版本相同，無需恢復。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="86" />
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="100" />
        <source>时间范围</source>
        <translation>時間範圍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="104" />
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="105" />
        <source>近 7 天</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="106" />
        <source>近 30 天</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="107" />
        <source>自定义</source>
        <translation>自定義</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="129" />
        <source>生成日报/周报…</source>
        <translation>生成日報/週報…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="131" />
        <source>编辑工作区信息…</source>
        <translation>編輯工作區資訊…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="133" />
        <source>立即备份</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="146" />
        <source>显示全部时间</source>
        <translation>顯示全部時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="148" />
        <source>在舆情台账中查看全部</source>
        <translation>在輿情臺帳中檢視全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="175" />
        <source>所选时间内没有舆情，但工作区里共有 {n:,} 条。</source>
        <translation>所選時間內沒有輿情，但工作區裡共有 {n:,} 條。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="184" />
        <source>它们发布于 {start} 至 {end}。</source>
        <translation>它們發布於 {start} 至 {end}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="189" />
        <source>另有 {n:,} 条没有发布时间（表格里没有时间列），不计入任何时间范围。</source>
        <translation>另有 {n:,} 條沒有發布時間（表格裡沒有時間列），不計入任何時間範圍。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="216" />
        <source>首页</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="244" />
        <source>这个工作区文件已损坏，正以只读方式打开。请用“文件 → 从备份恢复…”恢复。</source>
        <translation>這個工作區檔案已損壞，正以唯讀方式開啟。請用“檔案 → 從備份恢復…”恢復。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="248" />
        <source>只读打开：工作区正在另一个窗口或另一台电脑上使用，你的修改不会保存。</source>
        <translation>唯讀開啟：工作區正在另一個視窗或另一臺電腦上使用，你的修改不會儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="266" />
        <source>最近一次导入：{file}（{at}），新增 {inserted}，更新 {updated}，拒绝 {rejected}</source>
        <translation>最近一次匯入：{file}（{at}），新增 {inserted}，更新 {updated}，拒絕 {rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="276" />
        <source>还没有导入过舆情表格。</source>
        <translation>還沒有匯入過輿情表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="293" />
        <source>正在计算…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="320" />
        <source>{period}（{n:,} 条）</source>
        <translation>{period}（{n:,} 條）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="331" />
        <source>无法计算概览：{reason}</source>
        <translation>無法計算概覽：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="354" />
        <source>舆情台账只显示首页所点数字的这些舆情；改动任一筛选条件即恢复。</source>
        <translation>輿情臺帳只顯示首頁所點數字的這些輿情；改動任一篩選條件即恢復。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="373" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="374" />
        <source>品牌</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="375" />
        <source>客户</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="377" />
        <source>工作区信息</source>
        <translation>工作區資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="387" />
        <source>无法保存</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="407" />
        <source>导入今天的舆情表格：把 Excel/CSV 拖到窗口上，或按 Ctrl+I。</source>
        <translation>匯入今天的輿情表格：把 Excel/CSV 拖到視窗上，或按 Ctrl+I。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="415" />
        <source>{n} 条负面舆情超过 {h:g} 小时未回复（另有 {s} 条模型建议为负面）：先回复这些。</source>
        <translation>{n} 條負面輿情超過 {h:g} 小時未回覆（另有 {s} 條模型建議為負面）：先回覆這些。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="420" />
        <source>{n} 个危机案例进行中：检查回应时钟和待审批的声明。</source>
        <translation>{n} 個危機案例進行中：檢查回應時鐘和待審批的聲明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="425" />
        <source>填写危机通讯录：谁发言、谁负责、谁审批。</source>
        <translation>填寫危機通訊錄：誰發言、誰負責、誰審批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="427" />
        <source>审核问答库里的话术，批准后才能作为统一口径使用。</source>
        <translation>審核問答庫裡的話術，批准後才能作為統一口徑使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/page.py" line="429" />
        <source>一切就绪。定时监测，每天 2–3 次导入新的舆情。</source>
        <translation>一切就緒。定時監測，每天 2–3 次匯入新的輿情。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="47" />
        <source>（保留为附加字段）</source>
        <translation>（保留為附加欄位）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="48" />
        <source>（忽略，不保存）</source>
        <translation>（忽略，不儲存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="80" />
        <source>导入舆情</source>
        <translation>匯入輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="84" />
        <source>剪贴板中的表格</source>
        <translation>剪貼簿中的表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="85" />
        <source>文件：{name}</source>
        <translation>檔案：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="94" />
        <location filename="../../desktop/ui/imports/dialog.py" line="97" />
        <location filename="../../desktop/ui/imports/dialog.py" line="104" />
        <source>自动识别</source>
        <translation>自動識別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="99" />
        <source>0 = 没有标题行，第一行就是数据</source>
        <translation>0 = 沒有標題行，第一行就是資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="111" />
        <source>{name}（已保存）</source>
        <translation>{name}（已儲存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="114" />
        <source>（0 = 没有标题行，第一行就是数据）</source>
        <translation>（0 = 沒有標題行，第一行就是資料）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="116" />
        <source>工作表</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="117" />
        <source>编码</source>
        <translation>編碼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="118" />
        <source>标题行</source>
        <translation>標題行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="119" />
        <source>识别的格式</source>
        <translation>識別的格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="120" />
        <source>使用预设</source>
        <translation>使用預設</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="127" />
        <source>表格中的列</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="127" />
        <source>对应到</source>
        <translation>對應到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="127" />
        <source>示例</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="146" />
        <source>另存为预设…</source>
        <translation>另存為預設…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="147" />
        <source>导入</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="188" />
        <source>正在读取文件…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="220" />
        <source>无法导入这个文件</source>
        <translation>無法匯入這個檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="230" />
        <source>（隐藏）</source>
        <translation>（隱藏）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="245" />
        <source>未识别（请检查列对应）</source>
        <translation>未識別（請檢查列對應）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="249" />
        <source>编码 {e}</source>
        <translation>編碼 {e}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="251" />
        <source>标题行：第 {n} 行</source>
        <translation>標題行：第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="253" />
        <source>没有标题行</source>
        <translation>沒有標題行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="256" />
        <source>{detail}（{extra}）</source>
        <translation>{detail}（{extra}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="256" />
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="311" />
        <source>另存为预设</source>
        <translation>另存為預設</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="311" />
        <source>预设名称：</source>
        <translation>預設名稱：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="319" />
        <source>保存预设</source>
        <translation>儲存預設</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="321" />
        <source>已保存为预设：{name}</source>
        <translation>已儲存為預設：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="333" />
        <source>列对应不完整</source>
        <translation>列對應不完整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="334" />
        <source>至少要有一列对应到“正文”“标题”或“链接”。</source>
        <translation>至少要有一列對應到“正文”“標題”或“連結”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="335" />
        <source>请在上面的表格中选择。</source>
        <translation>請在上面的表格中選擇。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="362" />
        <source>正在导入舆情</source>
        <translation>正在匯入輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="378" />
        <source>导入失败</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="382" />
        <source>已取消导入，工作区没有改动。</source>
        <translation>已取消匯入，工作區沒有改動。</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="395" />
        <source>导入完成</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="400" />
        <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;读取 {read:,} 行：新增 &lt;b&gt;{inserted:,}&lt;/b&gt;，更新 {updated:,}，重复 {duplicates:,}，拒绝 &lt;b&gt;{rejected:,}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;讀取 {read:,} 行：新增 &lt;b&gt;{inserted:,}&lt;/b&gt;，更新 {updated:,}，重複 {duplicates:,}，拒絕 &lt;b&gt;{rejected:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="416" />
        <source>其中 {n:,} 行与文件中前面的行作者、时间、正文都相同（没有链接），按不同的人分别导入，未算作重复。</source>
        <translation>其中 {n:,} 行與檔案中前面的行作者、時間、正文都相同（沒有連結），按不同的人分別匯入，未算作重複。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="428" />
        <source>行号</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="428" />
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="437" />
        <source>被拒绝的行（前 {n} 行）：</source>
        <translation>被拒絕的行（前 {n} 行）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="441" />
        <source>没有被拒绝的行。</source>
        <translation>沒有被拒絕的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="444" />
        <source>导出被拒绝的行…</source>
        <translation>匯出被拒絕的行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="453" />
        <source>导出被拒绝的行</source>
        <translation>匯出被拒絕的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="453" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/dialog.py" line="462" />
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
</context>
<context>
    <name>IssueTypesDialog</name>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="87" />
        <source>编辑问题类型</source>
        <translation>編輯問題類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/dialogs.py" line="90" />
        <source>每行一个问题类型。删除某个类型时，已标注它的舆情保留原值。</source>
        <translation>每行一個問題類型。刪除某個類型時，已標註它的輿情保留原值。</translation>
    </message>
</context>
<context>
    <name>KbExcelActions</name>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="40" />
        <source>导入问答库（Excel）…</source>
        <translation>匯入問答庫（Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="45" />
        <source>导出问答库（Excel）…</source>
        <translation>匯出問答庫（Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="62" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="75" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="78" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="93" />
        <source>导入问答库</source>
        <translation>匯入問答庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="64" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="108" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel 檔案 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="78" />
        <source>条</source>
        <translation>條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="85" />
        <source>新建 {c} 个条目，更新 {u} 个（成为待审批的新草稿），未变 {n} 个，跳过 {s} 个。</source>
        <translation>新建 {c} 個條目，更新 {u} 個（成為待審批的新草稿），未變 {n} 個，跳過 {s} 個。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="89" />
        <source>{n} 个新条目的典型评论与已有条目几乎相同，请检查是否重复。</source>
        <translation>{n} 個新條目的典型評論與已有條目幾乎相同，請檢查是否重複。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="106" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="122" />
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="135" />
        <source>导出问答库</source>
        <translation>匯出問答庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="122" />
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="129" />
        <source>已导出 {n} 个条目到 {p}</source>
        <translation>已匯出 {n} 個條目到 {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/kb_excel_actions.py" line="137" />
        <source>请换一个保存位置，或关闭正在打开该文件的 Excel。</source>
        <translation>請換一個儲存位置，或關閉正在開啟該檔案的 Excel。</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="86" />
        <source>编辑</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="87" />
        <source>版本历史</source>
        <translation>版本歷史</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="88" />
        <source>测试评论</source>
        <translation>測試評論</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="100" />
        <source>问答库</source>
        <translation>問答庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="101" />
        <source>常见评论与审批过的回复话术：回复前先在这里找，保持口径一致。</source>
        <translation>常見評論與審批過的回覆話術：回覆前先在這裡找，保持口徑一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="114" />
        <source>回复助手…</source>
        <translation>回覆助手…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="126" />
        <source>回复…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="144" />
        <source>回复</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="144" />
        <source>请先在舆情台账里选中一条舆情。</source>
        <translation>請先在輿情臺帳裡選中一條輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="268" />
        <source>保存条目</source>
        <translation>儲存條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="276" />
        <source>可能重复</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="278" />
        <source>典型评论“{new}”与已有条目“{title}”的“{old}”几乎相同。
已保存；如果是同一类评论，可以合并到那个条目里。</source>
        <translation>典型評論“{new}”與已有條目“{title}”的“{old}”幾乎相同。
已儲存；如果是同一類評論，可以合併到那個條目裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="288" />
        <source>提交审批</source>
        <translation>提交審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="314" />
        <source>恢复使用</source>
        <translation>恢復使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="318" />
        <location filename="../../desktop/ui/kb/page.py" line="324" />
        <source>停用条目</source>
        <translation>停用條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="319" />
        <source>停用“{t}”？停用后不再推荐，审批作废；历史版本保留，可随时恢复。</source>
        <translation>停用“{t}”？停用後不再推薦，審批作廢；歷史版本保留，可隨時恢復。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="339" />
        <location filename="../../desktop/ui/kb/page.py" line="344" />
        <location filename="../../desktop/ui/kb/page.py" line="353" />
        <source>添加附件</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="339" />
        <source>请先保存条目，再添加附件。</source>
        <translation>請先儲存條目，再新增附件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="346" />
        <source>图片 (*.png *.jpg *.jpeg *.gif *.webp);;所有文件 (*)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.gif *.webp);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="366" />
        <source>删除附件</source>
        <translation>刪除附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="376" />
        <source>话术变量</source>
        <translation>話術變數</translation>
    </message>
</context>
<context>
    <name>KbValuesDialog</name>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="28" />
        <source>话术变量</source>
        <translation>話術變數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="31" />
        <source>占位符名称</source>
        <translation>佔位符名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="31" />
        <source>填入的内容</source>
        <translation>填入的內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="39" />
        <source>添加一行</source>
        <translation>新增一行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="47" />
        <source>回复里的 {热线} 等占位符会自动换成这里的内容。改动超过阈值的回复会被记为“非审批话术”。</source>
        <translation>回覆裡的 {热线} 等佔位符會自動換成這裡的內容。改動超過閾值的回覆會被記為“非審批話術”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/values_dialog.py" line="62" />
        <source>改动幅度阈值</source>
        <translation>改動幅度閾值</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="26" />
        <source>标注满 {n} 条后开始评估模型（已标注 {k} 条）</source>
        <translation>標註滿 {n} 條後開始評估模型（已標註 {k} 條）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="29" />
        <source>模型在本工作区的一致率 {p}（基于 {n} 条人工标注，交叉验证）</source>
        <translation>模型在本工作區的一致率 {p}（基於 {n} 條人工標註，交叉驗證）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="45" />
        <source>情感建议来自内置模型，并从本工作区的人工标注中学习（每新增约 20 条标注自动更新）；一致率是模型对未参与训练的标注的判断与人工一致的比例</source>
        <translation>情感建議來自內建模型，並從本工作區的人工標註中學習（每新增約 20 條標註自動更新）；一致率是模型對未參與訓練的標註的判斷與人工一致的比例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="50" />
        <source>用人工标注重新训练模型</source>
        <translation>用人工標註重新訓練模型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="76" />
        <location filename="../../desktop/ui/mentions/learning.py" line="87" />
        <source>无法判断情感</source>
        <translation>無法判斷情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="110" />
        <source>人工标注不足 {n} 条，暂时无法训练（按 1/2/3 标注舆情）</source>
        <translation>人工標註不足 {n} 條，暫時無法訓練（按 1/2/3 標註輿情）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="131" />
        <source>无法训练模型</source>
        <translation>無法訓練模型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="139" />
        <source>正在从人工标注学习</source>
        <translation>正在從人工標註學習</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="148" />
        <source>模型已根据 {n} 条人工标注更新，建议已重新计算</source>
        <translation>模型已根據 {n} 條人工標註更新，建議已重新計算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/learning.py" line="152" />
        <source>（一致率 {p}，内置模型 {b}）</source>
        <translation>（一致率 {p}，內建模型 {b}）</translation>
    </message>
</context>
<context>
    <name>LinkToCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="163" />
        <source>关联到案例</source>
        <translation>關聯到案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="166" />
        <source>把 {n} 条舆情关联到：</source>
        <translation>把 {n} 條輿情關聯到：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="170" />
        <source>新建案例…</source>
        <translation>新建案例…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="172" />
        <source>新案例的标题</source>
        <translation>新案例的標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="177" />
        <source>案例</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="178" />
        <source>新案例标题</source>
        <translation>新案例標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="179" />
        <source>关联</source>
        <translation>關聯</translation>
    </message>
</context>
<context>
    <name>ListeningPage</name>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="43" />
        <location filename="../../desktop/ui/listening/page.py" line="70" />
        <source>监测</source>
        <translation>監測</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="45" />
        <source>关键词监测组与预警：导入的舆情自动匹配监测组；负面激增、大V/媒体负面、敏感词、超时未回复和事件时限按发布时间检查。</source>
        <translation>關鍵詞監測組與預警：匯入的輿情自動匹配監測組；負面激增、大V/媒體負面、敏感詞、超時未回覆和事件時限按發布時間檢查。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="53" />
        <location filename="../../desktop/ui/listening/page.py" line="102" />
        <source>预警</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="54" />
        <source>监测组</source>
        <translation>監測組</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="102" />
        <source>预警（{n}）</source>
        <translation>預警（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="145" />
        <source>新预警 {n} 条：{first}</source>
        <translation>新預警 {n} 條：{first}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="152" />
        <source>检查完毕，没有新预警</source>
        <translation>檢查完畢，沒有新預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="161" />
        <source>无法检查预警</source>
        <translation>無法檢查預警</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/page.py" line="178" />
        <source>无法保存预警设置</source>
        <translation>無法儲存預警設定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149" />
        <source>文件(&amp;F)</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>新建工作区…</source>
        <translation>新建工作區…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157" />
        <source>打开…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159" />
        <source>最近打开</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162" />
        <source>打开演示工作区</source>
        <translation>開啟示範工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166" />
        <source>立即备份</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172" />
        <source>保存副本（带到另一台电脑）…</source>
        <translation>儲存副本（帶到另一臺電腦）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174" />
        <source>从备份恢复…</source>
        <translation>從備份恢復…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175" />
        <source>检查工作区</source>
        <translation>檢查工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182" />
        <source>关闭工作区</source>
        <translation>關閉工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187" />
        <source>设置…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190" />
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192" />
        <source>编辑(&amp;E)</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193" />
        <source>视图(&amp;V)</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194" />
        <source>帮助(&amp;H)</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195" />
        <location filename="../../desktop/ui/main_window.py" line="369" />
        <source>关于 CrisisDesk</source>
        <translation>關於 CrisisDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>（无）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308" />
        <source>舆情应对台</source>
        <translation>輿情應對臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311" />
        <source>（只读）</source>
        <translation>（唯讀）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="317" />
        <source>没有打开工作区</source>
        <translation>沒有開啟工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="320" />
        <source> · 只读</source>
        <translation> · 唯讀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327" />
        <source>舆情 {m:,} · 负面 {n:,} · 问答库 {k:,} · 案例 {c:,}</source>
        <translation>輿情 {m:,} · 負面 {n:,} · 問答庫 {k:,} · 案例 {c:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <source>负面 {n:,} 条：已确认 {c:,} 条（人工标注或表格自带），模型建议 {s:,} 条（置信度够高才计入）</source>
        <translation>負面 {n:,} 條：已確認 {c:,} 條（人工標註或表格自帶），模型建議 {s:,} 條（置信度夠高才計入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371" />
        <source>&lt;h3&gt;舆情应对台 CrisisDesk {version}&lt;/h3&gt;&lt;p&gt;离线的社交媒体危机公关工作台。数据只保存在你选择的工作区文件中。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;輿情應對臺 CrisisDesk {version}&lt;/h3&gt;&lt;p&gt;離線的社交媒體危機公關工作臺。資料只儲存在你選擇的工作區檔案中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="42" />
        <source>默认矩阵（所有场景）</source>
        <translation>預設矩陣（所有場景）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="46" />
        <source>任何级别</source>
        <translation>任何級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="50" />
        <source>列：成员</source>
        <translation>列：成員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="51" />
        <source>列：角色</source>
        <translation>列：角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="54" />
        <source>恢复继承</source>
        <translation>恢復繼承</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="55" />
        <source>删除本矩阵对所选事项的覆盖，重新继承上级矩阵</source>
        <translation>刪除本矩陣對所選事項的覆蓋，重新繼承上級矩陣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="57" />
        <source>场景</source>
        <translation>場景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="59" />
        <source>级别</source>
        <translation>級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="106" />
        <source>先在“成员与联系方式”里添加成员，再在这里指定每个事项由谁执行、由谁审批。</source>
        <translation>先在“成員與聯絡方式”裡新增成員，再在這裡指定每個事項由誰執行、由誰審批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="111" />
        <source>双击单元格选择 R/A/C/I。每个事项恰好一个 A（设新的 A 会替换旧的）。</source>
        <translation>雙擊儲存格選擇 R/A/C/I。每個事項恰好一個 A（設新的 A 會替換舊的）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="113" />
        <source>灰色行继承自上级矩阵（共 {n} 行），修改后在本矩阵中覆盖。</source>
        <translation>灰色行繼承自上級矩陣（共 {n} 行），修改後在本矩陣中覆蓋。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="132" />
        <source>无法修改职责</source>
        <translation>無法修改職責</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/matrix_tab.py" line="156" />
        <source>无法恢复继承</source>
        <translation>無法恢復繼承</translation>
    </message>
</context>
<context>
    <name>MentionDetail</name>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="80" />
        <location filename="../../desktop/ui/mentions/detail.py" line="212" />
        <source>选择一条舆情查看详情。</source>
        <translation>選擇一條輿情檢視詳情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="84" />
        <source>批量编辑所选…</source>
        <translation>批次編輯所選…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="107" />
        <source>在浏览器中打开原文</source>
        <translation>在瀏覽器中開啟原文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="138" />
        <location filename="../../desktop/ui/mentions/detail.py" line="192" />
        <source>（未选）</source>
        <translation>（未選）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="157" />
        <source>未设置</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="160" />
        <source>电话或微信（私下联系用，表格中打码）</source>
        <translation>電話或微信（私下聯絡用，表格中打碼）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="161" />
        <source>显示</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="162" />
        <source>显示完整联系方式（会记录到审计日志）</source>
        <translation>顯示完整聯絡方式（會記錄到審計日誌）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="167" />
        <source>备注：处理经过、承诺的跟进…</source>
        <translation>備註：處理經過、承諾的跟進…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="169" />
        <source>情感</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="170" />
        <source>问题类型</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="171" />
        <source>性质</source>
        <translation>性質</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="172" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="173" />
        <source>负责人</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="174" />
        <source>跟进日期</source>
        <translation>跟進日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="175" />
        <source>联系方式</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="176" />
        <source>备注</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="180" />
        <source>保存修改</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="208" />
        <source>已选 {n} 条。按 1/2/3 统一设置情感，或批量编辑。</source>
        <translation>已選 {n} 條。按 1/2/3 統一設定情感，或批次編輯。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="223" />
        <source>{ours}? · 模型建议 {p}%（空格确认，1/2/3 改判）</source>
        <translation>{ours}? · 模型建議 {p}%（空格確認，1/2/3 改判）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="227" />
        <source>，把握不足不计入统计</source>
        <translation>，把握不足不計入統計</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="230" />
        <source> · 人工标注（{user}）</source>
        <translation> · 人工標註（{user}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="231" />
        <source>未记名</source>
        <translation>未記名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="234" />
        <source> · 原表情感</source>
        <translation> · 原表情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="236" />
        <source>未判定（按 1/2/3 标注）</source>
        <translation>未判定（按 1/2/3 標註）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="241" />
        <source>；模型判断为{label}</source>
        <translation>；模型判斷為{label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="246" />
        <source>情感：{ours}</source>
        <translation>情感：{ours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="249" />
        <source>    原表情感：{vendor}</source>
        <translation>    原表情感：{vendor}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="258" />
        <source>性质提示（仅供参考，请核实后再判断）：</source>
        <translation>性質提示（僅供參考，請核實後再判斷）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="283" />
        <source>{n} 粉丝</source>
        <translation>{n} 粉絲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="285" />
        <source>转发 {r} · 评论 {c} · 点赞 {l}</source>
        <translation>轉發 {r} · 評論 {c} · 按讚 {l}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="296" />
        <source>没有原文链接</source>
        <translation>沒有原文連結</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="309" />
        <source>响应时限 {h:g} 小时：{label}</source>
        <translation>響應時限 {h:g} 小時：{label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="313" />
        <source>，已超时未回复！</source>
        <translation>，已超時未回覆！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="324" />
        <source>已回复（{at}）：{text}</source>
        <translation>已回覆（{at}）：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/detail.py" line="330" />
        <source>监测组：{names}</source>
        <translation>監測組：{names}</translation>
    </message>
</context>
<context>
    <name>MentionFilterBar</name>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="69" />
        <source>搜索正文、标题、作者（两个字即可，如：退款）</source>
        <translation>搜尋正文、標題、作者（兩個字即可，如：退款）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="73" />
        <source>全部情感</source>
        <translation>全部情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="77" />
        <source>全部状态</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="78" />
        <source>未回复（新/待回复）</source>
        <translation>未回覆（新/待回覆）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="80" />
        <source>全部平台</source>
        <translation>全部平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="81" />
        <source>全部负责人</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="93" />
        <source>发布</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="100" />
        <source>案例：全部</source>
        <translation>案例：全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="100" />
        <source>已关联案例</source>
        <translation>已關聯案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="100" />
        <source>未关联案例</source>
        <translation>未關聯案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="102" />
        <source>全部导入批次</source>
        <translation>全部匯入批次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="105" />
        <source>情感来源：全部</source>
        <translation>情感來源：全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="107" />
        <source>模型建议（待确认）</source>
        <translation>模型建議（待確認）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="108" />
        <source>人工标注</source>
        <translation>人工標註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="109" />
        <source>原表情感</source>
        <translation>原表情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="113" />
        <source>按情感由谁判定筛选：模型建议、人工标注或导入表格自带</source>
        <translation>按情感由誰判定篩選：模型建議、人工標註或匯入表格自帶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="115" />
        <source>全部监测组</source>
        <translation>全部監測組</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="121" />
        <source>粉丝 ≥</source>
        <translation>粉絲 ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="125" />
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="138" />
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/filter_bar.py" line="128" />
        <source>清除筛选</source>
        <translation>清除篩選</translation>
    </message>
</context>
<context>
    <name>MentionSettingsButton</name>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="27" />
        <source>设置</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="32" />
        <source>编辑问题类型…</source>
        <translation>編輯問題類型…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="33" />
        <source>设置响应时限…</source>
        <translation>設定響應時限…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="47" />
        <source>问题类型</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="55" />
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="66" />
        <source>响应时限</source>
        <translation>響應時限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/settings_menu.py" line="56" />
        <source>负面舆情应在发布后多少小时内回复？</source>
        <translation>負面輿情應在發布後多少小時內回覆？</translation>
    </message>
</context>
<context>
    <name>MentionsPage</name>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="82" />
        <location filename="../../desktop/ui/mentions/page.py" line="122" />
        <source>舆情台账</source>
        <translation>輿情臺帳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="88" />
        <source>导出当前视图</source>
        <translation>匯出當前檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="167" />
        <source>导出</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="167" />
        <source>这个版本还不能导出舆情。</source>
        <translation>這個版本還不能匯出輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/page.py" line="236" />
        <source>筛选失败</source>
        <translation>篩選失敗</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="30" />
        <source>搜索词，如：钢丝 徐汇</source>
        <translation>搜尋詞，如：鋼絲 徐匯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="32" />
        <source>关联符合搜索的舆情</source>
        <translation>關聯符合搜尋的輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="34" />
        <source>取消关联选中</source>
        <translation>取消關聯選中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="47" />
        <source>还没有关联舆情。在“舆情台账”选中条目，右键“关联到案例…”，或在上方输入搜索词关联。</source>
        <translation>還沒有關聯輿情。在“輿情臺帳”選中條目，右鍵“關聯到案例…”，或在上方輸入搜尋詞關聯。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="63" />
        <source>共 {n} 条：负面 {neg}、中性 {neu}、正面 {pos}；粉丝合计 {reach:,}</source>
        <translation>共 {n} 條：負面 {neg}、中性 {neu}、正面 {pos}；粉絲合計 {reach:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="75" />
        <source>关联舆情（{n}）</source>
        <translation>關聯輿情（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="81" />
        <source>关联舆情</source>
        <translation>關聯輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="81" />
        <source>请先输入搜索词。</source>
        <translation>請先輸入搜尋詞。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="81" />
        <source>例如：钢丝 徐汇店</source>
        <translation>例如：鋼絲 徐匯店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="86" />
        <source>关联失败</source>
        <translation>關聯失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="96" />
        <source>取消关联</source>
        <translation>取消關聯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="97" />
        <source>没有选中舆情。</source>
        <translation>沒有選中輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="98" />
        <source>先在表格里选中要取消关联的条目。</source>
        <translation>先在表格裡選中要取消關聯的條目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/mentions_panel.py" line="103" />
        <source>取消关联失败</source>
        <translation>取消關聯失敗</translation>
    </message>
</context>
<context>
    <name>MentionsTableModel</name>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="82" />
        <source>情感</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="83" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="84" />
        <source>内容</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="85" />
        <source>响应时限</source>
        <translation>響應時限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="87" />
        <source>发布时间</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="89" />
        <source>平台</source>
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="90" />
        <source>作者</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="93" />
        <source>粉丝</source>
        <translation>粉絲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="98" />
        <source>问题类型</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="102" />
        <source>工具情感</source>
        <translation>工具情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="107" />
        <source>性质</source>
        <translation>性質</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="109" />
        <source>负责人</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="112" />
        <source>跟进日期</source>
        <translation>跟進日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="118" />
        <source>转发</source>
        <translation>轉發</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="125" />
        <source>评论</source>
        <translation>評論</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="132" />
        <source>点赞</source>
        <translation>按讚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="137" />
        <source>联系方式</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="139" />
        <source>案例</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="143" />
        <source>编号</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="274" />
        <source>负面舆情发布后经过的时间；超过响应时限且未回复的标红</source>
        <translation>負面輿情發布後經過的時間；超過響應時限且未回覆的標紅</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="308" />
        <source>（已删除）</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="343" />
        <source>响应时限 {h:g} 小时</source>
        <translation>響應時限 {h:g} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="356" />
        <source>模型建议：{label}（置信度 {p}）</source>
        <translation>模型建議：{label}（置信度 {p}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="363" />
        <source>把握不足，不计入统计</source>
        <translation>把握不足，不計入統計</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="369" />
        <source>空格 确认 · 1/2/3 改判</source>
        <translation>空格 確認 · 1/2/3 改判</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="372" />
        <source>由 {user} 手动判定</source>
        <translation>由 {user} 手動判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="376" />
        <source>导入表格自带：{vendor}</source>
        <translation>匯入表格自帶：{vendor}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/model.py" line="383" />
        <source>模型的判断：{label}</source>
        <translation>模型的判斷：{label}</translation>
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
        <translation>顯示的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/table_view.py" line="256" />
        <source>恢复默认列</source>
        <translation>恢復預設列</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="71" />
        <source>新建案例</source>
        <translation>新建案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="75" />
        <source>例如：徐汇店沙拉碗钢丝事件</source>
        <translation>例如：徐匯店沙拉碗鋼絲事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="81" />
        <source>发生了什么？谁最先发帖，在哪个平台？</source>
        <translation>發生了什麼？誰最先發帖，在哪個平臺？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="83" />
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="84" />
        <source>场景</source>
        <translation>場景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="85" />
        <source>发现时间</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="86" />
        <source>摘要</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="87" />
        <source>新建</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="51" />
        <location filename="../../desktop/ui/dialogs.py" line="122" />
        <source>新建工作区</source>
        <translation>新建工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54" />
        <source>例如：某品牌 2026 年舆情</source>
        <translation>例如：某品牌 2026 年輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="56" />
        <source>品牌名会成为一个监测组，导入的舆情自动匹配。</source>
        <translation>品牌名會成為一個監測組，匯入的輿情自動匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="58" />
        <source>用逗号或顿号分隔，例如：凯撒沙拉、藜麦能量碗</source>
        <translation>用逗號或頓號分隔，例如：凱撒沙拉、藜麥能量碗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="59" />
        <source>每个产品会成为一个监测组。</source>
        <translation>每個產品會成為一個監測組。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="69" />
        <source>问答库会预置通用的危机话术，再加上所选行业的常见问题话术。</source>
        <translation>問答庫會預置通用的危機話術，再加上所選行業的常見問題話術。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="72" />
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="78" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="79" />
        <source>品牌</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="80" />
        <source>产品</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="81" />
        <source>客户</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82" />
        <source>行业</source>
        <translation>行業</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="83" />
        <source>保存位置</source>
        <translation>儲存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="95" />
        <source>餐饮/食品</source>
        <translation>餐飲/食品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="96" />
        <source>零售电商</source>
        <translation>零售電商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="97" />
        <source>文娱影视/艺人</source>
        <translation>文娛影視/藝人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="98" />
        <source>互联网 App/平台</source>
        <translation>網際網路 App/平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="99" />
        <source>教育培训</source>
        <translation>教育培訓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="100" />
        <source>酒店旅游</source>
        <translation>酒店旅遊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="101" />
        <source>通用</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="112" />
        <source>保存工作区</source>
        <translation>儲存工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="122" />
        <source>请填写工作区名称。</source>
        <translation>請填寫工作區名稱。</translation>
    </message>
</context>
<context>
    <name>NoMatch</name>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="65" />
        <source>没有符合筛选条件的舆情。换个关键词，或清除筛选。</source>
        <translation>沒有符合篩選條件的輿情。換個關鍵詞，或清除篩選。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="69" />
        <source>清除筛选</source>
        <translation>清除篩選</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="60" />
        <source>发内部通知</source>
        <translation>發內部通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="65" />
        <source>例如：请全体门店员工统一口径，不对外发表个人看法。</source>
        <translation>例如：請全體門店員工統一口徑，不對外發表個人看法。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="67" />
        <source>通知内容</source>
        <translation>通知內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="68" />
        <source>记录通知</source>
        <translation>記錄通知</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="37" />
        <source>负面（已确认）</source>
        <translation>負面（已確認）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="38" />
        <source>负面（模型建议）</source>
        <translation>負面（模型建議）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="39" />
        <source>中性</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="40" />
        <source>正面</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="41" />
        <source>未判定</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/overview_chart.py" line="175" />
        <source>未分类</source>
        <translation>未分類</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="39" />
        <source>如：微博、小红书、大众点评</source>
        <translation>如：微博、小紅書、大眾點評</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="42" />
        <source>介入的媒体、大V</source>
        <translation>介入的媒體、大V</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="49" />
        <source>响应时钟从这里开始；从舆情新建的案例取最早一条舆情的发布时间</source>
        <translation>響應時鐘從這裡開始；從輿情新建的案例取最早一條輿情的發布時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="54" />
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="55" />
        <source>场景</source>
        <translation>場景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="56" />
        <source>起因</source>
        <translation>起因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="57" />
        <source>性质</source>
        <translation>性質</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="58" />
        <source>平台</source>
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="59" />
        <source>地区</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="60" />
        <source>媒体</source>
        <translation>媒體</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="61" />
        <source>负责人</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="62" />
        <source>发现时间</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="63" />
        <source>摘要</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="64" />
        <source>保存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="105" />
        <source>（危机通讯录未指定）</source>
        <translation>（危機通訊錄未指定）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="109" />
        <source>按本案场景和级别，需要通知：</source>
        <translation>按本案場景和級別，需要通知：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="111" />
        <source>知会（I）：</source>
        <translation>知會（I）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="112" />
        <source>负责内部通知（R）：</source>
        <translation>負責內部通知（R）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="113" />
        <source>审批内部通知（A）：</source>
        <translation>審批內部通知（A）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="114" />
        <source>审批声明：</source>
        <translation>審批聲明：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/overview_panel.py" line="145" />
        <source>保存失败</source>
        <translation>儲存失敗</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="81" />
        <source>还没有成员。点“新增成员”添加危机小组，或用“导入 Excel”导入现成的通讯录。</source>
        <translation>還沒有成員。點“新增成員”新增危機小組，或用“匯入 Excel”匯入現成的通訊錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="104" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="105" />
        <source>职务</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="106" />
        <source>部门</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="107" />
        <source>手机</source>
        <translation>手機</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="108" />
        <source>办公电话</source>
        <translation>辦公電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="109" />
        <source>邮箱</source>
        <translation>信箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="110" />
        <source>微信</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="119" />
        <source>新增角色…</source>
        <translation>新增角色…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="122" />
        <source>危机角色</source>
        <translation>危機角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="124" />
        <source>备用人</source>
        <translation>備用人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="126" />
        <source>在岗</source>
        <translation>在崗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="128" />
        <source>不在岗说明，例如：出差至 11 月 25 日</source>
        <translation>不在崗說明，例如：出差至 11 月 25 日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="131" />
        <source>可用</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="134" />
        <source>已核实</source>
        <translation>已核實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="135" />
        <source>刚与本人核对过联系方式：记下今天的日期</source>
        <translation>剛與本人核對過聯絡方式：記下今天的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="139" />
        <source>最近核实</source>
        <translation>最近核實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="142" />
        <source>备注</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="144" />
        <source>保存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="146" />
        <source>删除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="215" />
        <source>新成员</source>
        <translation>新成員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="223" />
        <source>（无备用人）</source>
        <translation>（無備用人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="230" />
        <source>从未核实</source>
        <translation>從未核實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="256" />
        <source>新增角色</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="256" />
        <source>角色名称</source>
        <translation>角色名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="263" />
        <source>无法新增角色</source>
        <translation>無法新增角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="285" />
        <source>无法保存成员</source>
        <translation>無法儲存成員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="293" />
        <source>删除成员</source>
        <translation>刪除成員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="295" />
        <source>删除 {name}？他/她在职责矩阵中的职责会一并删除，以他/她为备用人的成员将没有备用人。</source>
        <translation>刪除 {name}？他/她在職責矩陣中的職責會一併刪除，以他/她為備用人的成員將沒有備用人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="307" />
        <source>无法删除成员</source>
        <translation>無法刪除成員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/people_tab.py" line="315" />
        <source>无法记录核实</source>
        <translation>無法記錄核實</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="86" />
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="87" />
        <location filename="../../desktop/ui/plans/editor.py" line="161" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="95" />
        <source>可能发生什么</source>
        <translation>可能發生什麼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="96" />
        <source>可能性 1-5</source>
        <translation>可能性 1-5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="97" />
        <source>影响 1-5</source>
        <translation>影響 1-5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="98" />
        <source>风险值</source>
        <translation>風險值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="99" />
        <source>早期征兆</source>
        <translation>早期徵兆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="100" />
        <source>监测组</source>
        <translation>監測組</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="102" />
        <source>添加风险</source>
        <translation>新增風險</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="109" />
        <source>风险登记：这个场景下可能发生什么，可能性 × 影响（各 1–5 分），出现什么征兆时要警惕，由哪个监测组发现。</source>
        <translation>風險登記：這個場景下可能發生什麼，可能性 × 影響（各 1–5 分），出現什麼徵兆時要警惕，由哪個監測組發現。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="116" />
        <source>评估</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="126" />
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="127" />
        <source>事项</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="128" />
        <source>负责人</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="129" />
        <source>职责矩阵事项</source>
        <translation>職責矩陣事項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="131" />
        <source>添加清单项</source>
        <translation>新增清單項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="136" />
        <source>按职责矩阵重新生成</source>
        <translation>按職責矩陣重新生成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="139" />
        <source>用危机通讯录的职责矩阵重新填写第一小时清单的角色和负责人</source>
        <translation>用危機通訊錄的職責矩陣重新填寫第一小時清單的角色和負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="146" />
        <source>口径</source>
        <translation>口徑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="147" />
        <source>问答库编号</source>
        <translation>問答庫編號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="148" />
        <source>问答库条目</source>
        <translation>問答庫條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="150" />
        <source>添加口径</source>
        <translation>新增口徑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="153" />
        <source>链接问答库条目…</source>
        <translation>連結問答庫條目…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="154" />
        <source>给所选口径挑一个问答库条目（完整话术在那里）</source>
        <translation>給所選口徑挑一個問答庫條目（完整話術在那裡）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="159" />
        <source>顺序</source>
        <translation>順序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="160" />
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="163" />
        <source>添加渠道</source>
        <translation>新增渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="169" />
        <source>补偿或补救方案</source>
        <translation>補償或補救方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="170" />
        <source>可批准人</source>
        <translation>可批准人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="172" />
        <source>添加方案</source>
        <translation>新增方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="183" />
        <source>第一小时清单（谁核实事实、谁写暂缓声明、谁审批、谁通知员工）</source>
        <translation>第一小時清單（誰核實事實、誰寫暫緩聲明、誰審批、誰通知員工）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="186" />
        <source>口径（链接问答库条目）</source>
        <translation>口徑（連結問答庫條目）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="187" />
        <source>发布渠道与顺序</source>
        <translation>發布渠道與順序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="188" />
        <source>内部通知模板（先于对外发布）</source>
        <translation>內部通知模板（先於對外發布）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="189" />
        <source>补偿与补救（谁可以批准）</source>
        <translation>補償與補救（誰可以批准）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="190" />
        <source>升级条件</source>
        <translation>升級條件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="191" />
        <source>解除条件</source>
        <translation>解除條件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="195" />
        <source>计划</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="206" />
        <source>演练时间</source>
        <translation>演練時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="207" />
        <location filename="../../desktop/ui/plans/editor.py" line="236" />
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="208" />
        <source>演练编号</source>
        <translation>演練編號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="209" />
        <source>发现</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="217" />
        <source>演练</source>
        <translation>演練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="224" />
        <source>危机发生时，在案例页点“启用预案”：第一小时清单出现在响应时钟旁，每一项由谁、何时完成都记入案例时间线，跳过的项目列入复盘。</source>
        <translation>危機發生時，在案例頁點“啟用預案”：第一小時清單出現在響應時鐘旁，每一項由誰、何時完成都記入案例時間線，跳過的專案列入復盤。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="232" />
        <source>案例</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="233" />
        <source>阶段</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="234" />
        <source>启用时间</source>
        <translation>啟用時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="235" />
        <source>启用人</source>
        <translation>啟用人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="237" />
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="238" />
        <source>跳过</source>
        <translation>跳過</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="246" />
        <source>执行</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="259" />
        <source>（应为数字）</source>
        <translation>（應為數字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="260" />
        <source>（问答库里没有这个条目）</source>
        <translation>（問答庫裡沒有這個條目）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="296" />
        <source>上次演练：{at}。发现：{found}</source>
        <translation>上次演練：{at}。發現：{found}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="297" />
        <source>（未记录）</source>
        <translation>（未記錄）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/editor.py" line="303" />
        <source>这个预案还没有演练过。建议每 6 个月至少用它做一次桌面推演，演练结果会记录在这里。</source>
        <translation>這個預案還沒有演練過。建議每 6 個月至少用它做一次桌面推演，演練結果會記錄在這裡。</translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="42" />
        <source>选择一个版本，查看它与前一版的差异；旧版本可以恢复为新的草稿。</source>
        <translation>選擇一個版本，檢視它與前一版的差異；舊版本可以恢復為新的草稿。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="46" />
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="47" />
        <source>修改人</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="48" />
        <source>时间</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="49" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="68" />
        <source>恢复此版本</source>
        <translation>恢復此版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="77" />
        <source>第 {v} 版（已批准）</source>
        <translation>第 {v} 版（已批准）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="78" />
        <source>第 {v} 版</source>
        <translation>第 {v} 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="102" />
        <source>第一版，没有更早的版本可比较。</source>
        <translation>第一版，沒有更早的版本可比較。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/history.py" line="111" />
        <source>内容与前一版相同。</source>
        <translation>內容與前一版相同。</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="40" />
        <source>预案清单（第一小时）</source>
        <translation>預案清單（第一小時）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="48" />
        <source>启用预案</source>
        <translation>啟用預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="60" />
        <source>跳过所选…</source>
        <translation>跳過所選…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="61" />
        <source>这一项不做：写明原因，复盘时会列出</source>
        <translation>這一項不做：寫明原因，復盤時會列出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="91" />
        <source>这个案例还没有启用预案。选一个场景的预案点“启用预案”，第一小时清单会出现在这里。</source>
        <translation>這個案例還沒有啟用預案。選一個場景的預案點“啟用預案”，第一小時清單會出現在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="94" />
        <source>工作区里还没有预案：先到“应急预案”页按模板建立。</source>
        <translation>工作區裡還沒有預案：先到“應急預案”頁按模板建立。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="100" />
        <source>已启用“{title}”第 {v} 版（{by}，{at}）· 完成 {d}/{n} · 跳过 {s}</source>
        <translation>已啟用“{title}”第 {v} 版（{by}，{at}）· 完成 {d}/{n} · 跳過 {s}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="134" />
        <source>未指定负责人</source>
        <translation>未指定負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="137" />
        <source>已跳过（{by}）{why}</source>
        <translation>已跳過（{by}）{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="141" />
        <source>{at} {by} 完成</source>
        <translation>{at} {by} 完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="143" />
        <source>负责：{who}</source>
        <translation>負責：{who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="154" />
        <source>不能启用预案</source>
        <translation>不能啟用預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="162" />
        <source>不能勾选清单项</source>
        <translation>不能勾選清單項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="180" />
        <source>跳过清单项</source>
        <translation>跳過清單項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="180" />
        <source>为什么不做这一项？（复盘时会列出）</source>
        <translation>為什麼不做這一項？（復盤時會列出）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/plan_panel.py" line="186" />
        <source>不能跳过清单项</source>
        <translation>不能跳過清單項</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="58" />
        <location filename="../../desktop/ui/plans/page.py" line="168" />
        <source>应急预案</source>
        <translation>應急預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="60" />
        <source>每个场景一份预案，分四个阶段：评估（风险）、计划（第一小时清单、口径、渠道）、演练（试一试是否可行）、执行（在案例中启用）。</source>
        <translation>每個場景一份預案，分四個階段：評估（風險）、計劃（第一小時清單、口徑、渠道）、演練（試一試是否可行）、執行（在案例中啟用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="66" />
        <source>保存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="68" />
        <source>提交审批</source>
        <translation>提交審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="70" />
        <source>审批…</source>
        <translation>審批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="72" />
        <location filename="../../desktop/ui/plans/page.py" line="490" />
        <source>导出 PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="74" />
        <source>导出预案汇编</source>
        <translation>匯出預案彙編</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="76" />
        <location filename="../../desktop/ui/plans/page.py" line="508" />
        <source>导出 Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="78" />
        <source>导入 Excel</source>
        <translation>匯入 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="80" />
        <source>按模板建立预案</source>
        <translation>按模板建立預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="99" />
        <source>查看问题…</source>
        <translation>檢視問題…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="107" />
        <source>场景</source>
        <translation>場景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="108" />
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="109" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="111" />
        <source>上次演练</source>
        <translation>上次演練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="112" />
        <source>从未</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="143" />
        <source>版本历史</source>
        <translation>版本歷史</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="175" />
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="176" />
        <source>待审批</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="177" />
        <source>已批准</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="185" />
        <source>没有打开的工作区。</source>
        <translation>沒有開啟的工作區。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="199" />
        <source>这个工作区还没有应急预案。点“按模板建立预案”为每个场景生成一份预案（第一小时清单按危机通讯录的职责矩阵生成），或“导入 Excel”。</source>
        <translation>這個工作區還沒有應急預案。點“按模板建立預案”為每個場景生成一份預案（第一小時清單按危機通訊錄的職責矩陣生成），或“匯入 Excel”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="231" />
        <source>✓ 预案检查正常</source>
        <translation>✓ 預案檢查正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="234" />
        <source>预案检查：{n} 个问题</source>
        <translation>預案檢查：{n} 個問題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="243" />
        <source>……另有 {n} 条，见“显示详细信息”。</source>
        <translation>……另有 {n} 條，見“顯示詳細資訊”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="244" />
        <source>预案检查</source>
        <translation>預案檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="249" />
        <source>职责没人负责：在“危机通讯录”里添加人员并给他们角色，这类问题就会消失。从未演练：用“文件 → 开始演练…”做一次桌面推演。</source>
        <translation>職責沒人負責：在“危機通訊錄”裡新增人員並給他們角色，這類問題就會消失。從未演練：用“檔案 → 開始演練…”做一次桌面推演。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="279" />
        <source>未保存的修改</source>
        <translation>未儲存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="279" />
        <source>这个预案有未保存的修改，放弃这些修改？</source>
        <translation>這個預案有未儲存的修改，放棄這些修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="307" />
        <source>{scenario} · 第 {v} 版 · {status}</source>
        <translation>{scenario} · 第 {v} 版 · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="314" />
        <source>{scenario} · 第 {v} 版 · 已批准（{who}，{at}）</source>
        <translation>{scenario} · 第 {v} 版 · 已批准（{who}，{at}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="322" />
        <source>已批准第 {v} 版（{who}，{at}）</source>
        <translation>已批准第 {v} 版（{who}，{at}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="326" />
        <source>案例启用的是已批准的版本，直到新版本获批</source>
        <translation>案例啟用的是已批准的版本，直到新版本獲批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="328" />
        <source>有未保存的修改</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="361" />
        <source>不能保存预案</source>
        <translation>不能儲存預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="368" />
        <source>已保存为第 {v} 版（草稿）</source>
        <translation>已儲存為第 {v} 版（草稿）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="370" />
        <source>内容没有变化</source>
        <translation>內容沒有變化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="382" />
        <source>不能提交审批</source>
        <translation>不能提交審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="398" />
        <source>{title}（第 {v} 版）</source>
        <translation>{title}（第 {v} 版）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="413" />
        <source>不能恢复版本</source>
        <translation>不能恢復版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="421" />
        <source>已把第 {old} 版恢复为第 {v} 版（草稿）</source>
        <translation>已把第 {old} 版恢復為第 {v} 版（草稿）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="429" />
        <source>请先在口径表里选中一行。</source>
        <translation>請先在口徑表裡選中一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="436" />
        <source>问答库里还没有条目。</source>
        <translation>問答庫裡還沒有條目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="440" />
        <source>链接问答库条目</source>
        <translation>連結問答庫條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="441" />
        <source>这条口径的完整话术在哪个条目里？</source>
        <translation>這條口徑的完整話術在哪個條目裡？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="459" />
        <source>已按职责矩阵重新生成第一小时清单（保存后生效）</source>
        <translation>已按職責矩陣重新生成第一小時清單（儲存後生效）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="465" />
        <source>不能建立预案</source>
        <translation>不能建立預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="489" />
        <source>应急预案汇编.pdf</source>
        <translation>應急預案彙編.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="489" />
        <source>应急预案.pdf</source>
        <translation>應急預案.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="490" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="499" />
        <location filename="../../desktop/ui/plans/page.py" line="518" />
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="499" />
        <source>换一个文件夹或文件名再试。</source>
        <translation>換一個資料夾或檔名再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="501" />
        <source>已导出 {p}</source>
        <translation>已匯出 {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="509" />
        <source>应急预案.xlsx</source>
        <translation>應急預案.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="510" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="524" />
        <source>已导出 {n} 个预案到 {p}</source>
        <translation>已匯出 {n} 個預案到 {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="532" />
        <source>导入应急预案</source>
        <translation>匯入應急預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="534" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel 檔案 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="545" />
        <source>无法导入</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="548" />
        <source>新建 {c}，更新 {u}（新的草稿版本），未变 {s}。</source>
        <translation>新建 {c}，更新 {u}（新的草稿版本），未變 {s}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="552" />
        <source>以下行有问题，所在的预案没有导入：</source>
        <translation>以下行有問題，所在的預案沒有匯入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="554" />
        <source>{sheet} 第 {row} 行：{reason}</source>
        <translation>{sheet} 第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plans/page.py" line="559" />
        <source>导入完成</source>
        <translation>匯入完成</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="50" />
        <source>名次</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="51" />
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="52" />
        <source>内容</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="53" />
        <source>作者</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="54" />
        <source>平台</source>
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="55" />
        <source>发布时间</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="56" />
        <source>情感</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="104" />
        <source>万亿</source>
        <translation>萬億</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="119" />
        <source>已确认负面</source>
        <translation>已確認負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="120" />
        <source>已确认中性</source>
        <translation>已確認中性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="121" />
        <source>已确认正面</source>
        <translation>已確認正面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="124" />
        <source>负面概率 {p}%</source>
        <translation>負面機率 {p}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="126" />
        <source>情感未判定</source>
        <translation>情感未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="128" />
        <source>粉丝 {n}</source>
        <translation>粉絲 {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="130" />
        <source>转发 {n}</source>
        <translation>轉發 {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="132" />
        <source>评论 {n}</source>
        <translation>評論 {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="134" />
        <source>已过响应时限 {t}</source>
        <translation>已過響應時限 {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="136" />
        <source>距响应时限还剩 {t}</source>
        <translation>距響應時限還剩 {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="138" />
        <source>该作者此前投诉 {n} 次</source>
        <translation>該作者此前投訴 {n} 次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="146" />
        <source> 分钟</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="147" />
        <source> 小时</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="148" />
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="149" />
        <source> 分</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="173" />
        <source>未判定</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="215" />
        <source>优先分 {s}（0–100）</source>
        <translation>優先分 {s}（0–100）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/model.py" line="223" />
        <source>模型建议，置信度 {p}%</source>
        <translation>模型建議，置信度 {p}%</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="131" />
        <source>没有待处理的提及：导入一份表格（Ctrl+I），或在舆情台账里把已回复的标成“待回复”。新的未回复舆情会按优先级排在这里。</source>
        <translation>沒有待處理的提及：匯入一份表格（Ctrl+I），或在輿情臺帳裡把已回覆的標成“待回覆”。新的未回覆輿情會按優先順序排在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="159" />
        <location filename="../../desktop/ui/queue/page.py" line="210" />
        <source>先处理</source>
        <translation>先處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="163" />
        <source>未回复的舆情按优先级排序：负面概率、传播范围、响应时限、是否反复投诉。</source>
        <translation>未回覆的輿情按優先順序排序：負面機率、傳播範圍、響應時限、是否反覆投訴。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="169" />
        <source>反复投诉与大V…</source>
        <translation>反覆投訴與大V…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="173" />
        <source>重新排序</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="174" />
        <source>按最新数据重新排序（F5）</source>
        <translation>按最新資料重新排序（F5）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="182" />
        <source>键盘：J/K 或 ↑/↓ 移动 ｜ 1 负面 · 2 中性 · 3 正面（标注后自动到下一条）｜ R 或 Enter 回复 ｜ A 作者档案 ｜ F5 重新排序</source>
        <translation>鍵盤：J/K 或 ↑/↓ 移動 ｜ 1 負面 · 2 中性 · 3 正面（標註後自動到下一條）｜ R 或 Enter 回覆 ｜ A 作者檔案 ｜ F5 重新排序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="218" />
        <source>作者档案…</source>
        <translation>作者檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="311" />
        <source>无法排序</source>
        <translation>無法排序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="342" />
        <source>共 {total} 条待处理，显示优先级最高的 {shown} 条</source>
        <translation>共 {total} 條待處理，顯示優先順序最高的 {shown} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="346" />
        <source>共 {total} 条待处理</source>
        <translation>共 {total} 條待處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue/page.py" line="367" />
        <source>无法保存</source>
        <translation>無法儲存</translation>
    </message>
</context>
<context>
    <name>ReferenceLibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="104" />
        <source>参考案例库</source>
        <translation>參考案例庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="108" />
        <source>根据公开报道整理的知名危机案例，供研判和培训参考；可用作新案例的模板。</source>
        <translation>根據公開報道整理的知名危機案例，供研判和培訓參考；可用作新案例的模板。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="124" />
        <source>用作模板新建案例</source>
        <translation>用作模板新建案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="125" />
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="143" />
        <source>发生了什么</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="143" />
        <source>怎么应对的</source>
        <translation>怎麼應對的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="144" />
        <source>结果</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="144" />
        <source>经验教训</source>
        <translation>經驗教訓</translation>
    </message>
</context>
<context>
    <name>Relevance</name>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="34" />
        <source>强相关</source>
        <translation>強相關</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="35" />
        <source>可能相关</source>
        <translation>可能相關</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="37" />
        <source>不相关</source>
        <translation>不相關</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="35" />
        <source>生成日报/周报</source>
        <translation>生成日報/週報</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="41" />
        <source>日报（一天）</source>
        <translation>日報（一天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="42" />
        <source>周报（七天）</source>
        <translation>週報（七天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="43" />
        <source>自定义起止日期</source>
        <translation>自定義起止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="47" />
        <source>报告</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="50" />
        <location filename="../../desktop/ui/home/report_dialog.py" line="84" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="54" />
        <source>从</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="55" />
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="59" />
        <source>PDF（打印、发给客户）</source>
        <translation>PDF（列印、發給客戶）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="60" />
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="61" />
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="63" />
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="67" />
        <source>语言</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="71" />
        <source>生成…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="84" />
        <source>最后一天</source>
        <translation>最後一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="99" />
        <location filename="../../desktop/ui/home/report_dialog.py" line="133" />
        <source>无法生成报告</source>
        <translation>無法生成報告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="102" />
        <source>舆情日报</source>
        <translation>輿情日報</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="102" />
        <source>舆情周报</source>
        <translation>輿情週報</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="103" />
        <source>舆情报告</source>
        <translation>輿情報告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="107" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="107" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="109" />
        <source>保存报告</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="133" />
        <source>换一个文件夹或文件名再试。</source>
        <translation>換一個資料夾或檔名再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home/report_dialog.py" line="138" />
        <source>已生成报告 {path}</source>
        <translation>已生成報告 {path}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="37" />
        <source>做得好的</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="38" />
        <source>做得不好的</source>
        <translation>做得不好的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="39" />
        <source>根本原因 *</source>
        <translation>根本原因 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="40" />
        <source>经验教训 *</source>
        <translation>經驗教訓 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="41" />
        <source>结果</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="47" />
        <source>保存复盘</source>
        <translation>儲存復盤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="49" />
        <source>结案</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="52" />
        <source>* 结案前必须填写根本原因和经验教训。</source>
        <translation>* 結案前必須填寫根本原因和經驗教訓。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="59" />
        <source>改进措施</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="60" />
        <source>添加…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="62" />
        <source>标记完成/未完成</source>
        <translation>標記完成/未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="64" />
        <source>删除</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="94" />
        <source>跳过：{t}（{why}）</source>
        <translation>跳過：{t}（{why}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="97" />
        <source>未完成：{t}</source>
        <translation>未完成：{t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="99" />
        <source>预案清单中需要复盘的项目：</source>
        <translation>預案清單中需要復盤的專案：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="112" />
        <source>保存失败</source>
        <translation>儲存失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="121" />
        <source>不能结案</source>
        <translation>不能結案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="131" />
        <source>添加失败</source>
        <translation>新增失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="143" />
        <source>更新失败</source>
        <translation>更新失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/review_panel.py" line="152" />
        <source>删除失败</source>
        <translation>刪除失敗</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="34" />
        <location filename="../../desktop/ui/roster/export_dialog.py" line="92" />
        <location filename="../../desktop/ui/roster/export_dialog.py" line="99" />
        <source>导出危机通讯录</source>
        <translation>匯出危機通訊錄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="40" />
        <source>浏览…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="42" />
        <source>保存到</source>
        <translation>儲存到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="48" />
        <source>Excel 文件包含“人员”“职责矩阵”两张表，可以改好后用“导入 Excel”读回。需要打印完整联系方式时，请用“打印危机联络卡”。</source>
        <translation>Excel 檔案包含“人員”“職責矩陣”兩張表，可以改好後用“匯入 Excel”讀回。需要列印完整聯絡方式時，請用“列印危機聯絡卡”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="58" />
        <source>导出的文件将包含成员完整的手机、微信和邮箱。这次导出会记入审计日志（谁、何时、导出了什么、多少人）。

确定要导出不打码的版本吗？</source>
        <translation>匯出的檔案將包含成員完整的手機、微信和信箱。這次匯出會記入審計日誌（誰、何時、匯出了什麼、多少人）。

確定要匯出不打碼的版本嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="63" />
        <source>手机、微信、邮箱会打码（如 138****8000）；读回打码的文件不会覆盖已有的联系方式。</source>
        <translation>手機、微信、信箱會打碼（如 138****8000）；讀回打碼的檔案不會覆蓋已有的聯絡方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="66" />
        <source>⚠ 将导出完整联系方式，并记入审计日志。请妥善保管导出的文件，不要外发。</source>
        <translation>⚠ 將匯出完整聯絡方式，並記入審計日誌。請妥善保管匯出的檔案，不要外發。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="76" />
        <source>导出</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="77" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="84" />
        <source>导出 Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="84" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel 檔案 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="92" />
        <source>请填写要保存的文件名。</source>
        <translation>請填寫要儲存的檔名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="100" />
        <source>保存位置不存在：{folder}</source>
        <translation>儲存位置不存在：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/export_dialog.py" line="101" />
        <source>请选择一个已有的文件夹。</source>
        <translation>請選擇一個已有的資料夾。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="59" />
        <location filename="../../desktop/ui/roster/page.py" line="95" />
        <source>危机通讯录</source>
        <translation>危機通訊錄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="61" />
        <source>谁说、谁做、谁批：成员与联系方式、职责矩阵（R 执行 · A 审批 · C 咨询 · I 知会）和健康检查。</source>
        <translation>誰說、誰做、誰批：成員與聯絡方式、職責矩陣（R 執行 · A 審批 · C 諮詢 · I 知會）和健康檢查。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="66" />
        <source>新增成员</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="68" />
        <source>打印危机联络卡</source>
        <translation>列印危機聯絡卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="70" />
        <source>导出 Excel</source>
        <translation>匯出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="72" />
        <source>导入 Excel</source>
        <translation>匯入 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="87" />
        <source>成员与联系方式</source>
        <translation>成員與聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="88" />
        <source>职责矩阵</source>
        <translation>職責矩陣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="89" />
        <location filename="../../desktop/ui/roster/page.py" line="153" />
        <source>健康检查</source>
        <translation>健康檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="139" />
        <source>✓ 健康</source>
        <translation>✓ 健康</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="142" />
        <source>健康检查：{e} 错误 · {w} 提醒</source>
        <translation>健康檢查：{e} 錯誤 · {w} 提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="149" />
        <source> · 预案 {n} 个问题</source>
        <translation> · 預案 {n} 個問題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="153" />
        <source>健康检查（{n}）</source>
        <translation>健康檢查（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="188" />
        <source>打印危机联络卡（含完整联系方式）</source>
        <translation>列印危機聯絡卡（含完整聯絡方式）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="190" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="201" />
        <source>无法生成危机联络卡</source>
        <translation>無法生成危機聯絡卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="201" />
        <source>请换一个保存位置再试。</source>
        <translation>請換一個儲存位置再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="204" />
        <source>已生成危机联络卡：{p}（含完整联系方式，供打印张贴，请妥善保管）</source>
        <translation>已生成危機聯絡卡：{p}（含完整聯絡方式，供列印張貼，請妥善保管）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="228" />
        <source>请确认文件没有在 Excel 中打开，或换一个位置。</source>
        <translation>請確認檔案沒有在 Excel 中開啟，或換一個位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="229" />
        <source>导出失败</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="247" />
        <source>已导出 {n} 人到 {p}（联系方式已打码）</source>
        <translation>已匯出 {n} 人到 {p}（聯絡方式已打碼）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="249" />
        <source>已导出 {n} 人到 {p}（含完整联系方式，已记入审计日志）</source>
        <translation>已匯出 {n} 人到 {p}（含完整聯絡方式，已記入審計日誌）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="257" />
        <source>导入危机通讯录</source>
        <translation>匯入危機通訊錄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="257" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel 檔案 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="265" />
        <location filename="../../desktop/ui/roster/page.py" line="277" />
        <source>无法导入</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="267" />
        <source>正在读取通讯录…</source>
        <translation>正在讀取通訊錄…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="283" />
        <source>新增 {i} 人，更新 {u} 人；职责矩阵 {c} 格。</source>
        <translation>新增 {i} 人，更新 {u} 人；職責矩陣 {c} 格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="288" />
        <source>{n} 项打码的联系方式（如 138****8000）未导入，原有联系方式保持不变。</source>
        <translation>{n} 項打碼的聯絡方式（如 138****8000）未匯入，原有聯絡方式保持不變。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="291" />
        <source>跳过 {n} 行：</source>
        <translation>跳過 {n} 行：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="293" />
        <source>{sheet} 第 {row} 行：{reason}</source>
        <translation>{sheet} 第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/page.py" line="298" />
        <source>导入完成</source>
        <translation>匯入完成</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop/ui/plans/rows_editor.py" line="75" />
        <source>删除所选行</source>
        <translation>刪除所選行</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="145" />
        <source>设置</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="154" />
        <source>你的名字（审计日志和记录人）</source>
        <translation>你的名字（審計日誌和記錄人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="155" />
        <source>界面语言（重启后生效）</source>
        <translation>介面語言（重啟後生效）</translation>
    </message>
</context>
<context>
    <name>SeverityDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="301" />
        <location filename="../../desktop/ui/cases/dialogs.py" line="312" />
        <source>定级</source>
        <translation>定級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="307" />
        <source>为什么是这个级别？例如：涉及食品安全，已有媒体问询。</source>
        <translation>為什麼是這個級別？例如：涉及食品安全，已有媒體問詢。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="310" />
        <source>级别</source>
        <translation>級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="311" />
        <source>理由</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>SeverityPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="38" />
        <source>系统建议</source>
        <translation>系統建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="39" />
        <source>已定级别</source>
        <translation>已定級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="45" />
        <source>定级理由</source>
        <translation>定級理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="54" />
        <source>重新计算建议</source>
        <translation>重新計算建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="56" />
        <source>定级…</source>
        <translation>定級…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="74" />
        <source> {n} 分</source>
        <translation> {n} 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="77" />
        <source>未定级</source>
        <translation>未定級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="81" />
        <source>（{user} {time}）</source>
        <translation>（{user} {time}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="88" />
        <source>尚未人工定级：参考系统建议，写明理由后定级。</source>
        <translation>尚未人工定級：參考系統建議，寫明理由後定級。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="96" />
        <source>还没有关联舆情，无法给出建议。先从舆情台账关联相关条目。</source>
        <translation>還沒有關聯輿情，無法給出建議。先從輿情臺帳關聯相關條目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="104" />
        <source>系统按五个因素打分（每项 0–3 分），合计 {score} 分。</source>
        <translation>系統按五個因素打分（每項 0–3 分），合計 {score} 分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="108" />
        <source>因素</source>
        <translation>因素</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="109" />
        <source>数值</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="110" />
        <source>得分</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="111" />
        <source>说明</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="124" />
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="128" />
        <source>负面声量</source>
        <translation>負面聲量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="129" />
        <source>传播范围</source>
        <translation>傳播範圍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="130" />
        <source>传播速度</source>
        <translation>傳播速度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="131" />
        <source>头 2 小时</source>
        <translation>頭 2 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="132" />
        <source>敏感词</source>
        <translation>敏感詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="143" />
        <source>{n} 粉丝</source>
        <translation>{n} 粉絲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="145" />
        <source>峰值 {n} 条/小时</source>
        <translation>峰值 {n} 條/小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="147" />
        <source>{n} 条</source>
        <translation>{n} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="149" />
        <source>{n} 个</source>
        <translation>{n} 個</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="158" />
        <source>（{a}/{b}/{c} 条起各加 1 分）</source>
        <translation>（{a}/{b}/{c} 條起各加 1 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="161" />
        <source>（{a}/{b}/{c} 条/小时起各加 1 分）</source>
        <translation>（{a}/{b}/{c} 條/小時起各加 1 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="163" />
        <source>负面在最初 1–2 小时扩散最快</source>
        <translation>負面在最初 1–2 小時擴散最快</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="166" />
        <source>粉丝合计 {total}，最大 {most}</source>
        <translation>粉絲合計 {total}，最大 {most}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="172" />
        <source>大V（≥{n} 粉丝）：{names}</source>
        <translation>大V（≥{n} 粉絲）：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="179" />
        <source>媒体/认证账号 {n} 个：{names}</source>
        <translation>媒體/認證帳號 {n} 個：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="183" />
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="186" />
        <source>未发现敏感词</source>
        <translation>未發現敏感詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="187" />
        <source>{n} 条含敏感词：{words}</source>
        <translation>{n} 條含敏感詞：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="191" />
        <source>；严重词：{words}</source>
        <translation>；嚴重詞：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="199" />
        <source>{n} 条负面</source>
        <translation>{n} 條負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="203" />
        <source>（已确认 {c} 条，模型建议 {s} 条）</source>
        <translation>（已確認 {c} 條，模型建議 {s} 條）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="207" />
        <source>；另有 {g} 条把握不足的模型判断未计入</source>
        <translation>；另有 {g} 條把握不足的模型判斷未計入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="219" />
        <source>负面仅 {n} 条（少于 {cap} 条），最高建议Ⅱ级，请人工研判</source>
        <translation>負面僅 {n} 條（少於 {cap} 條），最高建議Ⅱ級，請人工研判</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="223" />
        <source>还没有关联舆情：先从舆情台账关联相关条目</source>
        <translation>還沒有關聯輿情：先從輿情臺帳關聯相關條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="230" />
        <source>计算失败</source>
        <translation>計算失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/severity_panel.py" line="241" />
        <source>不能定级</source>
        <translation>不能定級</translation>
    </message>
</context>
<context>
    <name>StartDrillDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="30" />
        <location filename="../../desktop/ui/drills/start_dialog.py" line="76" />
        <source>开始演练</source>
        <translation>開始演練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="36" />
        <source>演练在一个单独的演练副本里进行：舆情按压缩的时钟逐条到来，团队像真实案例一样研判、写暂缓声明、审批、发内部通知。正式工作区在演练中不会被改动，结束时只记录一条演练总结。</source>
        <translation>演練在一個單獨的演練副本里進行：輿情按壓縮的時鐘逐條到來，團隊像真實案例一樣研判、寫暫緩聲明、審批、發內部通知。正式工作區在演練中不會被改動，結束時只記錄一條演練總結。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="46" />
        <source>演练脚本</source>
        <translation>演練指令碼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="47" />
        <source>参考案例</source>
        <translation>參考案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="48" />
        <source>本工作区的历史案例</source>
        <translation>本工作區的歷史案例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="52" />
        <source>来源</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="55" />
        <source>内容</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="56" />
        <source>本工作区还没有案例；可以先用演练脚本或参考案例。</source>
        <translation>本工作區還沒有案例；可以先用演練指令碼或參考案例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="62" />
        <source>{n}级</source>
        <translation>{n}級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="63" />
        <source>级别</source>
        <translation>級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="68" />
        <source> 倍</source>
        <translation> 倍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="70" />
        <source>速度</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="93" />
        <source>{title}（{scenario}）</source>
        <translation>{title}（{scenario}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/start_dialog.py" line="114" />
        <source>演练中 1 小时 = 实际 {m} 分钟</source>
        <translation>演練中 1 小時 = 實際 {m} 分鐘</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="223" />
        <source>新建声明</source>
        <translation>新建聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="231" />
        <source>显示全部场景</source>
        <translation>顯示全部場景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="232" />
        <source>默认只列出本案场景的话术</source>
        <translation>預設只列出本案場景的話術</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="242" />
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="243" />
        <source>类型</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="244" />
        <source>从问答库开始</source>
        <translation>從問答庫開始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="246" />
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="247" />
        <source>保存草稿</source>
        <translation>儲存草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="262" />
        <source>（空白）</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="270" />
        <source>问答库里还没有官方声明或暂缓回复话术。</source>
        <translation>問答庫裡還沒有官方聲明或暫緩回覆話術。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="273" />
        <source>问答库里没有本案场景的声明话术；勾选“显示全部场景”查看其他场景。</source>
        <translation>問答庫裡沒有本案場景的聲明話術；勾選“顯示全部場景”檢視其他場景。</translation>
    </message>
</context>
<context>
    <name>StatementDraftDialog</name>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="36" />
        <source>写暂缓声明</source>
        <translation>寫暫緩聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="43" />
        <source>渠道</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="46" />
        <source>例如：我们已关注到网友反映的情况，正在全面核实，将第一时间公布进展。</source>
        <translation>例如：我們已關注到網友反映的情況，正在全面核實，將第一時間公佈進展。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="48" />
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drills/dialogs.py" line="49" />
        <source>保存草稿</source>
        <translation>儲存草稿</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="38" />
        <source>新建声明…</source>
        <translation>新建聲明…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="40" />
        <source>保存修改</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="42" />
        <source>审批…</source>
        <translation>審批…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="44" />
        <source>标记为已发布</source>
        <translation>標記為已發布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="47" />
        <source>复制正文</source>
        <translation>複製正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="49" />
        <source>删除草稿</source>
        <translation>刪除草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="72" />
        <source>选中一份声明查看和修改正文；修改已审批的声明会生成新版本，需要重新审批。</source>
        <translation>選中一份聲明檢視和修改正文；修改已審批的聲明會生成新版本，需要重新審批。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="92" />
        <source>可审批声明的人（危机通讯录 · 审批声明 A）：</source>
        <translation>可審批聲明的人（危機通訊錄 · 審批聲明 A）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="96" />
        <source>危机通讯录里还没有人负责“审批声明”（A）：先在危机通讯录的职责矩阵中指定，声明才能审批和发布。</source>
        <translation>危機通訊錄裡還沒有人負責“審批聲明”（A）：先在危機通訊錄的職責矩陣中指定，聲明才能審批和發布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="138" />
        <source>不能新建声明</source>
        <translation>不能新建聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="149" />
        <source>保存失败</source>
        <translation>儲存失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="158" />
        <location filename="../../desktop/ui/cases/statements_panel.py" line="168" />
        <source>审批</source>
        <translation>審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="158" />
        <source>没有选中声明。</source>
        <translation>沒有選中聲明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="195" />
        <source>声明语言与工作区不一致</source>
        <translation>聲明語言與工作區不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="196" />
        <source>仍要{action}吗？</source>
        <translation>仍要{action}嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="205" />
        <source>发布</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="212" />
        <source>不能发布</source>
        <translation>不能發布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/statements_panel.py" line="227" />
        <source>不能删除</source>
        <translation>不能刪除</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="33" />
        <source>显示 {shown:,} 条 / 共 {total:,} 条</source>
        <translation>顯示 {shown:,} 條 / 共 {total:,} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="37" />
        <source> · 已选 {n:,} 条</source>
        <translation> · 已選 {n:,} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/status.py" line="39" />
        <source> · ⚠ {n:,} 条负面超过 {h:g} 小时未回复</source>
        <translation> · ⚠ {n:,} 條負面超過 {h:g} 小時未回覆</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="74" />
        <source>粘贴或输入要回复的评论，下面会列出相似的问答库条目和已回复的舆情。</source>
        <translation>貼上或輸入要回覆的評論，下面會列出相似的問答庫條目和已回覆的輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="82" />
        <source>问答库条目</source>
        <translation>問答庫條目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="84" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="85" />
        <source>已审批</source>
        <translation>已審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="85" />
        <source>未审批</source>
        <translation>未審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="87" />
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="98" />
        <source>相关度</source>
        <translation>相關度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="96" />
        <source>相似的已回复舆情</source>
        <translation>相似的已回覆輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="97" />
        <source>当时的回复</source>
        <translation>當時的回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="106" />
        <source>双击：以这条舆情当时的回复为底稿</source>
        <translation>雙擊：以這條輿情當時的回覆為底稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="115" />
        <source>评论</source>
        <translation>評論</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="131" />
        <source>（作者未知）</source>
        <translation>（作者未知）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="132" />
        <source>{who} · {platform}</source>
        <translation>{who} · {platform}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="134" />
        <source> · 已回复过：{reply}</source>
        <translation> · 已回覆過：{reply}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="157" />
        <source>先输入评论内容。</source>
        <translation>先輸入評論內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="161" />
        <source>问答库里没有相似的条目：可以直接写回复，之后在问答库新建一个条目沉淀下来。</source>
        <translation>問答庫裡沒有相似的條目：可以直接寫回覆，之後在問答庫新建一個條目沉澱下來。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="167" />
        <source>没有强相关的条目，回复从空白开始：上面列出的候选只是可能相关或不相关，确认适用再选用。</source>
        <translation>沒有強相關的條目，回覆從空白開始：上面列出的候選只是可能相關或不相關，確認適用再選用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="185" />
        <source>命中的词：</source>
        <translation>命中的詞：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/composer_suggestions.py" line="201" />
        <source>当时的回复：</source>
        <translation>當時的回覆：</translation>
    </message>
</context>
<context>
    <name>SuggestionTester</name>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="34" />
        <source>粘贴一条评论，看看问答库会推荐什么</source>
        <translation>貼上一條評論，看看問答庫會推薦什麼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="40" />
        <source>在回复助手中打开…</source>
        <translation>在回覆助手中開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="58" />
        <source>输入一条评论，这里会列出匹配的条目和相似的已回复舆情。</source>
        <translation>輸入一條評論，這裡會列出匹配的條目和相似的已回覆輿情。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="64" />
        <source>&lt;p&gt;没有匹配的条目：可以新建一个，把这条评论写进“典型评论”。&lt;/p&gt;</source>
        <translation>&lt;p&gt;沒有匹配的條目：可以新建一個，把這條評論寫進“典型評論”。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="66" />
        <source>（未审批）</source>
        <translation>（未審批）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="70" />
        <source>命中：</source>
        <translation>命中：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb/tester.py" line="78" />
        <source>相似的已回复舆情</source>
        <translation>相似的已回覆輿情</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="383" />
        <source>负面条数（1/2/3 分）</source>
        <translation>負面條數（1/2/3 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="384" />
        <source>粉丝合计（1/2/3 分）</source>
        <translation>粉絲合計（1/2/3 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="385" />
        <source>每小时峰值（1/2/3 分）</source>
        <translation>每小時峰值（1/2/3 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="386" />
        <source>头 2 小时条数（1/2/3 分）</source>
        <translation>頭 2 小時條數（1/2/3 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="387" />
        <source>总分达到Ⅲ/Ⅱ/Ⅰ级</source>
        <translation>總分達到Ⅲ/Ⅱ/Ⅰ級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="390" />
        <source>大V粉丝数</source>
        <translation>大V粉絲數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="391" />
        <source>认证/媒体账号粉丝数</source>
        <translation>認證/媒體帳號粉絲數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="392" />
        <source>少于多少条负面不建议Ⅰ级</source>
        <translation>少於多少條負面不建議Ⅰ級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="399" />
        <source>级别研判阈值与响应时限</source>
        <translation>級別研判閾值與響應時限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="403" />
        <source>用“/”分隔三个档位，从小到大。修改后，所有进行中案例的建议级别会重新计算。</source>
        <translation>用“/”分隔三個檔位，從小到大。修改後，所有進行中案例的建議級別會重新計算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="421" />
        <source>{level}级响应时限（分钟）</source>
        <translation>{level}級響應時限（分鐘）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="423" />
        <source>保存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="434" />
        <source>“{label}”需要三个整数，例如 10/50/200。</source>
        <translation>“{label}”需要三個整數，例如 10/50/200。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="437" />
        <source>“{label}”需要三个从小到大的整数。</source>
        <translation>“{label}”需要三個從小到大的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="443" />
        <source>“{label}”需要一个整数。</source>
        <translation>“{label}”需要一個整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/dialogs.py" line="451" />
        <source>响应时限需要大于 0 的分钟数。</source>
        <translation>響應時限需要大於 0 的分鐘數。</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="40" />
        <source>添加事件…</source>
        <translation>新增事件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="42" />
        <source>删除手动事件</source>
        <translation>刪除手動事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="46" />
        <source>时间线：自动记录关联舆情、定级、阶段、审批和发布；其余动作请手动添加。</source>
        <translation>時間線：自動記錄關聯輿情、定級、階段、審批和發布；其餘動作請手動新增。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="72" />
        <source>关联舆情声量（按情感）与应对动作</source>
        <translation>關聯輿情聲量（按情感）與應對動作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="81" />
        <source>添加失败</source>
        <translation>新增失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="88" />
        <source>删除事件</source>
        <translation>刪除事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="88" />
        <source>没有选中事件。</source>
        <translation>沒有選中事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases/timeline_panel.py" line="91" />
        <source>不能删除</source>
        <translation>不能刪除</translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="77" />
        <source>批量编辑…</source>
        <translation>批次編輯…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="88" />
        <source>撤销</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="89" />
        <source>撤销上一次标注或批量编辑（Ctrl+Z）</source>
        <translation>撤銷上一次標註或批次編輯（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="98" />
        <source>键盘：1 负面 · 2 中性 · 3 正面 · 空格 确认建议 ｜ N T R F C X 状态 ｜ J/K 下一条/上一条 ｜ Enter 回复 · Ctrl+Z 撤销</source>
        <translation>鍵盤：1 負面 · 2 中性 · 3 正面 · 空格 確認建議 ｜ N T R F C X 狀態 ｜ J/K 下一條/上一條 ｜ Enter 回覆 · Ctrl+Z 撤銷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="104" />
        <source>1/2/3 标注情感，空格 确认模型的建议（灰色带问号的“负面?”），之后自动跳到下一条；状态键：N 新 · T 待回复 · R 已回复 · F 跟进中 · C 已关闭 · X 已忽略</source>
        <translation>1/2/3 標註情感，空格 確認模型的建議（灰色帶問號的“負面?”），之後自動跳到下一條；狀態鍵：N 新 · T 待回覆 · R 已回覆 · F 跟進中 · C 已關閉 · X 已忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="208" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="219" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="253" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="266" />
        <source>无法保存</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="212" />
        <source>正在确认 {n} 条模型建议</source>
        <translation>正在確認 {n} 條模型建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="213" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="258" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="316" />
        <source>条</source>
        <translation>條</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="257" />
        <source>正在更新 {n} 条舆情</source>
        <translation>正在更新 {n} 條輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="282" />
        <source>已更新 {n} 条舆情（Ctrl+Z 撤销）</source>
        <translation>已更新 {n} 條輿情（Ctrl+Z 撤銷）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="296" />
        <source>没有可以撤销的修改</source>
        <translation>沒有可以撤銷的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="308" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="322" />
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="340" />
        <source>无法撤销</source>
        <translation>無法撤銷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="313" />
        <source>正在撤销 {n} 条舆情的修改</source>
        <translation>正在撤銷 {n} 條輿情的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="331" />
        <source>已撤销：{n} 条舆情恢复原值</source>
        <translation>已撤銷：{n} 條輿情恢復原值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="333" />
        <source>；{k} 条之后又被修改过，保持不变</source>
        <translation>；{k} 條之後又被修改過，保持不變</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="349" />
        <source>上一个修改还在进行，请稍候</source>
        <translation>上一個修改還在進行，請稍候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="372" />
        <source>无法显示</source>
        <translation>無法顯示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="384" />
        <source>情感</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="390" />
        <source>确认模型建议</source>
        <translation>確認模型建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="390" />
        <source>空格</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="392" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/mentions/triage_actions.py" line="403" />
        <source>在浏览器中打开原文</source>
        <translation>在瀏覽器中開啟原文</translation>
    </message>
</context>
<context>
    <name>UnmaskContactsOption</name>
    <message>
        <location filename="../../desktop/ui/contact_privacy.py" line="37" />
        <source>显示完整联系方式（不打码）</source>
        <translation>顯示完整聯絡方式（不打碼）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contact_privacy.py" line="47" />
        <source>只读打开的工作区无法记录审计日志，只能导出打码版本。</source>
        <translation>唯讀開啟的工作區無法記錄審計日誌，只能匯出打碼版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contact_privacy.py" line="58" />
        <source>导出完整联系方式</source>
        <translation>匯出完整聯絡方式</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="105" />
        <source>你的名字</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="110" />
        <source>审计日志和案例时间线的“记录人”会写上这个名字。不填则使用电脑的登录名（{login}）；以后可以在“设置”中修改。</source>
        <translation>審計日誌和案例時間線的“記錄人”會寫上這個名字。不填則使用電腦的登入名（{login}）；以後可以在“設定”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="116" />
        <source>例如：王小明</source>
        <translation>例如：王小明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="122" />
        <source>保存</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="125" />
        <source>以后再说</source>
        <translation>以後再說</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="45" />
        <source>舆情应对台 CrisisDesk</source>
        <translation>輿情應對臺 CrisisDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="49" />
        <source>离线的社交媒体危机公关工作台：导入舆情表格、分级处理、按问答库统一口径回复、按危机通讯录审批和发布。每个客户一个工作区文件，无需登录和网络。</source>
        <translation>離線的社交媒體危機公關工作臺：匯入輿情表格、分級處理、按問答庫統一口徑回覆、按危機通訊錄審批和發布。每個客戶一個工作區檔案，無需登入和網路。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="60" />
        <source>打开演示工作区</source>
        <translation>開啟示範工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="62" />
        <source>新建工作区…</source>
        <translation>新建工作區…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63" />
        <source>打开…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="74" />
        <source>最近打开</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="81" />
        <source>还没有打开过工作区。先看看演示工作区吧。</source>
        <translation>還沒有開啟過工作區。先看看示範工作區吧。</translation>
    </message>
</context>
<context>
    <name>WorkspaceLifecycle</name>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="57" />
        <source>接管后，另一台电脑上未保存的修改可能丢失。要接管吗？</source>
        <translation>接管後，另一臺電腦上未儲存的修改可能丟失。要接管嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="60" />
        <source>工作区被另一台电脑锁定</source>
        <translation>工作區被另一臺電腦鎖定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="70" />
        <source>工作区正在使用</source>
        <translation>工作區正在使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="72" />
        <source>将以只读方式打开。</source>
        <translation>將以唯讀方式開啟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="78" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="87" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="122" />
        <source>无法打开工作区</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="96" />
        <source>工作区已损坏</source>
        <translation>工作區已損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="101" />
        <source>最新的完好备份：{at}。恢复时，损坏的文件会改名保留在旁边。</source>
        <translation>最新的完好備份：{at}。恢復時，損壞的檔案會改名保留在旁邊。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="106" />
        <source>恢复最新备份</source>
        <translation>恢復最新備份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="110" />
        <source>没有找到可用的备份。可以只读打开，导出还能读取的数据。</source>
        <translation>沒有找到可用的備份。可以唯讀開啟，匯出還能讀取的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="112" />
        <source>只读打开</source>
        <translation>唯讀開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="132" />
        <source>打开工作区</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="141" />
        <source>无法创建演示工作区</source>
        <translation>無法建立示範工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="163" />
        <source>无法新建工作区</source>
        <translation>無法新建工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="179" />
        <source>后台任务进行中</source>
        <translation>背景任務進行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="180" />
        <source>还有任务在运行。取消它并关闭吗？已完成的部分会回滚。</source>
        <translation>還有任務在執行。取消它並關閉嗎？已完成的部分會回滾。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="199" />
        <source>备份失败</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="201" />
        <source>已备份到 {path}</source>
        <translation>已備份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="222" />
        <source>保存副本</source>
        <translation>儲存副本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="231" />
        <source>保存副本失败</source>
        <translation>儲存副本失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="235" />
        <source>副本已保存</source>
        <translation>副本已儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="236" />
        <source>已校验的副本：{path}
SHA-256：{digest}</source>
        <translation>已校驗的副本：{path}
SHA-256：{digest}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="245" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="253" />
        <source>从备份恢复</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="245" />
        <source>这个工作区还没有备份。</source>
        <translation>這個工作區還沒有備份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="254" />
        <source>选择备份（当前文件会先备份）：</source>
        <translation>選擇備份（當前檔案會先備份）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="269" />
        <source>恢复失败</source>
        <translation>恢復失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="283" />
        <source>结构版本 {v}</source>
        <translation>結構版本 {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="288" />
        <source>危机通讯录：{e} 个错误、{w} 个提醒</source>
        <translation>危機通訊錄：{e} 個錯誤、{w} 個提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="295" />
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="301" />
        <source>检查工作区</source>
        <translation>檢查工作區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="296" />
        <source>工作区完好。</source>
        <translation>工作區完好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="302" />
        <source>发现问题：</source>
        <translation>發現問題：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace_lifecycle.py" line="303" />
        <source>请从备份恢复（文件 → 从备份恢复…）。</source>
        <translation>請從備份恢復（檔案 → 從備份恢復…）。</translation>
    </message>
</context>
<context>
    <name>authors</name>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="46" />
        <source>疑似有组织刷评</source>
        <translation>疑似有組織刷評</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="47" />
        <source>疑似传言</source>
        <translation>疑似傳言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="48" />
        <source>疑似产品问题</source>
        <translation>疑似產品問題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="49" />
        <source>情绪发泄</source>
        <translation>情緒發洩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="58" />
        <source>含传闻用语“{w}”：可能是传言，先核实再回应</source>
        <translation>含傳聞用語“{w}”：可能是傳言，先核實再回應</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="62" />
        <source>提到“{w}”：可能是产品或品质问题</source>
        <translation>提到“{w}”：可能是產品或品質問題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="66" />
        <source>只有情绪用语（“{w}”），没有具体问题：可能是发泄</source>
        <translation>只有情緒用語（“{w}”），沒有具體問題：可能是發洩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="70" />
        <source>相同或几乎相同的文字出现在 {n} 位作者的帖子里</source>
        <translation>相同或幾乎相同的文字出現在 {n} 位作者的帖子裡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="74" />
        <source>，其中 {k} 位粉丝不足 {f}</source>
        <translation>，其中 {k} 位粉絲不足 {f}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="78" />
        <source>，{b} 条在 {m} 分钟内发出</source>
        <translation>，{b} 條在 {m} 分鐘內發出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="81" />
        <source>：可能是有组织的刷评，请核实</source>
        <translation>：可能是有組織的刷評，請核實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="91" />
        <source>未判定</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/authors/dialogs.py" line="239" />
        <source>作者档案</source>
        <translation>作者檔案</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43" />
        <source>CrisisDesk 工作区 (*{suffix});;所有文件 (*)</source>
        <translation>CrisisDesk 工作區 (*{suffix});;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="30" />
        <source>导入舆情…</source>
        <translation>匯入輿情…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="38" />
        <source>从剪贴板粘贴表格…</source>
        <translation>從剪貼簿貼上表格…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="65" />
        <source>导入舆情表格</source>
        <translation>匯入輿情表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="67" />
        <source>表格 (*.xlsx *.xlsm *.csv *.tsv *.txt);;所有文件 (*)</source>
        <translation>表格 (*.xlsx *.xlsm *.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="94" />
        <source>粘贴表格</source>
        <translation>貼上表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="109" />
        <source>导入舆情</source>
        <translation>匯入輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/imports/__init__.py" line="110" />
        <source>请先打开一个可编辑的工作区。</source>
        <translation>請先開啟一個可編輯的工作區。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78" />
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84" />
        <source>默认矩阵</source>
        <translation>預設矩陣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="102" />
        <source>{m} 分钟</source>
        <translation>{m} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106" />
        <source>{h} 小时 {m} 分</source>
        <translation>{h} 小時 {m} 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107" />
        <source>{h} 小时</source>
        <translation>{h} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110" />
        <source>{d} 天 {h} 小时</source>
        <translation>{d} 天 {h} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111" />
        <source>{d} 天</source>
        <translation>{d} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="120" />
        <source>用时 {t}</source>
        <translation>用時 {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121" />
        <source>已过 {t}</source>
        <translation>已過 {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134" />
        <source>未定级</source>
        <translation>未定級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="138" />
        <source>计时中 {elapsed} / 目标 {target}</source>
        <translation>計時中 {elapsed} / 目標 {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142" />
        <source>已达标 {elapsed}（目标 {target}）</source>
        <translation>已達標 {elapsed}（目標 {target}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="145" />
        <source>已超时 {elapsed}（目标 {target}）</source>
        <translation>已超時 {elapsed}（目標 {target}）</translation>
    </message>
</context>
<context>
    <name>listening</name>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="12" />
        <source>品牌</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="13" />
        <source>产品</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="14" />
        <source>人物</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="15" />
        <source>问题</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="16" />
        <source>热点</source>
        <translation>熱點</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="17" />
        <source>竞品</source>
        <translation>競品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="18" />
        <source>敏感词</source>
        <translation>敏感詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="25" />
        <source>负面激增</source>
        <translation>負面激增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="26" />
        <source>监测组声量激增</source>
        <translation>監測組聲量激增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="27" />
        <source>大V/媒体负面</source>
        <translation>大V/媒體負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="28" />
        <source>敏感词命中</source>
        <translation>敏感詞命中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="29" />
        <source>超时未回复</source>
        <translation>超時未回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="30" />
        <source>事件时限将到</source>
        <translation>事件時限將到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="38" />
        <source>引号没有闭合</source>
        <translation>引號沒有閉合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="39" />
        <source>引号里是空的</source>
        <translation>引號裡是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="40" />
        <source>NEAR/ 后面要写字数，例如 NEAR/5</source>
        <translation>NEAR/ 後面要寫字數，例如 NEAR/5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="41" />
        <source>规则是空的：请至少写一个词</source>
        <translation>規則是空的：請至少寫一個詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="42" />
        <source>多了一个右括号</source>
        <translation>多了一個右括號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="43" />
        <source>NEAR 两边只能是词、短语或 (词 OR 词)</source>
        <translation>NEAR 兩邊只能是詞、短語或 (詞 OR 詞)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="46" />
        <source>这里缺少一个词</source>
        <translation>這裡缺少一個詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="47" />
        <source>括号里是空的</source>
        <translation>括號裡是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="48" />
        <source>缺少右括号</source>
        <translation>缺少右括號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="49" />
        <source>运算符前面缺少一个词</source>
        <translation>運算子前面缺少一個詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="50" />
        <source>运算符后面缺少一个词</source>
        <translation>運算子後面缺少一個詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="51" />
        <source>规则只有 NOT：请写出要找的词，例如 品牌 NOT 广告</source>
        <translation>規則只有 NOT：請寫出要找的詞，例如 品牌 NOT 廣告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="57" />
        <source>缺少右括号（第 {n} 个字符的左括号没有配对）</source>
        <translation>缺少右括號（第 {n} 個字元的左括號沒有配對）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/labels.py" line="60" />
        <source>第 {n} 个字符：{problem}</source>
        <translation>第 {n} 個字元：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="26" />
        <source>名称</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="28" />
        <location filename="../../desktop/ui/listening/models.py" line="57" />
        <source>类型</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="31" />
        <source>匹配</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="32" />
        <source>规则</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="61" />
        <source>时间</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="65" />
        <source>舆情</source>
        <translation>輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="69" />
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="72" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="80" />
        <source>{who} 已确认</source>
        <translation>{who} 已確認</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="84" />
        <source>暂缓至 {t}</source>
        <translation>暫緩至 {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/listening/models.py" line="87" />
        <source>待处理</source>
        <translation>待處理</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../../desktop/ui/kb/page.py" line="108" />
        <source>问答库</source>
        <translation>問答庫</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="44" />
        <source>操作没有完成</source>
        <translation>操作沒有完成</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="48" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="49" />
        <source>职务</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="50" />
        <source>危机角色</source>
        <translation>危機角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="51" />
        <source>手机</source>
        <translation>手機</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="52" />
        <source>备用人</source>
        <translation>備用人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="53" />
        <source>状态</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="54" />
        <source>最近核实</source>
        <translation>最近核實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="104" />
        <source>（无）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="105" />
        <source>在岗</source>
        <translation>在崗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="107" />
        <source>不在岗</source>
        <translation>不在崗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="108" />
        <source>从未</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="216" />
        <source>尚未指定任何人</source>
        <translation>尚未指定任何人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="218" />
        <source>继承自：{where}（修改任一格即在本矩阵中覆盖整行）</source>
        <translation>繼承自：{where}（修改任一格即在本矩陣中覆蓋整行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="221" />
        <source>本矩阵：{where}</source>
        <translation>本矩陣：{where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="272" />
        <source>通过角色“{role}”</source>
        <translation>通過角色“{role}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/models.py" line="325" />
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="14" />
        <source>产品缺陷/召回</source>
        <translation>產品缺陷/召回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="15" />
        <source>食品或产品安全</source>
        <translation>食品或產品安全</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="16" />
        <source>服务冲突</source>
        <translation>服務衝突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="17" />
        <source>数据泄露/隐私</source>
        <translation>資料洩露/隱私</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="18" />
        <source>员工或小编不当言行</source>
        <translation>員工或小編不當言行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="19" />
        <source>高管丑闻</source>
        <translation>高管醜聞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="20" />
        <source>裁员</source>
        <translation>裁員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="21" />
        <source>故障/技术事故</source>
        <translation>故障/技術事故</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="22" />
        <source>内容违规</source>
        <translation>內容違規</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="23" />
        <source>谣言/竞争对手攻击</source>
        <translation>謠言/競爭對手攻擊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="24" />
        <source>政策/监管</source>
        <translation>政策/監管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="25" />
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="27" />
        <source>Ⅳ级（蓝色，一般）</source>
        <translation>Ⅳ級（藍色，一般）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="28" />
        <source>Ⅲ级（黄色，较大）</source>
        <translation>Ⅲ級（黃色，較大）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="29" />
        <source>Ⅱ级（橙色，重大）</source>
        <translation>Ⅱ級（橙色，重大）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="30" />
        <source>Ⅰ级（红色，特别重大）</source>
        <translation>Ⅰ級（紅色，特別重大）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="32" />
        <source>危机负责人</source>
        <translation>危機負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="33" />
        <source>新闻发言人</source>
        <translation>新聞發言人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="34" />
        <source>公关/传播</source>
        <translation>公關/傳播</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="35" />
        <source>市场</source>
        <translation>市場</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="36" />
        <source>销售</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="37" />
        <source>客服</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="38" />
        <source>社交媒体负责人</source>
        <translation>社交媒體負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="39" />
        <source>法务</source>
        <translation>法務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="40" />
        <source>管理层</source>
        <translation>管理層</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="41" />
        <source>IT/安全</source>
        <translation>IT/安全</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="43" />
        <source>舆情监测</source>
        <translation>輿情監測</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="44" />
        <source>评估级别</source>
        <translation>評估級別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="45" />
        <source>起草暂缓回复</source>
        <translation>起草暫緩回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="46" />
        <source>起草声明</source>
        <translation>起草聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="47" />
        <source>审批声明</source>
        <translation>審批聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="48" />
        <source>审批问答库话术</source>
        <translation>審批問答庫話術</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="49" />
        <source>对媒体发言</source>
        <translation>對媒體發言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="50" />
        <source>社交媒体回复</source>
        <translation>社交媒體回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="51" />
        <source>内部通知员工</source>
        <translation>內部通知員工</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="52" />
        <source>联系客户与补偿</source>
        <translation>聯絡客戶與補償</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="53" />
        <source>法律审核</source>
        <translation>法律審核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="54" />
        <source>产品整改</source>
        <translation>產品整改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="55" />
        <source>结案</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="57" />
        <source>执行</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="58" />
        <source>审批</source>
        <translation>審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="59" />
        <source>咨询</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="60" />
        <source>知会</source>
        <translation>知會</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="62" />
        <source>通用</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="63" />
        <source>微博</source>
        <translation>微博</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="64" />
        <source>微信</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="65" />
        <source>抖音</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="66" />
        <source>小红书</source>
        <translation>小紅書</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="67" />
        <source>大众点评</source>
        <translation>大眾點評</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="68" />
        <source>邮件</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="69" />
        <source>官网</source>
        <translation>官網</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="70" />
        <source>微信公众号</source>
        <translation>微信公眾號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="71" />
        <source>媒体/通稿</source>
        <translation>媒體/通稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="72" />
        <source>内部通知</source>
        <translation>內部通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="74" />
        <source>当面</source>
        <translation>當面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="75" />
        <source>电话</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="76" />
        <source>签字纸质</source>
        <translation>簽字紙質</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="78" />
        <source>正面</source>
        <translation>正面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="79" />
        <source>中性</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="80" />
        <source>负面</source>
        <translation>負面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="81" />
        <source>未判定</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="83" />
        <source>产品质量</source>
        <translation>產品品質</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="84" />
        <source>食品/产品安全</source>
        <translation>食品/產品安全</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="85" />
        <source>服务态度</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="86" />
        <source>配送/物流</source>
        <translation>配送/物流</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="87" />
        <source>价格/退款</source>
        <translation>價格/退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="88" />
        <source>隐私/安全</source>
        <translation>隱私/安全</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="89" />
        <source>虚假宣传</source>
        <translation>虛假宣傳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="90" />
        <source>员工言行</source>
        <translation>員工言行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="91" />
        <source>谣言</source>
        <translation>謠言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="93" />
        <source>真实投诉</source>
        <translation>真實投訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="94" />
        <source>恶意/竞争对手攻击</source>
        <translation>惡意/競爭對手攻擊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="95" />
        <source>情绪宣泄</source>
        <translation>情緒宣洩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="96" />
        <source>表扬</source>
        <translation>表揚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="98" />
        <source>新</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="99" />
        <source>待回复</source>
        <translation>待回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="100" />
        <source>已回复</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="101" />
        <source>跟进中</source>
        <translation>跟進中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="102" />
        <source>已关闭</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="103" />
        <source>已忽略</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="105" />
        <source>发现</source>
        <translation>發現</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="106" />
        <source>研判</source>
        <translation>研判</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="107" />
        <source>应对</source>
        <translation>應對</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="108" />
        <source>恢复</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="109" />
        <source>复盘</source>
        <translation>復盤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="110" />
        <source>已结案</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="112" />
        <source>顾客发帖投诉</source>
        <translation>顧客發帖投訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="113" />
        <source>信息泄露给媒体</source>
        <translation>資訊洩露給媒體</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="114" />
        <source>自家账号不当回复</source>
        <translation>自家帳號不當回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="115" />
        <source>员工爆料或不当言行</source>
        <translation>員工爆料或不當言行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="116" />
        <source>监管通报/检查</source>
        <translation>監管通報/檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="117" />
        <source>竞争对手或水军</source>
        <translation>競爭對手或水軍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="118" />
        <source>大V/KOL曝光</source>
        <translation>大V/KOL曝光</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="120" />
        <source>属实</source>
        <translation>屬實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="121" />
        <source>谣言/不实</source>
        <translation>謠言/不實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="122" />
        <source>恶意攻击</source>
        <translation>惡意攻擊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="123" />
        <source>产品缺陷</source>
        <translation>產品缺陷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="124" />
        <source>待核实</source>
        <translation>待核實</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="126" />
        <source>暂缓声明</source>
        <translation>暫緩聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="127" />
        <source>正式声明</source>
        <translation>正式聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="128" />
        <source>致歉</source>
        <translation>致歉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="129" />
        <source>补偿</source>
        <translation>補償</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="130" />
        <source>整改</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="131" />
        <source>媒体问询</source>
        <translation>媒體問詢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="132" />
        <source>升级</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="133" />
        <source>备注</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="134" />
        <source>关联舆情</source>
        <translation>關聯輿情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="135" />
        <source>级别变更</source>
        <translation>級別變更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="136" />
        <source>阶段变更</source>
        <translation>階段變更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="137" />
        <source>启用预案</source>
        <translation>啟用預案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="138" />
        <source>预案清单完成</source>
        <translation>預案清單完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="139" />
        <source>预案清单跳过</source>
        <translation>預案清單跳過</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="140" />
        <source>预案清单撤销</source>
        <translation>預案清單撤銷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="142" />
        <source>暂缓声明/回应</source>
        <translation>暫緩聲明/回應</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="143" />
        <source>致歉信</source>
        <translation>致歉信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="145" />
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="146" />
        <source>已审批</source>
        <translation>已審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="147" />
        <source>已发布</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="149" />
        <source>待审批</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="150" />
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="152" />
        <source>公开回复</source>
        <translation>公開回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="153" />
        <source>私信</source>
        <translation>私信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="154" />
        <source>暂缓回复</source>
        <translation>暫緩回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="155" />
        <source>官方声明</source>
        <translation>官方聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="157" />
        <source>平台</source>
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="158" />
        <source>作者</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="159" />
        <source>作者ID</source>
        <translation>作者ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="160" />
        <source>粉丝数</source>
        <translation>粉絲數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="161" />
        <source>发布时间</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="162" />
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="163" />
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="164" />
        <source>链接</source>
        <translation>連結</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="165" />
        <source>转发</source>
        <translation>轉發</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="166" />
        <source>评论</source>
        <translation>評論</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="167" />
        <source>点赞</source>
        <translation>按讚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="168" />
        <source>地域</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="169" />
        <source>原情感</source>
        <translation>原情感</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="170" />
        <source>帖子ID</source>
        <translation>帖子ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="171" />
        <source>关键词</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="172" />
        <source>联系方式</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="174" />
        <source>weibo-search（微博关键词搜索）</source>
        <translation>weibo-search（微博關鍵詞搜尋）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="175" />
        <source>weibo-crawler（微博用户/定制爬虫）</source>
        <translation>weibo-crawler（微博使用者/定製爬蟲）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="176" />
        <source>weiboSpider（微博用户爬虫）</source>
        <translation>weiboSpider（微博使用者爬蟲）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocab_strings.py" line="177" />
        <source>通用中文舆情导出</source>
        <translation>通用中文輿情匯出</translation>
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
        <translation>通用英文表格</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../desktop/ui/workers.py" line="68" />
        <source>操作意外失败，工作区没有改动。</source>
        <translation>操作意外失敗，工作區沒有改動。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workers.py" line="115" />
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workers.py" line="116" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
</TS>