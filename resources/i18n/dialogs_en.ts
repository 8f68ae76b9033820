<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ArchivePlaceCommand</name>
    <message>
        <source>plek “%1” archiveren</source>
        <translation>archive place “%1”</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Gearchiveerde plekken</source>
        <translation>Archived places</translation>
    </message>
    <message>
        <source>Plek</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Gearchiveerd op</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Er zijn geen gearchiveerde plekken.</source>
        <translation>There are no archived places.</translation>
    </message>
    <message numerus="yes">
        <source>%n gearchiveerde plek.</source>
        <translation>
            <numerusform>%n archived place.</numerusform>
            <numerusform>%n archived places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gearchiveerde plekken.</source>
        <translation>
            <numerusform>%n archived place.</numerusform>
            <numerusform>%n archived places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Een teruggezette plek komt terug in de lijst en de overzichten, met alles wat hij had.</source>
        <translation>A restored place comes back in the list and the overviews, with everything it had.</translation>
    </message>
    <message>
        <source>(naamloos)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Niet teruggezet: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>“%1” is teruggezet.</source>
        <translation>“%1” has been restored.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicten na samenvoegen</source>
        <translation>Conflicts after merging</translation>
    </message>
    <message>
        <source>Plek</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Kies de juiste waarde</source>
        <translation>Choose the right value</translation>
    </message>
    <message>
        <source>Andere waarde:</source>
        <translation>Other value:</translation>
    </message>
    <message>
        <source>typ de juiste waarde</source>
        <translation>type the right value</translation>
    </message>
    <message>
        <source>Deze waarde bewaren</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Verwijderd laten</source>
        <translation>Keep deleted</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Geen open conflicten.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict.</source>
        <translation>
            <numerusform>%n open conflict.</numerusform>
            <numerusform>%n open conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicten.</source>
        <translation>
            <numerusform>%n open conflict.</numerusform>
            <numerusform>%n open conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies per conflict de juiste waarde; uw keuze gaat bij het volgende samenvoegen mee naar de andere laptops.</source>
        <translation>Choose the right value for each conflict; your choice goes to the other laptops with the next merge.</translation>
    </message>
    <message>
        <source>Deze meting bewaren</source>
        <translation>Keep this measurement</translation>
    </message>
    <message>
        <source>Verwijderd of gewijzigd?</source>
        <translation>Deleted or changed?</translation>
    </message>
    <message>
        <source>%1: welke meting blijft? (de andere wordt gearchiveerd)</source>
        <translation>%1: which measurement stays? (the other one is archived)</translation>
    </message>
    <message>
        <source>Kies de juiste waarde voor %1</source>
        <translation>Choose the right value for %1</translation>
    </message>
    <message>
        <source>heeft dit verwijderd</source>
        <translation>deleted this</translation>
    </message>
    <message>
        <source>wijzigde intussen: %1</source>
        <translation>changed it meanwhile: %1</translation>
    </message>
    <message>
        <source>Kies eerst een waarde.</source>
        <translation>Choose a value first.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Opgelost: %1, %2 = %3.</source>
        <translation>Resolved: %1, %2 = %3.</translation>
    </message>
    <message>
        <source>Opgelost: %1 houdt één meting in dit meetmoment.</source>
        <translation>Resolved: %1 keeps one measurement in this measurement round.</translation>
    </message>
    <message>
        <source>Opgelost: %1 blijft verwijderd.</source>
        <translation>Resolved: %1 stays deleted.</translation>
    </message>
    <message>
        <source>Opgelost: %1 is teruggezet.</source>
        <translation>Resolved: %1 has been restored.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>zelfde postcode en adres</source>
        <extracomment>run(work, done, label): the window&apos;s worker (``WindowActions._run``)</extracomment>
        <translation>same postcode and address</translation>
    </message>
    <message>
        <source>zelfde postcode</source>
        <translation>same postcode</translation>
    </message>
    <message>
        <source>zelfde adres</source>
        <translation>same address</translation>
    </message>
    <message>
        <source>Dubbele plekken</source>
        <translation>Duplicate places</translation>
    </message>
    <message>
        <source>Waarschijnlijk dubbele plekken</source>
        <translation>Likely duplicate places</translation>
    </message>
    <message>
        <source>Verschillen tussen de twee plekken</source>
        <translation>Differences between the two places</translation>
    </message>
    <message>
        <source>Blijft:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Samenvoegen…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Plek 1</source>
        <translation>Place 1</translation>
    </message>
    <message>
        <source>Plek 2</source>
        <translation>Place 2</translation>
    </message>
    <message>
        <source>Geen waarschijnlijk dubbele plekken gevonden.</source>
        <translation>No likely duplicate places found.</translation>
    </message>
    <message numerus="yes">
        <source>%n paar plekken lijkt dubbel ingevoerd</source>
        <translation>
            <numerusform>%n pair of places seems to have been entered twice</numerusform>
            <numerusform>%n pairs of places seem to have been entered twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paren plekken lijken dubbel ingevoerd</source>
        <translation>
            <numerusform>%n pair of places seems to have been entered twice</numerusform>
            <numerusform>%n pairs of places seem to have been entered twice</numerusform>
        </translation>
    </message>
    <message>
        <source> (vergelijkbare naam en dezelfde postcode of hetzelfde adres). Niets wordt vanzelf samengevoegd: kijk de verschillen na, kies welke plek blijft en voeg samen.</source>
        <translation> (a similar name and the same postcode or address). Nothing is merged by itself: check the differences, choose which place stays and merge.</translation>
    </message>
    <message>
        <source>%1, naam %2 gelijk</source>
        <translation>%1, name %2 alike</translation>
    </message>
    <message>
        <source>Metingen</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Gele regels verschillen. Bij samenvoegen worden lege velden van de plek die blijft aangevuld uit de andere.</source>
        <translation>Yellow rows differ. Merging fills the empty fields of the place that stays from the other one.</translation>
    </message>
    <message>
        <source>Plekken samenvoegen</source>
        <translation>Merge places</translation>
    </message>
    <message>
        <source>“%1” samenvoegen in “%2”?

