<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
  <context>
    <name>Veld</name>
    <message>
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Adres</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>Wijk</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <source>Rechtsvorm</source>
      <translation>Legal form</translation>
    </message>
    <message>
      <source>ANBI-status</source>
      <translation>ANBI status</translation>
    </message>
    <message>
      <source>Opgericht (jaar)</source>
      <translation>Founded (year)</translation>
    </message>
    <message>
      <source>Pand</source>
      <translation>Premises</translation>
    </message>
    <message>
      <source>Huur tot</source>
      <translation>Lease until</translation>
    </message>
    <message>
      <source>Rolstoeltoegankelijk</source>
      <translation>Wheelchair accessible</translation>
    </message>
    <message>
      <source>Missie / omschrijving</source>
      <translation>Mission / description</translation>
    </message>
    <message>
      <source>Notities</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Samengevoegd met</source>
      <translation>Joined with</translation>
    </message>
    <message>
      <source>Gearchiveerd</source>
      <translation>Archived</translation>
    </message>
    <message>
      <source>Plek</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Meetmoment</source>
      <translation>Measurement round</translation>
    </message>
    <message>
      <source>Buurtverbinder</source>
      <translation>Neighbourhood connector</translation>
    </message>
    <message>
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Duur (minuten)</source>
      <translation>Duration (minutes)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Gesproken met (rol)</source>
      <translation>Spoke with (role)</translation>
    </message>
    <message>
      <source>Vrijwilligers (kern)</source>
      <translation>Volunteers (core)</translation>
    </message>
    <message>
      <source>Vrijwilligers (regulier)</source>
      <translation>Volunteers (regular)</translation>
    </message>
    <message>
      <source>Vrijwilligers (incidenteel)</source>
      <translation>Volunteers (occasional)</translation>
    </message>
    <message>
      <source>Uren per week per vrijwilliger (gemiddeld)</source>
      <translation>Hours a week per volunteer (average)</translation>
    </message>
    <message>
      <source>Bestuursleden</source>
      <translation>Board members</translation>
    </message>
    <message>
      <source>Betaalde krachten (fte)</source>
      <translation>Paid staff (FTE)</translation>
    </message>
    <message>
      <source>Stagiairs</source>
      <translation>Interns</translation>
    </message>
    <message>
      <source>Re-integratie / dagbesteding (personen)</source>
      <translation>Reintegration / day activities (people)</translation>
    </message>
    <message>
      <source>Vrijwilligersvergoeding</source>
      <translation>Volunteer allowance</translation>
    </message>
    <message>
      <source>Boekjaar</source>
      <translation>Financial year</translation>
    </message>
    <message>
      <source>Totale lasten (€)</source>
      <translation>Total costs (€)</translation>
    </message>
    <message>
      <source>Vrije reserve (€)</source>
      <translation>Free reserve (€)</translation>
    </message>
    <message>
      <source>Organisatiekosten (€)</source>
      <translation>Overhead costs (€)</translation>
    </message>
    <message>
      <source>Continuïteit bestuur en trekkers</source>
      <translation>Continuity of board and key volunteers</translation>
    </message>
    <message>
      <source>Opvolging geregeld</source>
      <translation>Succession arranged</translation>
    </message>
    <message>
      <source>Afhankelijk van één sleutelpersoon</source>
      <translation>Depends on one key person</translation>
    </message>
    <message>
      <source>Financiering zeker tot</source>
      <translation>Funding secured until</translation>
    </message>
    <message>
      <source>Toelichting duurzaamheid</source>
      <translation>Notes on sustainability</translation>
    </message>
    <message>
      <source>Notities bij de meting</source>
      <translation>Notes on the measurement</translation>
    </message>
    <message>
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Telefoon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Toestemming gegeven op</source>
      <translation>Consent given on</translation>
    </message>
    <message>
      <source>Toestemming voor</source>
      <translation>Consent for</translation>
    </message>
    <message>
      <source>Bewaren tot</source>
      <translation>Keep until</translation>
    </message>
    <message>
      <source>Thema</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>Doelgroep</source>
      <translation>Target group</translation>
    </message>
    <message>
      <source>Dagen</source>
      <translation>Days</translation>
    </message>
    <message>
      <source>Begin</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Eind</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Frequentie</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <source>Gemiddeld aantal deelnemers</source>
      <translation>Average number of participants</translation>
    </message>
    <message>
      <source>Uitgevoerd door</source>
      <translation>Run by</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <source>Openbaar in wijkagenda</source>
      <translation>Public in the neighbourhood calendar</translation>
    </message>
    <message>
      <source>Voortzetting van</source>
      <translation>Continues</translation>
    </message>
    <message>
      <source>Meting</source>
      <translation>Measurement</translation>
    </message>
    <message>
      <source>Soort</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Bron</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Kostencategorie</source>
      <translation>Cost category</translation>
    </message>
    <message>
      <source>Omschrijving</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Bedrag (€)</source>
      <translation>Amount (€)</translation>
    </message>
    <message>
      <source>Structureel</source>
      <translation>Structural</translation>
    </message>
    <message>
      <source>Loopt tot</source>
      <translation>Runs until</translation>
    </message>
    <message>
      <source>Netwerk</source>
      <translation>Network</translation>
    </message>
    <message>
      <source>Andere plek</source>
      <translation>Other place</translation>
    </message>
    <message>
      <source>Partnerorganisatie</source>
      <translation>Partner organisation</translation>
    </message>
    <message>
      <source>Soort relatie</source>
      <translation>Kind of tie</translation>
    </message>
    <message>
      <source>Sterkte (1-4)</source>
      <translation>Strength (1-4)</translation>
    </message>
    <message>
      <source>Toelichting</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Behoefte</source>
      <translation>Need</translation>
    </message>
    <message>
      <source>Urgentie</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <source>Vastgesteld op</source>
      <translation>Finalised on</translation>
    </message>
    <message>
      <source>Reden van heropenen</source>
      <translation>Reason for reopening</translation>
    </message>
    <message>
      <source>Vastgestelde stand</source>
      <translation>Finalised figures</translation>
    </message>
  </context>
  <context>
    <name>Entiteit</name>
    <message>
      <source>Plek</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Meting</source>
      <translation>Measurement</translation>
    </message>
    <message>
      <source>Contactpersoon</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <source>Activiteit</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Financiële regel</source>
      <translation>Finance line</translation>
    </message>
    <message>
      <source>Netwerklidmaatschap</source>
      <translation>Network membership</translation>
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
      <source>Meetmoment</source>
      <translation>Measurement round</translation>
    </message>
  </context>
  <context>
    <name>Instelling</name>
    <message>
      <source>Buurtverbinder</source>
      <translation>Neighbourhood connector</translation>
    </message>
    <message>
      <source>Meetmoment</source>
      <translation>Measurement round</translation>
    </message>
    <message>
      <source>Gebied</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Uurwaarde vrijwilligerswerk</source>
      <translation>Hourly value of volunteer work</translation>
    </message>
    <message>
      <source>Bron van de uurwaarde</source>
      <translation>Source of the hourly value</translation>
    </message>
    <message>
      <source>Minimumuurloon</source>
      <translation>Minimum hourly wage</translation>
    </message>
    <message>
      <source>Weken per jaar</source>
      <translation>Weeks a year</translation>
    </message>
    <message>
      <source>Taal van het venster</source>
      <translation>Window language</translation>
    </message>
    <message>
      <source>Nederlands</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
  </context>
  <context>
    <name>Keuze</name>
    <message>
      <source>Buurthuiskamer</source>
      <translation>Neighbourhood living room</translation>
    </message>
    <message>
      <source>Buurthuis / huis van de wijk</source>
      <translation>Community centre / neighbourhood house</translation>
    </message>
    <message>
      <source>Inloophuis / spreekuur</source>
      <translation>Drop-in centre / advice hours</translation>
    </message>
    <message>
      <source>Speeltuin</source>
      <translation>Playground</translation>
    </message>
    <message>
      <source>Groenplek / moestuin</source>
      <translation>Green space / vegetable garden</translation>
    </message>
    <message>
      <source>Kunstatelier / werkplaats</source>
      <translation>Art studio / workshop</translation>
    </message>
    <message>
      <source>Sportplek / club</source>
      <translation>Sports ground / club</translation>
    </message>
    <message>
      <source>Kerk / moskee / levensbeschouwelijk</source>
      <translation>Church / mosque / faith-based</translation>
    </message>
    <message>
      <source>Zelforganisatie / culturele vereniging</source>
      <translation>Self-organisation / cultural association</translation>
    </message>
    <message>
      <source>Straatvereniging</source>
      <translation>Street association</translation>
    </message>
    <message>
      <source>Wijkonderneming</source>
      <translation>Neighbourhood enterprise</translation>
    </message>
    <message>
      <source>Jongerenplek</source>
      <translation>Youth place</translation>
    </message>
    <message>
      <source>Geen vaste plek</source>
      <translation>No fixed venue</translation>
    </message>
    <message>
      <source>Stichting</source>
      <translation>Foundation</translation>
    </message>
    <message>
      <source>Vereniging</source>
      <translation>Association</translation>
    </message>
    <message>
      <source>Coöperatie</source>
      <translation>Cooperative</translation>
    </message>
    <message>
      <source>Informeel collectief (met penvoerder)</source>
      <translation>Informal group (with a fiscal sponsor)</translation>
    </message>
    <message>
      <source>Onderdeel van andere organisatie</source>
      <translation>Part of another organisation</translation>
    </message>
    <message>
      <source>Anders</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>ANBI</source>
      <translation>ANBI</translation>
    </message>
    <message>
      <source>SBBI</source>
      <translation>SBBI</translation>
    </message>
    <message>
      <source>Nee</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Weet niet</source>
      <translation>Don't know</translation>
    </message>
    <message>
      <source>Eigen bezit</source>
      <translation>Owned</translation>
    </message>
    <message>
      <source>Huur Woonstad</source>
      <translation>Rented from Woonstad</translation>
    </message>
    <message>
      <source>Huur Havensteder</source>
      <translation>Rented from Havensteder</translation>
    </message>
    <message>
      <source>Huur gemeente</source>
      <translation>Rented from the municipality</translation>
    </message>
    <message>
      <source>Huur overig</source>
      <translation>Rented, other</translation>
    </message>
    <message>
      <source>Om niet</source>
      <translation>Free of charge</translation>
    </message>
    <message>
      <source>Medegebruik</source>
      <translation>Shared use</translation>
    </message>
    <message>
      <source>Gepland</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Afgenomen</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>Gecontroleerd</source>
      <translation>Checked</translation>
    </message>
    <message>
      <source>Gestopt</source>
      <translation>Stopped</translation>
    </message>
    <message>
      <source>Ontmoeting / eenzaamheid</source>
      <translation>Meeting people / loneliness</translation>
    </message>
    <message>
      <source>Armoede / schulden</source>
      <translation>Poverty / debt</translation>
    </message>
    <message>
      <source>Voedsel / maaltijden</source>
      <translation>Food / meals</translation>
    </message>
    <message>
      <source>Taal</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Formulierenhulp / spreekuur</source>
      <translation>Help with forms / advice hours</translation>
    </message>
    <message>
      <source>Bewegen / leefstijl</source>
      <translation>Exercise / lifestyle</translation>
    </message>
    <message>
      <source>Sport</source>
      <translation>Sport</translation>
    </message>
    <message>
      <source>Kunst / cultuur / muziek</source>
      <translation>Art / culture / music</translation>
    </message>
    <message>
      <source>Groen / natuur</source>
      <translation>Green / nature</translation>
    </message>
    <message>
      <source>Kinderen</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Jongeren</source>
      <translation>Young people</translation>
    </message>
    <message>
      <source>Opvoeding / gezin</source>
      <translation>Parenting / family</translation>
    </message>
    <message>
      <source>Ouderen</source>
      <translation>Older people</translation>
    </message>
    <message>
      <source>Burenhulp / bezorgen</source>
      <translation>Helping neighbours / deliveries</translation>
    </message>
    <message>
      <source>GGZ / herstel</source>
      <translation>Mental health / recovery</translation>
    </message>
    <message>
      <source>Werk / dagbesteding</source>
      <translation>Work / day activities</translation>
    </message>
    <message>
      <source>Digitale vaardigheden</source>
      <translation>Digital skills</translation>
    </message>
    <message>
      <source>Levensbeschouwing</source>
      <translation>Faith / philosophy of life</translation>
    </message>
    <message>
      <source>Iedereen</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>Kinderen 0-12</source>
      <translation>Children 0-12</translation>
    </message>
    <message>
      <source>Jongeren 12-23</source>
      <translation>Young people 12-23</translation>
    </message>
    <message>
      <source>Volwassenen</source>
      <translation>Adults</translation>
    </message>
    <message>
      <source>Ouderen 65+</source>
      <translation>Older people 65+</translation>
    </message>
    <message>
      <source>Ouders / gezinnen</source>
      <translation>Parents / families</translation>
    </message>
    <message>
      <source>Vrouwen</source>
      <translation>Women</translation>
    </message>
    <message>
      <source>Mannen</source>
      <translation>Men</translation>
    </message>
    <message>
      <source>Nieuwkomers</source>
      <translation>Newcomers</translation>
    </message>
    <message>
      <source>Laag inkomen</source>
      <translation>Low income</translation>
    </message>
    <message>
      <source>Kwetsbare bewoners</source>
      <translation>Vulnerable residents</translation>
    </message>
    <message>
      <source>Mantelzorgers</source>
      <translation>Informal carers</translation>
    </message>
    <message>
      <source>maandag</source>
      <translation>Monday</translation>
    </message>
    <message>
      <source>dinsdag</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <source>woensdag</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <source>donderdag</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <source>vrijdag</source>
      <translation>Friday</translation>
    </message>
    <message>
      <source>zaterdag</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <source>zondag</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <source>Wekelijks</source>
      <translation>Weekly</translation>
    </message>
    <message>
      <source>2-wekelijks</source>
      <translation>Fortnightly</translation>
    </message>
    <message>
      <source>Maandelijks</source>
      <translation>Monthly</translation>
    </message>
    <message>
      <source>Seizoen</source>
      <translation>Seasonal</translation>
    </message>
    <message>
      <source>Eenmalig</source>
      <translation>One-off</translation>
    </message>
    <message>
      <source>Vrijwilligers</source>
      <translation>Volunteers</translation>
    </message>
    <message>
      <source>Professionals</source>
      <translation>Professionals</translation>
    </message>
    <message>
      <source>Gemengd</source>
      <translation>Mixed</translation>
    </message>
    <message>
      <source>Gemeente - bewonersinitiatief</source>
      <translation>Municipality - residents' initiative</translation>
    </message>
    <message>
      <source>Gemeente - Couleur Locale / welzijn</source>
      <translation>Municipality - Couleur Locale / welfare</translation>
    </message>
    <message>
      <source>Gemeente - cultuur</source>
      <translation>Municipality - culture</translation>
    </message>
    <message>
      <source>Gemeente - opdracht / Right to Challenge</source>
      <translation>Municipality - contract / Right to Challenge</translation>
    </message>
    <message>
      <source>Woningcorporatie</source>
      <translation>Housing association</translation>
    </message>
    <message>
      <source>Welzijnsorganisatie</source>
      <translation>Welfare organisation</translation>
    </message>
    <message>
      <source>Vermogensfonds</source>
      <translation>Charitable fund</translation>
    </message>
    <message>
      <source>Zorg / verzekeraar</source>
      <translation>Care / health insurer</translation>
    </message>
    <message>
      <source>Zaalverhuur</source>
      <translation>Room hire</translation>
    </message>
    <message>
      <source>Horeca / verkoop</source>
      <translation>Catering / sales</translation>
    </message>
    <message>
      <source>Deelnemersbijdragen</source>
      <translation>Participant fees</translation>
    </message>
    <message>
      <source>Contributie</source>
      <translation>Membership fees</translation>
    </message>
    <message>
      <source>Donaties / crowdfunding</source>
      <translation>Donations / crowdfunding</translation>
    </message>
    <message>
      <source>Sponsoring</source>
      <translation>Sponsorship</translation>
    </message>
    <message>
      <source>Huur en energie</source>
      <translation>Rent and energy</translation>
    </message>
    <message>
      <source>Activiteiten en materialen</source>
      <translation>Activities and materials</translation>
    </message>
    <message>
      <source>Vrijwilligersvergoedingen</source>
      <translation>Volunteer allowances</translation>
    </message>
    <message>
      <source>Personeel</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Organisatie en administratie</source>
      <translation>Organisation and administration</translation>
    </message>
    <message>
      <source>Overig</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Inkomsten</source>
      <translation>Income</translation>
    </message>
    <message>
      <source>Kosten</source>
      <translation>Costs</translation>
    </message>
    <message>
      <source>Lid</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>Trekker</source>
      <translation>Lead</translation>
    </message>
    <message>
      <source>Deelnemer</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Delen ruimte</source>
      <translation>Sharing space</translation>
    </message>
    <message>
      <source>Doorverwijzen</source>
      <translation>Referring people</translation>
    </message>
    <message>
      <source>Samen activiteit</source>
      <translation>Joint activity</translation>
    </message>
    <message>
      <source>Financiële stroom</source>
      <translation>Money flow</translation>
    </message>
    <message>
      <source>Vrijwilligers delen</source>
      <translation>Sharing volunteers</translation>
    </message>
    <message>
      <source>Kennis</source>
      <translation>Knowledge</translation>
    </message>
    <message>
      <source>1 - kent elkaar</source>
      <translation>1 - know each other</translation>
    </message>
    <message>
      <source>2 - informeel contact</source>
      <translation>2 - informal contact</translation>
    </message>
    <message>
      <source>3 - werkt soms samen</source>
      <translation>3 - work together now and then</translation>
    </message>
    <message>
      <source>4 - structurele samenwerking</source>
      <translation>4 - structural cooperation</translation>
    </message>
    <message>
      <source>Fondsenwerving</source>
      <translation>Fundraising</translation>
    </message>
    <message>
      <source>Subsidieaanvraag</source>
      <translation>Grant application</translation>
    </message>
    <message>
      <source>Bestuursleden</source>
      <translation>Board members</translation>
    </message>
    <message>
      <source>Penningmeester / administratie</source>
      <translation>Treasurer / bookkeeping</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Ruimte</source>
      <translation>Space</translation>
    </message>
    <message>
      <source>Zichtbaarheid</source>
      <translation>Visibility</translation>
    </message>
    <message>
      <source>AVG / juridisch</source>
      <translation>GDPR / legal</translation>
    </message>
    <message>
      <source>Samenwerking</source>
      <translation>Cooperation</translation>
    </message>
    <message>
      <source>Laag</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>Middel</source>
      <translation>Medium</translation>
    </message>
    <message>
      <source>Hoog</source>
      <translation>High</translation>
    </message>
    <message>
      <source>Meting</source>
      <translation>Measurement</translation>
    </message>
    <message>
      <source>Wijkagenda</source>
      <translation>Neighbourhood calendar</translation>
    </message>
    <message>
      <source>Nieuwsbrief</source>
      <translation>Newsletter</translation>
    </message>
    <message>
      <source>Delen met netwerk</source>
      <translation>Sharing with the network</translation>
    </message>
    <message>
      <source>Goed geregeld</source>
      <translation>Well arranged</translation>
    </message>
    <message>
      <source>Redelijk</source>
      <translation>Fair</translation>
    </message>
    <message>
      <source>Kwetsbaar</source>
      <translation>Vulnerable</translation>
    </message>
    <message>
      <source>Onzeker</source>
      <translation>Uncertain</translation>
    </message>
    <message>
      <source>Delfshaven Lokaal</source>
      <translation>Delfshaven Lokaal</translation>
    </message>
    <message>
      <source>Delfshaven Helpt</source>
      <translation>Delfshaven Helpt</translation>
    </message>
    <message>
      <source>Warme Buurthuiskamers</source>
      <translation>Warme Buurthuiskamers</translation>
    </message>
    <message>
      <source>Veerkrachtig BoTu</source>
      <translation>Veerkrachtig BoTu</translation>
    </message>
    <message>
      <source>Netwerk buurthuiskamers Nieuwe Westen</source>
      <translation>Netwerk buurthuiskamers Nieuwe Westen</translation>
    </message>
    <message>
      <source>Huize Middelland</source>
      <translation>Huize Middelland</translation>
    </message>
    <message>
      <source>Groene Connectie</source>
      <translation>Groene Connectie</translation>
    </message>
    <message>
      <source>Armoedeplatform</source>
      <translation>Armoedeplatform</translation>
    </message>
    <message>
      <source>Netwerk van inloopspreekuren</source>
      <translation>Netwerk van inloopspreekuren</translation>
    </message>
    <message>
      <source>Platform tegen Eenzaamheid</source>
      <translation>Platform tegen Eenzaamheid</translation>
    </message>
    <message>
      <source>Leerwerkgemeenschap GGZ</source>
      <translation>Leerwerkgemeenschap GGZ</translation>
    </message>
  </context>
  <context>
    <name>Onderdeel</name>
    <message>
      <source>Algemeen</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Meting</source>
      <translation>Measurement</translation>
    </message>
    <message>
      <source>Activiteiten</source>
      <translation>Activities</translation>
    </message>
    <message>
      <source>Vrijwilligers en personeel</source>
      <translation>Volunteers and staff</translation>
    </message>
    <message>
      <source>Financiën</source>
      <translation>Finances</translation>
    </message>
    <message>
      <source>Duurzaamheid</source>
      <translation>Sustainability</translation>
    </message>
    <message>
      <source>Netwerk</source>
      <translation>Network</translation>
    </message>
    <message>
      <source>Behoeften</source>
      <translation>Needs</translation>
    </message>
    <message>
      <source>Notities</source>
      <translation>Notes</translation>
    </message>
  </context>
</TS>
