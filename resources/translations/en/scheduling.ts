<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DayGrid</name>
    <message numerus="yes">
        <source>%n time(s) suit everyone. Zones: {zones}</source>
        <translation>
            <numerusform>%n time suits everyone. Zones: {zones}</numerusform>
            <numerusform>%n times suit everyone. Zones: {zones}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message numerus="yes">
        <source>%n start(s) suit everyone for {minutes} minutes.</source>
        <translation>
            <numerusform>%n start suits everyone for {minutes} minutes.</numerusform>
            <numerusform>%n starts suit everyone for {minutes} minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
