<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PressPage</name>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the Chinese draft for “{theme}” with its %n revision(s)?</source>
        <translation>
            <numerusform>Delete the Chinese draft for “{theme}” with its %n revision?</numerusform>
            <numerusform>Delete the Chinese draft for “{theme}” with its %n revisions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the English draft for “{theme}” with its %n revision(s)?</source>
        <translation>
            <numerusform>Delete the English draft for “{theme}” with its %n revision?</numerusform>
            <numerusform>Delete the English draft for “{theme}” with its %n revisions?</numerusform>
        </translation>
    </message>
</context>
</TS>
