<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ContactPanel</name>
    <message>
        <source>Contactpersoon:</source>
        <extracomment>The form&apos;s sections in interview order, by their stable ids (``nulmeting.domain.fields``): code, tests and settings name a section by its id, never by the title people read.</extracomment>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Contactpersoon kiezen</source>
        <translation>Choose a contact person</translation>
    </message>
    <message>
        <source>Nieuwe contactpersoon</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Toestemming (AVG)&lt;/b&gt; — vraag eerst toestemming. Naam, e-mail en telefoon kunnen pas worden ingevuld als de datum en het doel van de toestemming zijn vastgelegd. Wordt de toestemming ingetrokken, dan worden ze gewist.</source>
        <translation>&lt;b&gt;Consent (GDPR)&lt;/b&gt; — ask for consent first. Name, e-mail and phone can only be filled in once the date and purpose of the consent are recorded. If consent is withdrawn, they are erased.</translation>
    </message>
    <message>
        <source>Persoonsgegevens zijn uitgeschakeld: eerst toestemming vastleggen.</source>
        <translation>Personal details are switched off: record consent first.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>dd-mm-jjjj</source>
        <extracomment>item data of the empty choice: not None, which PySide6 6.12 mis-counts in item data</extracomment>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <source>bedrag in euro</source>
        <translation>amount in euros</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Vraag altijd stellen</source>
        <translation>Always ask this</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Vrijwilligersuren per jaar</source>
        <translation>Volunteer hours a year</translation>
    </message>
    <message>
        <source>Maatschappelijke waarde</source>
        <translation>Social value</translation>
    </message>
    <message>
        <source>Financieel stoplicht</source>
        <translation>Financial traffic light</translation>
    </message>
    <message>
        <source>Volledigheid</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Bereik</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Groen</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Oranje</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Rood</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>weinig structureel</source>
        <translation>little structural income</translation>
    </message>
    <message>
        <source>afhankelijk van weinig bronnen</source>
        <translation>depends on few sources</translation>
    </message>
    <message>
        <source>kleine reserve</source>
        <translation>small reserve</translation>
    </message>
    <message>
        <source>financiering loopt af</source>
        <translation>funding is ending</translation>
    </message>
    <message>
        <source>tekort</source>
        <translation>deficit</translation>
    </message>
    <message>
        <source>%1 activiteit per week</source>
        <translation>%1 activity a week</translation>
    </message>
    <message>
        <source>%1 activiteiten per week</source>
        <translation>%1 activities a week</translation>
    </message>
    <message>
        <source>gemiddeld %1 activiteiten per week</source>
        <translation>on average %1 activities a week</translation>
    </message>
    <message>
        <source>%1 deelnemer per week</source>
        <translation>%1 participant a week</translation>
    </message>
    <message>
        <source>%1 deelnemers per week</source>
        <translation>%1 participants a week</translation>
    </message>
    <message>
        <source>gemiddeld %1 deelnemers per week</source>
        <translation>on average %1 participants a week</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>Geen signalen</source>
        <translation>No warning signs</translation>
    </message>
    <message>
        <source>Nog geen financiële gegevens</source>
        <translation>No financial data yet</translation>
    </message>
    <message>
        <source>%1 vrijwilliger</source>
        <translation>%1 volunteer</translation>
    </message>
    <message>
        <source>%1 vrijwilligers</source>
        <translation>%1 volunteers</translation>
    </message>
    <message>
        <source>%1 weken per jaar; uurwaarde %2.</source>
        <translation>%1 weeks a year; hourly value %2.</translation>
    </message>
    <message>
        <source>

Nog niet gemeten: dit zijn de overgenomen cijfers van vorig jaar; ze tellen pas mee als ze zijn bevestigd of ingevuld.</source>
        <translation>

Not measured yet: these are last year&apos;s figures, carried over; they count once they are confirmed or filled in.</translation>
    </message>
    <message>
        <source>

Gestopt: deze plek telt in dit meetmoment niet mee.</source>
        <translation>

Stopped: this place does not count in this measurement round.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Deze plek bestaat niet (meer).</source>
        <extracomment>The section (id) whose page holds each table. How long an edit in the window waits for another writer before it is kept for a retry (ms), how often kept edits are tried again, and how long each retry waits. the Netwerk section shows this plek: the window computes its position in the network on the worker and answers with :meth:`show_network_position` (entity, plek, field, record or &quot;&quot; for the page&apos;s own) → (record id, typed value)</extracomment>
        <translation>This place does not exist (any more).</translation>
    </message>
    <message>
        <source>Kies een plek in de lijst.
Nieuwe plek: Bestand → Nieuwe plek (Ctrl+N). Een lijst inlezen: Bestand → Importeren.</source>
        <translation>Choose a place in the list.
