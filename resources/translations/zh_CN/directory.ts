<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CountriesPage</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>SCO status</source>
        <translation>上合组织身份</translation>
    </message>
    <message>
        <source>Belt and Road</source>
        <translation>一带一路</translation>
    </message>
    <message>
        <source>Has signed Belt and Road cooperation documents</source>
        <translation>已与中国签署共建“一带一路”合作文件</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员数</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近往来</translation>
    </message>
    <message>
        <source>The day of the latest meeting with someone from the country</source>
        <translation>最近一次与该国人员会见的日期</translation>
    </message>
    <message>
        <source>Filter by name in English or Chinese, or ISO code (Ctrl+F)</source>
        <translation>按中英文名称或 ISO 代码筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Only countries in use</source>
        <translation>仅显示名录涉及的国家(&amp;O)</translation>
    </message>
    <message>
        <source>Only the countries with an organisation or a person in the directory</source>
        <translation>仅显示名录中有相关机构或人员的国家</translation>
    </message>
    <message>
        <source>&amp;Edit Country Facts…</source>
        <translation>编辑国家信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the SCO status, Belt and Road, demonym and notes (Enter or double-click)</source>
        <translation>编辑上合组织身份、“一带一路”、国民称谓和备注（回车键或双击）</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>往来记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every meeting with someone from this country, and what came of it</source>
        <translation>与该国人员的历次会见及其成果</translation>
    </message>
    <message numerus="yes">
        <source>%n country(-ies) in use</source>
        <translation>
            <numerusform>名录涉及 %n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n country(-ies) in use</source>
        <translation>
            <numerusform>显示 {shown} 个，名录共涉及 %n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(-ies)</source>
        <translation>
            <numerusform>共 %n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n country(-ies)</source>
        <translation>
            <numerusform>显示 {shown} 个，共 %n 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>The database lists no countries: its reference data is missing. Open the database again, or ask whoever manages it to restore it.</source>
        <translation>数据库中没有国家列表，缺少基础参考数据。请重新打开数据库，或请数据库管理员恢复数据。</translation>
    </message>
    <message>
        <source>Select a country to see its time zones, organisations and meetings.</source>
        <translation>选择一个国家，查看其时区、机构和会见情况。</translation>
    </message>
    <message>
        <source>Cannot read the countries</source>
        <translation>无法读取国家列表</translation>
    </message>
    <message>
        <source>Cannot open the country</source>
        <translation>无法打开该国家的信息</translation>
    </message>
    <message>
        <source>Saved the facts about {code}.</source>
        <translation>已保存 {code} 的国家信息。</translation>
    </message>