Alles van “%1” (metingen, activiteiten, contactpersonen, netwerk) gaat naar “%2”; lege velden worden aangevuld; “%1” wordt gearchiveerd. Dit gaat bij het volgende samenvoegen mee naar de andere laptops.</source>
        <translation>Merge “%1” into “%2”?

Everything of “%1” (measurements, activities, contact persons, network) goes to “%2”; empty fields are filled in; “%1” is archived. This goes to the other laptops with the next merge.</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merging</translation>
    </message>
    <message>
        <source>Opnieuw zoeken naar dubbele plekken</source>
        <translation>Looking for duplicate places again</translation>
    </message>
    <message>
        <source>“%1” is samengevoegd in “%2”.</source>
        <translation>“%1” has been merged into “%2”.</translation>
    </message>
    <message>
        <source>Plekken samenvoegen…</source>
        <translation>Merging places…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Wat wilt u exporteren?</source>
        <translation>What do you want to export?</translation>
    </message>
    <message>
        <source>Het hele gebied (één werkmap, met een samenvatting per wijk)</source>
        <translation>The whole area (one workbook, with a summary per neighbourhood)</translation>
    </message>
    <message>
        <source>Eén wijk:</source>
        <translation>One neighbourhood:</translation>
    </message>
    <message>
        <source>Eén werkmap per wijk, in een map</source>
        <translation>One workbook per neighbourhood, in a folder</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Met persoonsgegevens (namen, telefoon en e-mail van contactpersonen)</source>
        <translation>With personal data (names, phone numbers and e-mail addresses of contact persons)</translation>
    </message>
    <message>
        <source>Let op: dit bestand bevat dan persoonsgegevens (AVG). Neem ze alleen op als het nodig is, deel het bestand alleen met wie ze nodig heeft, en bewaar het niet langer dan nodig. De reden komt in het bestand (blad Toelichting).</source>
        <translation>Note: the file will then contain personal data (GDPR). Include it only when needed, share the file only with people who need it, and keep it no longer than needed. The reason is written into the file (sheet Toelichting).</translation>
    </message>
    <message>
        <source>waarom zijn de persoonsgegevens nodig? (verplicht)</source>
        <translation>why is the personal data needed? (required)</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Kies een map</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel-bestanden (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Kies waar het bestand komt.</source>
        <translation>Choose where the file goes.</translation>
    </message>
    <message>
        <source>De map %1 bestaat niet.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Geef de reden waarom de persoonsgegevens mee moeten.</source>
        <translation>Give the reason why the personal data must be included.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welkom bij Nulmeting</source>
        <translation>Welcome to Nulmeting</translation>
    </message>
    <message>
        <source>Wie neemt de interviews af, en voor welk meetmoment? Dit wordt bij elke meting opgeslagen. U kunt het later wijzigen via Bestand → Instellingen.</source>
        <translation>Who is doing the interviews, and for which measurement round? This is saved with every measurement. You can change it later in File → Settings.</translation>
    </message>
    <message>
        <source>bijvoorbeeld Fatima El Amrani</source>
        <translation>for example Fatima El Amrani</translation>
    </message>
    <message>
        <source>&amp;Uw naam (buurtverbinder):</source>
        <translation>&amp;Your name (neighbourhood connector):</translation>
    </message>
    <message>
        <source>&amp;Meetmoment:</source>
        <translation>&amp;Measurement round:</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Vul uw naam in.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <source>Vul het meetmoment in, bijvoorbeeld “%1”.</source>
        <translation>Fill in the measurement round, for example “%1”.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Handleiding Nulmeting</source>
        <translation>Nulmeting guide</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importeren: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>De wijzigingen worden vastgelegd als werk van deze persoon.</source>
        <translation>The changes are recorded as the work of this person.</translation>
    </message>
    <message>
        <source>Als werk van:</source>
        <translation>As the work of:</translation>
    </message>
    <message>
        <source>Activiteit (plek)</source>
        <translation>Activity (place)</translation>
    </message>
    <message>
        <source>Plek</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Wat er gebeurt</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Wat er met elke rij gebeurt</source>
        <translation>What happens to each row</translation>
    </message>
    <message>
        <source>Fouten in het bestand</source>
        <translation>Errors in the file</translation>
    </message>
    <message>
        <source>Alleen de geldige rijen inlezen (rijen met fouten overslaan)</source>
        <translation>Read only the valid rows (skip rows with errors)</translation>
    </message>
    <message>
        <source>De rij die al bestaat (zelfde naam en postcode) toch als nieuwe plek inlezen</source>
        <translation>Read the row that already exists (same name and postcode) as a new place anyway</translation>
    </message>
    <message numerus="yes">
        <source>De %n rijen die al bestaan (zelfde naam en postcode) toch als nieuwe plekken inlezen</source>
        <translation>
            <numerusform>Read the %n row that already exists (same name and postcode) as a new place anyway</numerusform>
            <numerusform>Read the %n rows that already exist (same name and postcode) as new places anyway</numerusform>
        </translation>
    </message>
    <message>
        <source>Inlezen</source>
        <translation>Read in</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Waarom inlezen niet kan</source>
        <translation>Why it cannot be read in</translation>
    </message>
    <message>
        <source>%1 kan niet ingelezen worden:</source>
        <translation>%1 cannot be read in:</translation>
    </message>
    <message>
        <source>%1 (activiteiten): %2 rijen.</source>
        <translation>%1 (activities): %2 rows.</translation>
    </message>
    <message>
        <source>Nieuwe activiteiten: %1.</source>
        <translation>New activities: %1.</translation>
    </message>
    <message>
        <source>Activiteiten met wijzigingen: %1.</source>
        <translation>Activities with changes: %1.</translation>
    </message>
    <message>
        <source>%1: %2 rijen.</source>
        <translation>%1: %2 rows.</translation>
    </message>
    <message>
        <source>Nieuwe plekken: %1.</source>
        <translation>New places: %1.</translation>
    </message>
    <message>
        <source>Plekken met wijzigingen: %1 (%2 velden).</source>
        <translation>Places with changes: %1 (%2 fields).</translation>
    </message>
    <message>
        <source>Ongewijzigd: %1.</source>
        <translation>Unchanged: %1.</translation>
    </message>
    <message>
        <source>Bestaat al (zelfde naam en postcode, zonder ID): %1; die rijen werken de bestaande plek bij.</source>
        <translation>Already exists (same name and postcode, no ID): %1; those rows update the existing place.</translation>
    </message>
    <message>
        <source>Rijen met fouten: %1 (zie hieronder).</source>
        <translation>Rows with errors: %1 (see below).</translation>
    </message>
    <message>
        <source>Onbekende kolommen (genegeerd): %1.</source>
        <translation>Unknown columns (ignored): %1.</translation>
    </message>
    <message>
        <source>Er is geen kolom &apos;Openbaar in wijkagenda&apos;: nieuwe activiteiten komen niet in de wijkagenda tot iemand ze openbaar maakt.</source>
        <translation>There is no column &apos;Openbaar in wijkagenda&apos;: new activities do not appear in the neighbourhood calendar until someone makes them public.</translation>
    </message>
    <message>
        <source>Wijzigingen worden vastgelegd als werk van %1.</source>
        <translation>Changes are recorded as the work of %1.</translation>
    </message>
    <message>
        <source>Dit gegevensbestand heeft nog geen meetmoment: bij het inlezen wordt het “%1”.</source>
        <translation>This data file has no measurement round yet: reading in makes it “%1”.</translation>
    </message>
    <message>
        <source>(naamloos)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Fout: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Inlezen kan niet: dit bestand is niet bruikbaar (zie de fouten hierboven). Verbeter het bestand en kies opnieuw Importeren.</source>
        <translation>Cannot read in: this file cannot be used (see the errors above). Correct the file and choose Import again.</translation>
    </message>
    <message>
        <source>Inlezen kan niet: het bestand heeft geen rijen met gegevens.</source>
        <translation>Cannot read in: the file has no rows with data.</translation>
    </message>
    <message>
        <source>Inlezen kan niet: geen enkele rij is goed (zie de fouten hierboven).</source>
        <translation>Cannot read in: not a single row is valid (see the errors above).</translation>
    </message>
    <message>
        <source>Er is niets in te lezen: alles in dit bestand staat al zo in het gegevensbestand.</source>
        <translation>Nothing to read in: everything in this file is already in the data file as it is.</translation>
    </message>
    <message numerus="yes">
        <source>%n rij heeft fouten</source>
        <translation>
            <numerusform>%n row has errors</numerusform>
            <numerusform>%n rows have errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rijen hebben fouten</source>
        <translation>
            <numerusform>%n row has errors</numerusform>
            <numerusform>%n rows have errors</numerusform>
        </translation>
    </message>
    <message>
        <source>: verbeter het bestand, of kies hierboven om alleen de geldige rijen in te lezen.</source>
        <translation>: correct the file, or choose above to read only the valid rows.</translation>
    </message>
</context>
<context>
    <name>Over</name>
    <message>
        <source>(niet ingesteld)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Nulmeting van de sociale basis: interviews met buurtplekken, teambestanden samenvoegen, Excel-overzicht per wijk.</source>
        <translation>Baseline of the neighbourhood’s social infrastructure: interviews with neighbourhood places, merging team files, an Excel overview per neighbourhood.</translation>
    </message>
    <message>
        <source>Gegevensbestand:</source>
        <translation>Data file:</translation>
    </message>
    <message>
        <source>Buurtverbinder:</source>
        <translation>Neighbourhood connector:</translation>
    </message>
    <message>
        <source>Meetmoment:</source>
        <translation>Measurement round:</translation>
    </message>
    <message>
        <source>Licentie:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Over Nulmeting</source>
        <translation>About Nulmeting</translation>
    </message>
</context>
<context>
    <name>PublishAgenda</name>
    <message>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Wijkagenda publiceren</source>
        <translation>Publish the neighbourhood calendar</translation>
    </message>
    <message>
        <source>Welke wijken? (alleen activiteiten die openbaar zijn in de wijkagenda)</source>
        <translation>Which neighbourhoods? (only activities that are public in the neighbourhood calendar)</translation>
    </message>
    <message>
        <source>Wijkagenda publiceren: kies een map</source>
        <translation>Publish the neighbourhood calendar: choose a folder</translation>
    </message>
    <message>
        <source>Wijkagenda geschreven in %1</source>
        <translation>Neighbourhood calendar written to %1</translation>
    </message>
    <message>
        <source>Openen in de browser</source>
        <translation>Open in the browser</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wijkagenda publiceren…</source>
        <translation>Publishing the neighbourhood calendar…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Rapport maken</source>
        <translation>Make a report</translation>
    </message>
    <message>
        <source>Hele gebied (alle wijken)</source>
        <translation>Whole area (all neighbourhoods)</translation>
    </message>
    <message>
        <source>Wijk %1</source>
        <translation>Neighbourhood %1</translation>
    </message>
    <message>
        <source>(niet ingesteld)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Rapport &amp;van:</source>
        <translation>Report &amp;for:</translation>
    </message>
    <message>
        <source>&amp;Meetmoment:</source>
        <translation>&amp;Measurement round:</translation>
    </message>
    <message>
        <source>Het gebiedsrapport: kerncijfers, de wijken naast elkaar, grafieken en een verantwoording. Een wijkrapport: hoogstens twee pagina&apos;s.</source>
        <translation>The area report: key figures, the neighbourhoods side by side, charts and an account of the method. A neighbourhood report: two pages at most.</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Conflicten bekijken (%1)</source>
        <translation>Review conflicts (%1)</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Resultaat</name>
    <message>
        <source>%1 en %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 nieuw</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 bijgewerkt</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>%1 plek</source>
        <extracomment>One and more of a kind of record (the translations are looked up in :func:`noun`).</extracomment>
        <translation>%1 place</translation>
    </message>
    <message>
        <source>%1 plekken</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <source>%1 meting</source>
        <translation>%1 measurement</translation>
    </message>
    <message>
        <source>%1 metingen</source>
        <translation>%1 measurements</translation>
    </message>
    <message>
        <source>%1 activiteit</source>
        <translation>%1 activity</translation>
    </message>
    <message>
        <source>%1 activiteiten</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <source>%1 contactpersoon</source>
        <translation>%1 contact person</translation>
    </message>
    <message>
        <source>%1 contactpersonen</source>
        <translation>%1 contact persons</translation>
    </message>
    <message>
        <source>%1 financiële regel</source>
        <translation>%1 finance line</translation>
    </message>
    <message>
        <source>%1 financiële regels</source>
        <translation>%1 finance lines</translation>
    </message>
    <message>
        <source>%1 netwerklidmaatschap</source>
        <translation>%1 network membership</translation>
    </message>
    <message>
        <source>%1 netwerklidmaatschappen</source>
        <translation>%1 network memberships</translation>
    </message>
    <message>
        <source>%1 relatie</source>
        <translation>%1 relationship</translation>
    </message>
    <message>
        <source>%1 relaties</source>
        <translation>%1 relationships</translation>
    </message>
    <message>
        <source>%1 behoefte</source>
        <translation>%1 need</translation>
    </message>
    <message>
        <source>%1 behoeften</source>
        <translation>%1 needs</translation>
    </message>
    <message>
        <source>%1 meetmoment</source>
        <translation>%1 measurement round</translation>
    </message>
    <message>
        <source>%1 meetmomenten</source>
        <translation>%1 measurement rounds</translation>
    </message>
    <message>
        <source>%1 ander gegeven</source>
        <translation>%1 other record</translation>
    </message>
    <message>
        <source>%1 andere gegevens</source>
        <translation>%1 other records</translation>
    </message>
    <message>
        <source>%1 conflict om te bekijken</source>
        <translation>%1 conflict to review</translation>
    </message>
    <message>
        <source>%1 conflicten om te bekijken</source>
        <translation>%1 conflicts to review</translation>
    </message>
    <message>
        <source> (bij %1 is iets verwijderd dat elders gewijzigd is)</source>
        <translation> (in %1, something was deleted that was changed elsewhere)</translation>
    </message>
    <message>
        <source>niets nieuws</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>%1 is het teambestand van deze laptop zelf; er is niets nieuws in, er is niets veranderd.</source>
        <translation>%1 is the team file of this laptop itself; there is nothing new in it, nothing has changed.</translation>
    </message>
    <message>
        <source>Let op: dit teambestand komt uit gebied %1.</source>
        <translation>Note: this team file comes from area %1.</translation>
    </message>
    <message>
        <source>Gesynchroniseerd met %1: alles was al gelijk.</source>
        <translation>Synchronised with %1: everything was already the same.</translation>
    </message>
    <message>
        <source>%1 wijziging verstuurd en %2 ontvangen</source>
        <translation>%1 change sent and %2 received</translation>
    </message>
    <message>
        <source>%1 wijzigingen verstuurd en %2 ontvangen</source>
        <translation>%1 changes sent and %2 received</translation>
    </message>
    <message>
        <source>%1 wijziging verstuurd</source>
        <translation>%1 change sent</translation>
    </message>
    <message>
        <source>%1 wijzigingen verstuurd</source>
        <translation>%1 changes sent</translation>
    </message>
    <message>
        <source>%1 wijziging ontvangen</source>
        <translation>%1 change received</translation>
    </message>
    <message>
        <source>%1 wijzigingen ontvangen</source>
        <translation>%1 changes received</translation>
    </message>
    <message>
        <source>Gesynchroniseerd met %1: %2</source>
        <translation>Synchronised with %1: %2</translation>
    </message>
    <message>
        <source>%1: los ze op via Conflicten.</source>
        <translation>%1: resolve them under Conflicts.</translation>
    </message>
</context>
<context>
    <name>RoundChooser</name>
    <message>
        <source>vastgesteld</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>kies een meetmoment of typ een nieuwe naam</source>
        <translation>choose a measurement round or type a new name</translation>
    </message>
    <message>
        <source>Kies een bestaand meetmoment, of typ de naam van een nieuw meetmoment (een vervolgmeting neemt de waarden van vorig jaar over, nog te bevestigen).</source>
        <translation>Choose an existing measurement round, or type the name of a new one (a follow-up measurement takes over last year’s values, still to be confirmed).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <extracomment>The settings the dialog shows, in the registry&apos;s order.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>De gekozen taal geldt helemaal na het opnieuw starten van Nulmeting. Rapporten, exports en de opdrachtregel blijven Nederlands.</source>
        <translation>The chosen language fully applies after Nulmeting is restarted. Reports, exports and the command line stay in Dutch.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 mag niet leeg zijn.</source>
        <translation>%1 must not be empty.</translation>
    </message>
</context>
<context>
    <name>Waarde</name>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Verwijderd of gewijzigd</source>
        <translation>Deleted or changed</translation>
    </message>
    <message>
        <source>Twee metingen in meetmoment %1</source>
        <translation>Two measurements in measurement round %1</translation>
    </message>
</context>
</TS>
