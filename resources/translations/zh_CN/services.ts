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
    <name>Errors</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>在 {path} 处找不到数据库。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file.</source>
        <translation>{path} 就是数据库本身，请另选一个文件。</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {reason}. Choose a folder you can write to.</source>
        <translation>无法在 {folder} 中写入备份：{reason}。请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>{path} is not a usable SQLite database ({error}).</source>
        <translation>{path} 不是可用的 SQLite 数据库（{error}）。</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>在 {path} 处找不到文件。</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup to restore.</source>
        <translation>{path} 就是数据库本身，请选择要恢复的备份。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {reason}.</source>
        <translation>无法在 {folder} 中写入：{reason}。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({error}).</source>
        <translation>无法将 {path} 作为数据库读取（{error}）。</translation>
    </message>
    <message>
        <source>{path} is not an SCODA Desktop database; nothing was restored.</source>
        <translation>{path} 不是 SCODA Desktop 数据库，未恢复任何内容。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of SCODA Desktop (schema revision {revision}). Install the newer version to restore it; nothing was restored.</source>
        <translation>{path} 由更高版本的 SCODA Desktop 写入（结构版本 {revision}）。请安装该版本后再恢复；本次未恢复任何内容。</translation>
    </message>
    <message>
        <source>{database} is a database server: SCODA Desktop backs up and restores SQLite files only. Back it up with pg_dump and restore it with pg_restore.</source>
        <translation>{database} 是数据库服务器：SCODA Desktop 只能备份和恢复 SQLite 文件。请使用 pg_dump 备份，使用 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up or restore.</source>
        <translation>内存数据库没有可供备份或恢复的文件。</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite&apos;s integrity check reports {problems}.</source>
        <translation>{path} 已损坏，SQLite 完整性检查报告：{problems}。</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}.</source>
        <translation>无法写入备份 {path}：{reason}。</translation>
    </message>
    <message>
        <source>A country code must be two capital letters (ISO 3166), such as ID.</source>
        <translation>国家代码须为两个大写字母（ISO 3166），例如 ID。</translation>
    </message>
    <message>
        <source>An organisation needs an English name.</source>
        <translation>机构须有英文名称。</translation>
    </message>
    <message>
        <source>An organisation cannot be its own parent.</source>
        <translation>机构不能以自身为上级机构。</translation>
    </message>
    <message>
        <source>An organisation with this English name already exists for this country.</source>
        <translation>该国家已有使用此英文名称的机构。</translation>
    </message>
    <message>
        <source>A person needs a family name (or their single name).</source>
        <translation>人员须填写姓（只有一个名字的，填写该名字）。</translation>
    </message>
    <message>
        <source>A person with a single name has no given name: leave the given name empty.</source>
        <translation>只有一个名字的人员没有“名”：请将“名”留空。</translation>
    </message>
    <message>
        <source>A post cannot end before it starts.</source>
        <translation>职务的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>A post needs a title in English or Chinese.</source>
        <translation>职务须有名称（英文或中文均可）。</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation>会见的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>A meeting needs a theme in English or Chinese.</source>
        <translation>会见须有主题（英文或中文均可）。</translation>
    </message>
    <message>
        <source>A meeting needs a time zone.</source>
        <translation>会见须指定时区。</translation>
    </message>
    <message>
        <source>This person is already an attendee of the meeting.</source>
        <translation>此人已在该会见的参加人员名单中。</translation>
    </message>
    <message>
        <source>An outcome needs a text in English or Chinese.</source>
        <translation>成果须有内容（英文或中文均可）。</translation>
    </message>
    <message>
        <source>An open outcome has no closing date: mark it done or dropped, or clear the date.</source>
        <translation>待办成果不能有办结日期：请将其标记为已完成或不再跟进，或清除该日期。</translation>
    </message>
    <message>
        <source>This revision number already exists.</source>
        <translation>该稿次已存在。</translation>
    </message>
    <message>
        <source>Another {table} already has this {columns}.</source>
        <translation>已有另一条 {table} 记录使用相同的 {columns}。</translation>
    </message>
    <message>
        <source>The {column} of a {table} must be filled in.</source>
        <translation>{table} 的 {column} 必须填写。</translation>
    </message>
    <message>
        <source>The record refers to something that does not exist, or is still referred to by other records.</source>
        <translation>该记录引用了不存在的内容，或仍被其他记录引用。</translation>
    </message>
    <message>
        <source>The database refused the change: {error}</source>
        <translation>数据库拒绝了此项修改：{error}</translation>
    </message>
    <message>
        <source>The database is busy: another SCODA Desktop is writing to it; try again.</source>
        <translation>数据库正忙：另一个 SCODA Desktop 正在写入，请稍后重试。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database {path}: {reason}. Choose a folder you can write to with --database.</source>
        <translation>无法为数据库 {path} 创建文件夹：{reason}。请用 --database 指定一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The driver for {backend} is not installed ({module}). Install SCODA Desktop with its &apos;postgres&apos; extra: pip install &apos;scoda-desktop[postgres]&apos;.</source>
        <translation>未安装 {backend} 的驱动程序（{module}）。请安装带“postgres”附加组件的 SCODA Desktop：pip install &apos;scoda-desktop[postgres]&apos;。</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {error}. Check that it is an SCODA Desktop database and that the server is reachable.</source>
        <translation>无法打开数据库 {database}：{error}。请确认它是 SCODA Desktop 数据库，并且服务器可以访问。</translation>
    </message>
    <message>
        <source>The database {database} was written by a newer version of SCODA Desktop (schema revision {revision}). Install the newer version to open it; this version leaves it untouched.</source>
        <translation>数据库 {database} 由更高版本的 SCODA Desktop 写入（结构版本 {revision}）。请安装该版本后再打开；当前版本不会对其作任何改动。</translation>
    </message>
    <message>
        <source>{database} holds tables but is not an SCODA Desktop database. Choose another file with --database.</source>
        <translation>{database} 中已有数据表，但不是 SCODA Desktop 数据库。请用 --database 另选一个文件。</translation>
    </message>
    <message>
        <source>the server refused the user name or password: check both</source>
        <translation>服务器拒绝了该用户名或密码，请核对两者</translation>
    </message>
    <message>
        <source>the server needs a password: enter it, or put it in your PostgreSQL password file</source>
        <translation>服务器要求提供密码，请输入密码，或将其写入您的 PostgreSQL 密码文件</translation>
    </message>
    <message>
        <source>the server has no database named “{name}”: check the name, or ask the administrator to create it</source>
        <translation>服务器上没有名为“{name}”的数据库，请核对名称，或请管理员创建该数据库</translation>
    </message>
    <message>
        <source>no PostgreSQL server answers there: check the server name and port, and that the server is running</source>
        <translation>该地址没有 PostgreSQL 服务器响应，请核对服务器名称和端口，并确认服务器正在运行</translation>
    </message>
    <message>
        <source>the server name cannot be found: check it</source>
        <translation>找不到该服务器名称，请核对</translation>
    </message>
    <message>
        <source>the server did not answer within {seconds} seconds: check the server name and that this computer can reach it</source>
        <translation>服务器在 {seconds} 秒内没有响应，请核对服务器名称，并确认本机能够访问该服务器</translation>
    </message>
    <message>
        <source>The driver for {backend} is not installed ({module}). Install SCODA Desktop with its &apos;postgres&apos; extra.</source>
        <translation>未安装 {backend} 的驱动程序（{module}）。请安装带“postgres”附加组件的 SCODA Desktop。</translation>
    </message>
    <message>
        <source>An in-memory database cannot be shared or tested: choose a file.</source>
        <translation>内存数据库无法共用，也无法测试，请选择一个文件。</translation>
    </message>
    <message>
        <source>Cannot connect to {database}: {reason}.</source>
        <translation>无法连接 {database}：{reason}。</translation>
    </message>
    <message>
        <source>{database} holds tables but is not an SCODA Desktop database.</source>
        <translation>{database} 中已有数据表，但不是 SCODA Desktop 数据库。</translation>
    </message>
    <message>
        <source>OK: connected; the database is empty and SCODA Desktop will set it up when it opens it.</source>
        <translation>检查通过：已连接，数据库为空，SCODA Desktop 打开它时将完成初始设置。</translation>
    </message>
    <message>
        <source>Connected, but {database} was written by a newer version of SCODA Desktop (schema revision {revision}): install the newer version to use it.</source>
        <translation>已连接，但 {database} 由更高版本的 SCODA Desktop 写入（结构版本 {revision}）：请安装该版本后再使用。</translation>
    </message>
    <message>
        <source>OK, schema revision {revision}.</source>
        <translation>检查通过，结构版本 {revision}。</translation>
    </message>
    <message>
        <source>OK, schema revision {revision}: SCODA Desktop will update it to {head} after backing it up when it opens it.</source>
        <translation>检查通过，结构版本 {revision}：SCODA Desktop 打开它时将先备份，再更新到 {head}。</translation>
    </message>
    <message>
        <source>OK, schema revision {revision}: SCODA Desktop will update it to {head} when it opens it.</source>
        <translation>检查通过，结构版本 {revision}：SCODA Desktop 打开它时将更新到 {head}。</translation>
    </message>
    <message>
        <source>OK: there is no file yet; SCODA Desktop will create {database} in the existing folder when it opens it.</source>
        <translation>检查通过：文件尚不存在，SCODA Desktop 打开时将在现有文件夹中创建 {database}。</translation>
    </message>
    <message>
        <source>OK: there is no file yet; SCODA Desktop will create {database} and its folder {folder} when it opens it.</source>
        <translation>检查通过：文件尚不存在，SCODA Desktop 打开时将创建 {database} 及其所在文件夹 {folder}。</translation>
    </message>
    <message>
        <source>In Excel, use Save As and choose “CSV UTF-8 (Comma delimited)”.</source>
        <translation>请在 Excel 中使用“另存为”，并选择“CSV UTF-8（逗号分隔）”。</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-16 text ({reason}). {hint}</source>
        <translation>{file} 不是有效的 UTF-16 文本（{reason}）。{hint}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (line {line} has a byte UTF-8 does not allow; the file may be in a Chinese Windows encoding such as GBK). {hint} Nothing was imported.</source>
        <translation>{file} 不是 UTF-8 文本（第 {line} 行含有 UTF-8 不允许的字节，该文件可能采用 GBK 等中文 Windows 编码）。{hint}未导入任何内容。</translation>
    </message>
    <message>
        <source>Person {key} is no longer in the directory: someone may have merged or deleted it. Refresh the list (F5).</source>
        <translation>编号为 {key} 的人员已不在名录中，可能已被他人合并或删除。请刷新列表（F5）。</translation>
    </message>
    <message>
        <source>Organisation {key} is no longer in the directory: someone may have merged or deleted it. Refresh the list (F5).</source>
        <translation>编号为 {key} 的机构已不在名录中，可能已被他人合并或删除。请刷新列表（F5）。</translation>
    </message>
    <message>
        <source>Country {key} is no longer in the directory: someone may have merged or deleted it. Refresh the list (F5).</source>
        <translation>代码为 {key} 的国家已不在名录中，可能已被他人合并或删除。请刷新列表（F5）。</translation>
    </message>
    <message>
        <source>{where}, {column}: {problem}</source>
        <translation>{where}，{column}：{problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
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
        <source>Choose two different people to merge.</source>
        <translation>请选择两个不同的人员进行合并。</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>人员（编号 {number}）</translation>
    </message>
    <message>
        <source>The attendee</source>
        <translation>该参会人员</translation>
    </message>
    <message>
        <source>The post</source>
        <translation>该职务</translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write.</source>
        <translation>{path} 是一个文件夹，请指定要写入的文件名。</translation>
    </message>
    <message>
        <source>vCard version {version}: choose 3.0 or 4.0.</source>
        <translation>vCard 版本 {version} 无效：请选择 3.0 或 4.0。</translation>
    </message>
    <message>
        <source>{file}: name a .csv or .vcf file (the format follows the name).</source>
        <translation>{file}：请指定 .csv 或 .vcf 文件（格式由文件扩展名决定）。</translation>
    </message>
    <message>
        <source>Export the contacts again as vCard in UTF-8.</source>
        <translation>请以 UTF-8 编码重新将联系人导出为 vCard 文件。</translation>
    </message>
    <message>
        <source>{file} has {count} problem(s); nothing was imported.</source>
        <translation>{file} 有 {count} 处问题，未导入任何内容。</translation>
    </message>
    <message>
        <source>{where} could not be written, so nothing was imported: {problem}</source>
        <translation>{where}无法写入，因此未导入任何内容：{problem}</translation>
    </message>
    <message>
        <source>{where}: {problem} Preview the file again.</source>
        <translation>{where}：{problem}请重新预览该文件。</translation>
    </message>
    <message>
        <source>{label} was deleted or merged after you opened it, so your change was not saved. Refresh the list (F5).</source>
        <translation>您打开{label}后，该记录已被删除或合并，您的修改未保存。请刷新列表（F5）。</translation>
    </message>
    <message>
        <source>{label} was deleted or merged after you opened it.</source>
        <translation>您打开{label}后，该记录已被删除或合并。</translation>
    </message>
    <message>
        <source>{label} was changed after you opened it, so your change was not saved. Open it again to see the current version, then make your change again.</source>
        <translation>您打开{label}后，该记录已被他人修改，您的修改未保存。请重新打开以查看当前版本，然后再次修改。</translation>
    </message>
    <message>
        <source>{label} was changed after you opened it.</source>
        <translation>您打开{label}后，该记录已被他人修改。</translation>
    </message>
    <message>
        <source>{label} was changed by {actor} at {time} after you opened it, so your change was not saved. Open it again to see the current version, then make your change again.</source>
        <translation>您打开{label}后，{actor}于 {time} 修改了该记录，您的修改未保存。请重新打开以查看当前版本，然后再次修改。</translation>
    </message>
    <message>
        <source>{label} was changed by {actor} at {time} after you opened it.</source>
        <translation>您打开{label}后，{actor}于 {time} 修改了该记录。</translation>
    </message>
    <message>
        <source>A {kind} is for a meeting: name the meeting.</source>
        <translation>{kind} 须针对具体会见生成：请指定会见。</translation>
    </message>
    <message>
        <source>No document language {language}: use one of en, zh.</source>
        <translation>不支持文件语言 {language}：请使用 en 或 zh。</translation>
    </message>
    <message>
        <source>There is no meeting with id {number}. The meetings command lists the meetings with their ids.</source>
        <translation>没有编号为 {number} 的会见。meetings 命令可列出全部会见及其编号。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. The file already there is unchanged. Free some space on the disk or choose a folder on another drive.</source>
        <translation>无法写入 {path}：磁盘已满。原有文件未作改动。请释放磁盘空间，或选择其他驱动器上的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. Free some space on the disk or choose a folder on another drive.</source>
        <translation>无法写入 {path}：磁盘已满。请释放磁盘空间，或选择其他驱动器上的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} is read-only or you are not allowed to write in it. The file already there is unchanged. Choose another folder, or ask for write access to this one.</source>
        <translation>无法写入 {path}：文件夹 {folder} 为只读，或您没有在其中写入的权限。原有文件未作改动。请选择其他文件夹，或申请该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} is read-only or you are not allowed to write in it. Choose another folder, or ask for write access to this one.</source>
        <translation>无法写入 {path}：文件夹 {folder} 为只读，或您没有在其中写入的权限。请选择其他文件夹，或申请该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist. Choose an existing folder.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。请选择已有的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. The file already there is unchanged. Choose another folder.</source>
        <translation>无法写入 {path}：{reason}。原有文件未作改动。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder.</source>
        <translation>无法写入 {path}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{path} is {size} MB, more than the {limit} MB an import file may be: check that it is the file you meant to import.</source>
        <translation>{path} 大小为 {size} MB，超过了导入文件 {limit} MB 的上限：请确认这是您要导入的文件。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>--people must be at least {minimum}: the host side and an embassy.</source>
        <translation>--people 不得少于 {minimum}：须有主方和一个使馆。</translation>
    </message>
    <message>
        <source>--meetings cannot be negative.</source>
        <translation>--meetings 不能为负数。</translation>
    </message>
    <message>
        <source>{database} already holds records ({table}): generate fills an empty database. Name a new file with --database.</source>
        <translation>{database} 中已有记录（{table}）：generate 只填充空数据库。请用 --database 指定一个新文件。</translation>
    </message>
    <message>
        <source>There is no person with id {number}.</source>
        <translation>没有编号为 {number} 的人员。</translation>
    </message>
    <message>
        <source>There is no organisation with id {number}.</source>
        <translation>没有编号为 {number} 的机构。</translation>
    </message>
    <message>
        <source>There is no country with the code {code}.</source>
        <translation>没有代码为 {code} 的国家。</translation>
    </message>
    <message>
        <source>no organisation with uid {uid} in the file or the database</source>
        <translation>文件和数据库中均没有 uid 为 {uid} 的机构</translation>
    </message>
    <message>
        <source>no person with uid {uid} in the file or the database</source>
        <translation>文件和数据库中均没有 uid 为 {uid} 的人员</translation>
    </message>
    <message>
        <source>no position with uid {uid} in the file or the database</source>
        <translation>文件和数据库中均没有 uid 为 {uid} 的职务</translation>
    </message>
    <message>
        <source>no meeting with uid {uid} in the file or the database</source>
        <translation>文件和数据库中均没有 uid 为 {uid} 的会见</translation>
    </message>
    <message>
        <source>unknown country code {code}</source>
        <translation>未知的国家代码 {code}</translation>
    </message>
    <message>
        <source>{item} {field}: {problem}</source>
        <translation>{item} {field}：{problem}</translation>
    </message>
    <message>
        <source>invalid value {value}</source>
        <translation>无效的值 {value}</translation>
    </message>
    <message>
        <source>duplicate {field} {value}, also at {other}</source>
        <translation>{field} {value} 重复，{other} 中也有此值</translation>
    </message>
    <message>
        <source>unknown time zone {zone} (use an IANA name such as Asia/Shanghai)</source>
        <translation>未知的时区 {zone}（请使用 IANA 时区名称，如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>未知的时区 {zone}</translation>
    </message>
    <message>
        <source>a person needs family_name, not blank</source>
        <translation>人员须填写 family_name，不能为空</translation>
    </message>
    <message>
        <source>must be empty when name_order is single (the one name goes in family_name)</source>
        <translation>name_order 为 single 时此项须为空（唯一的名字填入 family_name）</translation>
    </message>
    <message>
        <source>a position needs title_en or title_zh, not blank</source>
        <translation>职务须填写 title_en 或 title_zh，不能为空</translation>
    </message>
    <message>
        <source>must not be before start_date ({date})</source>
        <translation>不能早于 start_date（{date}）</translation>
    </message>
    <message>
        <source>a meeting needs theme_en or theme_zh, not blank</source>
        <translation>会见须填写 theme_en 或 theme_zh，不能为空</translation>
    </message>
    <message>
        <source>must be after starts_at ({time})</source>
        <translation>须晚于 starts_at（{time}）</translation>
    </message>
    <message>
        <source>an outcome needs text_en or text_zh, not blank</source>
        <translation>成果须填写 text_en 或 text_zh，不能为空</translation>
    </message>
    <message>
        <source>must be empty while status is open (set status to done or dropped)</source>
        <translation>status 为 open 时此项须为空（请将 status 设为 done 或 dropped）</translation>
    </message>
    <message>
        <source>an organisation needs name_en, not blank</source>
        <translation>机构须填写 name_en，不能为空</translation>
    </message>
    <message>
        <source>an organisation cannot be its own parent</source>
        <translation>机构不能是其自身的上级机构</translation>
    </message>
    <message>
        <source>the chain of parents leads back to this organisation</source>
        <translation>上级机构链条循环回到了本机构</translation>
    </message>
    <message>
        <source>organisation {uid} in {country} has the same name</source>
        <translation>{country} 的机构 {uid} 与此同名</translation>
    </message>
    <message>
        <source>{path} is not a UTF-8 text file (byte {byte}: {reason}). Save it as UTF-8 and import it again.</source>
        <translation>{path} 不是 UTF-8 文本文件（字节位置 {byte}：{reason}）。请将其另存为 UTF-8 编码后重新导入。</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>JSON 中不允许使用 {name}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error} at line {line}, column {column}.</source>
        <translation>{path} 不是有效的 JSON：第 {line} 行第 {column} 列，{error}。</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: {error}.</source>
        <translation>{path} 不是有效的 JSON：{error}。</translation>
    </message>
    <message>
        <source>{path} is not a SCODA Desktop interchange file: it holds a JSON {type}, not an object with &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>{path} 不是 SCODA Desktop 交换格式文件：其内容为 JSON {type}，而不是含有 &quot;format&quot;: &quot;{format}&quot; 的对象。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>must be {type}, not {value}</source>
        <translation>须为{type}，而不是 {value}</translation>
    </message>
    <message>
        <source>must be {type} or {other}, not {value}</source>
        <translation>须为{type}或{other}，而不是 {value}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} 不在以下取值之中：{choices}</translation>
    </message>
    <message>
        <source>this file is format version {version}; this SCODA Desktop reads version {supported} (a newer version may read it)</source>
        <translation>本文件的格式版本为 {version}；当前 SCODA Desktop 只能读取版本 {supported}（更新的版本或可读取）</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>须为 {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be at most {n} characters</source>
        <translation>最多 {n} 个字符</translation>
    </message>
    <message>
        <source>must be at least {n}</source>
        <translation>不能小于 {n}</translation>
    </message>
    <message>
        <source>must be at most {n}</source>
        <translation>不能大于 {n}</translation>
    </message>
    <message>
        <source>{value} is not a real date and time ({error})</source>
        <translation>{value} 不是实际存在的日期和时间（{error}）</translation>
    </message>
    <message>
        <source>{value} is not a real date ({error})</source>
        <translation>{value} 不是实际存在的日期（{error}）</translation>
    </message>
    <message>
        <source>is not valid base64 ({error})</source>
        <translation>不是有效的 base64 编码（{error}）</translation>
    </message>
    <message>
        <source>the year {year} is outside the years SCODA Desktop accepts ({earliest} to {latest}): check the year</source>
        <translation>年份 {year} 超出 SCODA Desktop 可接受的范围（{earliest} 至 {latest} 年）：请检查年份</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}：{problem}</translation>
    </message>
    <message>
        <source>{value} must be an instant with its offset, like 2024-05-01T08:00:00Z</source>
        <translation>{value} 须为带时差的时间点，如 2024-05-01T08:00:00Z</translation>
    </message>
    <message>
        <source>{value} must be a date like 2024-05-01</source>
        <translation>{value} 须为日期，如 2024-05-01</translation>
    </message>
    <message>
        <source>{value} must be a two-letter ISO 3166 country code in capitals, like ID</source>
        <translation>{value} 须为两个大写字母的 ISO 3166 国家代码，如 ID</translation>
    </message>
    <message>
        <source>{value} must not contain spaces</source>
        <translation>{value} 不能包含空格</translation>
    </message>
    <message>
        <source>{value} must be base64</source>
        <translation>{value} 须为 base64 编码</translation>
    </message>
    <message>
        <source>{file} is not a valid SCODA Desktop interchange file: 1 problem</source>
        <translation>{file} 不是有效的 SCODA Desktop 交换格式文件：发现 1 处问题</translation>
    </message>
    <message>
        <source>{file} is not a valid SCODA Desktop interchange file: {count} problems</source>
        <translation>{file} 不是有效的 SCODA Desktop 交换格式文件：发现 {count} 处问题</translation>
    </message>
    <message>
        <source>{file} could not be imported, nothing was written: {reason}</source>
        <translation>{file} 无法导入，未写入任何内容：{reason}</translation>
    </message>
    <message>
        <source>There is no meeting with id {number}.</source>
        <translation>没有编号为 {number} 的会见。</translation>
    </message>
    <message>
        <source>No invitation template in {language}: use en or zh.</source>
        <translation>没有 {language} 语言的邀请模板：请使用 en 或 zh。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>&quot;{theme}&quot; ({time} Qingdao)</source>
        <translation>“{theme}”（青岛时间 {time}）</translation>
    </message>
    <message>
        <source>{name} is not a date and time ({error})</source>
        <translation>{name} 不是日期时间（{error}）</translation>
    </message>
    <message>
        <source>{name} is a whole day ({day}); a meeting needs a start and end time</source>
        <translation>{name} 为全天事件（{day}）；会见须有开始和结束时间</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{name} is in the time zone {zone}, which neither the file (VTIMEZONE) nor the tz database defines</source>
        <translation>{name} 使用的时区 {zone} 既未在文件中（VTIMEZONE）定义，也不在 tz 数据库中</translation>
    </message>
    <message>
        <source>it has no UID</source>
        <translation>缺少 UID</translation>
    </message>
    <message>
        <source>it is a recurring event ({name}); SCODA Desktop keeps single meetings: export one occurrence from your calendar</source>
        <translation>这是重复事件（{name}）；SCODA Desktop 只记录单次会见：请从日历中导出其中一次</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>缺少开始时间（DTSTART）</translation>
    </message>
    <message>
        <source>DURATION cannot be read ({error})</source>
        <translation>无法读取 DURATION（{error}）</translation>
    </message>
    <message>
        <source>DURATION ends the meeting outside the years SCODA Desktop accepts ({earliest} to {latest}): check the duration</source>
        <translation>按 DURATION 计算，会见的结束时间超出 SCODA Desktop 可接受的年份范围（{earliest} 至 {latest} 年）：请检查时长</translation>
    </message>
    <message>
        <source>it has no end (DTEND or DURATION)</source>
        <translation>缺少结束时间（DTEND 或 DURATION）</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>it has no SUMMARY (the meeting&apos;s theme)</source>
        <translation>缺少 SUMMARY（会见主题）</translation>
    </message>
    <message>
        <source>event {number} (UID {uid})</source>
        <translation>第 {number} 个事件（UID {uid}）</translation>
    </message>
    <message>
        <source>event {number}</source>
        <translation>第 {number} 个事件</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text as iCalendar requires (byte {byte}: {reason}).</source>
        <translation>{file} 不是 iCalendar 要求的 UTF-8 文本（字节 {byte}：{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line.</source>
        <translation>{file} 不是 iCalendar（.ics）文件：缺少 BEGIN:VCALENDAR 行。</translation>
    </message>
    <message>
        <source>{file} is cut short: the END:VCALENDAR line is missing. Save or export the invitation again.</source>
        <translation>{file} 内容不完整：缺少 END:VCALENDAR 行。请重新保存或导出该邀请。</translation>
    </message>
    <message>
        <source>{file} is not a valid iCalendar file: {error}</source>
        <translation>{file} 不是有效的 iCalendar 文件：{error}</translation>
    </message>
    <message>
        <source>it holds no event (VEVENT)</source>
        <translation>其中没有事件（VEVENT）</translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was changed:</source>
        <translation>{file} 无法导入，未作任何更改：</translation>
    </message>
    <message>
        <source>The reply about {invitation} is for a meeting that is not in this database; nothing was changed.</source>
        <translation>关于{invitation}的回复所对应的会见不在本数据库中，未作任何更改。</translation>
    </message>
    <message>
        <source>Meeting {number} cannot be exported: {reason}</source>
        <translation>编号为 {number} 的会见无法导出：{reason}</translation>
    </message>
    <message>
        <source>The range ends ({last}) before it starts ({first}).</source>
        <translation>日期范围的结束日期（{last}）早于开始日期（{first}）。</translation>
    </message>
    <message>
        <source>No meetings from {first} to {last}: nothing to write.</source>
        <translation>{first} 至 {last} 期间没有会见，没有可写入的内容。</translation>
    </message>
    <message>
        <source>{path} is a folder; name the .ics file to write.</source>
        <translation>{path} 是一个文件夹，请指定要写入的 .ics 文件名。</translation>
    </message>
    <message>
        <source>The meeting cannot be saved as it is.</source>
        <translation>会见无法按当前内容保存。</translation>
    </message>
    <message>
        <source>The person cannot be saved as it is.</source>
        <translation>人员信息无法按当前内容保存。</translation>
    </message>
    <message>
        <source>The organisation cannot be saved as it is.</source>
        <translation>机构信息无法按当前内容保存。</translation>
    </message>
    <message>
        <source>The post cannot be saved as it is.</source>
        <translation>职务信息无法按当前内容保存。</translation>
    </message>
    <message>
        <source>The country cannot be saved as it is.</source>
        <translation>国家信息无法按当前内容保存。</translation>
    </message>
    <message>
        <source>meeting {number}</source>
        <translation>会见（编号 {number}）</translation>
    </message>
    <message>
        <source>Meeting {number} is no longer in the database: someone may have deleted it. Refresh the list (F5).</source>
        <translation>编号为 {number} 的会见已不在数据库中，可能已被他人删除。请刷新列表（F5）。</translation>
    </message>
    <message>
        <source>“{theme}” is in the database already: nothing to undo.</source>
        <translation>“{theme}”已在数据库中，无需撤销。</translation>
    </message>
    <message>
        <source>“{theme}” was deleted after you opened it, so your change was not saved. Refresh the list (F5); to keep your work, create the meeting again.</source>
        <translation>“{theme}”在您打开后已被删除，您的修改未能保存。请刷新列表（F5）；如需保留所做的工作，请重新新建该会见。</translation>
    </message>
    <message>
        <source>“{theme}” was changed by {who} after you opened it, so your change was not saved. Open the meeting again to see the current version, then make your change again.</source>
        <translation>“{theme}”在您打开后已被 {who}修改，您的修改未能保存。请重新打开该会见查看最新版本，然后再次修改。</translation>
    </message>
    <message>
        <source>“{theme}” was changed after you opened it, so your change was not saved. Open the meeting again to see the current version, then make your change again.</source>
        <translation>“{theme}”在您打开后已被他人修改，您的修改未能保存。请重新打开该会见查看最新版本，然后再次修改。</translation>
    </message>
    <message>
        <source>There is no meeting with id {id}. The meetings command lists the meetings with their ids.</source>
        <translation>没有编号为 {id} 的会见。meetings 命令可列出各次会见及其编号。</translation>
    </message>
    <message>
        <source>No press release language {language}: use one of en, zh.</source>
        <translation>没有新闻稿语言 {language}：请使用 en 或 zh。</translation>
    </message>
    <message>
        <source>Meeting {id} has no one present on the host side; add the host before drafting a press release.</source>
        <translation>编号为 {id} 的会见主方无人出席：请先添加主人，再起草新闻稿。</translation>
    </message>
    <message>
        <source>PDF is printed through Qt, not written by the text exporters.</source>
        <translation>PDF 由 Qt 打印生成，不通过文本导出功能写入。</translation>
    </message>
    <message>
        <source>Cannot export a press release as {format}: use txt, md, html or docx.</source>
        <translation>无法将新闻稿导出为 {format}：请使用 txt、md、html 或 docx。</translation>
    </message>
    <message>
        <source>The press release is approved, so it cannot be edited. Reopen it first.</source>
        <translation>该新闻稿已审定，不能修改。请先退回草稿。</translation>
    </message>
    <message>
        <source>The press release is published, so it cannot be edited. Reopen it first.</source>
        <translation>该新闻稿已发布，不能修改。请先退回草稿。</translation>
    </message>
    <message>
        <source>The press release is approved, so it cannot be approved. Reopen it first.</source>
        <translation>该新闻稿已审定，不能再次审定。请先退回草稿。</translation>
    </message>
    <message>
        <source>The press release is published, so it cannot be approved. Reopen it first.</source>
        <translation>该新闻稿已发布，不能审定。请先退回草稿。</translation>
    </message>
    <message>
        <source>The press release is a draft, so it cannot be published.</source>
        <translation>该新闻稿尚为草稿，不能发布。</translation>
    </message>
    <message>
        <source>The press release is published, so it cannot be published. Reopen it first.</source>
        <translation>该新闻稿已发布，不能再次发布。请先退回草稿。</translation>
    </message>
    <message>
        <source>The press release is a draft, so it cannot be reopened.</source>
        <translation>该新闻稿已是草稿，不能退回草稿。</translation>
    </message>
    <message>
        <source>The press release is approved, so it cannot be deleted. Reopen it first.</source>
        <translation>该新闻稿已审定，不能删除。请先退回草稿。</translation>
    </message>
    <message>
        <source>The press release is published, so it cannot be deleted. Reopen it first.</source>
        <translation>该新闻稿已发布，不能删除。请先退回草稿。</translation>
    </message>
    <message>
        <source>Press release {id} is no longer in the database: someone may have deleted it or its meeting. Refresh the list (F5).</source>
        <translation>编号为 {id} 的新闻稿已不在数据库中，可能已被他人删除，或其所属会见已被删除。请刷新列表（F5）。</translation>
    </message>
    <message>
        <source>The press release for “{theme}” was changed after you opened it, so your change was not saved. Open it again to see the current version, then make your change again.</source>
        <translation>您打开“{theme}”的新闻稿后，该新闻稿已被他人修改，您的修改未保存。请重新打开以查看当前版本，然后再次修改。</translation>
    </message>
    <message>
        <source>The press release for “{theme}” was changed by {actor} at {time} after you opened it, so your change was not saved. Open it again to see the current version, then make your change again.</source>
        <translation>您打开“{theme}”的新闻稿后，{actor}于 {time} 修改了该新闻稿，您的修改未保存。请重新打开以查看当前版本，然后再次修改。</translation>
    </message>
    <message>
        <source>Press release {id} has no revision {number}.</source>
        <translation>编号为 {id} 的新闻稿没有第 {number} 稿。</translation>
    </message>
    <message>
        <source>An empty press release cannot be approved.</source>
        <translation>新闻稿内容为空，不能审定。</translation>
    </message>
    <message>
        <source>{file} is not a draft template&apos;s file name: use NAME.en.txt or NAME.zh.txt (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>{file} 不是草稿模板的文件名：请使用 NAME.en.txt 或 NAME.zh.txt（可含字母、数字、“-”、“_”和“.”）。</translation>
    </message>
    <message>
        <source>There is no template {file}.</source>
        <translation>没有模板 {file}。</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {error}</source>
        <translation>无法读取模板 {path}：{error}</translation>
    </message>
    <message>
        <source>Your templates folder has {file} already: edit that copy.</source>
        <translation>您的模板文件夹中已有 {file}：请编辑该副本。</translation>
    </message>
    <message>
        <source>{file} is your own template: there is no built-in to go back to.</source>
        <translation>{file} 是您自己的模板：没有可恢复的内置模板。</translation>
    </message>
    <message>
        <source>Cannot delete your copy of {file}: {error}.</source>
        <translation>无法删除您的 {file} 副本：{error}。</translation>
    </message>
    <message>
        <source>There is no report {name}. The reports are: {reports}.</source>
        <translation>没有名为 {name} 的报表。可用的报表为：{reports}。</translation>
    </message>
    <message>
        <source>The last day {last} comes before the first day {first}.</source>
        <translation>截止日期 {last} 早于起始日期 {first}。</translation>
    </message>
    <message>
        <source>Working hours must start before they end (got {start}–{end}).</source>
        <translation>工作时间的开始时间须早于结束时间（当前为 {start}–{end}）。</translation>
    </message>
    <message>
        <source>name at least one participant</source>
        <translation>请至少指定一名参会人员</translation>
    </message>
    <message>
        <source>the duration must be more than zero minutes</source>
        <translation>时长须大于零分钟</translation>
    </message>
    <message>
        <source>the step must be a whole number of minutes, more than zero</source>
        <translation>时间间隔须为大于零的整数分钟</translation>
    </message>
    <message>
        <source>the range ends ({last}) before it starts ({first})</source>
        <translation>日期范围的结束日期（{last}）早于开始日期（{first}）</translation>
    </message>
    <message>
        <source>the range is longer than {days} days</source>
        <translation>日期范围超过 {days} 天</translation>
    </message>
    <message>
        <source>Cannot look for meeting times:</source>
        <translation>无法查找会见时间：</translation>
    </message>
    <message>
        <source>Cannot tell the format to write {path} in: name a .csv or .xlsx file, or give --format csv or --format xlsx.</source>
        <translation>无法确定写入 {path} 所用的格式：请指定 .csv 或 .xlsx 文件，或使用 --format csv 或 --format xlsx。</translation>
    </message>
    <message>
        <source>Template {template}, line {line}: {problem}</source>
        <translation>模板 {template} 第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>Template {template}: {problem}</source>
        <translation>模板 {template}：{problem}</translation>
    </message>
    <message>
        <source>{zones} or {last}</source>
        <translation>{zones} 或 {last}</translation>
    </message>
    <message>
        <source>A time zone is needed: give an IANA name such as Asia/Shanghai.</source>
        <translation>须指定时区：请填写 IANA 时区名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}. Did you mean {suggestions}? Use an IANA name such as Asia/Shanghai (region/city, as in the tz database).</source>
        <translation>无法识别的时区 {zone}。您是否要找 {suggestions}？请使用 IANA 时区名称，例如 Asia/Shanghai（“地区/城市”格式，与 tz 数据库一致）。</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}. Use an IANA name such as Asia/Shanghai (region/city, as in the tz database).</source>
        <translation>无法识别的时区 {zone}。请使用 IANA 时区名称，例如 Asia/Shanghai（“地区/城市”格式，与 tz 数据库一致）。</translation>
    </message>
    <message>
        <source>No person with id {numbers}.</source>
        <translation>没有编号为 {numbers} 的人员。</translation>
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
