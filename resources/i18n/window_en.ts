<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Dialog</name>
    <message>
        <source>Annuleren</source>
        <extracomment>the frame around the current item of the list that has the keyboard (:func:`show_focus`)</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 van %n plekken</source>
        <extracomment>The list&apos;s first width: what the form leaves of the window (FORM_ROOM, or the form&apos;s minimum width when that is more), within these bounds (about 430 px in a 1280 px window, 515 px on a 1366 px laptop screen); once the person moves the splitter, their width is kept (and remembered) QSettings keys of the layout a person leaves (splitter, the list&apos;s columns)</extracomment>
        <translation>
            <numerusform>%1 of %n place</numerusform>
            <numerusform>%1 of %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plek</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plekken</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoek op naam of adres (Ctrl+F)</source>
        <translation>Search by name or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Filter op wijk</source>
        <translation>Filter by neighbourhood</translation>
    </message>
    <message>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Filter op status van de meting</source>
        <translation>Filter by status of the measurement</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Geen meting</source>
        <translation>No measurement</translation>
    </message>
    <message>
        <source>Plekken</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Menu&apos;s en vensters zijn nu in het Nederlands; het formulier volgt bij de volgende start van Nulmeting.</source>
        <translation>Menus and dialogs are now in English; the form follows the next time Nulmeting starts.</translation>
    </message>
    <message>
        <source>Plekken laden…</source>
        <translation>Loading places…</translation>
    </message>
    <message>
        <source>De lijst met plekken kon niet gelezen worden: %1</source>
        <translation>The list of places could not be read: %1</translation>
    </message>
    <message>
        <source>Positie in het netwerk onbekend: %1</source>
        <translation>Position in the network unknown: %1</translation>
    </message>
    <message>
        <source>Netwerk berekenen…</source>
        <translation>Calculating the network…</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicten</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Team → Conflicten… om ze op te lossen</source>
        <translation>Team → Conflicts… to resolve them</translation>
    </message>
    <message>
        <source>geen naam</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>geen meetmoment</source>
        <translation>no measurement round</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Er loopt nog iets: %1.
Sluiten breekt dit af; wat nog niet klaar is, wordt niet opgeslagen.

Toch sluiten?</source>
        <translation>Something is still running: %1.
Closing stops it; what is not finished is not saved.

Close anyway?</translation>
    </message>
</context>
<context>
    <name>Opslaan</name>
    <message>
        <source>Nog niet opgeslagen: het gegevensbestand is bezet (bijvoorbeeld door een samenvoeging). Wat u typte blijft bewaard en wordt opgeslagen zodra het kan.</source>
        <extracomment>The selected row of a list with the keyboard focus: strong; without it: a pale band. How long an edit in the window waits for another writer (a merge in the CLI) before it is kept and retried: short, so the window never freezes (the core&apos;s own wait is 30 s).</extracomment>
        <translation>Not saved yet: the data file is busy (for example with a merge). What you typed is kept and saved as soon as possible.</translation>
    </message>
