<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DueBanner</name>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due this week</source>
        <comment>after those overdue</comment>
        <translation>
            <numerusform>%n follow-up due this week</numerusform>
            <numerusform>%n follow-ups due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due this week</source>
        <translation>
            <numerusform>%n follow-up due this week</numerusform>
            <numerusform>%n follow-ups due this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>Saved %n follow-up(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n follow-up to {path}.</numerusform>
            <numerusform>Saved %n follow-ups to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message numerus="yes">
        <source>Last contact {day} (%n day(s) ago)</source>
        <translation>
            <numerusform>Last contact {day} (%n day ago)</numerusform>
            <numerusform>Last contact {day} (%n days ago)</numerusform>
        </translation>
    </message>
</context>
</TS>
