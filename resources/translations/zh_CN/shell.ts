<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>{span} {zone}</source>
        <comment>a time span, then the name of its time zone</comment>
        <translation>{zone} {span}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>With {names}</source>
        <translation>会见对象：{names}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>显示今天（T）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Show a month (M)</source>
        <translation>按月显示（M）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Show a week, hour by hour (W)</source>
        <translation>按周显示，逐小时排列（W）</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>上一周（Page Up）</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>下一周（Page Down）</translation>
    </message>
</context>
<context>
    <name>ChangedBy</name>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>them</source>
        <translation>其他同事</translation>
    </message>
    <message>
        <source>both of you</source>
        <translation>您和其他同事</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>本次会见</translation>
    </message>
    <message>
        <source>“{theme}” was saved by {who} after you opened it. Your changes are not saved yet.</source>
        <translation>您打开“{theme}”后，{who}保存了修改。您的修改尚未保存。</translation>
    </message>
    <message>
        <source>“{theme}” was saved after you opened it. Your changes are not saved yet.</source>
        <translation>您打开“{theme}”后，其他人保存了修改。您的修改尚未保存。</translation>
    </message>
    <message>
        <source>The meeting was changed elsewhere</source>
        <translation>该会见已被他人修改</translation>
    </message>
    <message>
        <source>Where your version and the saved one differ:</source>
        <translation>您的版本与已保存版本的不同之处：</translation>
    </message>
    <message>
        <source>Your version and the saved one hold the same values.</source>
        <translation>您的版本与已保存版本内容相同。</translation>
    </message>
    <message>
        <source>&amp;Reload the saved version</source>
        <translation>重新载入已保存的版本(&amp;R)</translation>
    </message>
    <message>
        <source>Discard your changes and show the meeting as it is saved now</source>
        <translation>放弃您的修改，显示当前已保存的会见</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>用我的版本覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Save your version over the saved one; the history keeps both</source>
        <translation>用您的版本覆盖已保存的版本；修改记录中两个版本均予保留</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Go back to your changes without saving</source>
        <translation>返回继续修改，暂不保存</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <source>{span} UTC ({zone} is not a known time zone)</source>
        <translation>{span} UTC（{zone} 不是可识别的时区）</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Briefing sheet</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Run-sheet of the day</source>
        <translation>当日流程单</translation>
    </message>
    <message>
        <source>Name cards</source>
        <translation>桌签</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>中文 (Chinese)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>打印文件</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>正在通过 {printer} 打印…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n page(s), {seconds} s).</source>
        <translation>
            <numerusform>已保存 {path}（共 %n 页，用时 {seconds} 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot prepare the document</source>
        <translation>无法生成文件</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SCODA Desktop ran into an unexpected error.</source>
        <translation>SCODA Desktop 发生意外错误。</translation>
    </message>
    <message>
        <source>SCODA Desktop: error</source>
        <translation>SCODA Desktop：错误</translation>
    </message>
    <message>
        <source>The log file has the details: {path}</source>
        <translation>详细信息见日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{setting}: expected {type}, got {value}.</source>
        <translation>{setting}：应为 {type} 类型的值，实际为 {value}。</translation>
    </message>
    <message>
        <source>{setting}: {value} is not one of {allowed}.</source>
        <translation>{setting}：{value} 不是可选值（{allowed}）之一。</translation>
    </message>
    <message>
        <source>{setting}: must be at least {minimum}.</source>
        <translation>{setting}：不能小于 {minimum}。</translation>
    </message>
    <message>
        <source>{setting}: must be at most {maximum}.</source>
        <translation>{setting}：不能大于 {maximum}。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>History: {theme}</source>
        <translation>修改记录：{theme}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, the newest first (times in Beijing time).</source>
        <translation>
            <numerusform>共有 %n 条修改记录，最新的排在最前（时间均为北京时间）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No change of this meeting is recorded.</source>
        <translation>本次会见尚无修改记录。</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>无法读取修改记录</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>中文 (Chinese)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Invitation: {theme}</source>
        <translation>邀请：{theme}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Reading the meeting…</source>
        <translation>正在读取会见信息…</translation>
    </message>
    <message>
        <source>Save .&amp;ics…</source>
        <translation>保存 .ics 文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the calendar invitation to attach or import elsewhere</source>
        <translation>保存日历邀请，以便作为附件发送或导入其他日历</translation>
    </message>
    <message>
        <source>Save e-mail &amp;draft…</source>
        <translation>保存邮件草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the e-mail with the invitation attached, as a draft that Outlook and other mail programs open as a new message</source>
        <translation>保存附有日历邀请的邮件草稿，Outlook 等邮件程序可将其作为新邮件打开</translation>
    </message>
    <message>
        <source>&amp;Open in mail client</source>
        <translation>在邮件程序中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the draft in this computer&apos;s mail program to send it</source>
        <translation>在本机的邮件程序中打开草稿，以便发送</translation>
    </message>
    <message>
        <source>Cannot read the meeting: {error}</source>
        <translation>无法读取会见信息：{error}</translation>
    </message>
    <message>
        <source>Cannot prepare the invitation</source>
        <translation>无法生成邀请</translation>
    </message>
    <message>
        <source>No e-mail address for {names}: add theirs in the mail program.</source>
        <translation>{names}没有电子邮件地址，请在邮件程序中补充。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Save the calendar invitation</source>
        <translation>保存日历邀请</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>保存邮件草稿</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
        <source>Opened in the mail program (the draft is kept at {path}).</source>
        <translation>已在邮件程序中打开（草稿保存在 {path}）。</translation>
    </message>
    <message>
        <source>No mail program opened the draft. It is saved at {path}: open it from there.</source>
        <translation>没有邮件程序打开该草稿。草稿已保存在 {path}，请从该位置打开。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings</source>
        <translation>会见会谈</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Press releases</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>SCODA Desktop — Demo database</source>
        <translation>SCODA Desktop — 演示数据库</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Sample meetings to try SCODA Desktop with; not the office&apos;s data</source>
        <translation>用于试用 SCODA Desktop 的示例会见，并非本单位的实际数据</translation>
    </message>
    <message>
        <source>Reading meetings from {database}…</source>
        <translation>正在从 {database} 读取会见…</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>正在打开 {database}…</translation>
    </message>
    <message>
        <source>Could not read meetings from {database}</source>
        <translation>无法从 {database} 读取会见</translation>
    </message>
    <message>
        <source>Could not open {database}</source>
        <translation>无法打开 {database}</translation>
    </message>
    <message>
        <source>Cannot read the meetings</source>
        <translation>无法读取会见</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>无法打开会见</translation>
    </message>
    <message>
        <source>Created “{theme}”.</source>
        <translation>已新建“{theme}”。</translation>
    </message>
    <message>
        <source>Saved “{theme}”.</source>
        <translation>已保存“{theme}”。</translation>
    </message>
    <message>
        <source>Delete meeting?</source>
        <translation>删除会见？</translation>
    </message>
    <message>
        <source>Delete “{theme}” ({time}) with its attendees, outcomes and press releases?

