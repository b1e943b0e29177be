<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PdfOutput</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder; name the PDF file to write.</source>
        <translation>{path} 是一个文件夹，请指定要写入的 PDF 文件名。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>Printable</name>
    <message>
        <source>Cannot print “{title}”: the printer or file cannot be opened.</source>
        <translation>无法打印“{title}”：打印机或文件无法打开。</translation>
    </message>
</context>
</TS>
