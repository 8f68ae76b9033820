<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Klik op een plek om die te kiezen, dubbelklik om het formulier te openen · scrollwiel of +/−: zoomen · slepen: verschuiven · 0: passend</source>
        <translation>Click a place to choose it, double-click to open its form · scroll wheel or +/−: zoom · drag: move · 0: fit</translation>
    </message>
    <message>
        <source>Wijk van de netwerkkaart</source>
        <translation>Neighbourhood of the network map</translation>
    </message>
    <message>
        <source>Hele gebied</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <source>Inzoomen (+ of scrollwiel)</source>
        <translation>Zoom in (+ or scroll wheel)</translation>
    </message>
    <message>
        <source>Uitzoomen (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Hele kaart in beeld (0)</source>
        <translation>Show the whole map (0)</translation>
    </message>
    <message>
        <source>Netwerk berekenen…</source>
        <translation>Calculating the network…</translation>
    </message>
    <message>
        <source>Formulier openen</source>
        <translation>Open form</translation>
    </message>
    <message>
        <source>Terug naar het formulier van de gekozen plek (of dubbelklik op de plek)</source>
        <translation>Back to the form of the chosen place (or double-click the place)</translation>
    </message>
    <message>
        <source>Wijk:</source>
        <translation>Neighbourhood:</translation>
    </message>
    <message>
        <source>Netwerkkaart tekenen…</source>
        <translation>Drawing the network map…</translation>
    </message>
    <message>
        <source>De netwerkkaart kon niet gemaakt worden: %1</source>
        <translation>The network map could not be made: %1</translation>
    </message>
    <message>
        <source>dubbelklik of Enter: formulier</source>
        <translation>double-click or Enter: form</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Netwerkkaart</source>
        <translation>Network map</translation>
    </message>
</context>
</TS>
