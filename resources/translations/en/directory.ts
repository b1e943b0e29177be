<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CountriesPage</name>
    <message numerus="yes">
        <source>%n country(-ies) in use</source>
        <translation>
            <numerusform>%n country in use</numerusform>
            <numerusform>%n countries in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n country(-ies) in use</source>
        <translation>
            <numerusform>{shown} of %n country in use</numerusform>
            <numerusform>{shown} of %n countries in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(-ies)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n country(-ies)</source>
        <translation>
            <numerusform>{shown} of %n country</numerusform>
            <numerusform>{shown} of %n countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n organisation(s)</source>
        <translation>
            <numerusform>{shown} of %n organisation</numerusform>
            <numerusform>{shown} of %n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>{shown} of %n person(s)</source>
        <translation>
            <numerusform>{shown} of %n person</numerusform>
            <numerusform>{shown} of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
