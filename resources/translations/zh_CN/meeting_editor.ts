<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message>
        <source>What the meeting should achieve</source>
        <translation>本次会见希望达成的目标</translation>
    </message>
    <message>
        <source>Points to make, each to a named counterpart</source>
        <translation>拟谈要点，每条注明针对的对方人员</translation>
    </message>
    <message>
        <source>Agenda and talking points</source>
        <translation>议程和谈话要点</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>会见目的：</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
    <message>
        <source>Talking points:</source>
        <translation>谈话要点：</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
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
        <source>Title (English)</source>
        <translation>职务（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <source>Joins from</source>
        <translation>所在时区</translation>
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
        <source>Their time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>The name as recorded for this meeting (first-reference form)</source>
        <translation>本次会见记录的姓名（首次提及时的写法）</translation>
    </message>
    <message>
        <source>The title as it was at this meeting, copied from the person&apos;s post; editable</source>
        <translation>本次会见时的职务，取自其任职记录；可修改</translation>
    </message>
    <message>
        <source>The time zone the person joins from; empty: the meeting&apos;s own zone</source>
        <translation>该人员入会时所在的时区；留空即为会见所用时区</translation>
    </message>
    <message>
        <source>The meeting on the person&apos;s own clock, with the date when it is not Qingdao&apos;s</source>
        <translation>按该人员当地时间显示的会见时间；与青岛日期不同时注明日期</translation>
    </message>
    <message>
        <source>Joins from the meeting&apos;s own time zone</source>
        <translation>在会见所用时区入会</translation>
    </message>
</context>
<context>
    <name>AttendeesTab</name>
    <message>
        <source>Add a person: type any form of the name (English, Chinese, other spellings)</source>
        <translation>添加人员：输入姓名的任一写法（英文、中文或其他拼写）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the highlighted person, or the best match</source>
        <translation>添加选中的人员，或最匹配的人员</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>新建人员…</translation>
    </message>
    <message>
        <source>Add someone who is not in the directory yet</source>
        <translation>添加名录中尚未收录的人员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No attendees yet. Type a name above to add someone from the directory, or use New person…</source>
        <translation>尚无参加人员。请在上方输入姓名，从名录中添加，或点击“新建人员…”。</translation>
    </message>
    <message>
        <source>Listed in order of precedence: the host side by rank, then guests by diplomatic rank and seniority. Double-click a cell to change it; titles are as at this meeting.</source>
        <translation>按礼宾顺序排列：先主方（按职级），后客方（按外交衔级和资历）。双击单元格即可修改；职务均为本次会见时的职务。</translation>
    </message>
    <message>
        <source>{name} is already an attendee.</source>
        <translation>{name} 已在参加人员名单中。</translation>
    </message>
    <message>
        <source>Cannot search the directory</source>
        <translation>无法检索名录</translation>
    </message>
    <message>
        <source>No one in the directory is called “{name}”. Use New person… to add them.</source>
        <translation>名录中没有名为“{name}”的人员。请点击“新建人员…”添加。</translation>
    </message>
    <message>
        <source>The person could not be added.</source>
        <translation>未能添加该人员。</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>无法添加人员</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>such as: {example}</source>
        <translation>例如：{example}</translation>
    </message>
    <message>
        <source>The time zone the times are typed in, such as Asia/Shanghai</source>
        <translation>所填时间对应的时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>Find a &amp;time…</source>
        <translation>查找合适时间(&amp;T)…</translation>
    </message>
    <message>
        <source>See the day on every attendee&apos;s clock and the times that suit everyone</source>
        <translation>按各参加人员的当地时间查看当天安排，以及适合所有人的时间</translation>
    </message>
    <message>
        <source>such as: consecutive, Chinese-English</source>
        <translation>例如：中英交替传译</translation>
    </message>
    <message>
        <source>Anything else about the meeting</source>
        <translation>有关本次会见的其他事项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Theme (English):</source>
        <translation>主题（英文）：</translation>
    </message>
    <message>
        <source>Theme (Chinese):</source>
        <translation>主题（中文）：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Time and place</source>
        <translation>时间和地点</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Venue (English):</source>
        <translation>地点（英文）：</translation>
    </message>
    <message>
        <source>Venue (Chinese):</source>
        <translation>地点（中文）：</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <translation>口译：</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>视频连线</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>会议平台：</translation>
    </message>
    <message>
        <source>Join link:</source>
        <translation>入会链接：</translation>
    </message>
    <message>
        <source>Meeting ID:</source>
        <translation>会议号：</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>入会密码：</translation>
    </message>
    <message>
        <source>Dial-in:</source>
        <translation>电话接入：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{zone}: {span}</source>
        <translation>{zone}：{span}</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>新建会见</translation>
    </message>
    <message>
        <source>Edit meeting: {theme}</source>
        <translation>编辑会见：{theme}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>基本信息(&amp;G)</translation>
    </message>
    <message>
        <source>A&amp;genda and talking points</source>
        <translation>议程和谈话要点(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>参加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>会见成果(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>尚不能保存：{problem}（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save yet: {problem}</source>
        <translation>尚不能保存：{problem}</translation>
    </message>
    <message>
        <source>Cannot save yet:</source>
        <translation>尚不能保存：</translation>
    </message>
    <message>
        <source>Save the meeting ({shortcut})</source>
        <translation>保存会见（{shortcut}）</translation>
    </message>
    <message>
        <source>Cannot save the meeting</source>
        <translation>无法保存会见</translation>
    </message>
    <message>
        <source>The meeting was changed elsewhere</source>
        <translation>该会见已被他人修改</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this meeting meanwhile. Save again to compare.</source>
        <translation>未保存：在此期间其他人已保存该会见。请再次保存，以便比较两个版本。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>This meeting has changes that are not saved. Close the editor and lose them?</source>
        <translation>本次会见有尚未保存的修改。确定关闭编辑窗口并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>NewPersonBox</name>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Oratmangun; a single name goes here</source>
        <translation>例如 Oratmangun；只有一个名字的也填在此处</translation>
    </message>
    <message>
        <source>Add to meeting</source>
        <translation>添加到会见</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>姓：</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>名：</translation>
    </message>
    <message>
        <source>Name order:</source>
        <translation>姓名顺序：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文姓名：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
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
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <translation>{status}（{date}）</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Add outcome</source>
        <translation>添加成果</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Who follows it up: one of the meeting&apos;s attendees</source>
        <translation>负责跟进的人员，须为本次会见的参加人员</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>How it went, when it was done or dropped</source>
        <translation>进展情况，以及何时完成或不再跟进</translation>
    </message>
    <message>
        <source>Selected outcome</source>
        <translation>所选成果</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Text (English):</source>
        <translation>内容（英文）：</translation>
    </message>
    <message>
        <source>Text (Chinese):</source>
        <translation>内容（中文）：</translation>
    </message>
    <message>
        <source>Status note:</source>
        <translation>进展说明：</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>人员 {number}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>未指定负责人</translation>
    </message>
</context>
<context>
    <name>ZoneDelegate</name>
    <message>
        <source>The meeting&apos;s zone</source>
        <translation>会见所用时区</translation>
    </message>
</context>
</TS>