Undo (Ctrl+Z) brings it back until SCODA Desktop is closed.</source>
        <translation>是否删除“{theme}”（{time}）及其参会人员、成果和新闻稿？

关闭 SCODA Desktop 之前，可按 Ctrl+Z 撤销删除。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂时无法切换数据库</translation>
    </message>
    <message>
        <source>Close the meeting editor and wait for the current task, then choose the database again in Preferences (or restart SCODA Desktop to open it).</source>
        <translation>请先关闭会见编辑窗口，待当前任务完成后，再在首选项中重新选择数据库（或重新启动 SCODA Desktop 以打开该数据库）。</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>已同步其他用户保存的修改。</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Meetings, protocol directory and press releases for the SCODA protocol office.</source>
        <translation>上合示范区外事礼宾工作的会见会谈、礼宾名录和新闻稿管理工具。</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>About SCODA Desktop</source>
        <translation>关于 SCODA Desktop</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Bring back the deleted meeting “{theme}” (Ctrl+Z)</source>
        <translation>恢复已删除的会见“{theme}”（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Postponed “{theme}”.</source>
        <translation>已推迟“{theme}”。</translation>
    </message>
    <message>
        <source>Cannot postpone the meeting</source>
        <translation>无法推迟会见</translation>
    </message>
    <message>
        <source>Cancelled “{theme}”; the record is kept.</source>
        <translation>已取消“{theme}”，记录予以保留。</translation>
    </message>
    <message>
        <source>Cannot cancel the meeting</source>
        <translation>无法取消会见</translation>
    </message>
    <message>
        <source>Duplicated “{theme}” as a new draft.</source>
        <translation>已将“{theme}”复制为新的草稿。</translation>
    </message>
    <message>
        <source>Cannot duplicate the meeting</source>
        <translation>无法复制会见</translation>
    </message>
    <message>
        <source>Deleted “{theme}”. Press Ctrl+Z to undo.</source>
        <translation>已删除“{theme}”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>无法删除会见</translation>
    </message>
    <message>
        <source>Restored “{theme}”.</source>
        <translation>已恢复“{theme}”。</translation>
    </message>
    <message>
        <source>Cannot undo the delete</source>
        <translation>无法撤销删除</translation>
    </message>
