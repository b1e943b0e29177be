<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DayGrid</name>
    <message>
        <source>Suits everyone</source>
        <translation>适合所有人</translation>
    </message>
    <message>
        <source>Host side busy</source>
        <translation>主方另有安排</translation>
    </message>
    <message>
        <source>Day grid</source>
        <translation>全天时间表</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) suit everyone. Zones: {zones}</source>
        <translation>
            <numerusform>有 %n 个时间适合所有人。时区：{zones}</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}</source>
        <comment>the day of the month under the weekday</comment>
        <translation>{day}日</translation>
    </message>
    <message>
        <source>{date} {start}–{end}: {kind} ({office} {zone})</source>
        <translation>{date} {start}–{end}：{kind}（{zone} {office}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“{meeting}” keeps the host side busy</source>
        <translation>主方此时正参加“{meeting}”</translation>
    </message>
    <message>
        <source>Another meeting</source>
        <translation>其他会见</translation>
    </message>
    <message>
        <source>Suggestion {number}: starts {time}</source>
        <translation>建议时间 {number}：{time} 开始</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>{date} {start}–{end} {zone}</source>
        <translation>{date} {zone} {start}–{end}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{kind} in {city} ({who})</source>
        <translation>{city}（{who}）：{kind}</translation>
    </message>
    <message>
        <source>another meeting</source>
        <translation>其他会见</translation>
    </message>
    <message>
        <source>The host side is in “{meeting}” then</source>
        <translation>主方届时正参加“{meeting}”</translation>
    </message>
    <message>
        <source>Find a time</source>
        <translation>查找合适时间</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <source>The day, in {zone}</source>
        <translation>日期（{zone}）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Times that suit everyone, best first:</source>
        <translation>适合所有人的时间，最佳的在前(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Use this time</source>
        <translation>采用此时间(&amp;U)</translation>
    </message>
    <message>
        <source>Set the meeting&apos;s start and end to the chosen time</source>
        <translation>将会见的开始和结束时间设为所选时间</translation>
    </message>
    <message>
        <source>Looking for times on {date}…</source>
        <translation>正在查找 {date} 的可用时间…</translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) suit everyone for {minutes} minutes.</source>
        <translation>
            <numerusform>有 %n 个开始时间适合所有人（时长 {minutes} 分钟）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This day is over: choose a later day.</source>
        <translation>这一天已经过去，请选择以后的日期。</translation>
    </message>
    <message>
        <source>No time on this day suits everyone: try another day.</source>
        <translation>这一天没有适合所有人的时间，请换一天试试。</translation>
    </message>
    <message>
        <source>Times already past are not suggested.</source>
        <translation>已过去的时间不作推荐。</translation>
    </message>
    <message>
        <source>No time on this day suits everyone.</source>
        <translation>这一天没有适合所有人的时间。</translation>
    </message>
    <message>
        <source>Cannot look for times: {error}</source>
        <translation>无法查找时间：{error}</translation>
    </message>
    <message>
        <source>Cannot look for times ({error}); see the log.</source>
        <translation>无法查找时间（{error}），详见日志。</translation>
    </message>
    <message>
        <source>Click a time on the grid or a suggestion in the list.</source>
        <translation>请在时间表上点击一个时间，或在列表中选择一个建议时间。</translation>
    </message>
    <message>
        <source>Chosen: {time}</source>
        <translation>已选：{time}</translation>
    </message>
    <message>
        <source>{problem}. </source>
        <translation>{problem}。</translation>
    </message>
</context>
<context>
    <name>HourKind</name>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>First or last working hour</source>
        <translation>上班后或下班前一小时</translation>
    </message>
    <message>
        <source>Weekend or holiday</source>
        <translation>周末或节假日</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Night ({start}–{end})</source>
        <translation>夜间（{start}–{end}）</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <source>at the edge of a working day</source>
        <translation>紧邻上下班时间</translation>
    </message>
    <message>
        <source>0h{minutes} from the edge of a working day</source>
        <translation>距上下班时间 {minutes}分钟</translation>
    </message>
    <message>
        <source>{hours}h{minutes} from the edge of a working day</source>
        <translation>距上下班时间 {hours}小时{minutes}分</translation>
    </message>
    <message>
        <source>{number}. {start}–{end} {zone}</source>
        <translation>{number}. {zone} {start}–{end}</translation>
    </message>
</context>
</TS>
