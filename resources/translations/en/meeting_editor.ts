<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>Cannot save yet: {problem} (and %n more)</numerusform>
            <numerusform>Cannot save yet: {problem} (and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
