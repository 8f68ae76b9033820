<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>

Nog niet gemeten: dit zijn de overgenomen cijfers van vorig jaar; ze tellen pas mee als ze zijn bevestigd of ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Gestopt: deze plek telt in dit meetmoment niet mee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Positie in het netwerk: wordt berekend…</source>
        <extracomment>The section whose page holds each table. How long an edit in the window waits for another writer before it is kept for a retry (ms), how often kept edits are tried again, and how long each retry waits. the Netwerk section shows this plek: the window computes its position in the network on the worker and answers with :meth:`show_network_position`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positie in het netwerk: {0} (telt ook relaties die andere plekken opgaven; kaart: Team → Netwerkkaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positie in het netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongewijzigd t.o.v. vorig jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestig in één keer dat de overgenomen waarden van dit onderdeel nog kloppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorig jaar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overgenomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activiteiten overgenomen van vorig jaar, nog te bevestigen; pas aan of verwijder wat gestopt is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waarden overgenomen van vorig jaar, nog te bevestigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gemeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet opgeslagen: het gegevensbestand is bezet (bijvoorbeeld door een samenvoeging). Wat u typte blijft bewaard en wordt opgeslagen zodra het kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
