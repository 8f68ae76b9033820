<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
  <context>
    <name>Veld</name>
    <message>
      <source>Naam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Postcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wijk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rechtsvorm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ANBI-status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opgericht (jaar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huur tot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rolstoeltoegankelijk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missie / omschrijving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samengevoegd met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gearchiveerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetmoment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buurtverbinder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duur (minuten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gesproken met (rol)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijwilligers (kern)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijwilligers (regulier)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijwilligers (incidenteel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uren per week per vrijwilliger (gemiddeld)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestuursleden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Betaalde krachten (fte)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stagiairs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-integratie / dagbesteding (personen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijwilligersvergoeding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Boekjaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Totale lasten (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrije reserve (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisatiekosten (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continuïteit bestuur en trekkers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opvolging geregeld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afhankelijk van één sleutelpersoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Financiering zeker tot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toelichting duurzaamheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notities bij de meting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toestemming gegeven op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toestemming voor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bewaren tot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thema</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Doelgroep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dagen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Begin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Frequentie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemiddeld aantal deelnemers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uitgevoerd door</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Openbaar in wijkagenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voortzetting van</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bron</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kostencategorie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Omschrijving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bedrag (€)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Structureel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loopt tot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Netwerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Andere plek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partnerorganisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soort relatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sterkte (1-4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Toelichting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behoefte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urgentie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vastgesteld op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reden van heropenen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vastgestelde stand</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Entiteit</name>
    <message>
      <source>Plek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contactpersoon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activiteit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Financiële regel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Netwerklidmaatschap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behoefte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetmoment</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Instelling</name>
    <message>
      <source>Buurtverbinder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meetmoment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gebied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uurwaarde vrijwilligerswerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bron van de uurwaarde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minimumuurloon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weken per jaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taal van het venster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nederlands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Keuze</name>
    <message>
      <source>Buurthuiskamer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Buurthuis / huis van de wijk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inloophuis / spreekuur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speeltuin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Groenplek / moestuin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kunstatelier / werkplaats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sportplek / club</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kerk / moskee / levensbeschouwelijk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zelforganisatie / culturele vereniging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Straatvereniging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wijkonderneming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jongerenplek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Geen vaste plek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stichting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vereniging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coöperatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Informeel collectief (met penvoerder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Onderdeel van andere organisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ANBI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SBBI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weet niet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eigen bezit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huur Woonstad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huur Havensteder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huur gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huur overig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Om niet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medegebruik</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gepland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Afgenomen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gecontroleerd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gestopt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ontmoeting / eenzaamheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Armoede / schulden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voedsel / maaltijden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Formulierenhulp / spreekuur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bewegen / leefstijl</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kunst / cultuur / muziek</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Groen / natuur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kinderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jongeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opvoeding / gezin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouderen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Burenhulp / bezorgen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>GGZ / herstel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Werk / dagbesteding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Digitale vaardigheden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Levensbeschouwing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Iedereen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kinderen 0-12</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jongeren 12-23</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volwassenen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouderen 65+</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ouders / gezinnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrouwen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mannen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwkomers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laag inkomen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kwetsbare bewoners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mantelzorgers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>maandag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dinsdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>woensdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>donderdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vrijdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>zaterdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>zondag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wekelijks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2-wekelijks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maandelijks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seizoen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eenmalig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijwilligers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Professionals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemengd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemeente - bewonersinitiatief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemeente - Couleur Locale / welzijn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemeente - cultuur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gemeente - opdracht / Right to Challenge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Woningcorporatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welzijnsorganisatie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vermogensfonds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zorg / verzekeraar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zaalverhuur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Horeca / verkoop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deelnemersbijdragen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contributie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Donaties / crowdfunding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sponsoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huur en energie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activiteiten en materialen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijwilligersvergoedingen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Personeel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisatie en administratie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inkomsten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kosten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trekker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deelnemer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delen ruimte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Doorverwijzen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samen activiteit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Financiële stroom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vrijwilligers delen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kennis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 - kent elkaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2 - informeel contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3 - werkt soms samen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>4 - structurele samenwerking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fondsenwerving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subsidieaanvraag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bestuursleden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Penningmeester / administratie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ruimte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zichtbaarheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>AVG / juridisch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samenwerking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Laag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Middel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hoog</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wijkagenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nieuwsbrief</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delen met netwerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goed geregeld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redelijk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kwetsbaar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Onzeker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delfshaven Lokaal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delfshaven Helpt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warme Buurthuiskamers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Veerkrachtig BoTu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Netwerk buurthuiskamers Nieuwe Westen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Huize Middelland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Groene Connectie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Armoedeplatform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Netwerk van inloopspreekuren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Platform tegen Eenzaamheid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leerwerkgemeenschap GGZ</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
