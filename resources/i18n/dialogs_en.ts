<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>Alle wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkagenda publiceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke wijken? (alleen activiteiten die openbaar zijn in de wijkagenda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkagenda publiceren: kies een map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkagenda geschreven in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen in de browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkagenda publiceren…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Deze meting bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: welke meting blijft? (de andere wordt gearchiveerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgelost: %s houdt één meting in dit meetmoment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>De %n rij(en) die al bestaan (zelfde naam en postcode) toch als nieuwe plekken inlezen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Rapport maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele gebied (alle wijken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet ingesteld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport &amp;van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetmoment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gebiedsrapport: kerncijfers, de wijken naast elkaar, grafieken en een verantwoording. Een wijkrapport: hoogstens twee pagina&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundChooser</name>
    <message>
        <source>vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een meetmoment of typ een nieuwe naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een bestaand meetmoment, of typ de naam van een nieuw meetmoment (een vervolgmeting neemt de waarden van vorig jaar over, nog te bevestigen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
