<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Klik op een plek om die te kiezen, dubbelklik om het formulier te openen · scrollwiel of +/−: zoomen · slepen: verschuiven · 0: passend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk van de netwerkkaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzoomen (+ of scrollwiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitzoomen (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele kaart in beeld (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk berekenen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulier openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar het formulier van de gekozen plek (of dubbelklik op de plek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerkkaart tekenen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De netwerkkaart kon niet gemaakt worden: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbelklik of Enter: formulier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Netwerkkaart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
