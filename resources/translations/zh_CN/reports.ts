<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartView</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>{series}: {value}</source>
        <translation>{series}：{value}</translation>
    </message>
</context>
<context>
    <name>ReportTerms</name>
    <message>
        <source>Meetings by country, per year</source>
        <translation>按国家统计会见（按年度）</translation>
    </message>
    <message>
        <source>Meetings by country, per quarter</source>
        <translation>按国家统计会见（按季度）</translation>
    </message>
    <message>
        <source>Meetings by host official, per year</source>
        <translation>按主持领导统计会见（按年度）</translation>
    </message>
    <message>
        <source>Meetings by host official, per quarter</source>
        <translation>按主持领导统计会见（按季度）</translation>
    </message>
    <message>
        <source>Meetings by kind, per year</source>
        <translation>按会见形式统计（按年度）</translation>
    </message>
    <message>
        <source>Meetings by kind, per quarter</source>
        <translation>按会见形式统计（按季度）</translation>
    </message>
    <message>
        <source>Follow-up completion, per year</source>
        <translation>后续事项完成情况（按年度）</translation>
    </message>
    <message>
        <source>Follow-up completion, per quarter</source>
        <translation>后续事项完成情况（按季度）</translation>
    </message>
    <message>
        <source>Meetings held with at least one guest of the country present; a meeting with guests of several countries counts once for each.</source>
        <translation>统计已举行且至少有一名该国客方人员出席的会见；有多国客方人员出席的会见，每个国家各计一次。</translation>
    </message>
    <message>
        <source>Meetings held, per participant in the role of host who was present.</source>
        <translation>统计已举行的会见，按以主人身份出席的领导分别计数。</translation>
    </message>
    <message>
        <source>Meetings held, per kind.</source>
        <translation>按会见形式统计已举行的会见。</translation>
    </message>
    <message>
        <source>Follow-ups, agreements and MoUs by the period of their meeting. Completion rate: done out of all. Days to close: from the meeting&apos;s day to the day a done item was closed.</source>
        <translation>按所属会见的时间段统计后续事项、共识和谅解备忘录。完成率：已完成事项占全部事项的比例。办结天数：自会见之日起至已完成事项办结之日止的天数。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家（英文）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Host official</source>
        <translation>主持领导（英文）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式（英文）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
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
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>完成率（%）</translation>
    </message>
    <message>
        <source>Average days to close (done)</source>
        <translation>平均办结天数（已完成事项）</translation>
    </message>
    <message>
        <source>Embassies</source>
        <translation>使馆</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>使馆（英文）</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近接触日期</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>已举行会见</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待办后续事项</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>下次会见</translation>
    </message>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Meetings by country</source>
        <translation>按国家统计会见</translation>
    </message>
    <message>
        <source>Meetings by host official</source>
        <translation>按主持领导统计会见</translation>
    </message>
    <message>
        <source>Meetings by kind</source>
        <translation>按会见形式统计</translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation>后续事项完成情况</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Embassies by last contact</source>
        <translation>使馆最近接触情况</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>按年度</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>会见日期从</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the report as CSV (for Excel), XLSX or PDF</source>
        <translation>将报表另存为 CSV（供 Excel 使用）、XLSX 或 PDF 文件</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The embassies and consulates met, the longest without contact first. Contact: a meeting held with one of their people present. Double-click an embassy for its history.</source>
        <translation>列出曾会见的各国使领馆，最久未接触的排在最前。接触：指已举行且对方有人员出席的会见。双击使馆可查看交往记录。</translation>
    </message>
    <message>
        <source>Cannot build the report</source>
        <translation>无法生成报表</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Export embassies</source>
        <translation>导出使馆列表</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV 文件，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF with the chart (*.pdf)</source>
        <translation>PDF 文件，含图表 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TabularModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
</TS>