</context>
<context>
    <name>PlaceTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Meting</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volledig</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>(naamloos)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Geen meting</source>
        <translation>No measurement</translation>
    </message>
    <message>
        <source>Wijk: %1</source>
        <translation>Neighbourhood: %1</translation>
    </message>
    <message>
        <source>Meting: %1 · %2% volledig</source>
        <translation>Measurement: %1 · %2% complete</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuwe plek…</source>
        <translation>&amp;New place…</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Per &amp;wijk exporteren…</source>
        <translation>Export &amp;by neighbourhood…</translation>
    </message>
    <message>
        <source>Wijkagenda &amp;publiceren…</source>
        <translation>&amp;Publish neighbourhood calendar…</translation>
    </message>
    <message>
        <source>&amp;Rapport…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>Ins&amp;tellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Plek</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Interview plannen</source>
        <translation>Plan &amp;interview</translation>
    </message>
    <message>
        <source>Nieuwe &amp;activiteit</source>
        <translation>New &amp;activity</translation>
    </message>
    <message>
        <source>&amp;Samenvatting (PDF, om te tekenen)…</source>
        <translation>&amp;Summary (PDF, for signing)…</translation>
    </message>
    <message>
        <source>&amp;Volgende sectie</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <source>V&amp;orige sectie</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <source>Plek a&amp;rchiveren…</source>
        <translation>A&amp;rchive place…</translation>
    </message>
    <message>
        <source>&amp;Gearchiveerde plekken…</source>
        <translation>Arc&amp;hived places…</translation>
    </message>
    <message>
        <source>&amp;Meetmoment</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>&amp;Meetmomenten…</source>
        <translation>&amp;Measurement rounds…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe vervolgmeting…</source>
        <translation>&amp;New follow-up measurement…</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>&amp;Heropenen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Teambestand &amp;maken…</source>
        <translation>Make &amp;team file…</translation>
    </message>
    <message>
        <source>Teambestanden &amp;samenvoegen…</source>
        <translation>&amp;Merge team files…</translation>
    </message>
    <message>
        <source>&amp;Dubbele plekken…</source>
        <translation>&amp;Duplicate places…</translation>
    </message>
    <message>
        <source>S&amp;ynchroniseren…</source>
        <translation>S&amp;ynchronise…</translation>
    </message>
    <message>
        <source>&amp;Netwerkkaart</source>
        <translation>&amp;Network map</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Over Nulmeting</source>
        <translation>&amp;About Nulmeting</translation>
    </message>
    <message>
        <source>&amp;Conflicten (%1)…</source>
        <translation>&amp;Conflicts (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicten…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Afgebroken; er is niets veranderd.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Er ging iets mis: %1

Er is niets half opgeslagen; meld dit aan de beheerder.</source>
        <translation>Something went wrong: %1

Nothing was half saved; please report this to the administrator.</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Teambestanden (*.nulmeting)</source>
        <translation>Team files (*.nulmeting)</translation>
    </message>
    <message>
        <source>Nieuwe plek</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>Naam van de plek:</source>
        <translation>Name of the place:</translation>
    </message>
    <message>
        <source>Geef de plek een naam.</source>
        <translation>Give the place a name.</translation>
    </message>
    <message>
        <source>Plek “%1” toegevoegd.</source>
        <translation>Place “%1” added.</translation>
    </message>
    <message>
        <source>Plek archiveren</source>
        <translation>Archive place</translation>
    </message>
    <message>
        <source>Plek “%1” archiveren?

De plek verdwijnt uit de lijst en uit de overzichten. De gegevens blijven bewaard en de plek kan worden teruggezet.</source>
        <translation>Archive place “%1”?

The place disappears from the list and from the overviews. Its data are kept and the place can be restored.</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Plek “%1” gearchiveerd. Ctrl+Z zet hem terug.</source>
        <translation>Place “%1” archived. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Plek teruggezet.</source>
        <translation>Place restored.</translation>
    </message>
    <message>
        <source>Plek weer gearchiveerd.</source>
        <translation>Place archived again.</translation>
    </message>
    <message>
        <source>Interview plannen</source>
        <translation>Plan interview</translation>
    </message>
    <message>
        <source>Kies eerst een meetmoment in Bestand → Instellingen.</source>
        <translation>First choose a measurement round in File → Settings.</translation>
    </message>
    <message>
        <source>Deze plek heeft al een meting voor “%1”.</source>
        <translation>This place already has a measurement for “%1”.</translation>
    </message>
    <message>
        <source>Interview gepland voor “%1”.</source>
        <translation>Interview planned for “%1”.</translation>
    </message>
    <message>
        <source>Samenvatting als PDF</source>
        <translation>Summary as PDF</translation>
    </message>
    <message>
        <source>Samenvatting opgeslagen: %1</source>
        <translation>Summary saved: %1</translation>
    </message>
    <message>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Rapport maken</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Rapport geschreven:
%1</source>
        <translation>Report written:
%1</translation>
    </message>
    <message>
        <source>Rapport maken…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Let op: met persoonsgegevens (AVG). Deel zorgvuldig.</source>
        <translation>Note: contains personal data (GDPR). Share with care.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n overzichten per wijk geschreven.</source>
        <translation>
            <numerusform>%n neighbourhood overview written.</numerusform>
            <numerusform>%n neighbourhood overviews written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen plekken met een wijk: er is niets geschreven.</source>
        <translation>No places with a neighbourhood: nothing was written.</translation>
    </message>
    <message>
        <source>In de map %1:</source>
        <translation>In the folder %1:</translation>
    </message>
    <message>
        <source>Overzicht geschreven.</source>
        <translation>Overview written.</translation>
    </message>
    <message>
        <source>Overzicht schrijven…</source>
        <translation>Writing the overview…</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Dit bestand heeft een blad Plekken en een blad Activiteiten. Welk blad inlezen?</source>
        <translation>This file has a sheet Plekken (places) and a sheet Activiteiten (activities). Which sheet should be read?</translation>
    </message>
    <message>
        <source>Excel- en CSV-bestanden (*.xlsx *.csv)</source>
        <translation>Excel and CSV files (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Activiteiten inlezen…</source>
        <translation>Reading activities…</translation>
    </message>
    <message>
        <source>Plekken inlezen…</source>
        <translation>Reading places…</translation>
    </message>
    <message>
        <source>Bestand lezen en controleren…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>Er is geen meetmoment om te kiezen.</source>
        <translation>There is no measurement round to choose.</translation>
    </message>
    <message>
        <source>vastgesteld</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>%1: %2 van %3 plekken gemeten, %4</source>
        <translation>%1: %2 of %3 places measured, %4</translation>
    </message>
    <message>
        <source>Meetmomenten</source>
        <translation>Measurement rounds</translation>
    </message>
    <message>
        <source>Nog geen meetmomenten.</source>
        <translation>No measurement rounds yet.</translation>
    </message>
    <message>
        <source>Nieuwe vervolgmeting</source>
        <translation>New follow-up measurement</translation>
    </message>
    <message>
        <source>Naam van het nieuwe meetmoment. Elke plek krijgt een geplande meting met de
waarden van &apos;%1&apos;, overgenomen en nog te bevestigen:</source>
        <translation>Name of the new measurement round. Every place gets a planned measurement with the
values of &apos;%1&apos;, copied over and still to be confirmed:</translation>
    </message>
    <message>
        <source>Meetmoment &apos;%1&apos; is gestart en is nu het huidige: %2 plekken hebben een geplande meting met de waarden van vorig jaar, %3 activiteiten zijn overgenomen (nog te bevestigen).</source>
        <translation>Measurement round &apos;%1&apos; has started and is now the current one: %2 places have a planned measurement with last year&apos;s values, %3 activities were copied over (still to be confirmed).</translation>
    </message>
    <message>
        <source>Vervolgmeting voorbereiden…</source>
        <translation>Preparing the follow-up measurement…</translation>
    </message>
    <message>
        <source>Meetmoment vaststellen</source>
        <translation>Finalise measurement round</translation>
    </message>
    <message>
        <source>Welk meetmoment vaststellen? De cijfers blijven daarna zoals ze nu zijn.</source>
        <translation>Which measurement round should be finalised? Its figures then stay as they are now.</translation>
    </message>
    <message>
        <source>Meetmoment vastgesteld</source>
        <translation>Measurement round finalised</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is vastgesteld. Wijzigen kan alleen na heropenen (met een reden).</source>
        <translation>&apos;%1&apos; is finalised. Changes are only possible after reopening it (with a reason).</translation>
    </message>
    <message>
        <source>Meetmoment heropenen</source>
        <translation>Reopen measurement round</translation>
    </message>
    <message>
        <source>Welk meetmoment heropenen?</source>
        <translation>Which measurement round should be reopened?</translation>
    </message>
    <message>
        <source>Waarom wordt &apos;%1&apos; heropend? (blijft bewaard)</source>
        <translation>Why is &apos;%1&apos; being reopened? (this is kept)</translation>
    </message>
    <message>
        <source>Meetmoment heropend</source>
        <translation>Measurement round reopened</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is heropend. Reden: %2</source>
        <translation>&apos;%1&apos; has been reopened. Reason: %2</translation>
    </message>
    <message>
        <source>Teambestand maken</source>
        <translation>Make team file</translation>
    </message>
    <message>
        <source>Wachtwoord van het team (het bestand wordt versleuteld):</source>
        <translation>The team&apos;s password (the file is encrypted):</translation>
    </message>
    <message>
        <source>Een teambestand bevat persoonsgegevens: geef een wachtwoord.</source>
        <translation>A team file contains personal data: give a password.</translation>
    </message>
    <message>
        <source>Teambestand geschreven:
%1</source>
        <translation>Team file written:
%1</translation>
    </message>
    <message>
        <source>Teambestand</source>
        <translation>Team file</translation>
    </message>
    <message>
        <source>Teambestand maken…</source>
        <translation>Making the team file…</translation>
    </message>
    <message>
        <source>Teambestanden samenvoegen</source>
        <translation>Merge team files</translation>
    </message>
    <message>
        <source>Wachtwoord van het team:</source>
        <translation>The team&apos;s password:</translation>
    </message>
    <message>
        <source>Niets veranderd: dit is het teambestand van deze laptop zelf.</source>
        <translation>Nothing changed: this is this laptop&apos;s own team file.</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Teambestanden samenvoegen…</source>
        <translation>Merging team files…</translation>
    </message>
    <message>
        <source>Zoeken naar dubbele plekken</source>
        <translation>Looking for duplicate places</translation>
    </message>
    <message>
        <source>Dubbele plekken zoeken…</source>
        <translation>Looking for duplicate places…</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Adres van de gedeelde server (postgresql://…):</source>
        <translation>Address of the shared server (postgresql://…):</translation>
    </message>
    <message numerus="yes">
        <source>Let op: %n ongeldige wijziging(en) van de server apart gezet.</source>
        <translation>
            <numerusform>Note: %n invalid change from the server set aside.</numerusform>
            <numerusform>Note: %n invalid changes from the server set aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uw wachtwoord voor de server:</source>
        <translation>Your password for the server:</translation>
    </message>
    <message>
        <source>Niet gesynchroniseerd; er is niets veranderd.</source>
        <translation>Not synchronised; nothing was changed.</translation>
    </message>
    <message>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Nieuw gegevensbestand gemaakt: %1</source>
        <extracomment>True once :func:`run_gui` has closed the window, the store and Qt in order: nothing is left that Python&apos;s own clean-up at exit would save (see :func:`closed_cleanly`).</extracomment>
        <translation>New data file created: %1</translation>
    </message>
    <message>
        <source>Dit gegevensbestand is een kopie van dat van een andere laptop; het telt vanaf nu als een eigen laptop.</source>
        <translation>This data file is a copy of another laptop&apos;s; from now on it counts as a laptop of its own.</translation>
    </message>
</context>
</TS>
