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
<context>
    <name>RecordEditor</name>
    <message>
        <source>Kies een regel in de tabel, of voeg er een toe.</source>
        <translation>Choose a row in the table, or add one.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld: voeg een regel toe.</source>
        <translation>Nothing entered yet: add a row.</translation>
    </message>
    <message>
        <source>%1 %2 van %3</source>
        <translation>%1 %2 of %3</translation>
    </message>
    <message>
        <source>Overgenomen van vorig jaar, nog te bevestigen: pas aan wat anders is.</source>
        <translation>Carried over from last year, still to be confirmed: change what is different.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Activiteit</source>
        <extracomment>Columns per table (entity, filter on ``kind`` for finance lines). The columns the table shows as its overview (the record editor under it shows every field); a table not named here shows all its columns. Column headers that differ from the field&apos;s label (translated in the context below).</extracomment>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Andere plek</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Sterkte</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Bedrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Uitgevoerd door</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>ma</source>
        <extracomment>The value list of weekdays: shown short in the overview (&quot;ma, wo&quot;; English &quot;Mon, Wed&quot;).</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>%1 toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickListBox</name>
    <message>
        <source>Enter of spatie: lijst openen — spatie: aan/uit — Enter: bewaren</source>
        <translation>Enter or space: open the list — space: tick or untick — Enter: save</translation>
    </message>
</context>
</TS>
