<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentsDialog</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n page(s), {seconds} s).</source>
        <translation>
            <numerusform>Saved {path} (%n page, {seconds} s).</numerusform>
            <numerusform>Saved {path} (%n pages, {seconds} s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s) recorded, the newest first (times in Beijing time).</source>
        <translation>
            <numerusform>%n change recorded, the newest first (times in Beijing time).</numerusform>
            <numerusform>%n changes recorded, the newest first (times in Beijing time).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDetailView</name>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n meeting(s)</source>
        <translation>
            <numerusform>{shown} of %n meeting</numerusform>
            <numerusform>{shown} of %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCanvas</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>meetings not shown in a day&apos;s cell</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