</context>
<context>
    <name>MeetingDetailView</name>
    <message>
        <source>Select a meeting to see its details.</source>
        <translation>请选择一场会见，查看详细信息。</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>会见对象</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>On each participant&apos;s clock</source>
        <translation>各方当地时间</translation>
    </message>
    <message>
        <source>no participants</source>
        <translation>无参会人员</translation>
    </message>
    <message>
        <source>Who, in order of precedence</source>
        <translation>出席人员（按礼宾顺序）</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完成的后续事项</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>{date}前完成</translation>
    </message>
</context>
<context>
    <name>MeetingFilterBar</name>
    <message>
        <source>Filter: theme, names, venue, notes (Ctrl+F)</source>
        <translation>筛选：主题、姓名、地点、备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>The meetings whose theme, venue, notes or names (in any spelling, or in Chinese) hold every word typed</source>
        <translation>显示主题、地点、备注或姓名（任一拼写或中文）中包含全部输入词语的会见</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <source>Meetings with a guest from this country</source>
        <translation>有该国客人出席的会见</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>起始日期不限</translation>
    </message>
    <message>
        <source>Meetings on or after this day (Beijing time)</source>
        <translation>该日（北京时间）及以后的会见</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>截止日期不限</translation>
    </message>
    <message>
        <source>Meetings on or before this day (Beijing time)</source>
        <translation>该日（北京时间）及以前的会见</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Clear the filter and every choice</source>
        <translation>清除筛选文字和所有选项</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>线上线下结合</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>拟议</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>会见对象</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>When the meeting starts, in {zone} ({zone_name})</source>
        <translation>会见开始时间，{zone}（{zone_name}）</translation>
    </message>
    <message>
        <source>Follow-ups, agreements and MoUs from the meeting that are still open</source>
        <translation>本次会见中尚未完成的后续事项、协议和谅解备忘录</translation>
    </message>
    <message>
        <source>{span} (the meeting&apos;s own time zone)</source>
        <translation>{span}（会见所用时区）</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>No meetings are recorded in this database yet.</source>
        <translation>本数据库尚未记录任何会见。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>共 %n 场会见</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n meeting(s)</source>
        <translation>
            <numerusform>显示 {shown} 场，共 %n 场会见</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCanvas</name>
    <message>
        <source>Month calendar</source>
        <translation>月历</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>meetings not shown in a day&apos;s cell</comment>
        <translation>
            <numerusform>另有 %n 场</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <source>Given name first (Djauhari Oratmangun)</source>
        <translation>名在前，姓在后（Djauhari Oratmangun）</translation>
    </message>
    <message>
        <source>Family name first (Liu Jianjun)</source>
        <translation>姓在前，名在后（Liu Jianjun）</translation>
    </message>
    <message>
        <source>Single name (Sukarno)</source>
        <translation>只有一个名字（Sukarno）</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>表态</translation>
    </message>
