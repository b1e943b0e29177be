<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DiffDialog</name>
    <message>
        <source>The two revisions have the same text.</source>
        <translation>两稿内容相同。</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排对照</translation>
    </message>
    <message>
        <source>Unified diff</source>
        <translation>统一差异格式</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New Press Release Draft</source>
        <translation>起草新闻稿</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会见(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>The draft is written from the meeting&apos;s record: check names, titles and dates before approving it.</source>
        <translation>草稿根据会见记录生成，送审定前请核对人名、职务和日期。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>起草</translation>
    </message>
    <message>
        <source>{template}  (your copy)</source>
        <translation>{template}（您的副本）</translation>
    </message>
</context>
<context>
    <name>PressApproval</name>
    <message>
        <source>published on {published}</source>
        <translation>已于 {published} 发布</translation>
    </message>
    <message>
        <source>Approved by {who} on {approved}</source>
        <translation>已由 {who} 于 {approved} 审定</translation>
    </message>
    <message>
        <source>Approved by someone on {approved}</source>
        <translation>已于 {approved} 审定（审定人未记录）</translation>
    </message>
    <message>
        <source>{approval}; published on {published}</source>
        <translation>{approval}；已于 {published} 发布</translation>
    </message>
</context>
<context>
    <name>PressLanguage</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>PressPage</name>
    <message>
        <source>&amp;New Draft…</source>
        <translation>新建草稿(&amp;N)…</translation>
    </message>
    <message>
        <source>Draft a press release for the meeting selected on the Meetings page (or another)</source>
        <translation>为“会见会谈”页中选中的会见（或另选一次会见）起草新闻稿</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>删除草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected draft and its revisions</source>
        <translation>删除所选草稿及其历次修改稿</translation>
    </message>
    <message>
        <source>Cannot read the press releases</source>
        <translation>无法读取新闻稿</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>共 %n 篇新闻稿</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the press release?</source>
        <translation>是否保存新闻稿？</translation>
    </message>
    <message>
        <source>The press release for “{theme}” has changes that are not saved.</source>
        <translation>“{theme}”的新闻稿有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Cannot list the meetings</source>
        <translation>无法读取会见列表</translation>
    </message>
    <message>
        <source>Drafted the Chinese press release for “{theme}”.</source>
        <translation>已为“{theme}”起草中文新闻稿。</translation>
    </message>
    <message>
        <source>Drafted the English press release for “{theme}”.</source>
        <translation>已为“{theme}”起草英文新闻稿。</translation>
    </message>
    <message>
        <source>Cannot draft the press release</source>
        <translation>无法起草新闻稿</translation>
    </message>
    <message numerus="yes">
        <source>Delete the Chinese draft for “{theme}” with its %n revision(s)?</source>
        <translation>
            <numerusform>确定删除“{theme}”的中文草稿（共 %n 稿）吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the English draft for “{theme}” with its %n revision(s)?</source>
        <translation>
            <numerusform>确定删除“{theme}”的英文草稿（共 %n 稿）吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft?</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Deleted the draft for “{theme}”.</source>
        <translation>已删除“{theme}”的草稿。</translation>
    </message>
    <message>
        <source>Cannot delete the draft</source>
        <translation>无法删除草稿</translation>
    </message>
</context>
<context>
    <name>PressReleaseStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>PressReleaseTableModel</name>
    <message>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>{theme}
{headline}
Template: {template}</source>
        <translation>{theme}
{headline}
模板：{template}</translation>
    </message>
    <message>
        <source>Revision {revision}; drafted by {author}</source>
        <translation>第 {revision} 稿；起草人：{author}</translation>
    </message>
    <message>
        <source>Revision {revision}; drafted by unknown</source>
        <translation>第 {revision} 稿；起草人不详</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <source>Select a press release, or draft a new one for a meeting.</source>
        <translation>请选择一篇新闻稿，或为一次会见起草新稿。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the text as a new revision (Ctrl+S)</source>
        <translation>将当前文本保存为新的一稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审定(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the text: it is read-only until reopened</source>
        <translation>审定当前文本；审定后为只读，退回草稿后方可修改</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Record that the approved release has been published</source>
        <translation>记录已审定的新闻稿已经发布</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>退回草稿(&amp;O)</translation>
    </message>
    <message>
        <source>Make the release a draft again, to correct it</source>
        <translation>将新闻稿退回为草稿，以便修改</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two selected revisions, or the selected one with the newest</source>
        <translation>对比所选的两稿，或将所选的一稿与最新稿对比</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Make the selected revision&apos;s text the newest revision</source>
        <translation>以所选一稿的文本作为最新一稿</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>历次修改稿</translation>
    </message>
    <message>
        <source>{approval}. Read-only: reopen it to edit.</source>
        <translation>{approval}。当前为只读，如需修改，请先退回草稿。</translation>
    </message>
    <message>
        <source>{day} · {theme} · {language} · {template} · {status} · revision {revision} · drafted by {author}</source>
        <translation>{day} · {theme} · {language} · {template} · {status} · 第 {revision} 稿 · 起草人：{author}</translation>
    </message>
    <message>
        <source>{day} · {theme} · {language} · {template} · {status} · revision {revision} · drafted by unknown</source>
        <translation>{day} · {theme} · {language} · {template} · {status} · 第 {revision} 稿 · 起草人不详</translation>
    </message>
    <message>
        <source>Cannot read the revisions</source>
        <translation>无法读取历次修改稿</translation>
    </message>
    <message>
        <source>revision {number}</source>
        <translation>第 {number} 稿</translation>
    </message>
    <message>
        <source>Revisions {old} and {new}: {theme}</source>
        <translation>第 {old} 稿与第 {new} 稿对比：{theme}</translation>
    </message>
    <message>
        <source>Cannot compare revisions</source>
        <translation>无法对比修改稿</translation>
    </message>
    <message>
        <source>Restore revision?</source>
        <translation>恢复修改稿</translation>
    </message>
    <message>
        <source>Restore revision {number}? The changes you have not saved are lost.</source>
        <translation>确定恢复第 {number} 稿吗？尚未保存的修改将会丢失。</translation>
    </message>
    <message>
        <source>Cannot restore the revision</source>
        <translation>无法恢复该稿</translation>
    </message>
    <message>
        <source>Restored revision {number} as revision {revision}.</source>
        <translation>已将第 {number} 稿恢复为第 {revision} 稿。</translation>
    </message>
    <message>
        <source>Revision {number} is the current text already.</source>
        <translation>第 {number} 稿已是当前文本。</translation>
    </message>
    <message>
        <source>Cannot save the press release</source>
        <translation>无法保存新闻稿</translation>
    </message>
    <message>
        <source>Saved revision {revision}.</source>
        <translation>已保存为第 {revision} 稿。</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Approved the press release.</source>
        <translation>新闻稿已审定。</translation>
    </message>
    <message>
        <source>Cannot approve the press release</source>
        <translation>无法审定新闻稿</translation>
    </message>
    <message>
        <source>Marked the press release published.</source>
        <translation>已将新闻稿标记为已发布。</translation>
    </message>
    <message>
        <source>Cannot publish the press release</source>
        <translation>无法将新闻稿标记为已发布</translation>
    </message>
    <message>
        <source>Reopened the press release: it is a draft again.</source>
        <translation>新闻稿已退回为草稿。</translation>
    </message>
    <message>
        <source>Cannot reopen the press release</source>
        <translation>无法将新闻稿退回草稿</translation>
    </message>
</context>
<context>
    <name>ReleaseExporter</name>
    <message>
        <source>&amp;Word Document (DOCX)…</source>
        <translation>Word 文档（DOCX）(&amp;W)…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF 文件(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Web Page (HTML)…</source>
        <translation>网页（HTML）(&amp;H)…</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Plain &amp;Text…</source>
        <translation>纯文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>&amp;Bilingual Word Document (Chinese | English)…</source>
        <translation>中英文对照 Word 文档(&amp;B)…</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the text as shown, with the headline as a heading</source>
        <translation>按当前显示复制文本，标题保留为标题格式</translation>
    </message>
    <message>
        <source>Draft this meeting&apos;s release in Chinese first</source>
        <translation>请先起草本次会见的中文新闻稿</translation>
    </message>
    <message>
        <source>Draft this meeting&apos;s release in English first</source>
        <translation>请先起草本次会见的英文新闻稿</translation>
    </message>
    <message>
        <source>Export Press Release</source>
        <translation>导出新闻稿</translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation>已导出 {file}。</translation>
    </message>
    <message>
        <source>Cannot export the press release</source>
        <translation>无法导出新闻稿</translation>
    </message>
    <message>
        <source>Copied the press release to the clipboard.</source>
        <translation>已将新闻稿复制到剪贴板。</translation>
    </message>
    <message>
        <source>Cannot copy the press release</source>
        <translation>无法复制新闻稿</translation>
    </message>
</context>
<context>
    <name>RevisionTableModel</name>
    <message>
        <source>No.</source>
        <translation>稿次</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存人</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Your copy</source>
        <translation>您的副本</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您新建</translation>
    </message>
    <message>
        <source>{file}, built into SCODA Desktop: copy it to edit it</source>
        <translation>{file}，SCODA Desktop 内置模板：复制后方可编辑</translation>
    </message>
    <message>
        <source>{path}: your copy, used instead of the built-in</source>
        <translation>{path}：您的副本，代替内置模板使用</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Built-in template, read-only: copy it to your templates to change it.</source>
        <translation>内置模板，只读：复制到“我的模板”后方可修改。</translation>
    </message>
    <message>
        <source>&amp;Copy to My Templates</source>
        <translation>复制到我的模板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save your template (Ctrl+S); new drafts use it</source>
        <translation>保存您的模板（Ctrl+S），此后起草新稿将使用该模板</translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in…</source>
        <translation>恢复为内置模板(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete your copy: drafts use the built-in template again</source>
        <translation>删除您的副本，起草时重新使用内置模板</translation>
    </message>
    <message>
        <source>The draft this template gives appears here.</source>
        <translation>此处显示用该模板生成的草稿。</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>预览所用会见：</translation>
    </message>
    <message>
        <source>Cannot list the templates</source>
        <translation>无法读取模板列表</translation>
    </message>
    <message>
        <source>Cannot read the template</source>
        <translation>无法读取模板</translation>
    </message>
    <message>
        <source>Save the template?</source>
        <translation>是否保存模板？</translation>
    </message>
    <message>
        <source>Your template {file} has changes that are not saved.</source>
        <translation>您的模板 {file} 有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Copied {file} to {folder}.</source>
        <translation>已将 {file} 复制到 {folder}。</translation>
    </message>
    <message>
        <source>Cannot copy the template</source>
        <translation>无法复制模板</translation>
    </message>
    <message>
        <source>Saved {file}: new drafts use it.</source>
        <translation>已保存 {file}，此后起草新稿将使用该模板。</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Reset to the built-in template?</source>
        <translation>是否恢复为内置模板？</translation>
    </message>
    <message>
        <source>Delete your copy of {file}? New drafts then use the built-in template again; your changes to it are lost.</source>
        <translation>确定删除您的 {file} 副本吗？此后起草新稿将重新使用内置模板，您对其所做的修改将会丢失。</translation>
    </message>
    <message>
        <source>{file} is the built-in again.</source>
        <translation>{file} 已恢复为内置模板。</translation>
    </message>
    <message>
        <source>Cannot reset the template</source>
        <translation>无法恢复内置模板</translation>
    </message>
    <message>
        <source>Cannot preview the template</source>
        <translation>无法预览模板</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>{line}: {problem}</source>
        <translation>{line}：{problem}</translation>
    </message>
</context>
</TS>