</context>
<context>
    <name>CountryDetail</name>
    <message>
        <source>SCO status</source>
        <translation>上合组织身份</translation>
    </message>
    <message>
        <source>(checked on {day})</source>
        <translation>（核实于{day}）</translation>
    </message>
    <message>
        <source>(date of the check not recorded)</source>
        <translation>（未记录核实日期）</translation>
    </message>
    <message>
        <source>Belt and Road</source>
        <translation>一带一路</translation>
    </message>
    <message>
        <source>Yes: has signed Belt and Road cooperation documents</source>
        <translation>是：已签署共建“一带一路”合作文件</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近往来</translation>
    </message>
    <message>
        <source>no meeting with anyone from here has taken place</source>
        <translation>尚未与该国人员举行会见</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>{zone} (capital)</source>
        <translation>{zone}（首都）</translation>
    </message>
    <message>
        <source>… and 1 more zone</source>
        <translation>…另有 1 个时区</translation>
    </message>
    <message>
        <source>… and {n} more zones</source>
        <translation>…另有 {n} 个时区</translation>
    </message>
    <message>
        <source>same time as Beijing</source>
        <translation>与北京时间相同</translation>
    </message>
    <message>
        <source>{span} behind Beijing</source>
        <translation>比北京时间晚 {span}</translation>
    </message>
    <message>
        <source>{span} ahead of Beijing</source>
        <translation>比北京时间早 {span}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>not a known time zone</source>
        <translation>无法识别的时区</translation>
    </message>
    <message>
        <source>Organisations ({n})</source>
        <translation>机构（{n}）</translation>
    </message>
    <message>
        <source>none in the directory</source>
        <translation>名录中暂无</translation>
    </message>
    <message>
        <source>People ({n})</source>
        <translation>人员（{n}）</translation>
    </message>
    <message>
        <source>Meetings ({n}), latest first</source>
        <translation>会见（{n}），按时间倒序</translation>
    </message>
    <message>
        <source>Demonym</source>
        <translation>国民称谓（英文）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>CLDR names and the tz database; no curated facts</source>
        <translation>名称取自 CLDR，时区取自 tz 数据库；暂无人工核实的信息</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <source>Edit Country Facts: {name}</source>
        <translation>编辑国家信息：{name}</translation>
    </message>
    <message>
        <source>Indonesian, Tajik…</source>
        <translation>如 Indonesian、Tajik…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty if not recorded</source>
        <translation>YYYY-MM-DD，未记录则留空</translation>
    </message>
    <message>
        <source>The day someone last checked the status against the SCO&apos;s own lists</source>
        <translation>最近一次对照上合组织官方名单核实身份的日期</translation>
    </message>
    <message>
        <source>Has signed Belt and &amp;Road cooperation documents with China</source>
        <translation>已与中国签署共建“一带一路”合作文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Demonym:</source>
        <translation>国民称谓(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;SCO status:</source>
        <translation>上合组织身份(&amp;S)：</translation>
    </message>
    <message>
        <source>Status &amp;checked on:</source>
        <translation>核实日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Belt and Road:</source>
        <translation>一带一路：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The status cannot have been checked after today ({today}): correct the date.</source>
        <translation>核实日期不能晚于今天（{today}），请更正。</translation>
    </message>
    <message>
        <source>Cannot save the country&apos;s facts</source>
        <translation>无法保存国家信息</translation>
    </message>
    <message>
        <source>The country&apos;s facts were changed elsewhere</source>
        <translation>该国家信息已被他人修改</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as YYYY-MM-DD (2024-03-01), pick it from the calendar, or leave it empty.</source>
        <translation>“{text}”不是有效日期：请按 YYYY-MM-DD 格式填写（如 2024-03-01），或从日历中选择，也可留空。</translation>
    </message>
</context>
<context>
    <name>DirectoryDetail</name>
    <message>
        <source>, </source>
        <comment>between the items of a list of names or words</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>1 week ago</source>
        <translation>1 周前</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>{n} 周前</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>{n} 个月前</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>{n} 年前</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>日期在今天之后</translation>
    </message>
    <message>
        <source>no meeting has taken place yet</source>
        <translation>尚未举行会见</translation>
    </message>
    <message>
        <source>{day} ({ago})</source>
        <translation>{day}（{ago}）</translation>
    </message>
    <message>
        <source>{when}: {meeting}</source>
        <translation>{when}：{meeting}</translation>
    </message>
    <message>
        <source>Open follow-ups ({n})</source>
        <translation>未办结的后续事项（{n}）</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>没有未办结的后续事项。</translation>
    </message>
    <message>
        <source>OVERDUE since {day}</source>
        <translation>已逾期（应于{day}前完成）</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>应于{day}前完成</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>未定完成期限</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>No owner recorded.</source>
        <translation>未记录负责人。</translation>
    </message>
    <message>
        <source>From the meeting of {day}: {meeting}</source>
        <translation>来自{day}的会见：{meeting}</translation>
    </message>
    <message>
        <source>{kind} · {due}</source>
        <translation>{kind} · {due}</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV 文件，适用于 Excel，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0, for current address books (*.vcf)</source>
        <translation>vCard 4.0，适用于新版通讯录 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 3.0, for older phones and Outlook (*.vcf)</source>
        <translation>vCard 3.0，适用于旧款手机和 Outlook (*.vcf)</translation>
    </message>
    <message>
        <source>Wrote 1 organisation to {path} ({format}).</source>
        <translation>已将 1 个机构导出到 {path}（{format}）。</translation>
    </message>
    <message>
        <source>Wrote {count} organisations to {path} ({format}).</source>
        <translation>已将 {count} 个机构导出到 {path}（{format}）。</translation>
    </message>
    <message>
        <source>Wrote 1 person to {path} ({format}).</source>
        <translation>已将 1 名人员导出到 {path}（{format}）。</translation>
    </message>
    <message>
        <source>Wrote {count} people to {path} ({format}).</source>
        <translation>已将 {count} 名人员导出到 {path}（{format}）。</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <source>Cannot export to {path}</source>
        <translation>无法导出到 {path}</translation>
    </message>
    <message>
        <source>Export People</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员名录</translation>
    </message>
    <message>
        <source>Export Organisations</source>
        <translation>导出机构</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>机构名录</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Nothing matches “{text}”. Clear the filter (Esc) to see the whole list.</source>
        <translation>没有与“{text}”匹配的记录。清除筛选条件（Esc）可查看完整列表。</translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation>无法读取列表</translation>
    </message>
    <message>
        <source>That record is not in the list any more.</source>
        <translation>该记录已不在列表中。</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>无法读取该记录</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Save an&amp;yway</source>
        <translation>仍然保存(&amp;Y)</translation>
    </message>
    <message>
        <source>This is a different person: save the form as it is</source>
        <translation>不是同一人：按表单当前内容保存</translation>
    </message>
    <message>
        <source>If it is the same person, open that record and edit it instead (add this spelling to its alternative spellings). If not, save anyway.</source>
        <translation>如是同一人，请打开已有记录进行编辑（将此拼写添加为其他拼写）；如不是，请点击“仍然保存”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This may be someone already in the directory:&lt;/b&gt;</source>
        <translation>&lt;b&gt;此人可能已在名录中：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This may be one of {count} people already in the directory:&lt;/b&gt;</source>
        <translation>&lt;b&gt;此人可能是名录中已有的 {count} 人之一：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{who}: {reason}</source>
        <translation>{who}：{reason}</translation>
    </message>
    <message>
        <source>Open that person</source>
        <translation>打开该人员</translation>
    </message>
    <message>
        <source>Close this form and show {who}</source>
        <translation>关闭此表单并显示 {who}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>…另有 {count} 人。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import People or Organisations</source>
        <translation>导入人员或机构</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a CSV (UTF-8) or vCard file to import</source>
        <translation>选择要导入的 CSV（UTF-8 编码）或 vCard 文件</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the file again, after fixing it in Excel or a text editor (F5)</source>
        <translation>在 Excel 或文本编辑器中修改文件后重新读取（F5）</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>仅显示有错误的行(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>正在读取并检查 {file}…</translation>
    </message>
    <message>
        <source>{file} could not be read. Nothing has been written.</source>
        <translation>无法读取 {file}，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the file to import</source>
        <translation>无法读取要导入的文件</translation>
    </message>
    <message>
        <source>{problem}
Fix the file, then read it again.</source>
        <translation>{problem}
请修改文件后重新读取。</translation>
    </message>
    <message>
        <source>Card {n}</source>
        <translation>第 {n} 张名片</translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>{where}: {name}</source>
        <translation>{where}：{name}</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file: nothing has been written.</source>
        <translation>此文件中没有可导入的内容，未写入任何内容。</translation>
    </message>
    <message>
        <source>Fix the row with errors in the file and open it again: nothing has been written.</source>
        <translation>请在文件中改正有错误的行后重新打开，未写入任何内容。</translation>
    </message>
    <message>
        <source>Fix the {n} rows with errors in the file and open it again: nothing has been written.</source>
        <translation>请在文件中改正有错误的 {n} 行后重新打开，未写入任何内容。</translation>
    </message>
    <message>
        <source>Every row matches the directory already: there is nothing to import.</source>
        <translation>各行均与名录一致，无需导入。</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Write every row above to the directory, all or nothing</source>
        <translation>将以上各行一并写入名录：全部写入，或全部不写入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}
Read the file again (F5) to see the directory as it is now, then import.</source>
        <translation>未导入任何内容：{problem}
请重新读取文件（F5），查看名录的当前情况后再导入。</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>未导入任何内容：{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>无法导入该文件</translation>
    </message>
    <message>
        <source>People or organisations (*.csv *.vcf *.vcard)</source>
        <translation>人员或机构 (*.csv *.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>vCard 3.0 or 4.0 (*.vcf *.vcard)</source>
        <translation>vCard 3.0 或 4.0 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>新增 {n} 条</translation>
    </message>
    <message>
        <source>1 update</source>
        <translation>更新 1 条</translation>
    </message>
    <message>
        <source>{n} updates</source>
        <translation>更新 {n} 条</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>{n} 条无变化</translation>
    </message>
    <message>
        <source>1 row with errors</source>
        <translation>1 行有错误</translation>
    </message>
    <message>
        <source>{n} rows with errors</source>
        <translation>{n} 行有错误</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>{what}: {counts}</source>
        <translation>{what}：{counts}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>…另有 {n} 项</translation>
    </message>
    <message>
        <source>{file} holds no people or organisations. Choose another file.</source>
        <translation>{file} 中没有人员或机构信息，请选择其他文件。</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{file} cannot be imported as it is:</source>
        <translation>{file} 无法按原样导入：</translation>
    </message>
    <message>
        <source>Fix the file and read it again. A CSV file needs a first line naming the columns (family_name, given_name, … for people; name_en, name_zh, … for organisations); a vCard file starts with BEGIN:VCARD. Nothing has been written.</source>
        <translation>请修改文件后重新读取。CSV 文件的第一行须为列名（人员为 family_name、given_name 等；机构为 name_en、name_zh 等）；vCard 文件须以 BEGIN:VCARD 开头。未写入任何内容。</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}：{problems}</translation>
    </message>
    <message>
        <source>Parts of the file could not be read:</source>
        <translation>文件中有部分内容无法读取：</translation>
    </message>
    <message>
        <source>Fix them in the file, then read it again (F5).</source>
        <translation>请在文件中改正后重新读取（F5）。</translation>
    </message>
    <message>
        <source>Imported {file}. People: {people_created} added, {people_updated} updated. Organisations: {orgs_created} added, {orgs_updated} updated. Posts added: {posts}.</source>
        <translation>已导入 {file}。人员：新增 {people_created} 名，更新 {people_updated} 名。机构：新增 {orgs_created} 个，更新 {orgs_updated} 个。新增职务：{posts} 条。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>card {n}</source>
        <translation>第 {n} 张名片</translation>
    </message>
    <message>
        <source>Post dates: {title}</source>
        <translation>职务日期：{title}</translation>
    </message>
    <message>
        <source>New post (the current one ends the day before): {title}</source>
        <translation>新职务（现任职务于前一天结束）：{title}</translation>
    </message>
    <message>
        <source>New post: {title}</source>
        <translation>新职务：{title}</translation>
    </message>
    <message>
        <source>New organisation: {name}</source>
        <translation>新机构：{name}</translation>
    </message>
    <message>
        <source>May be the same person as {name} ({where} of this file): {why}</source>
        <translation>可能与本文件{where}的 {name} 为同一人：{why}</translation>
    </message>
    <message>
        <source>May be the same person as {name}, already in the directory: {why}</source>
        <translation>可能与名录中已有的 {name} 为同一人：{why}</translation>
    </message>
    <message>
        <source>Part of {name} (new, from {where})</source>
        <translation>隶属于 {name}（新增机构，见{where}）</translation>
    </message>
    <message>
        <source>Short name: {name}</source>
        <translation>简称：{name}</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <comment>what is wrong in one column of an entry</comment>
        <translation>{column}：{message}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the problems or details of one entry</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Where the entry starts in the file: open the file at this place</source>
        <translation>该条目在文件中的起始位置：可在文件中的此处查看</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>New: added to the directory; Update: the directory&apos;s record takes the file&apos;s values; Unchanged: nothing to write; Error: fix the file</source>
        <translation>新增：添加到名录；更新：名录中的记录采用文件中的值；无变化：无需写入；错误：请修改文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Posts, new organisations and possible duplicates</source>
        <translation>职务、新机构及可能重复的人员</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>first reference</source>
        <translation>首次提及形式</translation>
    </message>
    <message>
        <source>second reference</source>
        <translation>再次提及形式</translation>
    </message>
    <message>
        <source>salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>简历</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Suggested because</source>
        <translation>建议理由</translation>
    </message>
    <message>
        <source>Why this person may be the same as the one being merged</source>
        <translation>此人可能与待合并人员为同一人的原因</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>{start}起</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>至{end}</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>First reference</source>
        <translation>首次提及</translation>
    </message>
    <message>
        <source>Second reference</source>
        <translation>再次提及</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>其他拼写</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation>未记录职务。</translation>
    </message>
    <message>
        <source>Meetings attended: {meetings} · Outcomes owned: {outcomes}</source>
        <translation>参加会见：{meetings} 次 · 负责成果：{outcomes} 项</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>记录 {id}</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Every meeting and outcome of both records stays with the kept record, “{kept}”. Moving to it from “{removed}”: meetings {meetings}, outcomes {outcomes}, posts {posts}. Every written form of the other name becomes an alternative spelling, and fields the kept record leaves empty are filled from the other one. The record “{removed}” is then removed.</source>
        <translation>两条记录的全部会见和成果均归入保留的记录“{kept}”。将从“{removed}”移入：会见 {meetings} 次，成果 {outcomes} 项，职务 {posts} 条。另一条记录中姓名的各种写法均作为其他拼写保留，保留记录中为空的字段以另一条记录的内容补齐。随后删除记录“{removed}”。</translation>
    </message>
    <message>
        <source>Meetings both attended, kept once: {n}.</source>
        <translation>两条记录均参加的会见只保留一次：{n} 次。</translation>
    </message>
    <message>
        <source>Merged “{removed}” into “{kept}” and removed “{removed}”. Moved: meetings {moved}, outcomes {outcomes}, posts {posts}.</source>
        <translation>已将“{removed}”并入“{kept}”，并删除“{removed}”。已移入：会见 {moved} 次，成果 {outcomes} 项，职务 {posts} 条。</translation>
    </message>
    <message>
        <source>New alternative spellings: {spellings}.</source>
        <translation>新增其他拼写：{spellings}。</translation>
    </message>
    <message>
        <source>Filled in from the removed record: {fields}.</source>
        <translation>由被删除的记录补齐：{fields}。</translation>
    </message>
    <message>
        <source>Merge Two Records of One Person</source>
        <translation>合并同一人员的两条记录</translation>
    </message>
    <message>
        <source>Filter by any form of the name: English, Chinese or another spelling</source>
        <translation>按姓名的任一形式筛选：英文、中文或其他拼写</translation>
    </message>
    <message>
        <source>Kept: keeps every meeting and outcome of both</source>
        <translation>保留：保留两条记录的全部会见和成果</translation>
    </message>
    <message>
        <source>Removed: merged into the kept record</source>
        <translation>删除：并入保留的记录</translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ 互换(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>改为保留另一条记录</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge “{name}” with another record of the same person. Choose the other record below.</source>
        <translation>将“{name}”与同一人员的另一条记录合并。请在下方选择另一条记录。</translation>
    </message>
    <message>
        <source>The person listed first may be the same person: the last column says why.</source>
        <translation>列在首位的人员可能与其为同一人，原因见最后一列。</translation>
    </message>
    <message>
        <source>The {n} people listed first may be the same person: the last column says why.</source>
        <translation>列在前面的 {n} 人可能与其为同一人，原因见最后一列。</translation>
    </message>
    <message>
        <source>Cannot read the people to merge</source>
        <translation>无法读取待合并的人员</translation>
    </message>
    <message>
        <source>Merge “{removed}” into “{kept}”?

{effects}

The record “{removed}” cannot be brought back afterwards.</source>
        <translation>是否将“{removed}”并入“{kept}”？

{effects}

合并后，记录“{removed}”将无法恢复。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Nothing was merged: {problem} Both records have been read again as they are now: check them, then press Merge again.</source>
        <translation>未合并：{problem}已重新读取两条记录的当前内容，请核对后再次点击“合并”。</translation>
    </message>
    <message>
        <source>Nothing was merged: {problem}</source>
        <translation>未合并：{problem}</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>未合并。</translation>
    </message>
    <message>
        <source>Cannot merge the two records</source>
        <translation>无法合并这两条记录</translation>
    </message>
    <message>
        <source>“{removed}” has been merged into “{kept}” and removed.</source>
        <translation>“{removed}”已并入“{kept}”并已删除。</translation>
    </message>
    <message>
        <source>Choose the other record of this person in the list above.</source>
        <translation>请在上方列表中选择此人的另一条记录。</translation>
    </message>
    <message>
        <source>Merge the removed record into the kept one (asks first)</source>
        <translation>将被删除的记录并入保留的记录（合并前会确认）</translation>
    </message>
    <message>
        <source>Choose the other record of this person in the list first</source>
        <translation>请先在列表中选择此人的另一条记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Its parts</source>
        <translation>下属机构</translation>
    </message>
    <message>
        <source>People now ({n})</source>
        <translation>现有人员（{n}）</translation>
    </message>
    <message>
        <source>nobody holds a post here today</source>
        <translation>目前无人在此任职</translation>
    </message>
    <message>
        <source>Earlier ({n})</source>
        <translation>曾任职人员（{n}）</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>{day}起</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>将于{day}起</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>至{day}</translation>
    </message>
    <message>
        <source>Meetings ({n}), latest first</source>
        <translation>会见（{n}），按时间倒序</translation>
    </message>
    <message>
        <source>no meetings recorded</source>
        <translation>未记录会见</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>会见对象：{names}</translation>
    </message>
    <message>
        <source>({status})</source>
        <translation>（{status}）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近往来</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>Edit Organisation: {name}</source>
        <translation>编辑机构：{name}</translation>
    </message>
    <message>
        <source>Such as Embassy of Indonesia in China</source>
        <translation>如 Embassy of Indonesia in China</translation>
    </message>
    <message>
        <source>As the organisation writes it in Chinese</source>
        <translation>以该机构自用的中文名称为准</translation>
    </message>
    <message>
        <source>Optional, such as SCODA</source>
        <translation>选填，如 SCODA</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>无国家</translation>
    </message>
    <message>
        <source>Type part of the name in English or Chinese, or the code</source>
        <translation>输入国家中英文名称的一部分或国家代码</translation>
    </message>
    <message>
        <source>Not part of another organisation</source>
        <translation>不隶属于其他机构</translation>
    </message>
    <message>
        <source>The larger body this one belongs to, such as a committee for its department</source>
        <translation>本机构所属的上级机构，如部门所属的委员会</translation>
    </message>
    <message>
        <source>&amp;Name in English:</source>
        <translation>英文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>隶属于(&amp;P)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>“{text}” is not in the list of countries: choose one from the list, or clear the field.</source>
        <translation>“{text}”不在国家列表中：请从列表中选择，或清空此项。</translation>
    </message>
    <message>
        <source>“{text}” is not an organisation this one can be part of: choose one from the list, or clear the field.</source>
        <translation>“{text}”不能作为本机构的上级机构：请从列表中选择，或清空此项。</translation>
    </message>
    <message>
        <source>Cannot save the organisation</source>
        <translation>无法保存机构</translation>
    </message>
    <message>
        <source>The organisation was changed elsewhere</source>
        <translation>该机构已被他人修改</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Embassy</source>
        <translation>大使馆</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>领事馆</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>Administrative committee</source>
        <translation>管理委员会</translation>
    </message>
    <message>
        <source>Chamber or association</source>
        <translation>商会或协会</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员数</translation>
    </message>
    <message>
        <source>How many people hold a post there today</source>
        <translation>目前在该机构任职的人数</translation>
    </message>
    <message>
        <source>Filter by name in English or Chinese, short name or country (Ctrl+F)</source>
        <translation>按中英文名称、简称或国家筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New Organisation…</source>
        <translation>新建机构(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an organisation to the directory</source>
        <translation>向名录中添加机构</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected organisation (Enter or double-click)</source>
        <translation>编辑所选机构（回车键或双击）</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>往来记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every meeting with this organisation&apos;s people, and what came of it</source>
        <translation>与该机构人员的历次会见及其成果</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update organisations from a CSV file</source>
        <translation>从 CSV 文件添加或更新机构</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save every organisation as a CSV file that Excel opens</source>
        <translation>将全部机构保存为可用 Excel 打开的 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>共 %n 个机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n organisation(s)</source>
        <translation>
            <numerusform>显示 {shown} 个，共 %n 个机构</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisations are recorded yet. Add one with New Organisation… (Ctrl+Shift+N), or bring a list in with Import….</source>
        <translation>尚未记录任何机构。可点击“新建机构…”（Ctrl+Shift+N）添加，或通过“导入…”导入名单。</translation>
    </message>
    <message>
        <source>Select an organisation to see its people and meetings.</source>
        <translation>选择一个机构，查看其人员和会见情况。</translation>
    </message>
    <message>
        <source>Cannot read the organisations</source>
        <translation>无法读取机构列表</translation>
    </message>
    <message>
        <source>Cannot open the organisation</source>
        <translation>无法打开该机构</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>已添加“{name}”。</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>现任职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Filter by any form of the name, the Chinese name or a spelling (Ctrl+F)</source>
        <translation>按姓名的任一形式、中文名或其他拼写筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a person to the directory</source>
        <translation>向名录中添加人员</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter or double-click)</source>
        <translation>编辑所选人员（回车键或双击）</translation>
    </message>
    <message>
        <source>New &amp;Post…</source>
        <translation>新增职务(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a post; the current one can end the day before, staying in the history</source>
        <translation>新增职务；现任职务可于前一天结束，并保留在履历中</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>往来记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every meeting with the selected person and what came of it</source>
        <translation>与所选人员的历次会见及其成果</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Make two records of one person one, keeping every meeting and outcome</source>
        <translation>将同一人员的两条记录合并为一条，保留全部会见和成果</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update people from a CSV or vCard file, with a preview first</source>
        <translation>从 CSV 或 vCard 文件添加或更新人员，导入前可预览</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save everyone as CSV (for Excel) or vCard</source>
        <translation>将全部人员保存为 CSV 文件（适用于 Excel）或 vCard 文件</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>显示 {shown} 人，共 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No people in the directory yet. Add one with New Person… (Ctrl+Shift+N), or import a CSV or vCard file with Import….</source>
        <translation>名录中尚无人员。可点击“新建人员…”（Ctrl+Shift+N）添加，或通过“导入…”导入 CSV 或 vCard 文件。</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>选择一名人员，查看其详细信息。</translation>
    </message>
    <message>
        <source>Nobody&apos;s name matches “{text}”. Clear the filter (Esc) to see everyone.</source>
        <translation>没有姓名与“{text}”匹配的人员。清除筛选条件（Esc）可查看全部人员。</translation>
    </message>
    <message>
        <source>Cannot read the people</source>
        <translation>无法读取人员列表</translation>
    </message>
    <message>
        <source>Added {name} to the directory.</source>
        <translation>已将 {name} 添加到名录。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <source>Merged record {removed} into record {kept}. Moved: meetings {meetings}, outcomes {outcomes}, posts {posts}.</source>
        <translation>已将记录 {removed} 并入记录 {kept}。已移入：会见 {meetings} 次，成果 {outcomes} 项，职务 {posts} 条。</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近往来</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Follow-ups and outcomes they own</source>
        <translation>其负责的后续事项和成果</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>参加的会见</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>简历</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>全名：</translation>
    </message>
    <message>
        <source>Second reference:</source>
        <translation>再次提及：</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>称呼：</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>其他写法：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>No contact details recorded.</source>
        <translation>未记录联系方式。</translation>
    </message>
    <message>
        <source>The open follow-ups they own are listed above.</source>
        <translation>其负责的未办结后续事项已列在上方。</translation>
    </message>
    <message>
        <source>They own no other outcomes.</source>
        <translation>其名下无其他后续事项或成果。</translation>
    </message>
    <message>
        <source>No meeting with them has taken place yet.</source>
        <translation>尚未与其举行会见。</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现任</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>尚未到任</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已离任</translation>
    </message>
    <message>
        <source>No posts recorded. Add one with New Post….</source>
        <translation>未记录职务。可点击“新增职务…”添加。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>host rank {rank}</source>
        <translation>我方位次 {rank}</translation>
    </message>
    <message>
        <source>Took up functions {when}</source>
        <translation>于{when}开始履职</translation>
    </message>
    <message>
        <source>No meetings recorded with them.</source>
        <translation>未记录与其会见。</translation>
    </message>
    <message>
        <source>as {title}</source>
        <translation>时任{title}</translation>
    </message>
    <message>
        <source>closed {day}</source>
        <translation>{day}办结</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>应于{day}前完成</translation>
    </message>
    <message>
        <source>They own no follow-ups or outcomes.</source>
        <translation>其名下无后续事项或成果。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Cannot read the countries</source>
        <translation>无法读取国家列表</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit person: {name}</source>
        <translation>编辑人员：{name}</translation>
    </message>
    <message>
        <source>The person was changed elsewhere</source>
        <translation>该人员信息已被他人修改</translation>
    </message>
    <message>
        <source>Cannot save the person</source>
        <translation>无法保存人员信息</translation>
    </message>
    <message>
        <source>“{text}” is not in the list of countries: type part of the country&apos;s name (in English or Chinese) or its code, and pick it from the list.</source>
        <translation>“{text}”不在国家列表中：请输入国家中英文名称的一部分或国家代码，并从列表中选择。</translation>
    </message>
    <message>
        <source>Open that person and discard what you typed here?</source>
        <translation>是否打开该人员，并放弃在此处输入的内容？</translation>
    </message>
    <message>
        <source>Reads as: {first} · then {second} · addressed as {greeting}</source>
        <translation>写法：首次提及 {first} · 再次提及 {second} · 称呼 {greeting}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系方式(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Biography and notes</source>
        <translation>简历和备注(&amp;B)</translation>
    </message>
    <message>
        <source>Family name, or the whole name if they have only one</source>
        <translation>姓；如只有一个名字，填写该名字</translation>
    </message>
    <message>
        <source>Given name(s), as supplied</source>
        <translation>名，按对方提供的写法填写</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>Single name</source>
        <translation>单一名字</translation>
    </message>
    <message>
        <source>Only if it differs from the name in its order</source>
        <translation>仅在与按顺序排列的姓名不同时填写</translation>
    </message>
    <message>
        <source>Default: the family name (Liu, Oratmangun)</source>
        <translation>默认为姓（如 Liu、Oratmangun）</translation>
    </message>
    <message>
        <source>H.E. Mr Djauhari Oratmangun</source>
        <translation>H.E. Mr Djauhari Oratmangun</translation>
    </message>
    <message>
        <source>Mr, Ms, Dr, H.E.</source>
        <translation>Mr、Ms、Dr、H.E.</translation>
    </message>
    <message>
        <source>刘建军</source>
        <translation>刘建军</translation>
    </message>
    <message>
        <source>Other spellings seen in letters and releases, one per line</source>
        <translation>信函和新闻稿中出现过的其他拼写，每行一个</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>无国家</translation>
    </message>
    <message>
        <source>Type to find a country (English, 中文 or code)</source>
        <translation>输入以查找国家（英文、中文或代码）</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>Name &amp;order:</source>
        <translation>姓名顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;First reference:</source>
        <translation>首次提及(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Second reference:</source>
        <translation>再次提及(&amp;S)：</translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation>称呼(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>敬称(&amp;H)：</translation>
    </message>
    <message>
        <source>Chinese na&amp;me:</source>
        <translation>中文名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Alternative spellings:</source>
        <translation>其他拼写(&amp;A)：</translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation>国家(&amp;T)：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+86 532 0000 0000</source>
        <translation>+86 532 0000 0000</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Career and background, for briefing sheets: facts and dates</source>
        <translation>履历和背景，供简报使用：只写事实和日期</translation>
    </message>
    <message>
        <source>Internal notes, not printed</source>
        <translation>内部备注，不打印</translation>
    </message>
    <message>
        <source>&amp;Biography:</source>
        <translation>简历(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Written family name first, as Chinese names are: Liu Jianjun, then “Liu”. Never inverted.</source>
        <translation>姓在前，与中文姓名相同：Liu Jianjun，再次提及时为“Liu”。不得颠倒。</translation>
    </message>
    <message>
        <source>One name only, as many Indonesians have (Wiryanto): type it in Family name and leave Given name empty.</source>
        <translation>只有一个名字（许多印度尼西亚人如此，如 Wiryanto）：填在“姓”一栏，“名”一栏留空。</translation>
    </message>
    <message>
        <source>Written given name first: Djauhari Oratmangun, then “Oratmangun”.</source>
        <translation>名在前：Djauhari Oratmangun，再次提及时为“Oratmangun”。</translation>
    </message>
    <message>
        <source>{order} Names are never split or reordered for you: type each part as the embassy supplies it.</source>
        <translation>{order}系统不会自动拆分或调换姓名，请按使馆提供的写法逐项填写。</translation>
    </message>
</context>
<context>
    <name>PersonPhoto</name>
    <message>
        <source>Cannot read “{name}”: {reason}. Choose another file.</source>
        <translation>无法读取“{name}”：{reason}。请选择其他文件。</translation>
    </message>
    <message>
        <source>“{name}” is {size:.1f} MB; a photo may be at most 2 MB. Choose a smaller image, or save this one smaller first.</source>
        <translation>“{name}”大小为 {size:.1f} MB，照片不得超过 2 MB。请选择较小的图片，或先将此图片压缩。</translation>
    </message>
    <message>
        <source>“{name}” is not a PNG or JPEG image. Choose a photo saved as .png or .jpg.</source>
        <translation>“{name}”不是 PNG 或 JPEG 图片。请选择 .png 或 .jpg 格式的照片。</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>选择照片(&amp;H)…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 2 MB</source>
        <translation>不超过 2 MB 的 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <source>Remo&amp;ve photo</source>
        <translation>删除照片(&amp;V)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>无法显示此照片</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}. Choose another file.</source>
        <translation>无法读取文件：{reason}。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>PostCommands</name>
    <message>
        <source>Added the post {title}.</source>
        <translation>已添加职务 {title}。</translation>
    </message>
    <message>
        <source>Saved {title}.</source>
        <translation>已保存 {title}。</translation>
    </message>
    <message>
        <source>Deleted the post.</source>
        <translation>已删除该职务。</translation>
    </message>
    <message>
        <source>The post was not deleted</source>
        <translation>未删除该职务</translation>
    </message>
    <message>
        <source>Cannot delete the post</source>
        <translation>无法删除该职务</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>New post for {name}</source>
        <translation>为 {name} 新增职务</translation>
    </message>
    <message>
        <source>Edit post of {name}</source>
        <translation>编辑 {name} 的职务</translation>
    </message>
    <message>
        <source>&amp;Delete post…</source>
        <translation>删除职务(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove a post entered by mistake (meetings keep the titles they recorded)</source>
        <translation>删除误录的职务（会见中记录的职务不受影响）</translation>
    </message>
    <message>
        <source>Cannot read the organisations</source>
        <translation>无法读取机构列表</translation>
    </message>
    <message>
        <source>The post was changed elsewhere</source>
        <translation>该职务已被他人修改</translation>
    </message>
    <message>
        <source>Cannot save the post</source>
        <translation>无法保存职务</translation>
    </message>
    <message>
        <source>This post was deleted or merged by someone else meanwhile, so it cannot be saved. Close this form, and add the post again if it is needed.</source>
        <translation>此职务已被他人删除或合并，无法保存。请关闭此表单，如有需要请重新添加该职务。</translation>
    </message>
    <message>
        <source>Delete the post?</source>
        <translation>删除该职务？</translation>
    </message>
    <message>
        <source>Delete “{title}”? Only do this for a post entered by mistake: a post the person has left should get an end date instead, to stay in their history. Meetings keep the titles they recorded.</source>
        <translation>是否删除“{title}”？仅限删除误录的职务：对已离任的职务，应填写结束日期，使其保留在履历中。会见中记录的职务不受影响。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>PostForm</name>
    <message>
        <source>No organisation</source>
        <translation>无机构</translation>
    </message>
    <message>
        <source>Type to find the organisation (English, 中文)</source>
        <translation>输入以查找机构（英文、中文）</translation>
    </message>
    <message>
        <source>Deputy Ambassador of Tajikistan to China</source>
        <translation>如 Deputy Ambassador of Tajikistan to China</translation>
    </message>
    <message>
        <source>塔吉克斯坦驻华副大使</source>
        <translation>如 塔吉克斯坦驻华副大使</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty if not known</source>
        <translation>YYYY-MM-DD，不详则留空</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty while held</source>
        <translation>YYYY-MM-DD，在任则留空</translation>
    </message>
    <message>
        <source>Not a diplomatic post</source>
        <translation>非外交职务</translation>
    </message>
    <message>
        <source>Not a head of mission</source>
        <translation>非使馆馆长</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM in Beijing time</source>
        <translation>YYYY-MM-DD HH:MM（北京时间）</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>不排位次</translation>
    </message>
    <message>
        <source>Host side only: lower numbers come first (a Party secretary 5, a deputy 30)</source>
        <translation>仅用于主方：数字越小，位次越靠前（如书记为 5，副职为 30）</translation>
    </message>
    <message>
        <source>End the current post the day &amp;before this one starts</source>
        <translation>现任职务于本职务开始前一天结束(&amp;B)</translation>
    </message>
    <message>
        <source>The ended posts stay in the person&apos;s history; meetings keep their titles</source>
        <translation>结束的职务保留在履历中；会见中记录的职务不受影响</translation>
    </message>
    <message>
        <source>Ends, and stays in their history:
{titles}</source>
        <translation>以下职务将结束，并保留在履历中：
{titles}</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>职务（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Title (&amp;Chinese):</source>
        <translation>职务（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Diplomatic &amp;rank:</source>
        <translation>外交衔级(&amp;R)：</translation>
    </message>
    <message>
        <source>Head of &amp;mission:</source>
        <translation>使馆馆长(&amp;M)：</translation>
    </message>
    <message>
        <source>For heads of mission: when they presented credentials (or notified their arrival), in Beijing time. Within a class, heads of mission rank by it (Vienna Convention, articles 13 and 16).</source>
        <translation>仅用于使馆馆长：递交国书（或通知抵达）的时间，按北京时间填写。同一等级的使馆馆长按此时间排列位次（《维也纳外交关系公约》第十三条、第十六条）。</translation>
    </message>
    <message>
        <source>&amp;Functions since
(Beijing time):</source>
        <translation>开始履职(&amp;F)
（北京时间）：</translation>
    </message>
    <message>
        <source>&amp;Internal rank:</source>
        <translation>内部位次(&amp;I)：</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time: write it as YYYY-MM-DD HH:MM in Beijing time (2019-01-22 10:00), or leave it empty.</source>
        <translation>“{text}”不是有效的日期和时间：请按 YYYY-MM-DD HH:MM 格式填写北京时间（如 2019-01-22 10:00），或留空。</translation>
    </message>
    <message>
        <source>“{text}” is not in the list of organisations: type part of its name and pick it from the list, or add the organisation first.</source>
        <translation>“{text}”不在机构列表中：请输入机构名称的一部分并从列表中选择，或先添加该机构。</translation>
    </message>
    <message>
        <source>To end the current post, give the date the new post starts (or untick the box to keep both posts current).</source>
        <translation>如需结束现任职务，请填写新职务的开始日期（或取消勾选，使两个职务均为现任）。</translation>
    </message>
</context>
<context>
    <name>PostLabels</name>
    <message>
        <source>Ambassador</source>
        <translation>特命全权大使</translation>
    </message>
    <message>
        <source>Envoy or minister</source>
        <translation>特命全权公使或公使</translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires (head of mission)</source>
        <translation>常任代办（馆长）</translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires ad interim</source>
        <translation>临时代办</translation>
    </message>
    <message>
        <source>Deputy head of mission</source>
        <translation>副馆长</translation>
    </message>
    <message>
        <source>Minister-counsellor</source>
        <translation>公使衔参赞</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>参赞</translation>
    </message>
    <message>
        <source>First secretary</source>
        <translation>一等秘书</translation>
    </message>
    <message>
        <source>Second secretary</source>
        <translation>二等秘书</translation>
    </message>
    <message>
        <source>Third secretary</source>
        <translation>三等秘书</translation>
    </message>
    <message>
        <source>Attaché</source>
        <translation>随员</translation>
    </message>
    <message>
        <source>Class (a): ambassador or nuncio</source>
        <translation>第一级：大使或教廷大使</translation>
    </message>
    <message>
        <source>Class (b): envoy, minister or internuncio</source>
        <translation>第二级：使节、公使或教廷公使</translation>
    </message>
    <message>
        <source>Class (c): chargé d&apos;affaires accredited to the foreign minister</source>
        <translation>第三级：向外交部长派遣的代办</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>{start}起</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>至{end}</translation>
    </message>
    <message>
        <source>dates not recorded</source>
        <translation>未记录日期</translation>
    </message>
    <message>
        <source>{when} Beijing time</source>
        <translation>北京时间{when}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The record was changed elsewhere</source>
        <translation>该记录已被他人修改</translation>
    </message>
    <message>
        <source>Your changes are not saved. Close and lose them?</source>
        <translation>您的修改尚未保存。是否关闭并放弃修改？</translation>
    </message>
    <message>
        <source>Cannot save yet: {problem} (and {n} more)</source>
        <translation>暂不能保存：{problem}（另有 {n} 个问题）</translation>
    </message>
    <message>
        <source>Cannot save yet: {problem}</source>
        <translation>暂不能保存：{problem}</translation>
    </message>
    <message>
        <source>Cannot save yet:</source>
        <translation>暂不能保存：</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this record meanwhile. Your changes are kept; Save asks again.</source>
        <translation>未保存：其他人已先保存了此记录。您的修改仍保留在表单中，再次点击“保存”时将重新询问。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
</context>
<context>
    <name>ScoStatus</name>
    <message>
        <source>Member</source>
        <translation>上合组织成员国</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>上合组织观察员国</translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation>上合组织对话伙伴</translation>
    </message>
    <message>
        <source>Not in the SCO</source>
        <translation>非上合组织国家</translation>
    </message>
</context>
<context>
    <name>StaleQuestion</name>
    <message>
        <source>Your changes are still in the form. Reload shows the saved version (your changes are lost); Overwrite saves yours over it (the history keeps both).</source>
        <translation>您的修改仍保留在表单中。“重新载入”将显示已保存的版本（您的修改将丢失）；“覆盖”将用您的版本覆盖已保存的版本（修改记录中两个版本均予保留）。</translation>
    </message>
    <message>
        <source>&amp;Reload the saved version</source>
        <translation>重新载入已保存的版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>用我的版本覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
</TS>