New place: File → New place (Ctrl+N). Read in a list: File → Import.</translation>
    </message>
    <message>
        <source>Kies eerst een plek.</source>
        <translation>Choose a place first.</translation>
    </message>
    <message>
        <source>Onderdelen van het gesprek</source>
        <translation>Parts of the interview</translation>
    </message>
    <message>
        <source>Positie in het netwerk: wordt berekend…</source>
        <translation>Position in the network: being calculated…</translation>
    </message>
    <message>
        <source>Positie in het netwerk: {0} (telt ook relaties die andere plekken opgaven; kaart: Team → Netwerkkaart)</source>
        <translation>Position in the network: {0} (also counts ties that other places reported; map: Team → Network map)</translation>
    </message>
    <message>
        <source>Velden met * vraag je altijd. Alles wordt meteen opgeslagen.</source>
        <translation>Always ask the fields marked *. Everything is saved straight away.</translation>
    </message>
    <message>
        <source>Het gesprek van dit meetmoment. De status &apos;afgenomen&apos; vraagt om een datum.</source>
        <translation>The interview of this measurement round. The status &apos;held&apos; needs a date.</translation>
    </message>
    <message>
        <source>Eén regel per activiteit; kies er een en vul de velden eronder in. Thema, doelgroep en dagen: Enter opent de lijst, spatie vinkt aan, Enter bewaart.</source>
        <translation>One row per activity; choose one and fill in the fields below it. Theme, target group and days: Enter opens the list, space ticks, Enter keeps.</translation>
    </message>
    <message>
        <source>Het laatste volledige boekjaar.</source>
        <translation>The last complete financial year.</translation>
    </message>
    <message>
        <source>Lidmaatschap van de netwerken van de coalitie, en relaties met andere plekken of partnerorganisaties.</source>
        <translation>Membership of the coalition&apos;s networks, and ties with other places or partner organisations.</translation>
    </message>
    <message>
        <source>Waar heeft de plek hulp bij nodig?</source>
        <translation>What does the place need help with?</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Positie in het netwerk</source>
        <translation>Position in the network</translation>
    </message>
    <message>
        <source>Netwerken</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Lidmaatschap</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Relaties met andere plekken en partners</source>
        <translation>Ties with other places and partners</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Tie</translation>
    </message>
    <message>
        <source>Behoefte</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Inkomsten per bron</source>
        <translation>Income by source</translation>
    </message>
    <message>
        <source>Inkomstenregel</source>
        <translation>Income line</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Kostenregel</source>
        <translation>Cost line</translation>
    </message>
    <message>
        <source>Ongewijzigd t.o.v. vorig jaar</source>
        <translation>Unchanged since last year</translation>
    </message>
    <message>
        <source>Bevestig in één keer dat de overgenomen waarden van dit onderdeel nog kloppen</source>
        <translation>Confirm in one go that the carried-over values of this part are still right</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>vorig jaar: %1</source>
        <translation>last year: %1</translation>
    </message>
    <message>
        <source>overgenomen</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>1 activiteit overgenomen van vorig jaar, nog te bevestigen; pas aan of verwijder wat gestopt is.</source>
        <translation>1 activity carried over from last year, still to confirm; change it or delete it if it stopped.</translation>
    </message>
    <message>
        <source>%1 activiteiten overgenomen van vorig jaar, nog te bevestigen; pas aan of verwijder wat gestopt is.</source>
        <translation>%1 activities carried over from last year, still to confirm; change or delete what has stopped.</translation>
    </message>
    <message>
        <source>1 waarde overgenomen van vorig jaar, nog te bevestigen.</source>
        <translation>1 value carried over from last year, still to confirm.</translation>
    </message>
    <message>
        <source>%1 waarden overgenomen van vorig jaar, nog te bevestigen.</source>
        <translation>%1 values carried over from last year, still to confirm.</translation>
    </message>
    <message>
        <source>meer dan verdubbeld t.o.v. vorig jaar: klopt dit?</source>
        <translation>more than doubled since last year: is this right?</translation>
    </message>
    <message>
        <source>gehalveerd of minder t.o.v. vorig jaar: klopt dit?</source>
        <translation>halved or less since last year: is this right?</translation>
    </message>
    <message>
        <source>%1% t.o.v. vorig jaar: klopt dit?</source>
        <translation>%1% since last year: is this right?</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Use it</translation>
    </message>
    <message>
        <source>(naamloos)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>wijk onbekend</source>
        <translation>neighbourhood unknown</translation>
    </message>
    <message>
        <source>(vastgesteld)</source>
        <translation>(finalised)</translation>
    </message>
    <message>
        <source>meting: %1</source>
        <translation>measurement: %1</translation>
    </message>
    <message>
        <source>nog geen meting</source>
        <translation>no measurement yet</translation>
    </message>
    <message>
        <source>nog niet gemeten</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>Contactpersoon %1</source>
        <translation>Contact person %1</translation>
    </message>
    <message>
        <source>(nog geen contactpersoon)</source>
        <translation>(no contact person yet)</translation>
    </message>
    <message>
        <source>Postcode %1 ligt meestal in %2, niet in %3.</source>
        <translation>Postcode %1 is usually in %2, not in %3.</translation>
    </message>
    <message>
        <source>Postcode %1 ligt meestal in %2.</source>
        <translation>Postcode %1 is usually in %2.</translation>
    </message>
    <message>
        <source>Wijk %1 kiezen</source>
        <translation>Choose neighbourhood %1</translation>
    </message>
    <message>
        <source>Ingevuld bij postcode %1; kies een andere wijk als de plek over de grens ligt.</source>
        <translation>Filled in from postcode %1; choose another neighbourhood if the place is across the border.</translation>
    </message>
    <message>
        <source>Postcode en wijk invullen</source>
        <translation>Fill in postcode and neighbourhood</translation>
    </message>
    <message>
        <source>Opgeslagen %1</source>
        <translation>Saved %1</translation>
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
    <name>RowCommand</name>
    <message>
        <source>%1 toevoegen</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1 verwijderen</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Niet teruggezet: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>%1 wijzigen</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>%1 toevoegen</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
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