</context>
<context>
    <name>OutcomeStatus</name>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>不再跟进</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>&amp;Print Documents…</source>
        <translation>打印文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Briefing sheet, day run-sheet or name cards for the selected meeting (Ctrl+P)</source>
        <translation>打印所选会见的简报、当日流程单或桌签（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Export Database…</source>
        <translation>导出数据库(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every record as an interchange JSON file, for a backup or another office</source>
        <translation>将全部记录导出为交换格式 JSON 文件，用于备份或提供给其他单位</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the database to a file of your choice, now</source>
        <translation>立即将数据库复制到您指定的文件</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current one is saved first</source>
        <translation>用备份替换当前数据库；替换前先保存当前数据库</translation>
    </message>
    <message>
        <source>Export Database</source>
        <translation>导出数据库</translation>
    </message>
    <message>
        <source>Interchange JSON (*.json)</source>
        <translation>交换格式 JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SCODA Desktop database (*.sqlite3)</source>
        <translation>SCODA Desktop 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>无法备份</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>SCODA Desktop database (*.sqlite3);;All files (*)</source>
        <translation>SCODA Desktop 数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup {path}?

The current database is backed up first, so this can be undone by restoring that copy.</source>
        <translation>确定用备份 {path} 替换当前数据库吗？

替换前会先备份当前数据库；如需撤销，恢复该备份即可。</translation>
    </message>
    <message>
        <source>Restored from {path}; the previous database was saved to {saved}</source>
        <translation>已从 {path} 恢复；原数据库已保存到 {saved}</translation>
    </message>
    <message>
        <source>Restored from {path}</source>
        <translation>已从 {path} 恢复</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>ParticipationRole</name>
    <message>
        <source>Host</source>
        <translation>主人</translation>
    </message>
    <message>
        <source>Principal guest</source>
        <translation>主宾</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>来宾</translation>
    </message>
    <message>
        <source>Accompanying</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>{choice} ({language})</source>
        <translation>{choice}（{language}）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect to this database and read its schema revision; nothing is changed</source>
        <translation>连接该数据库并读取其结构版本，不做任何修改</translation>
    </message>
    <message>
        <source>A new choice is used from the next start; after OK you can also switch now. A database given with --database or SCODA_DATABASE takes precedence at start.</source>
        <translation>新的选择自下次启动起使用；点击“确定”后也可以立即切换。启动时以 --database 或 SCODA_DATABASE 指定的数据库为准。</translation>
    </message>
    <message>
        <source>In use now: {database}</source>
        <translation>当前使用：{database}</translation>
    </message>
    <message>
        <source>SCODA_DATABASE is set on this computer: it decides at start.</source>
        <translation>本机设置了 SCODA_DATABASE，启动时以它为准。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>{login} (your login name)</source>
        <translation>{login}（您的登录名）</translation>
    </message>
    <message>
        <source>Working together</source>
        <translation>协同工作</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>A change of language applies the next time SCODA Desktop starts.</source>
        <translation>更改语言后，下次启动 SCODA Desktop 时生效。</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open the chosen database now?</source>
        <translation>现在打开所选的数据库吗？</translation>
    </message>
    <message>
        <source>SCODA Desktop is using {current}.

Open {chosen} now? Otherwise it is opened from the next start.</source>
        <translation>SCODA Desktop 正在使用 {current}。

现在打开 {chosen} 吗？否则将在下次启动时打开。</translation>
    </message>
    <message>
        <source>Cannot save the preferences</source>
        <translation>无法保存首选项</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>Rsvp</name>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>A file on this computer (SQLite)</source>
        <translation>本机上的文件（SQLite）</translation>
    </message>
    <message>
        <source>The office&apos;s shared PostgreSQL server</source>
        <translation>单位共用的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Leave empty for the default file in SCODA Desktop&apos;s data folder.</source>
        <translation>留空则使用 SCODA Desktop 数据文件夹中的默认文件。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Kept in plain text in the settings file, readable only by your user account. Leave it empty to use PGPASSWORD or your PostgreSQL password file (pgpass) instead.</source>
        <translation>密码以明文保存在设置文件中，仅您的用户账户可以读取。留空则改用 PGPASSWORD 环境变量或 PostgreSQL 密码文件（pgpass）。</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>修改记录中的署名</translation>
    </message>
    <message>
        <source>Recorded with every change you make. Leave empty to use your login name.</source>
        <translation>您的每次修改都会记录此署名。留空则使用您的登录名。</translation>
    </message>
    <message>
        <source>Look for colleagues&apos; changes every</source>
        <translation>检查同事修改的间隔</translation>
    </message>
    <message>
        <source>How often the meeting list checks the database for changes made by others (seconds).</source>
        <translation>会见列表每隔多久检查一次数据库中其他人所做的修改（秒）。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and dates on screen. A change applies at the next start; --lang en or --lang zh on the command line overrides it for one run.</source>
        <translation>菜单、对话框及屏幕上日期所用的语言。更改在下次启动时生效；在命令行中使用 --lang en 或 --lang zh 可指定本次运行的语言。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Host side</source>
        <translation>主方</translation>
    </message>
    <message>
        <source>Guest side</source>
        <translation>客方</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <source>Week calendar</source>
        <translation>周历</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <source>Times in Beijing time (Asia/Shanghai), the office&apos;s time zone</source>
        <translation>所有时间均为北京时间（Asia/Shanghai），即本单位所在时区</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <comment>a weekday&apos;s name and the day of the month</comment>
        <translation>{day}日 {weekday}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>新建会见(&amp;N)…</translation>
    </message>
    <message>
        <source>Arrange a new meeting (Ctrl+N)</source>
        <translation>安排一场新的会见（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit Meeting…</source>
        <translation>编辑会见(&amp;E)…</translation>
    </message>
    <message>
        <source>Open the selected meeting in the editor (Enter or double-click)</source>
        <translation>在编辑窗口中打开所选会见（按 Enter 键或双击）</translation>
    </message>
    <message>
        <source>D&amp;uplicate Meeting</source>
        <translation>复制会见(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected meeting and its attendees as a new draft, for a series</source>
        <translation>将所选会见及其参会人员复制为新的草稿，用于安排系列会见</translation>
    </message>
    <message>
        <source>&amp;Invitation…</source>
        <translation>邀请函(&amp;I)…</translation>
    </message>
    <message>
        <source>The selected meeting&apos;s invitation e-mail and .ics, to save or open in the mail program</source>
        <translation>所选会见的邀请邮件和 .ics 日历邀请，可保存或在邮件程序中打开</translation>
    </message>
    <message>
        <source>&amp;Postpone Meeting</source>
        <translation>推迟会见(&amp;P)</translation>
    </message>
    <message>
        <source>Mark the selected meeting postponed; its record is kept</source>
        <translation>将所选会见标记为已推迟，记录予以保留</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting</source>
        <translation>取消会见(&amp;C)</translation>
    </message>
    <message>
        <source>Mark the selected meeting cancelled; its record is kept</source>
        <translation>将所选会见标记为已取消，记录予以保留</translation>
    </message>
    <message>
        <source>&amp;Delete Meeting…</source>
        <translation>删除会见(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected meeting (asks first; Ctrl+Z undoes it)</source>
        <translation>删除所选会见（删除前先确认；按 Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the meetings again from the database (F5)</source>
        <translation>从数据库重新读取会见（F5）</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
        <source>Type to filter the list of the page shown (Ctrl+F)</source>
        <translation>输入文字，筛选当前页面的列表（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed the selected meeting, when, and what they changed</source>
        <translation>所选会见的修改人、修改时间和修改内容</translation>
    </message>
    <message>
        <source>&amp;About SCODA Desktop</source>
        <translation>关于 SCODA Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会见(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>the toolbar&apos;s name</comment>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
</context>
</TS>
