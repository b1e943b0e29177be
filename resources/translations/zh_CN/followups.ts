<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CounterpartHistoryDialog</name>
    <message>
        <source>History: {name}</source>
        <translation>交往记录：{name}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出交往记录</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>无法导出交往记录</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Show overdue</source>
        <translation>查看逾期事项</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{overdue}, {due_this_week}</source>
        <translation>{overdue}，{due_this_week}</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n 项后续事项已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due this week</source>
        <comment>after those overdue</comment>
        <translation>
            <numerusform>%n 项本周到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due this week</source>
        <translation>
            <numerusform>%n 项后续事项本周到期</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-ups overdue or due this week</source>
        <translation>没有逾期或本周到期的后续事项</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}。</translation>
    </message>
</context>
<context>
    <name>FollowUpFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
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
    <message>
        <source>Done or dropped</source>
        <translation>已完成或不再跟进</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>到期日从</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Meeting day</source>
        <translation>会见日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>谅解备忘录</translation>
    </message>
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
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记为已完成…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>不再跟进…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>恢复待办</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>打开会见</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>交往记录…</translation>
    </message>
    <message>
        <source>Every meeting with the owner or a country of the selected item, and what came of it</source>
        <translation>与所选事项负责人或相关国家的历次会见及其成果</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the list shown as CSV (for Excel) or XLSX</source>
        <translation>将当前显示的列表另存为 CSV（供 Excel 使用）或 XLSX 文件</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups</source>
        <translation>无法读取后续事项</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>与{name}的交往记录</translation>
    </message>
    <message>
        <source>The due range ends before it starts: set its end on or after its start</source>
        <translation>到期日范围的结束日期早于开始日期：请将结束日期设为开始日期当天或之后</translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation>显示 {shown} 项</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>显示 {shown} 项，共 {total} 项</translation>
    </message>
    <message>
        <source>{shown}, {overdue} overdue</source>
        <translation>{shown}，其中 {overdue} 项已逾期</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>不再跟进</translation>
    </message>
    <message>
        <source>{action}: “{text}”</source>
        <translation>{action}：“{text}”</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>后续事项已标记为已完成。</translation>
    </message>
    <message>
        <source>Follow-up dropped.</source>
        <translation>后续事项已标记为不再跟进。</translation>
    </message>
    <message>
        <source>Follow-up reopened.</source>
        <translation>后续事项已恢复为待办。</translation>
    </message>
    <message>
        <source>The follow-up was not changed</source>
        <translation>后续事项未能修改</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>导出后续事项</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n follow-up(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 项后续事项保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the follow-ups</source>
        <translation>无法导出后续事项</translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message>
        <source>Open follow-ups ({count})</source>
        <translation>待办后续事项（{count}）</translation>
    </message>
    <message>
        <source>Meetings ({count}), newest first</source>
        <translation>会见会谈（{count}），由近及远排列</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>{name} ({name_zh})</source>
        <translation>{name_zh}（{name}）</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>尚无接触</translation>
    </message>
    <message numerus="yes">
        <source>Last contact {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>最近一次接触：{day}（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>next meeting {day}</source>
        <translation>下次会见：{day}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>{item} — {owner}</source>
        <translation>{item}（负责人：{owner}）</translation>
    </message>
    <message>
        <source>{item}, due {day}</source>
        <translation>{item}，截止日期：{day}</translation>
    </message>
    <message>
        <source>{item} ({status})</source>
        <translation>{item}（{status}）</translation>
    </message>
    <message>
        <source>from “{theme}”, {day}</source>
        <translation>来源：{day}“{theme}”</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>截止日期：{day}</translation>
    </message>
    <message>
        <source>{status} {day}</source>
        <translation>{status}（{day}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(to come)</source>
        <translation>（尚未举行）</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>（未形成接触）</translation>
    </message>
    <message>
        <source>{kind}, {status}</source>
        <translation>{kind}，{status}</translation>
    </message>
    <message>
        <source>With: {people}</source>
        <translation>相关人员：{people}</translation>
    </message>
</context>
<context>
    <name>HistoryOpener</name>
    <message>
        <source>Cannot read the history</source>
        <translation>无法读取交往记录</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note (optional): what was done, or why it was dropped</source>
        <translation>备注（选填）：办理情况，或不再跟进的原因</translation>
    </message>
</context>
</TS>
