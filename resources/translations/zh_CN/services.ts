<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChangeText</name>
    <message>
        <source>Theme (English)</source>
        <translation>主题（英文）</translation>
    </message>
    <message>
        <source>Theme (Chinese)</source>
        <translation>主题（中文）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Venue (English)</source>
        <translation>地点（英文）</translation>
    </message>
    <message>
        <source>Venue (Chinese)</source>
        <translation>地点（中文）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>会议平台</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>入会链接</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>会议号</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>入会密码</translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation>电话接入</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>口译</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>会见目的</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>姓名（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>姓名（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>职务（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <source>Joins from</source>
        <translation>入会时区</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Place in the order</source>
        <translation>排序位次</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>内容（英文）</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>内容（中文）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>进展说明</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>列表中的位置</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>mou</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>表态</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>拟议</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>不再跟进</translation>
    </message>
    <message>
        <source>host</source>
        <comment>side</comment>
        <translation>主方</translation>
    </message>
    <message>
        <source>guest</source>
        <comment>side</comment>
        <translation>客方</translation>
    </message>
    <message>
        <source>host</source>
        <comment>role</comment>
        <translation>主人</translation>
    </message>
    <message>
        <source>principal guest</source>
        <translation>主宾</translation>
    </message>
    <message>
        <source>guest</source>
        <comment>role</comment>
        <translation>来宾</translation>
    </message>
    <message>
        <source>accompanying</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{time} (Beijing time)</source>
        <translation>{time}（北京时间）</translation>
    </message>
    <message>
        <source>attending</source>
        <translation>列为参加人员</translation>
    </message>
    <message>
        <source>not in the meeting</source>
        <translation>未列为参加人员</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列入</translation>
    </message>
    <message>
        <source>{row}: {field}</source>
        <translation>{row}：{field}</translation>
    </message>
    <message>
        <source>Outcome “{text}”</source>
        <translation>成果“{text}”</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Meeting created</source>
        <translation>新建会见</translation>
    </message>
    <message>
        <source>Meeting changed</source>
        <translation>修改会见</translation>
    </message>
    <message>
        <source>Meeting deleted</source>
        <translation>删除会见</translation>
    </message>
    <message>
        <source>Attendee {name} added</source>
        <translation>添加参加人员 {name}</translation>
    </message>
    <message>
        <source>Attendee {name} changed</source>
        <translation>修改参加人员 {name}</translation>
    </message>
    <message>
        <source>Attendee {name} removed</source>
        <translation>移除参加人员 {name}</translation>
    </message>
    <message>
        <source>Outcome “{text}” added</source>
        <translation>添加成果“{text}”</translation>
    </message>
    <message>
        <source>Outcome “{text}” changed</source>
        <translation>修改成果“{text}”</translation>
    </message>
    <message>
        <source>Outcome “{text}” removed</source>
        <translation>移除成果“{text}”</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>人员（编号 {number}）</translation>
    </message>
    <message>
        <source>{actor} at {time}</source>
        <translation>{actor}（{time}）</translation>
    </message>
    <message>
        <source>“{spelling}” is a recorded alternative spelling of {name}</source>
        <translation>“{spelling}”是{name}已登记的其他拼写形式</translation>
    </message>
    <message>
        <source>the alternative spelling “{spelling}” is {name}&apos;s name</source>
        <translation>其他拼写形式“{spelling}”即{name}的姓名</translation>
    </message>
    <message>
        <source>the same name as {name}</source>
        <translation>与{name}姓名相同</translation>
    </message>
    <message>
        <source>the same Chinese name {name}</source>
        <translation>中文姓名同为{name}</translation>
    </message>
    <message>
        <source>“{form}” and “{other}” are transliterations of the same name</source>
        <translation>“{form}”与“{other}”是同一姓名的不同音译</translation>
    </message>
    <message>
        <source>the same given name and surname stem as {name} (surnames change endings such as -ov and -zoda)</source>
        <translation>与{name}名字相同、姓氏词根相同（姓氏词尾可能变化，如 -ov 改为 -zoda）</translation>
    </message>
    <message>
        <source>“{form}” may be another transliteration of “{other}” (likeness {likeness})</source>
        <translation>“{form}”可能是“{other}”的另一种音译（相似度 {likeness}）</translation>
    </message>
    <message>
        <source>a similar name at the same organisation ({name})</source>
        <translation>同一机构（{name}）中有相似姓名</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>“{code}” is not a country the directory knows: choose one from the list (a two-letter ISO 3166 code, such as TJ for Tajikistan).</source>
        <translation>“{code}”不是名录中已有的国家：请从列表中选择（ISO 3166 两位字母代码，例如塔吉克斯坦为 TJ）。</translation>
    </message>
    <message>
        <source>The uid “{uid}” is not usable: at most {length} characters, no spaces.</source>
        <translation>uid“{uid}”不可用：最多 {length} 个字符，且不得含空格。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address: write it like name@example.com, or leave it empty.</source>
        <translation>“{email}”不是有效的电子邮箱地址：请按 name@example.com 的格式填写，或留空。</translation>
    </message>
    <message>
        <source>The photo must be an image (JPEG or PNG): choose another file.</source>
        <translation>照片须为图片文件（JPEG 或 PNG）：请另选文件。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s English name.</source>
        <translation>请填写机构的英文名称。</translation>
    </message>
    <message>
        <source>“{name}” already exists for this country (organisation {number}): open that one, or make the name more precise.</source>
        <translation>该国已有名为“{name}”的机构（机构编号 {number}）：请打开该机构，或将名称写得更具体。</translation>
    </message>
    <message>
        <source>The parent organisation no longer exists: choose another.</source>
        <translation>上级机构已不存在：请另选。</translation>
    </message>
    <message>
        <source>An organisation cannot be inside itself: choose a parent that is not this organisation or one of its parts.</source>
        <translation>机构不能隶属于其自身：请选择本机构及其下属机构以外的上级机构。</translation>
    </message>
    <message>
        <source>The person no longer exists: refresh the list.</source>
        <translation>该人员已不存在：请刷新列表。</translation>
    </message>
    <message>
        <source>Give the post a title, in English or Chinese.</source>
        <translation>请填写职务名称（英文或中文均可）。</translation>
    </message>
    <message>
        <source>The post cannot end ({end}) before it starts ({start}): correct one of the dates.</source>
        <translation>职务的结束日期（{end}）不能早于开始日期（{start}）：请更正其中一个日期。</translation>
    </message>
    <message>
        <source>The organisation no longer exists: choose another.</source>
        <translation>该机构已不存在：请另选。</translation>
    </message>
    <message>
        <source>Give the time functions were taken up with its zone.</source>
        <translation>请填写开始履职的时间及其时区。</translation>
    </message>
    <message>
        <source>There is no country {code} in the directory.</source>
        <translation>名录中没有国家 {code}。</translation>
    </message>
    <message>
        <source>the first line must be “{prefix} …”</source>
        <translation>第一行须为“{prefix} …”</translation>
    </message>
    <message>
        <source>The join link cannot contain spaces: paste the whole address, such as {example}.</source>
        <translation>入会链接不能包含空格：请粘贴完整的网址，例如 {example}。</translation>
    </message>
    <message>
        <source>The join link is not a web address: paste it again, such as {example}.</source>
        <translation>入会链接不是有效的网址：请重新粘贴，例如 {example}。</translation>
    </message>
    <message>
        <source>Add https:// at the start of the join link: https://{link}.</source>
        <translation>请在入会链接开头加上 https://：https://{link}。</translation>
    </message>
    <message>
        <source>The join link must start with https:// (or http://), such as {example}.</source>
        <translation>入会链接须以 https://（或 http://）开头，例如 {example}。</translation>
    </message>
    <message>
        <source>The join link needs a server name after https://, such as {example}.</source>
        <translation>入会链接在 https:// 之后须有服务器名称，例如 {example}。</translation>
    </message>
    <message>
        <source>Choose the time zone the meeting is arranged in, such as {example}.</source>
        <translation>请选择安排会见所用的时区，例如 {example}。</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone: pick one from the list (written like {example} or Europe/Moscow).</source>
        <translation>“{zone}”不是可识别的时区：请从列表中选择（写法如 {example} 或 Europe/Moscow）。</translation>
    </message>
    <message>
        <source>Give the meeting a theme, in English or Chinese.</source>
        <translation>请填写会见主题（英文或中文均可）。</translation>
    </message>
    <message>
        <source>The meeting must end after it starts: set a later end time.</source>
        <translation>会见的结束时间须晚于开始时间：请调整结束时间。</translation>
    </message>
    <message>
        <source>{name} is listed twice: remove one of the rows.</source>
        <translation>{name} 重复列入：请删除其中一行。</translation>
    </message>
    <message>
        <source>{name}: “{zone}” is not a known time zone; pick one from the list or leave it empty.</source>
        <translation>{name}：“{zone}”不是可识别的时区；请从列表中选择，或留空。</translation>
    </message>
    <message>
        <source>Outcome {number} needs a text in English or Chinese: write one or remove the outcome.</source>
        <translation>第 {number} 项成果缺少内容（英文或中文）：请填写，或删除该项成果。</translation>
    </message>
    <message>
        <source>Enter the family name (or the single name, for one name).</source>
        <translation>请填写姓（只有一个名字的，填写该名字）。</translation>
    </message>
    <message>
        <source>A person with a single name has no given name: put the whole name in the family name and leave the given name empty.</source>
        <translation>只有一个名字的人员没有名：请将全名填入“姓”，“名”留空。</translation>
    </message>
    <message>
        <source>In {zone} the meeting runs {start}–{end}, outside {opens}–{closes}, for {names}.</source>
        <translation>{names}：会见在 {zone} 当地时间为 {start}–{end}，不在 {opens}–{closes} 工作时间内。</translation>
    </message>
    <message>
        <source>{name} is also in “{theme}” on {date} {start}–{end} (Beijing time).</source>
        <translation>{name} 于 {date} {start}–{end}（北京时间）另有会见“{theme}”。</translation>
    </message>
    <message>
        <source>{name} is also in “another meeting” on {date} {start}–{end} (Beijing time).</source>
        <translation>{name} 于 {date} {start}–{end}（北京时间）另有其他会见安排。</translation>
    </message>
    <message>
        <source>no template named {name}</source>
        <translation>没有名为 {name} 的模板</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <source>refused by the sandbox: {error}</source>
        <translation>被模板沙盒拒绝：{error}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>the first line must name the columns (family_name, given_name, ... for people; name_en, name_zh, ... for organisations), but it holds {cells}</source>
        <translation>第一行须为列名（人员为 family_name、given_name 等；机构为 name_en、name_zh 等），但该行内容为 {cells}</translation>
    </message>
    <message>
        <source>the first line must name the columns (family_name, given_name, ... for people; name_en, name_zh, ... for organisations), but it holds nothing</source>
        <translation>第一行须为列名（人员为 family_name、given_name 等；机构为 name_en、name_zh 等），但该行为空</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>该列重复出现</translation>
    </message>
    <message>
        <source>unknown column “{column}” for organisations; the columns are: {columns}</source>
        <translation>机构文件中没有“{column}”这一列；可用的列为：{columns}</translation>
    </message>
    <message>
        <source>unknown column “{column}” for people; the columns are: {columns}</source>
        <translation>人员文件中没有“{column}”这一列；可用的列为：{columns}</translation>
    </message>
    <message>
        <source>{values} values, but the header names {columns} columns (put a value holding a comma in double quotes)</source>
        <translation>该行有 {values} 个值，但标题行只有 {columns} 列（含逗号的值须用英文双引号括起）</translation>
    </message>
    <message>
        <source>the file&apos;s quoting is broken ({error}): a value with a quote must be in double quotes, with the quote doubled (&quot;&quot;)</source>
        <translation>文件中的引号有误（{error}）：含引号的值须用英文双引号括起，值中的引号须连写两次（&quot;&quot;）</translation>
    </message>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>文件为空：没有标题行</translation>
    </message>
    <message>
        <source>the uid {uid} is also on {where}</source>
        <translation>uid {uid} 与{where}重复</translation>
    </message>
    <message>
        <source>“{name}” is also on {where} for the same country</source>
        <translation>同一国家的“{name}”已在{where}出现</translation>
    </message>
    <message>
        <source>several organisations have the name “{parent}”: write the English name of one organisation in the file or the directory</source>
        <translation>有多个机构名为“{parent}”：请填写文件或名录中某一个机构的英文名称</translation>
    </message>
    <message>
        <source>no organisation has the name “{parent}”: write the English name of one organisation in the file or the directory</source>
        <translation>没有名为“{parent}”的机构：请填写文件或名录中某一个机构的英文名称</translation>
    </message>
    <message>
        <source>the parents named in the file go round in a circle: one of them must have no parent in the file</source>
        <translation>文件中填写的上级机构互相隶属、形成循环：其中须有一个机构在文件中不填上级机构</translation>
    </message>
    <message>
        <source>the photo is not valid base64</source>
        <translation>照片不是有效的 base64 编码</translation>
    </message>
    <message>
        <source>the photo is a link, not an image in the card: it was left out</source>
        <translation>照片是链接而非名片内的图片：已略去</translation>
    </message>
    <message>
        <source>the card has version {version}; SCODA Desktop reads vCard 3.0 and 4.0 (export the contacts again choosing one of those)</source>
        <translation>该名片为 {version} 版；SCODA Desktop 可读取 vCard 3.0 和 4.0（请重新导出联系人，并选择其中一个版本）</translation>
    </message>
    <message>
        <source>the card has no VERSION line; SCODA Desktop reads vCard 3.0 and 4.0 (export the contacts again choosing one of those)</source>
        <translation>该名片没有 VERSION 行；SCODA Desktop 可读取 vCard 3.0 和 4.0（请重新导出联系人，并选择其中一个版本）</translation>
    </message>
    <message>
        <source>the card has no name</source>
        <translation>该名片没有姓名</translation>
    </message>
    <message>
        <source>the card has no END</source>
        <translation>该名片缺少 END 行</translation>
    </message>
    <message>
        <source>line {line} is outside any card (BEGIN:VCARD ... END:VCARD)</source>
        <translation>第 {line} 行不在任何名片（BEGIN:VCARD ... END:VCARD）之内</translation>
    </message>
    <message>
        <source>line {line} is not a vCard property</source>
        <translation>第 {line} 行不是 vCard 属性</translation>
    </message>
    <message>
        <source>the card has no END:VCARD</source>
        <translation>该名片缺少 END:VCARD</translation>
    </message>
    <message>
        <source>the file holds no vCard (BEGIN:VCARD)</source>
        <translation>文件中没有 vCard（BEGIN:VCARD）</translation>
    </message>
    <message>
        <source>To end the current post, give the date the new post starts.</source>
        <translation>如需结束现任职务，请填写新职务的开始日期。</translation>
    </message>
    <message>
        <source>“{text}” is not a country code or name the directory knows: write the two-letter ISO 3166 code (TJ, ID, KZ) or the English name (Tajikistan)</source>
        <translation>“{text}”不是名录中已知的国家代码或国名：请填写两位 ISO 3166 代码（如 TJ、ID、KZ）或英文国名（如 Tajikistan）</translation>
    </message>
    <message>
        <source>“{text}” is not a real date ({reason})</source>
        <translation>“{text}”不是有效日期（{reason}）</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as year-month-day, like 2024-05-01</source>
        <translation>“{text}”不是日期：请按“年-月-日”格式填写，如 2024-05-01</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}</source>
        <translation>“{text}”不在可选值之内：{choices}</translation>
    </message>
</context>
</TS>
