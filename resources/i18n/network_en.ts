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
    <name>NetworkPicture</name>
    <message>
        <source>Wijk</source>
        <extracomment>The legend&apos;s fixed Dutch labels, as the core writes them (wijk names are not translated).</extracomment>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>(geen wijk)</source>
        <translation>(no neighbourhood)</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>plek (grootte: aantal verbindingen)</source>
        <translation>place (size: number of connections)</translation>
    </message>
    <message>
        <source>netwerk van de coalitie</source>
        <translation>network of the coalition</translation>
    </message>
    <message>
        <source>partnerorganisatie</source>
        <translation>partner organisation</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>sterkte 1 (kent elkaar)</source>
        <translation>strength 1 (know each other)</translation>
    </message>
    <message>
        <source>sterkte 2</source>
        <translation>strength 2</translation>
    </message>
    <message>
        <source>sterkte 3</source>
        <translation>strength 3</translation>
    </message>
    <message>
        <source>sterkte 4 (structureel)</source>
        <translation>strength 4 (structural)</translation>
    </message>
    <message>
        <source>lid van een netwerk</source>
        <translation>member of a network</translation>
    </message>
    <message>
        <source>Netwerk van de sociale basis</source>
        <translation>Network of the social infrastructure</translation>
    </message>
    <message numerus="yes">
        <source>%n plekken</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plekken (en %1 elders waarmee ze verbonden zijn)</source>
        <translation>
            <numerusform>%n place (and %1 elsewhere it is connected with)</numerusform>
            <numerusform>%n places (and %1 elsewhere they are connected with)</numerusform>
        </translation>
    </message>
    <message>
        <source>alle meetmomenten</source>
        <translation>all measurement rounds</translation>
    </message>
    <message numerus="yes">
        <source>%n relaties</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n netwerken</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Grootte: aantal verbindingen. Dikte: sterkte van de relatie (1–4).</source>
        <translation>Size: number of connections. Thickness: strength of the relationship (1–4).</translation>
    </message>
    <message>
        <source>Namen: de netwerken en de %1 plekken met de sterkste brugfunctie. Zonder persoonsgegevens. Nulmeting, %2.</source>
        <translation>Names: the networks and the %1 places with the strongest bridging role. No personal data. Nulmeting, %2.</translation>
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
