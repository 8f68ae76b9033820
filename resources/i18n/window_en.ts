<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>WindowActions</source>
        <comment>Importeren</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WindowActions</source>
        <comment>Dit bestand heeft een blad Plekken en een blad Activiteiten. Welk blad inlezen?</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Wijkagenda &amp;publiceren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Netwerkkaart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
