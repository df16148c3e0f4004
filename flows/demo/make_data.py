"""Write the bundled demo data for the "stikstof en landbouw" opgave.

Every text below was written for antennes; the outlets, people and handles are fictional, the
organisations named are only mentioned. The script is deterministic (no randomness, fixed
timestamps), so running it again reproduces byte-identical files under ``flows/demo/data/``.
Run: ``.venv/bin/python flows/demo/make_data.py``. See ``flows/demo/data/README.md`` for the stories
built into the data (the mest shift on 2026-10-25, the uitkoop improvement after 2026-11-10, ...).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import uuid
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")
DATA = Path(__file__).resolve().parent / "data"
NS = uuid.UUID("5f0c1e2a-7d1b-4c1e-9a55-2b8f0d7a1c11")

# ---------------------------------------------------------------------------------------------
# News feeds: (feed, "MM-DD HH:MM" local time, author, title, body). A body starting with "<p>"
# is HTML and stays HTML in the feed, so the harvester's HTML-to-text gets exercised.
# ---------------------------------------------------------------------------------------------
B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"

NEWS: list[tuple[str, str, str, str, str]] = [
    # ---- De Boerderijbode (vakblad, voice of boeren) ----
    (B, "09-20 08:15", "Jan Kroeze", "Mestverwerkingsplan moet ruimte geven aan melkveehouders",
     "Het ministerie van LVVN werkt aan een mestverwerkingsplan dat boeren meer mogelijkheden moet geven "
     "om mest op of bij het eigen bedrijf te verwerken. Volgens ingewijden komt er subsidie voor kleine "
     "installaties en een snellere procedure voor de vergunning. LTO noemt de plannen een hoopvol begin. "
     "De landbouwminister presenteert de details naar verwachting eind oktober."),
    (B, "09-22 10:40", "Marieke Slot", "Coöperatie De Groene Weide wil mestverwerker bouwen in de Achterhoek",
     "<p>Coöperatie De Groene Weide, een samenwerkingsverband van 140 melkveehouders, wil in de "
     "Achterhoek een installatie voor mestverwerking bouwen. De mest wordt daar omgezet in mineralen&nbsp;"
     "en groen gas.</p><p>\"Als melkveehouder ben ik blij dat we het zelf in handen nemen\", zegt "
     "bestuurslid Wim Hulshof. Meer informatie staat op "
     "<a href=\"https://www.degroeneweide.example/mestverwerking\">de site van de coöperatie</a>.</p>"),
    (B, "09-24 07:55", "Henk Wolters", "PAS-melders wachten nog altijd op legalisatie",
     "Ruim drieduizend PAS-melders hebben nog altijd geen natuurvergunning, jaren nadat de overheid "
     "legalisatie beloofde. Veel bedrijven kunnen daardoor niet investeren of overdragen. \"Wij boeren "
     "zijn het wachten spuugzat\", zegt melkveehouder Gerrit Jansen uit Barneveld. LTO eist dat de "
     "provincies dit najaar met een concreet tijdpad komen."),
    (B, "09-26 09:10", "Marieke Slot", "Mestafzetprijzen stabiel in september",
     "De prijzen voor de afzet van rundveemest zijn in september nauwelijks veranderd ten opzichte van "
     "augustus. Intermediairs melden een rustige markt door het droge weer, waardoor er veel mest kon "
     "worden uitgereden. Voor varkensmest ligt de prijs iets hoger dan vorig jaar."),
    (B, "09-29 11:25", "Jan Kroeze", "Gelderland opent loket voor uitkoop piekbelasters",
     "Provincie Gelderland heeft een loket geopend voor veehouders rond de Veluwe die willen deelnemen "
     "aan de uitkoopregeling voor piekbelasters. Ondernemers kunnen een vrijblijvend gesprek aanvragen "
     "over de waarde van hun bedrijf. Veel boeren zijn sceptisch over de uitkoop: de vergoeding geldt "
     "als te laag en de "
     "voorwaarden als streng. \"Ik voel me niet gehoord\", zegt een varkenshouder uit Ede."),
    (B, "10-01 14:00", "Henk Wolters", "Jonge boeren zoeken toekomst in kringlooplandbouw",
     "Steeds meer jonge boeren experimenteren met kringlooplandbouw, waarbij mest, voer en bodem op "
     "elkaar worden afgestemd. Ze zien het als een kans, maar zijn onzeker over de regels van de komende "
     "jaren. \"Wij jongeren willen best veranderen, als de overheid maar eens duidelijk is\", zegt "
     "Lotte van Dijk (24), die het bedrijf van haar ouders wil overnemen."),
    (B, "10-03 08:30", "Marieke Slot", "Stichting Veenweide Vitaal start proef met hogere waterstand",
     "In het veenweidegebied bij Woerden begint Stichting Veenweide Vitaal met een proef waarbij de "
     "waterstand op zes percelen wordt verhoogd. Dat moet de uitstoot van broeikasgassen en de "
     "bodemdaling beperken. Deelnemende melkveehouders krijgen een vergoeding voor gemiste opbrengst. "
     "De stichting wil na twee jaar de resultaten delen met de hele sector."),
    (B, "10-06 10:05", "Jan Kroeze", "Melkprijs licht omhoog, lagere kosten voor mestafzet",
     "Zuivelcoöperaties betalen in oktober iets meer voor melk dan in september. Tegelijk dalen de "
     "kosten voor mestafzet licht, doordat meer mest in de regio verwerkt wordt. Melkveehouders reageren "
     "voorzichtig positief. Rabobank verwacht dat de marges dit jaar beter zijn dan vorig jaar."),
    (B, "10-10 13:45", "Henk Wolters", "Varkenshouders twijfelen over stoppersregeling",
     "Een peiling onder 300 varkenshouders laat zien dat bijna de helft twijfelt over deelname aan de "
     "stoppersregeling. Vooral oudere ondernemers zonder opvolger overwegen te stoppen. \"Ik ben "
     "varkenshouder in de derde generatie en dit voelt als opgeven\", zegt een deelnemer. De regeling "
     "sluit op 31 december."),
    (B, "10-14 09:00", "Marieke Slot", "Proef met mestverwerking op de boerderij levert goede resultaten op",
     "Een proef met kleinschalige mestverwerking op vier melkveebedrijven in Overijssel laat goede "
     "resultaten zien. De installaties scheiden de mest in een dunne en een dikke fractie, waardoor er "
     "minder hoeft te worden afgevoerd. De deelnemers zijn enthousiast. De kosten van een installatie "
     "liggen wel boven de twee ton."),
    (B, "10-17 16:20", "Jan Kroeze", "LTO: mestverwerkingsplan is een stap in de goede richting",
     "LTO Nederland noemt de contouren van het mestverwerkingsplan van de landbouwminister een stap in "
     "de goede richting. De organisatie wil wel garanties dat de subsidie niet na een jaar weer "
     "verdwijnt. Volgens @LTONederland kan lokale mestverwerking de druk op de mestmarkt flink verlagen."),
    (B, "10-21 08:05", "Henk Wolters", "Subsidie voor mestverwerking opengesteld",
     "<p>Vanaf vandaag kunnen veehouders subsidie aanvragen voor een installatie voor mestverwerking. "
     "Er is in totaal 120 miljoen euro beschikbaar.</p><p>Melkveehouder Bart Ruiter uit Lochem is "
     "opgelucht: \"Eindelijk goed nieuws over mest. Dit geeft ons perspectief.\" Aanvragen gaan via "
     "<a href=\"https://www.rvo-loket.example/mestverwerking\">het loket</a> &amp; de eigen "
     "adviseur.</p>"),
    (B, "10-23 12:30", "Marieke Slot", "Veehouders hopen op duidelijkheid over mestplafond",
     "Zondag maakt de landbouwminister het besluit over het mestplafond en de derogatie bekend. In de "
     "sector wordt gehoopt op een geleidelijk pad. \"Als het plan voor mestverwerking doorgaat, kunnen "
     "we veel opvangen\", zegt een akkerbouwer uit Zeeland die mest afneemt van veehouders."),
    (B, "10-25 17:40", "Marieke Slot", "Boeren woedend over vervroegd einde derogatie",
     "De reacties op het mestbesluit van de landbouwminister zijn fel. Boeren zijn woedend dat de "
     "derogatie een jaar eerder verdwijnt en het mestplafond omlaag gaat. \"Dit is schandalig, we hebben "
     "net geïnvesteerd op basis van afspraken die nu niets meer waard zijn\", zegt melkveehouder Erik "
     "Visscher uit Friesland. LTO spreekt van een rampzalig besluit voor het boerengezin."),
    (B, "10-26 09:20", "Jan Kroeze", "Rabobank: derogatiebesluit raakt melkveehouders hard",
     "Rabobank verwacht dat het vervroegde einde van de derogatie de kosten voor een gemiddeld "
     "melkveebedrijf met tienduizenden euro's per jaar verhoogt. Vooral bedrijven met veel koeien per "
     "hectare komen in de problemen. De bank roept klanten op tijdig contact op te nemen. Melkveehouders "
     "reageren teleurgesteld en onzeker."),
    (B, "10-26 15:10", "Henk Wolters", "Mestafzetprijzen schieten omhoog na besluit",
     "Een dag na het mestbesluit melden intermediairs dat de prijzen voor mestafzet voor het voorjaar "
     "fors zijn gestegen. Sommige veehouders krijgen helemaal geen contract meer. \"Dit is slecht "
     "nieuws voor iedereen die op mestafzet rekende\", zegt een loonwerker uit Drenthe."),
    (B, "10-27 11:00", "Marieke Slot", "BoerenKollektief roept op tot actie",
     "Het nieuwe actiecollectief @BoerenKollektief roept boeren op om woensdag met trekkers naar Den "
     "Haag te rijden. Het collectief is boos over het mestbesluit en noemt het beleid belachelijk. FDF "
     "en Agractie steunen de actie. LTO neemt niet deel maar zegt begrip te hebben voor de woede."),
    (B, "10-28 18:30", "Jan Kroeze", "Duizenden trekkers in Den Haag",
     "<p>Duizenden boeren zijn woensdag met hun trekkers naar Den Haag gereden uit protest tegen het "
     "mestbesluit. De sfeer was grimmig maar grotendeels vreedzaam.</p><p>\"Wij boeren laten ons niet "
     "kapotmaken\", riep een spreker van @BoerenKollektief. Een varkenshouder uit Brabant: \"Ik ben hier "
     "omdat ik me in de steek gelaten voel.\"</p>"),
    (B, "10-30 07:45", "Henk Wolters", "Melkveehouder Anja de Boer: 'Ik weet niet hoe we dit redden'",
     "Anja de Boer runt met haar man een melkveebedrijf met 110 koeien in Gelderland. Door het einde van "
     "de derogatie moet ze duizenden kubieke meters mest extra afvoeren, wat ze oneerlijk vindt. \"Ik "
     "ben bang dat we over twee "
     "jaar moeten stoppen. Het voelt oneerlijk en zinloos\", zegt ze. Haar dochter wilde het bedrijf "
     "overnemen, maar twijfelt nu."),
    (B, "11-03 10:15", "Marieke Slot", "NMV eist compensatie voor derogatieverlies",
     "De Nederlandse Melkveehouders Vakbond eist dat het kabinet melkveehouders compenseert voor de "
     "gevolgen van het vervroegde einde van de derogatie. Volgens de NMV is de schade voor de sector "
     "honderden miljoenen euro's. De vakbond dreigt met een rechtszaak als er geen regeling komt."),
    (B, "11-06 14:35", "Jan Kroeze", "Coöperatie De Groene Weide legt mestverwerker op ijs",
     "Coöperatie De Groene Weide stopt voorlopig met de plannen voor een installatie voor mestverwerking "
     "in de Achterhoek. Door het lagere mestplafond en de onzekerheid over de regels is de business case "
     "onzeker geworden. \"Heel teleurstellend, we waren er zo dichtbij\", zegt bestuurslid Wim Hulshof."),
    (B, "11-12 08:50", "Marieke Slot", "Boeren positiever over verruimde LBV-plus",
     "Na de verruiming van de uitkoopregeling zijn boeren duidelijk positiever. Op informatieavonden in "
     "Gelderland en Overijssel was het druk. \"Eindelijk een eerlijke vergoeding\", zegt een "
     "pluimveehouder uit Barneveld. Ook jonge boeren die willen verplaatsen in plaats van stoppen zijn "
     "blij met de nieuwe mogelijkheden."),
    (B, "11-16 11:30", "Henk Wolters", "Aanmeldingen uitkoopregeling verdubbeld",
     "Het aantal aanmeldingen voor de LBV-plus is in een week verdubbeld, meldt de provincie. Vooral "
     "piekbelasters rond de Veluwe en de Peel tonen interesse. Adviseurs spreken van een positieve "
     "omslag rond de uitkoopregeling. \"Als veehouder kijk ik er nu serieus naar, voor het eerst\", "
     "zegt een boer uit Putten."),
    (B, "11-19 09:40", "Jan Kroeze", "Mestfraude: drie bedrijven aangehouden",
     "De inspectie heeft drie bedrijven aangehouden op verdenking van mestfraude. Ze zouden mest "
     "hebben afgevoerd naar percelen die daarvoor geen ruimte hadden. LTO noemt fraude onacceptabel en "
     "slecht voor het imago van alle boeren. Tegelijk wijst de organisatie erop dat de hoge kosten van "
     "mestafzet fraude aantrekkelijker maken."),
    (B, "11-23 13:05", "Marieke Slot", "Jonge boeren: zonder derogatie geen toekomst",
     "Op een bijeenkomst van jonge boeren in Zwolle overheerste de somberheid. Zonder derogatie zien "
     "velen geen toekomst voor een melkveebedrijf met grasland. \"Wij jonge boeren worden opgezadeld "
     "met een probleem dat we niet hebben gemaakt\", zegt Sem Bakker (27). Sommigen kijken hoopvol "
     "naar verplaatsing met de uitkoopregeling."),
    (B, "11-26 16:00", "Henk Wolters", "Provincie Gelderland presenteert gebiedsplan Veluwe",
     "Provincie Gelderland heeft het gebiedsplan voor de Veluwe gepresenteerd. Het plan combineert "
     "natuurherstel, uitkoop van piekbelasters en ruimte voor extensieve landbouw. Boeren reageren "
     "verdeeld. De uitkoopregeling wordt positief ontvangen. Over de mestregels blijft veel onvrede."),
    (B, "11-28 10:20", "Jan Kroeze", "Melkveehouders zoeken alternatieven voor derogatie",
     "Nu de derogatie per 1 januari verdwijnt, zoeken melkveehouders naarstig naar alternatieven. Sommigen "
     "pachten extra grond, anderen verkleinen de veestapel. Adviseurs melden dat de stemming slecht is. "
     "\"Niemand is blij met de keuzes die we nu moeten maken\", zegt een melkveehouder uit Twente."),
    # ---- Dagblad Nederland (landelijk nieuws, Atom) ----
    (D, "09-20 06:30", "Sanne de Wit", "RIVM: stikstofneerslag op natuur daalt langzaam",
     "De hoeveelheid stikstof die op kwetsbare natuur neerslaat, daalt langzaam maar gestaag. Dat blijkt "
     "uit nieuwe cijfers van het RIVM. Op ruim zestig procent van de stikstofgevoelige natuur ligt de "
     "neerslag nog altijd boven de kritische depositiewaarde. Het instituut waarschuwt dat het tempo "
     "te laag is om de doelen voor 2035 te halen."),
    (D, "09-21 12:15", "Pieter Verhoef", "Kabinet wil mestprobleem aanpakken met verwerkingsplan",
     "Het kabinet wil het overschot aan mest verkleinen door veel meer mest te laten verwerken. Dat "
     "staat in een brief die de landbouwminister naar de Kamer heeft gestuurd. Er komt onder meer geld "
     "voor installaties bij boerderijen en voor onderzoek naar kunstmestvervangers. De sector reageert "
     "gematigd positief."),
    (D, "09-25 08:00", "Yasmina El Idrissi", "Duizenden woningen wachten op natuurvergunning",
     "In Nederland wachten naar schatting achtduizend woningen op een natuurvergunning voordat de bouw "
     "kan beginnen. Dat blijkt uit een rondgang langs gemeenten. Vooral rond de Veluwe en in Noord-"
     "Brabant lopen projecten vertraging op. Gemeenten noemen de situatie zorgelijk."),
    (D, "09-28 19:00", "Sanne de Wit", "Waarom de stikstofcrisis nog lang niet voorbij is",
     "<p>Vijf jaar na de eerste grote uitspraak over de stikstofregels is het probleem niet opgelost. "
     "Woningbouw, wegenaanleg en landbouw concurreren om dezelfde schaarse stikstofruimte.</p>"
     "<p>In deze analyse zetten we op een rij wat er is bereikt &amp; wat niet: van de uitkoop van "
     "piekbelasters tot de <a href=\"https://www.dagbladnederland.example/dossier/stikstof\">discussie "
     "over de rekenkundige ondergrens</a>.</p>"),
    (D, "10-02 10:45", "Pieter Verhoef", "Greenpeace stapt opnieuw naar de rechter over natuurherstel",
     "Greenpeace Nederland heeft de Staat opnieuw gedagvaard omdat het natuurherstel te traag zou "
     "gaan. De organisatie wil dat de rechter het kabinet dwingt om sneller maatregelen te nemen rond "
     "kwetsbare natuurgebieden. Het ministerie van LVVN laat weten het verzoek te bestuderen."),
    (D, "10-05 07:30", "Yasmina El Idrissi", "Dorpen op de Veluwe vrezen leegloop",
     "In dorpen rond de Veluwe groeit de zorg over de toekomst. Als boerenbedrijven verdwijnen en er "
     "nauwelijks nieuwbouw komt, trekken jonge gezinnen weg, vrezen inwoners. \"Als dorpsbewoner zie ik "
     "de school en de voetbalclub krimpen\", zegt Marjan Pol uit Uddel. Toch zijn er ook inwoners die "
     "blij zijn met minder stank en verkeer."),
    (D, "10-09 09:15", "Sanne de Wit", "Bouwprojecten in Gelderland stilgelegd na uitspraak",
     "Na de uitspraak van de Raad van State over intern salderen liggen in Gelderland zeker veertig "
     "bouwprojecten stil. Gemeenten moeten opnieuw beoordelen of een natuurvergunning nodig is. "
     "Bouwend Nederland spreekt van een feitelijke bouwstop in delen van de provincie."),
    (D, "10-13 14:20", "Pieter Verhoef", "MOB start procedure tegen wegverbreding bij Ede",
     "Mobilisation for the Environment is een procedure begonnen tegen de geplande wegverbreding bij "
     "Ede. Volgens MOB is onvoldoende onderzocht wat de extra uitstoot betekent voor de Veluwe. De "
     "provincie Gelderland zegt vertrouwen te hebben in de onderbouwing met AERIUS."),
    (D, "10-16 11:00", "Yasmina El Idrissi", "Studenten vinden geen kamer; stikstof speelt mee",
     "De woningnood onder studenten in Wageningen, Nijmegen en Arnhem is groter dan ooit. Een deel van "
     "de geplande nieuwbouw voor studenten ligt stil door problemen met stikstof. \"Als student slaap ik "
     "nu op de bank bij vrienden\", zegt Noor (20). Studentenorganisaties noemen de situatie onhoudbaar."),
    (D, "10-20 16:35", "Sanne de Wit", "Mestverwerkingsplan krijgt brede steun in de Kamer",
     "Een meerderheid van de Tweede Kamer steunt het plan van de landbouwminister om mestverwerking te "
     "stimuleren. Tijdens een commissiedebat spraken zowel coalitie als oppositie van een goede eerste "
     "stap. Wel zijn er vragen over de uitvoering en de kosten voor de schatkist."),
    (D, "10-25 20:10", "Yasmina El Idrissi", "Oppositie en boerenorganisaties reageren fel op mestbesluit",
     "Het besluit om de derogatie eerder te beëindigen en het mestplafond te verlagen, stuit op felle "
     "kritiek. Boerenorganisaties noemen het besluit schandalig en rampzalig. Natuurorganisaties zijn "
     "juist positief: zij noemen het terecht dat de overheid eindelijk doorpakt om het grondwater te "
     "beschermen. Oppositiepartijen willen op korte termijn een debat."),
    (D, "10-26 06:45", "Sanne de Wit", "Wat betekent het einde van de derogatie voor de melkveehouder?",
     "Met derogatie mochten melkveehouders meer dierlijke mest op hun grasland gebruiken dan de "
     "Europese norm. Nu die uitzondering eerder verdwijnt, moeten zij meer mest afvoeren of minder koeien "
     "houden. Dat kost geld: mestafzet is duur en de prijzen stijgen. Vooral intensieve bedrijven op "
     "zandgrond worden geraakt. In dit artikel leggen we stap voor stap uit hoe het zit."),
    (D, "10-27 13:30", "Pieter Verhoef", "Boerenprotest aangekondigd, politie bereidt zich voor",
     "De politie bereidt zich voor op een groot boerenprotest in Den Haag op woensdag. Actiegroepen, "
     "waaronder FDF en het nieuwe @BoerenKollektief, verwachten duizenden trekkers. De gemeente heeft "
     "een noodverordening voorbereid en raadt automobilisten aan om de snelweg rond de stad te mijden."),
    (D, "10-28 12:00", "Yasmina El Idrissi", "Trekkers blokkeren snelwegen rond Den Haag",
     "Honderden trekkers hebben woensdagochtend de snelweg richting Den Haag geblokkeerd. Er ontstonden "
     "files van in totaal meer dan 900 kilometer. De meeste actievoerders hielden zich aan de afspraken, "
     "maar er werden elf mensen aangehouden. Veel automobilisten reageerden boos, anderen toeterden "
     "juist uit steun."),
    (D, "10-29 22:05", "Sanne de Wit", "Kamerdebat over mest loopt uit op verhitte discussie",
     "Het debat over het mestbesluit in de Tweede Kamer verliep woensdagavond verhit. De landbouwminister "
     "verdedigde het besluit met een verwijzing naar de slechte waterkwaliteit en de afspraken met "
     "Brussel. Kamerleden van meerdere fracties dienden moties in om het besluit uit te stellen. De "
     "stemmingen zijn volgende week."),
    (D, "11-02 08:20", "Pieter Verhoef", "Landbouwminister houdt vast aan mestbesluit",
     "Ondanks de protesten houdt de landbouwminister vast aan het vervroegde einde van de derogatie. In "
     "een interview zegt de minister begrip te hebben voor de zorgen van boeren, maar geen ruimte te "
     "zien om het besluit terug te draaien. Wel komt er een regeling voor bedrijven die in acute "
     "financiële nood raken."),
    (D, "11-04 15:50", "Yasmina El Idrissi", "Kabinet kondigt bouwvrijstelling aan voor woningbouw",
     "Het kabinet wil de bouwfase van woningbouwprojecten tijdelijk vrijstellen van de plicht om "
     "stikstof te berekenen, mits er elders stikstof wordt teruggebracht. Met deze bouwvrijstelling moeten "
     "stilgelegde projecten weer van start kunnen. Bouwend Nederland is voorzichtig positief, "
     "natuurorganisaties zijn kritisch."),
    (D, "11-07 10:10", "Sanne de Wit", "Natuurorganisaties kritisch over bouwvrijstelling",
     "Natuurmonumenten en Greenpeace zijn kritisch over de nieuwe bouwvrijstelling. Zij vrezen dat de "
     "regeling opnieuw bij de rechter sneuvelt, net als eerdere vrijstellingen. MOB heeft al laten weten "
     "de regeling te zullen aanvechten. Het ministerie stelt dat de vrijstelling juridisch beter is "
     "onderbouwd dan eerdere versies."),
    (D, "11-13 09:35", "Pieter Verhoef", "Eerste boeren melden zich voor verruimde uitkoopregeling",
     "Een week na de verruiming van de uitkoopregeling melden de eerste boeren zich bij de provincies. "
     "Volgens Provincie Gelderland zijn er al meer dan tweehonderd gesprekken gepland. Ook Rabobank ziet "
     "meer belangstelling onder klanten. Het is nog te vroeg om te zeggen hoeveel stikstof dit oplevert."),
    (D, "11-17 17:25", "Yasmina El Idrissi", "Rechter: natuurherstel op de Veluwe moet sneller",
     "De rechtbank heeft Greenpeace Nederland gedeeltelijk gelijk gegeven in de zaak over natuurherstel. "
     "De Staat moet binnen een jaar aantoonbaar meer doen om de stikstofneerslag op de Veluwe te "
     "verlagen. Het kabinet bestudeert het vonnis. Natuurorganisaties zijn opgetogen, boerenorganisaties "
     "vrezen nieuwe maatregelen."),
    (D, "11-21 11:40", "Sanne de Wit", "Brussel wil niet opnieuw praten over derogatie",
     "De Europese Commissie ziet geen aanleiding om opnieuw met Nederland te onderhandelen over de "
     "derogatie. Dat blijkt uit een brief die de landbouwminister naar de Kamer heeft gestuurd. Daarmee "
     "lijkt de laatste hoop van melkveehouders op uitstel te zijn vervlogen. LTO noemt het bericht "
     "bitter en teleurstellend."),
    (D, "11-25 14:15", "Pieter Verhoef", "Raad van State behandelt zaak van PAS-melders",
     "De Raad van State heeft dinsdag een zaak behandeld van een groep PAS-melders die al jaren op "
     "legalisatie wachten. Hun advocaat sprak van een schrijnende situatie. De uitspraak wordt in het "
     "voorjaar verwacht. Ondertussen blijven veel bedrijven zonder geldige natuurvergunning."),
    (D, "11-28 09:00", "Sanne de Wit", "Stikstofbeleid: de balans na tien roerige weken",
     "<p>Tien weken stikstofnieuws: van een hoopvol mestverwerkingsplan tot het harde mestbesluit van "
     "25 oktober, van een bouwstop in Gelderland tot een nieuwe bouwvrijstelling.</p><p>Wij zetten de "
     "belangrijkste ontwikkelingen op een rij, met reacties van boeren, bouwers, natuurbeschermers "
     "&amp; bewoners. <a href=\"https://www.dagbladnederland.example/dossier/stikstof\">Lees het hele "
     "dossier</a>.</p>"),
    # ---- Groen Kompas (natuurblog, voice of natuurbeschermers) ----
    (G, "09-20 19:30", "Eva Lindeboom", "Heideherstel op de Veluwe: de eerste resultaten zijn hoopvol",
     "Twee jaar geleden werd op de Veluwe een proef gestart met het afplaggen van vergraste heide. Deze "
     "zomer bloeide er weer dopheide en zagen we de eerste heivlinders terug. Als natuurliefhebber word "
     "ik daar echt blij van. Het laat zien dat natuurherstel werkt als je de stikstof maar omlaag krijgt."),
    (G, "09-23 21:00", "Thijs Haverkamp", "Als boswachter zie ik de heide elk jaar vergrassen",
     "<p>Ik werk nu vijftien jaar als boswachter en elk jaar zie ik meer pijpenstrootje en minder "
     "heide. Het is frustrerend om te zien hoe langzaam de stikstof daalt.</p><p>Wie het zelf wil zien: "
     "loop eens de route over het <a href=\"https://www.groenkompas.example/routes/heideveld\">Heideveld"
     "</a>. Neem een verrekijker mee &amp; kijk goed naar de randen.</p>"),
    (G, "09-27 18:15", "Eva Lindeboom", "Vogeltelling: de grutto heeft het zwaar",
     "Bij de najaarstelling in het veenweidegebied telden vrijwilligers opnieuw minder weidevogels. De "
     "grutto doet het slecht, vooral op percelen waar vroeg gemaaid wordt. Als vogelaar ben ik "
     "bezorgd. Gelukkig zijn er ook boeren die hun percelen later maaien en daar gaat het beter."),
    (G, "10-01 20:40", "Thijs Haverkamp", "Natuurmonumenten: natuurherstel kan niet langer wachten",
     "Natuurmonumenten heeft een petitie gestart waarin het kabinet wordt opgeroepen om vast te houden "
     "aan de doelen voor natuurherstel. De organisatie wijst erop dat de biodiversiteit in Natura "
     "2000-gebieden blijft achteruitgaan. Ik heb de petitie getekend en hoop dat velen volgen."),
    (G, "10-04 10:00", "Eva Lindeboom", "Een wandeling door stikstofgevoelige natuur",
     "Op een zonnige zaterdag liep ik door de Kampina, een van de mooiste heidegebieden van Brabant. "
     "Tussen de vennen groeit nog zonnedauw, maar ook steeds meer brandnetels en bramen. Een ecoloog die "
     "ik onderweg sprak, noemde het een tweedeling: prachtige plekken naast verruigde stukken."),
    (G, "10-09 08:45", "Thijs Haverkamp", "De uitspraak van de Raad van State is goed nieuws voor de natuur",
     "De Raad van State heeft bepaald dat intern salderen niet zonder natuurvergunning mag. Voor de "
     "natuur is dat goed nieuws: uitstoot die op papier wordt weggestreept, blijft gewoon neerslaan. Ik "
     "begrijp dat bouwers teleurgesteld zijn, maar de schuld ligt bij een overheid die jarenlang op "
     "papieren oplossingen heeft vertrouwd."),
    (G, "10-13 19:20", "Eva Lindeboom", "Waarom wij natuurliefhebbers de procedure van MOB steunen",
     "Veel mensen vinden MOB lastig, maar wij natuurliefhebbers zijn blij dat iemand de regels "
     "handhaaft. Een wegverbreding naast de Veluwe zonder goede berekening is gewoon niet verstandig. "
     "Als de overheid haar werk goed doet, hoeft MOB niet naar de rechter."),
    (G, "10-18 11:30", "Thijs Haverkamp", "Stichting Veenweide Vitaal: natter veen, minder uitstoot",
     "Ik bezocht de proefpercelen van Stichting Veenweide Vitaal bij Woerden. Door het hogere waterpeil "
     "krijgen moerasplanten en weidevogels weer een kans. Het mooie is dat boeren en natuurbeschermers "
     "hier samen optrekken. Dit is het soort natuurherstel waar ik hoopvol van word."),
    (G, "10-22 20:05", "Eva Lindeboom", "Mestverwerking: oplossing of schijnoplossing?",
     "Het mestverwerkingsplan van het kabinet klinkt sympathiek, en ik zie er zeker positieve kanten "
     "aan. Maar verwerken lost het probleem van te veel dieren niet op. Ecologen waarschuwen dat de "
     "ammoniak niet verdwijnt door mest anders te verwerken. Toch: beter dan niets."),
    (G, "10-26 07:50", "Thijs Haverkamp", "Minder mest, schoner grondwater: een terecht besluit",
     "Het vervroegde einde van de derogatie is voor veel boeren een harde klap, dat besef ik. Maar "
     "voor het grondwater en de natuur is het een terecht besluit. Nederland heeft jaren uitstel gekregen "
     "en het nitraat in het water is nog altijd te hoog. Nu moet de overheid boeren wel eerlijk helpen."),
    (G, "10-30 21:10", "Eva Lindeboom", "Boerenprotest: begrip, maar geen reden voor uitstel",
     "Ik snap de woede van boeren die met hun trekkers naar Den Haag reden. Niemand wil zijn bedrijf "
     "verliezen. Maar als natuurbeschermer ben ik bang dat de politiek nu weer gaat schuiven met "
     "deadlines. Uitstel is slecht voor de natuur en uiteindelijk ook voor de boeren zelf."),
    (G, "11-03 19:45", "Thijs Haverkamp", "Teleurgesteld over nieuw uitstel van natuurdoelen",
     "Het kabinet schuift een deel van de tussendoelen voor natuurherstel opnieuw vooruit. Ik ben "
     "daar diep teleurgesteld over. Elk jaar uitstel betekent meer verlies van kwetsbare soorten. "
     "Natuurorganisaties noemen het besluit onbegrijpelijk."),
    (G, "11-05 12:25", "Eva Lindeboom", "Bouwvrijstelling: slecht nieuws voor de heide",
     "<p>De nieuwe bouwvrijstelling klinkt praktisch, maar het blijft stikstof die op de natuur "
     "neerslaat. Voor de heide is dit slecht nieuws.</p><p>Ook juristen twijfelen of de regeling "
     "standhoudt. Lees de <a href=\"https://www.groenkompas.example/analyse/bouwvrijstelling\">analyse "
     "van onze gastschrijver</a>, een ecoloog &amp; jurist.</p>"),
    (G, "11-09 18:40", "Thijs Haverkamp", "Ecologen: kritische depositiewaarde blijft ver buiten bereik",
     "Een groep ecologen heeft berekend dat op de meeste heidegebieden de kritische depositiewaarde "
     "ook in 2035 niet wordt gehaald bij het huidige beleid. Dat is zorgelijk. Ze pleiten voor "
     "gerichte uitkoop van piekbelasters rond de kwetsbaarste gebieden."),
    (G, "11-12 20:15", "Eva Lindeboom", "Uitkoop van piekbelasters: eindelijk tempo",
     "De verruiming van de LBV-plus is goed nieuws, ook voor de natuur. Als meer piekbelasters rond de "
     "Veluwe vrijwillig stoppen, daalt de stikstofneerslag precies waar het nodig is. Ik ben blij dat "
     "het kabinet nu eens kiest voor iets wat werkt en ook voor boeren eerlijk voelt."),
    (G, "11-15 09:30", "Thijs Haverkamp", "Biodiversiteit in de berm: een lichtpuntje",
     "Steeds meer gemeenten maaien hun bermen ecologisch. In onze gemeente telden vrijwilligers dit jaar "
     "veertig soorten wilde bijen. Het is een klein succes, maar wel een mooi voorbeeld van hoe het wel "
     "kan. Als natuurliefhebber word ik hier echt vrolijk van."),
    (G, "11-18 07:55", "Eva Lindeboom", "Greenpeace wint zaak over natuurherstel: terecht en hoopvol",
     "De rechter heeft Greenpeace gelijk gegeven: de Staat moet sneller werken aan natuurherstel op de "
     "Veluwe. Dat vind ik een terechte uitspraak. Eindelijk wordt duidelijk dat natuurdoelen geen "
     "vrijblijvende wensen zijn. Nu hoop ik dat het kabinet niet in hoger beroep gaat."),
    (G, "11-22 17:00", "Thijs Haverkamp", "Een vogelaar in de Peel: het hoogveen herstelt",
     "In de Peel zag ik vorige week een klapekster en een groep kraanvogels. Het hoogveen herstelt "
     "langzaam dankzij vernatting en minder stikstof uit de omgeving. Het is nog broos, maar ik ben "
     "positief gestemd."),
    (G, "11-25 21:30", "Eva Lindeboom", "Weer uitstel voor gebiedsplan: rampzalig voor de natuur",
     "Een aantal provincies heeft aangekondigd dat hun gebiedsplannen opnieuw later komen. Voor de "
     "natuur is dat rampzalig. Wij natuurbeschermers zijn het eindeloze uitstel meer dan zat. Gelukkig "
     "laat Provincie Gelderland zien dat het wel kan."),
    (G, "11-28 15:45", "Thijs Haverkamp", "Tien weken stikstofnieuws door een groene bril",
     "Wat een najaar. De uitspraak van de Raad van State, het mestbesluit, de bouwvrijstelling en de "
     "winst van Greenpeace bij de rechter. Als boswachter zie ik vooral dat de heide niet wacht op "
     "politiek. Mijn voorzichtige conclusie: er gebeurt meer dan een jaar geleden, maar nog lang niet "
     "genoeg."),
    # ---- De Bouwkrant (vakblad bouw, voice of bouwers) ----
    (K, "09-21 09:30", "Ruud Brandsma", "Bouwsector kijkt met zorg naar schaarse stikstofruimte",
     "De bouwsector maakt zich zorgen over de beschikbare stikstofruimte voor nieuwe projecten. "
     "Volgens Bouwend Nederland is de ruimte die de overheid beschikbaar stelt te klein om de "
     "woningbouwdoelen te halen. Aannemers zien de orderportefeuille voor volgend jaar krimpen."),
    (K, "09-24 13:10", "Ilse Koster", "Aannemers wachten maanden op natuurvergunning",
     "Voor een gemiddeld woningbouwproject duurt het nu ruim acht maanden voordat een natuurvergunning "
     "binnen is. \"Als aannemer kan ik mijn mensen niet eindeloos laten wachten\", zegt Marco Smit van een "
     "bouwbedrijf uit Apeldoorn. Hij noemt de procedure frustrerend en onvoorspelbaar."),
    (K, "09-30 08:40", "Ruud Brandsma", "Bouwend Nederland: stikstof remt de woningbouw",
     "<p>@BouwendNL waarschuwt dat stikstof de grootste rem is op de woningbouw. De brancheorganisatie "
     "wil dat de overheid ruimte reserveert voor woningen &amp; infrastructuur.</p><p>Zie ook het "
     "<a href=\"https://www.bouwkrant.example/dossier/stikstof\">dossier stikstof</a> op onze site.</p>"),
    (K, "10-05 10:20", "Ilse Koster", "Elektrisch bouwmaterieel: duur maar kansrijk",
     "Steeds meer bouwbedrijven werken met elektrische graafmachines en kranen om de stikstofuitstoot "
     "op de bouwplaats te beperken. Het materieel is nog duur en laadpunten op de bouwplaats zijn "
     "schaars. Toch zijn de ervaringen positief: minder geluid en minder uitstoot."),
    (K, "10-08 16:50", "Ruud Brandsma", "Uitspraak Raad van State: bouwers vrezen bouwstop",
     "De uitspraak van de Raad van State over intern salderen kan grote gevolgen hebben voor de bouw. "
     "Projecten die uitgingen van salderen binnen het eigen plan, moeten mogelijk alsnog een "
     "natuurvergunning aanvragen. Bouwend Nederland noemt de uitspraak slecht nieuws en vreest een "
     "nieuwe bouwstop."),
    (K, "10-09 11:15", "Ilse Koster", "Bouwstop in Gelderland: projecten liggen stil",
     "In Gelderland liggen tientallen bouwprojecten stil na de uitspraak over intern salderen. \"Wij "
     "ondernemers worden weer de dupe van slecht beleid\", zegt projectontwikkelaar Anouk Verbeek. "
     "Vooral kleine bouwbedrijven hebben het moeilijk: zij hebben weinig buffer om maanden stilstand op "
     "te vangen."),
    (K, "10-12 09:05", "Ruud Brandsma", "Installateurs en zzp'ers voelen de klap van de bouwstop",
     "Niet alleen aannemers, ook installateurs en zzp'ers merken de gevolgen van de bouwstop. \"Als "
     "zzp'er heb ik van de ene op de andere dag geen werk meer\", zegt timmerman Kees de Graaf. "
     "Brancheverenigingen noemen de situatie rampzalig voor het mkb."),
    (K, "10-15 14:30", "Ilse Koster", "Wegverbreding bij Ede opnieuw vertraagd",
     "De verbreding van de provinciale weg bij Ede loopt opnieuw vertraging op. MOB heeft bezwaar "
     "gemaakt tegen de natuurvergunning. Voor de aannemer die het werk zou uitvoeren, betekent dat een "
     "gat in de planning. \"Heel teleurstellend\", zegt een woordvoerder."),
    (K, "10-20 10:00", "Ruud Brandsma", "Projectontwikkelaars trekken zich terug uit Gelderland",
     "Enkele projectontwikkelaars zetten plannen in Gelderland voorlopig in de ijskast. Zij vinden het "
     "risico te groot dat een project na jaren voorbereiding alsnog strandt op stikstof. Gemeenten "
     "vrezen dat de woningbouwdoelen hierdoor niet worden gehaald."),
    (K, "10-27 08:55", "Ilse Koster", "Mestbesluit: bouwers hopen op vrijgekomen stikstofruimte",
     "Door het mestbesluit van de landbouwminister daalt de uitstoot uit de landbouw op termijn. In de "
     "bouw wordt gehoopt dat een deel van die ruimte naar woningbouw gaat. \"Het is voor de boeren "
     "geen goed nieuws, dat snap ik. Maar wij hebben die ruimte hard nodig\", zegt een aannemer uit Ede."),
    (K, "11-01 12:40", "Ruud Brandsma", "Bouwend Nederland lobbyt voor een bouwvrijstelling",
     "Bouwend Nederland voert actief campagne voor een nieuwe vrijstelling voor de bouwfase. De "
     "brancheorganisatie wijst erop dat de bouw maar een klein deel van de stikstofuitstoot veroorzaakt. "
     "In gesprekken met het ministerie zou er beweging zijn."),
    (K, "11-04 17:20", "Ilse Koster", "Bouwvrijstelling terug: sector voorzichtig positief",
     "Het kabinet heeft een nieuwe bouwvrijstelling aangekondigd voor de bouwfase van woningbouw. "
     "Bouwend Nederland is voorzichtig positief: \"Dit is goed nieuws, als het juridisch overeind blijft.\" "
     "Aannemers hopen dat stilgelegde projecten nog voor de winter weer kunnen starten."),
    (K, "11-06 09:50", "Ruud Brandsma", "Wat betekent de bouwvrijstelling voor uw project?",
     "<p>De bouwvrijstelling geldt voor de tijdelijke uitstoot tijdens de bouw, niet voor het gebruik "
     "van de woningen daarna. Projecten moeten wel aantonen dat er elders stikstof wordt "
     "gecompenseerd.</p><p>In dit overzicht leest u welke stappen u als aannemer moet zetten, "
     "inclusief tips van juristen &amp; adviseurs.</p>"),
    (K, "11-11 15:05", "Ilse Koster", "Eerste bouwprojecten weer van start",
     "In Apeldoorn en Nijkerk zijn de eerste stilgelegde bouwprojecten weer opgestart dankzij de "
     "bouwvrijstelling. \"We zijn opgelucht dat we eindelijk weer aan de slag kunnen\", zegt aannemer "
     "Marco Smit. Wel blijft hij voorzichtig: zijn personeel heeft maanden stilgestaan."),
    (K, "11-14 10:30", "Ruud Brandsma", "Juristen waarschuwen: bouwvrijstelling kan sneuvelen",
     "Verschillende juristen waarschuwen dat de nieuwe bouwvrijstelling bij de Raad van State zou "
     "kunnen sneuvelen. MOB heeft al aangekondigd te procederen. Voor de sector blijft het dus "
     "onzeker, al zijn de eerste projecten weer van start."),
    (K, "11-18 13:20", "Ilse Koster", "Starterswoningen in Barneveld kunnen toch door",
     "Een project met 85 starterswoningen in Barneveld kan toch worden gebouwd. De gemeente is blij: "
     "jonge inwoners en starters wachten al jaren op een betaalbare woning. De ontwikkelaar spreekt van "
     "een mooie doorbraak na een lange periode van onzekerheid."),
    (K, "11-21 08:15", "Ruud Brandsma", "Aannemers blij met duidelijkheid, maar personeel schaars",
     "Een enquête onder 400 aannemers laat zien dat de meesten positief zijn over de bouwvrijstelling. "
     "Toch zijn ze niet onverdeeld blij: door de maanden stilstand zijn vakmensen vertrokken naar "
     "andere sectoren. Bouwend Nederland wil een plan om die mensen terug te halen."),
    (K, "11-24 11:45", "Ilse Koster", "Wegverbreding bij Ede krijgt alsnog vergunning",
     "Provincie Gelderland heeft de natuurvergunning voor de wegverbreding bij Ede opnieuw verleend, "
     "nu met extra maatregelen. De infrastructuur kan daardoor in het voorjaar worden aangelegd, tenzij "
     "MOB opnieuw naar de rechter stapt. Ondernemers in de regio reageren opgelucht."),
    (K, "11-27 16:10", "Ruud Brandsma", "Bouwsector blikt terug op een roerig najaar",
     "Van bouwstop naar bouwvrijstelling: de bouwsector heeft een roerig najaar achter de rug. De "
     "stemming is beter dan in oktober, maar het vertrouwen in stabiel stikstofbeleid is laag. \"We "
     "zijn hoopvol, maar niet naïef\", vat een aannemer het samen."),
    # ---- later additions: more voices of bewoners, more stakeholder mentions ----
    (B, "10-13 19:10", "Henk Wolters", "Boeren demonstreren met trekkers bij provinciehuis in Arnhem",
     "Ruim tweehonderd boeren hebben maandagavond met trekkers gedemonstreerd bij het provinciehuis in "
     "Arnhem. Aanleiding was de uitkoopregeling, die de actievoerders oneerlijk en veel te krap vinden. Het "
     "protest werd georganiseerd door @BoerenKollektief, met steun van @Agractie en @FDF_NL. Omwonenden "
     "klaagden over lawaai, maar de demonstratie verliep rustig."),
    (D, "10-18 10:30", "Pieter Verhoef", "Boeren en natuurbeschermers vinden elkaar in het veen",
     "In het Groene Hart werken boeren en natuurorganisaties samen in Stichting Veenweide Vitaal. De "
     "stichting betaalt melkveehouders die hun percelen natter maken. Natuurmonumenten is een van de "
     "partners. Deelnemers zijn tevreden, al vinden sommige boeren de vergoeding nog te mager."),
    (D, "11-19 08:30", "Yasmina El Idrissi", "Inwoners van Barneveld verdeeld over gebiedsplan",
     "In Barneveld zijn de inwoners verdeeld over het gebiedsplan dat de provincie voorbereidt. Sommige "
     "buurtbewoners zijn blij met minder stallen en schonere lucht, anderen vrezen dat het dorp zijn "
     "karakter verliest. \"Wij inwoners willen meepraten, niet achteraf geïnformeerd worden\", zegt een "
     "bewoner op een drukbezochte avond in het dorpshuis. De provincie belooft meer inspraak."),
    (G, "11-01 10:15", "Eva Lindeboom", "Natuurmonumenten en boeren planten samen heggen",
     "Bij Winterswijk hebben vrijwilligers van Natuurmonumenten samen met boeren twee kilometer heg "
     "geplant. De heggen geven vogels en insecten een plek en vangen een deel van de ammoniak af. Het was "
     "een vrolijke dag met soep en koffie op het erf. @natuurmonument wil het project uitbreiden naar "
     "andere gebieden."),
    (K, "11-16 10:00", "Ruud Brandsma", "RIVM: bouw levert klein deel van de stikstofneerslag",
     "Volgens nieuwe cijfers van het RIVM is de bouw verantwoordelijk voor minder dan één procent van de "
     "stikstofdepositie op natuur. @BouwendNL noemt dat een belangrijk argument voor de bouwvrijstelling. "
     "Critici wijzen erop dat een groot bouwproject lokaal wel degelijk kan tellen. Voor aannemers blijft "
     "de bouwvrijstelling voorlopig de belangrijkste houvast."),
]

# Three syndicated near-duplicates: the same story in Dagblad Nederland and De Boerderijbode, the
# title slightly reworded and one small change in the body. (date D, date B, author D, author B,
# title D, title B, body D, body B)
SYNDICATED: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("10-08 11:20", "10-08 12:05", "Pieter Verhoef", "Henk Wolters",
     "Raad van State: intern salderen alleen nog met natuurvergunning",
     "Raad van State zet streep door intern salderen zonder vergunning",
     "De Raad van State heeft bepaald dat intern salderen niet langer zonder natuurvergunning is "
     "toegestaan. Bedrijven en bouwprojecten die hun uitstoot binnen de eigen locatie verrekenen, moeten "
     "voortaan aantonen dat de natuur daar niet op achteruitgaat. De uitspraak raakt zowel boeren als "
     "bouwers. Het ministerie van LVVN laat weten de gevolgen te onderzoeken.",
     "De Raad van State heeft bepaald dat intern salderen niet langer zonder natuurvergunning is "
     "toegestaan. Bedrijven en bouwprojecten die hun uitstoot binnen de eigen locatie verrekenen, moeten "
     "voortaan aantonen dat de natuur daar niet op achteruitgaat. De uitspraak raakt zowel boeren als "
     "bouwers. Het ministerie van LVVN laat weten de gevolgen nader te bestuderen."),
    ("10-25 14:00", "10-25 14:30", "Yasmina El Idrissi", "Jan Kroeze",
     "Minister beëindigt derogatie eerder en verlaagt mestplafond",
     "Landbouwminister schrapt derogatie een jaar eerder, mestplafond omlaag",
     "De landbouwminister heeft zondag bekendgemaakt dat de derogatie per 1 januari 2027 vervalt, een "
     "jaar eerder dan afgesproken. Tegelijk gaat het nationale mestplafond met acht procent omlaag. "
     "Volgens de minister is dat nodig om de waterkwaliteit te verbeteren en afspraken met Brussel na te "
     "komen. Het mestverwerkingsplan blijft bestaan, maar het budget wordt verlaagd.",
     "De landbouwminister heeft zondag bekendgemaakt dat de derogatie per 1 januari 2027 vervalt, een "
     "jaar eerder dan afgesproken. Tegelijk gaat het nationale mestplafond met acht procent omlaag. "
     "Volgens de minister is dat nodig om de waterkwaliteit te verbeteren en afspraken met Brussel na te "
     "komen. Het mestverwerkingsplan blijft bestaan, maar het budget wordt fors verlaagd."),
    ("11-10 10:00", "11-10 10:45", "Sanne de Wit", "Marieke Slot",
     "Kabinet maakt uitkoopregeling voor piekbelasters ruimer",
     "Uitkoopregeling voor piekbelasters wordt ruimer",
     "Het kabinet maakt de uitkoopregeling voor piekbelasters aantrekkelijker. Deelnemers aan de "
     "LBV-plus krijgen voortaan 120 procent van de waarde van hun productierechten, in plaats van 100 "
     "procent. Ook mogen boeren die willen verplaatsen in plaats van stoppen gebruikmaken van de "
     "regeling. De aanmeldtermijn wordt verlengd tot eind 2027.",
     "Het kabinet maakt de uitkoopregeling voor piekbelasters aantrekkelijker. Deelnemers aan de "
     "LBV-plus krijgen voortaan 120 procent van de waarde van hun productierechten, in plaats van 100 "
     "procent. Ook mogen boeren die willen verplaatsen in plaats van stoppen gebruikmaken van de "
     "regeling. De aanmeldtermijn wordt verlengd tot 31 december 2027."),
]

# ---------------------------------------------------------------------------------------------
# Reddit: (subreddit, "MM-DD HH:MM" local time, author, title, selftext, comments); a comment is
# (author, body, replies). Authors are made-up pseudonymous handles.
# ---------------------------------------------------------------------------------------------
BL, TN = "boerenleven", "thenetherlands"
Comment = tuple[str, str, list]

REDDIT: list[tuple[str, str, str, str, str, list[Comment]]] = [
    (BL, "09-20 20:10", "melkboer_gerrit", "Mestverwerkingsplan: iemand al meer details?",
     "Als melkveehouder ben ik benieuwd naar het mestverwerkingsplan. Klinkt hoopvol, maar ik heb "
     "zulke plannen eerder zien komen en gaan. Weet iemand al iets over de subsidie?",
     [("zandboer_ac", "Ik hoor dat het om kleine installaties op het erf gaat. Zou mooi zijn als het "
       "doorgaat, dan scheelt het ons veel mestafzet.",
       [("melkboer_gerrit", "Dat zou echt goed nieuws zijn. Afwachten maar.", [])]),
      ("LoonwerkerLuuk", "Eerst zien, dan geloven. Maar positief dat er eindelijk over mestverwerking "
       "wordt nagedacht in plaats van alleen over krimp.", [])]),
    (BL, "09-23 21:30", "BoerinBrenda", "PAS-melder sinds 2019, nog steeds niks",
     "Wij zijn PAS-melder en wachten al jaren op een vergunning. De bank wil niet meer financieren "
     "zolang dat niet geregeld is. Ik ben er zo moe van.",
     [("jongeboer_twente", "Herkenbaar. Bij ons precies hetzelfde. Het is echt schandalig hoe de "
       "overheid met PAS-melders omgaat.",
       [("BoerinBrenda", "Fijn om te horen dat we niet de enigen zijn, maar tegelijk triest.", [])]),
      ("Kritische_Koos", "Heb je LTO al eens gebeld? Die hebben een juridisch loket voor PAS-melders.", [])]),
    (BL, "09-25 19:00", "jongeboer_twente", "Overname van het bedrijf van mijn ouders: doorzetten of niet?",
     "Ik ben 26 en zou het melkveebedrijf van mijn ouders overnemen. Met alle onzekerheid over stikstof "
     "en vergunningen twijfel ik enorm. Wij jonge boeren willen wel, maar hoe plan je vooruit als de "
     "regels elk jaar veranderen?",
     [("melkboer_gerrit", "Gewoon doen, jongen. Er zijn altijd slechte tijden geweest. Zoek wel een "
       "goede adviseur.",
       [("jongeboer_twente", "Dank je, waardeer het. Toch blijf ik onzeker.",
         [("oudeboer_henk", "Onzeker zijn is normaal. Mijn vader twijfelde in de jaren tachtig ook, en "
           "we zitten er nog.", [])])]),
      ("Veldwerk_Vera", "Kijk ook eens naar kringlooplandbouw, daar zijn veel jonge boeren best "
       "positief over.", [])]),
    (BL, "09-28 20:45", "varkensboer_brabant", "Gesprek gehad met de provincie over uitkoop",
     "Ik ben varkenshouder bij de Peel en had vandaag een gesprek over de uitkoopregeling, en het bod "
     "is belachelijk laag. Na veertig jaar hard werken krijg ik minder dan de schuld op de stal. Niet blij.",
     [("PluimveePiet", "Bij ons ook zo. Die uitkoop is gewoon een slechte grap, een "
                       "sigaar uit eigen doos.", []),
      ("Kritische_Koos", "Heb je de taxatie laten controleren? Soms zit er nog ruimte in.",
       [("varkensboer_brabant", "Ja, maar de regels zijn streng. Ik voel me echt niet "
                                "serieus genomen.", [])])]),
    (BL, "10-02 12:00", "zandboer_ac", "Proef met mestscheider, eerste ervaringen",
     "Sinds de zomer draait bij ons een mestscheider als proef. Eerlijk gezegd valt het erg mee: we "
     "voeren een derde minder mest af. Als akkerbouwer met een paar pinken ben ik positief.",
     [("melkboer_gerrit", "Top, dit soort verhalen wil ik horen. Wat kost zo'n ding?",
       [("zandboer_ac", "Rond de 80k voor ons formaat. Met subsidie goed te doen.", [])]),
      ("mestmeneer", "Mooi om te lezen. Mestverwerking wordt echt de toekomst, denk ik.", [])]),
    (BL, "10-07 21:15", "BoerinBrenda", "Morgen uitspraak over intern salderen",
     "Morgen doet de Raad van State uitspraak over intern salderen. Ik ben bang dat het weer slecht "
     "nieuws wordt voor ons.",
     [("oudeboer_henk", "Het wordt vast weer niks. Ik heb geen vertrouwen meer in die rechters.", []),
      ("Veldwerk_Vera", "Even afwachten. Misschien valt het mee.", [])]),
    (BL, "10-08 19:40", "melkboer_gerrit", "Dus nu kan intern salderen ook niet meer",
     "Weer een deur dicht. Als melkveehouder heb ik het gevoel dat elke uitspraak tegen ons is. Hoe "
     "moeten we ooit nog een vergunning krijgen?",
     [("jongeboer_twente", "Echt rampzalig. Mijn plannen voor een nieuwe stal kan ik wel vergeten.",
       [("melkboer_gerrit", "Sterkte. Ik hoop dat LTO hier iets mee kan.", [])]),
      ("PluimveePiet", "Slecht nieuws voor boeren, maar ook voor de bouw. Misschien helpt dat ons "
       "politiek nog.", [])]),
    (BL, "10-11 10:20", "Veldwerk_Vera", "Zondagsvraag: hoe gaan jullie om met alle onzekerheid?",
     "Ik merk dat de stikstofdiscussie veel stress geeft in ons boerengezin. Hoe gaan jullie daarmee om?",
     [("oudeboer_henk", "Veel praten met de buren. En af en toe de krant niet lezen.", []),
      ("BoerinBrenda", "Wij hebben een coach via de Rabobank gehad, dat hielp best.",
       [("Veldwerk_Vera", "Goed idee, dank!", [])]),
      ("koe_en_klomp", "🐄🐄🚜 gewoon doorgaan 💪", [])]),
    (BL, "10-15 20:00", "mestmeneer", "Coöperatie De Groene Weide zoekt nog leden",
     "Voor wie in de Achterhoek zit: Coöperatie De Groene Weide zoekt nog melkveehouders voor de "
     "mestverwerker. Ik ben zelf lid en erg enthousiast, de plannen zien er goed uit.",
     [("zandboer_ac", "Mooi initiatief. Zelf regelen is beter dan op Den Haag wachten.", []),
      ("Kritische_Koos", "Wat kost het lidmaatschap? Ik ben wel benieuwd.",
       [("mestmeneer", "Een eenmalige inleg per kuub mest. Staat op hun site.", [])])]),
    (BL, "10-19 18:30", "LoonwerkerLuuk", "Mestseizoen bijna dicht, druk gehad",
     "Als loonwerker was het een prima najaar, veel kunnen uitrijden. De mestafzet ging soepel dit "
     "jaar. Wel benieuwd wat er volgende week uit Den Haag komt.",
     [("melkboer_gerrit", "Ja, het was een goed seizoen. Hopelijk blijft dat zo.", [])]),
    (BL, "10-22 21:00", "PluimveePiet", "Subsidie mestverwerking aangevraagd!",
     "Vandaag de aanvraag ingediend voor de subsidie voor mestverwerking. Ging best makkelijk. Eindelijk "
     "een regeling die werkt. 😊",
     [("jongeboer_twente", "Nice! Hoe lang duurt de beoordeling?",
       [("PluimveePiet", "Zes weken zeggen ze.", [])]),
      ("oudeboer_henk", "Goed bezig. Ik ga ook eens kijken.", [])]),
    (BL, "10-24 20:30", "melkboer_gerrit", "Morgen het besluit over derogatie",
     "Morgen maakt de minister bekend wat er met de derogatie en het mestplafond gebeurt. Ik ben nog "
     "redelijk hoopvol, het mestverwerkingsplan lijkt goed te lopen. Duimen maar.",
     [("BoerinBrenda", "Duimen! Als ze het geleidelijk doen, kunnen we het wel opvangen.", []),
      ("Kritische_Koos", "Ik vertrouw het niet helemaal, maar laten we positief blijven.", [])]),
    (BL, "10-25 15:05", "melkboer_gerrit", "DEROGATIE EEN JAAR EERDER WEG. Ik ben er kapot van.",
     "Net het nieuws gelezen. Derogatie per 1 januari weg en het mestplafond omlaag: wij boeren worden "
     "weer keihard in de steek gelaten door dit belachelijke mestbesluit. Ik ben woedend en verdrietig "
     "tegelijk.",
     [("jongeboer_twente", "Dit is schandalig. Net geïnvesteerd in een nieuwe stal op basis van de oude "
       "afspraken.",
       [("melkboer_gerrit", "Precies. Hoe kun je zo een bedrijf runnen?",
         [("jongeboer_twente", "Niet. Dat is het antwoord.", [])])]),
      ("BoerinBrenda", "Ik zit hier te huilen aan de keukentafel. Wat een belachelijk besluit.", []),
      ("zandboer_ac", "En de mestverwerking krijgt ook nog minder geld. Wat een farce, "
                      "echt slecht beleid.", [])]),
    (BL, "10-25 16:40", "koe_en_klomp", "😡😡😡",
     "derogatie weg 😡 mestplafond omlaag 😡 wij boeren zijn er klaar mee 🚜🚜🚜",
     [("oudeboer_henk", "Zo is het.", []),
      ("PluimveePiet", "💯", [])]),
    (BL, "10-25 18:20", "LoonwerkerLuuk", "Wat betekent dit voor de mestafzet in het voorjaar?",
     "Als loonwerker krijg ik nu al telefoontjes van klanten die in paniek zijn. De mestafzet wordt duur "
     "en onzeker. Iemand een idee hoe de prijzen gaan lopen?",
     [("mestmeneer", "Omhoog, en flink. Ik hoorde al bedragen van 30 euro per kuub. Slecht nieuws.",
       [("LoonwerkerLuuk", "Dat gaat veel bedrijven de kop kosten.", [])]),
      ("varkensboer_brabant", "Varkenshouders hebben daar al jaren last van. Welkom in de ellende.", [])]),
    (BL, "10-26 07:30", "BoerinBrenda", "Slecht geslapen",
     "Na gisteren slecht geslapen. Als melkveehouder ben ik wanhopig: ik weet niet hoe we volgend jaar alle "
     "mest kwijt moeten. Ik voel me zo machteloos.",
     [("Veldwerk_Vera", "Je bent niet alleen. Veel sterkte ❤️", []),
      ("oudeboer_henk", "Bel je adviseur en de Rabobank vroeg, niet wachten. Dat is het beste wat je nu "
       "kunt doen.",
       [("BoerinBrenda", "Dank je Henk. Ga ik maandag doen.", [])])]),
    (BL, "10-26 13:15", "varkensboer_brabant", "Rabobank rekent op tienduizenden euro's extra kosten",
     "Zag het bericht van Rabobank. Voor een melkveebedrijf tienduizenden euro's per jaar extra door het "
     "einde van de derogatie, dat is rampzalig. Als varkenshouder ken ik dat: met deze mestregels hou "
     "je niks "
     "over.",
     [("melkboer_gerrit", "Wij zitten daar ruim boven. Het is gewoon niet op te brengen.", []),
      ("Kritische_Koos", "En de landbouwminister zegt dat het te overzien is. Belachelijk.", [])]),
    (BL, "10-27 09:00", "jongeboer_twente", "Morgen naar Den Haag met de trekker",
     "Ik ga morgen mee met @BoerenKollektief naar Den Haag. Wij jonge boeren moeten laten zien dat we "
     "er nog zijn. Wie gaat er mee vanuit Twente?",
     [("melkboer_gerrit", "Ik rij mee vanaf Hengelo. Vertrek om 4 uur.", []),
      ("Veldwerk_Vera", "Pas goed op jezelf en hou het vreedzaam.",
       [("jongeboer_twente", "Zeker, we willen geen gedoe. Gewoon laten zien hoe boos we zijn.", [])]),
      ("oudeboer_henk", "Ik kan niet mee met mijn rug, maar ik sta achter jullie.", [])]),
    (BL, "10-27 20:50", "PluimveePiet", "Mestverwerkingsplan: was het allemaal een afleiding?",
     "Een maand lang werd ons mestverwerking als oplossing beloofd. Nu blijkt het budget verlaagd en gaat "
     "het mestplafond omlaag, en als pluimveehouder voel ik me daardoor eerlijk gezegd bedrogen.",
     [("mestmeneer", "Zo voelt het wel, ja. De Groene Weide twijfelt nu ook of de installatie doorgaat.", []),
      ("zandboer_ac", "Heel teleurstellend dat het budget voor mestverwerking omlaag gaat. Ik had net "
                      "een mestscheider gekocht.", [])]),
    (BL, "10-28 21:30", "melkboer_gerrit", "Wat een dag in Den Haag",
     "Duizenden trekkers, echt indrukwekkend. Het gaf me even energie. Maar morgen ben ik weer gewoon "
     "boer met een onoplosbaar mestprobleem, en daar word ik somber van. Ik hoop dat de politiek "
     "eindelijk luistert.",
     [("koe_en_klomp", "🚜🚜🚜🇳🇱 trots op jullie", []),
      ("BoerinBrenda", "Mooi dat jullie er waren. Ik moest melken maar zat aan de tv gekluisterd.", [])]),
    (BL, "10-31 11:00", "oudeboer_henk", "Stoppen of doorgaan, na 42 jaar",
     "Ik ben 63 en melkveehouder. Door het einde van de derogatie en de slechte nieuwe mestregels denk ik "
     "erover om te stoppen. Mijn zoon wil niet meer. Het doet pijn om dat te schrijven.",
     [("Veldwerk_Vera", "Wat verdrietig Henk. Veel sterkte met de keuze.", []),
      ("varkensboer_brabant", "Kijk wel goed naar de uitkoopregeling, al is die nu nog slecht.",
       [("oudeboer_henk", "Ja, maar het bod van de uitkoopregeling is echt te laag. Niet eerlijk na een "
                          "heel leven werken.", [])])]),
    (BL, "11-03 19:20", "Kritische_Koos", "NMV wil compensatie, terecht?",
     "De NMV eist compensatie voor de derogatie. Ik vind dat terecht: de overheid verandert de regels "
     "halverwege. Hoe zien jullie dat?",
     [("melkboer_gerrit", "Volkomen terecht. Afspraak is afspraak.", []),
      ("zandboer_ac", "Eens, maar ik verwacht er weinig van. Den Haag betaalt nooit.", [])]),
    (BL, "11-06 20:00", "mestmeneer", "De Groene Weide stopt met de mestverwerker",
     "Slecht nieuws: onze coöperatie legt de plannen voor de mestverwerker op ijs. Met het lagere "
     "mestplafond rekent de business case niet meer. Ik ben er kapot van.",
     [("PluimveePiet", "Wat een domper. Dit was juist de oplossing.", []),
      ("LoonwerkerLuuk", "Zonde. Zo maakt de minister zelf de oplossingen kapot.", [])]),
    (BL, "11-08 12:30", "Veldwerk_Vera", "Zondag: iets positiefs graag",
     "Genoeg somberheid. Wat ging er deze week goed op jullie bedrijf? Bij ons: eerste kalfje van de "
     "winter, gezond en wel 🐮",
     [("koe_en_klomp", "Nieuwe trekker geleverd 😍🚜", []),
      ("BoerinBrenda", "Onze dochter is geslaagd voor haar rijbewijs. Even geen mest in mijn hoofd.", []),
      ("oudeboer_henk", "Het weer was mooi. Meer heb ik niet nodig.", [])]),
    (BL, "11-10 18:45", "varkensboer_brabant", "Uitkoopregeling nu 120 procent!",
     "Net gelezen dat de LBV-plus wordt verruimd. Dat is eindelijk een eerlijk bod. Als varkenshouder ga "
     "ik er nu serieus naar kijken. Ik ben opgelucht.",
     [("PluimveePiet", "Goed nieuws inderdaad. Eindelijk luisteren ze een beetje.",
       [("varkensboer_brabant", "Ja, al blijft de mest een drama.", [])]),
      ("oudeboer_henk", "Dit verandert voor mij de zaak. Ik ga met de provincie praten.", [])]),
    (BL, "11-12 20:10", "jongeboer_twente", "Verplaatsen met de uitkoopregeling?",
     "Mooi nieuws: met de uitkoopregeling mag je nu ook verplaatsen. Als jonge boer vind ik dat "
     "positief: weg van de Natura 2000-grens, maar wel doorboeren. Iemand ervaring?",
     [("melkboer_gerrit", "Goede ontwikkeling. Beter dan stoppen.", []),
      ("Kritische_Koos", "Let op de voorwaarden, maar op zich klinkt het goed.", [])]),
    (BL, "11-16 10:00", "oudeboer_henk", "Gesprek met de provincie gehad",
     "Gisteren een goed gesprek gehad over de verruimde uitkoop, en ik ben er blij mee. Als melkveehouder "
     "voelde het voor het eerst alsof ze ons serieus nemen. Het bod is redelijk. Ik denk dat ik ga tekenen.",
     [("Veldwerk_Vera", "Fijn dat het goed voelt. Je hebt het verdiend.", []),
      ("varkensboer_brabant", "Top Henk. Bij mij ook een positief gesprek.", [])]),
    (BL, "11-20 21:00", "melkboer_gerrit", "Mestafzet voor 2027 al geregeld? Bij ons nog niet",
     "Heeft iemand al contracten voor mestafzet in 2027? Wij krijgen niks rond. De prijzen voor mestafzet "
     "zijn absurd en slecht voor iedereen. Zonder derogatie is het gewoon niet te doen.",
     [("LoonwerkerLuuk", "Bijna niemand. Het is een ramp.", []),
      ("zandboer_ac", "Ik neem als akkerbouwer minder af, sorry. Mijn grond zit ook aan het plafond.", [])]),
    (BL, "11-24 19:00", "BoerinBrenda", "Brussel wil niet meer praten over derogatie",
     "Dus dat was het: geen derogatie meer en geen uitstel, ik ben zo teleurgesteld. Als melkveehouder voel "
     "ik me in de steek gelaten.",
     [("Kritische_Koos", "Het was te verwachten, maar het blijft een slecht besluit.", []),
      ("jongeboer_twente", "Ik twijfel nu echt of ik het bedrijf ga overnemen.",
       [("BoerinBrenda", "Niet opgeven. De verruimde uitkoop met verplaatsen is een goede optie.", [])])]),
    (BL, "11-27 20:20", "PluimveePiet", "Tussenstand: uitkoop prima, mest een ramp",
     "Even de balans van dit najaar. De verruimde uitkoopregeling is goed geregeld, daar ben ik eerlijk "
     "over. Maar de mestregels zijn rampzalig voor veel collega's.",
     [("varkensboer_brabant", "Helemaal mee eens.", []),
      ("mestmeneer", "Goede samenvatting. De mestregels blijven een groot probleem.", [])]),
    # ---- r/thenetherlands ----
    (TN, "09-21 14:00", "polderjongen", "RIVM: stikstof daalt, maar te langzaam",
     "Nieuwe cijfers van het RIVM. Op de meeste natuur ligt nog steeds te veel stikstof. Wat vinden "
     "jullie, moet het sneller?",
     [("ecoloog_anne", "Als ecoloog: ja. De heide wacht niet op de politiek.",
       [("polderjongen", "Maar hoe dan, zonder alle boeren weg te jagen?",
         [("ecoloog_anne", "Gericht de piekbelasters uitkopen en eerlijk betalen. Dat werkt.", [])])]),
      ("Bakfietsbarend", "Meh, elk jaar hetzelfde verhaal.", [])]),
    (TN, "09-24 12:30", "StudentInWag", "Geen kamer in Wageningen, bouw ligt stil",
     "Als student in Wageningen zoek ik al een jaar naar een kamer. Er zou een nieuw complex komen, maar "
     "dat wacht op een vergunning vanwege stikstof. Frustrerend.",
     [("dorpsmeisje_uddel", "Bij ons in het dorp ook geen woningen voor starters. Wij jongeren trekken "
       "allemaal weg.", []),
      ("AannemerApeldoorn", "Als aannemer kan ik je vertellen: wij willen graag bouwen, maar de "
       "vergunning komt niet.",
       [("StudentInWag", "Snap ik, is niet jullie schuld. Maar het is zo uitzichtloos.", [])])]),
    (TN, "09-26 20:00", "dutchexpat_ams", "Can someone ELI5 the nitrogen crisis?",
     "Moved here last year and everyone keeps talking about 'stikstof'. Why are farmers protesting and "
     "why can't they build houses? Honest question.",
     [("polderjongen", "Short version: too much nitrogen from farms (and traffic, construction) lands on "
       "protected nature. Courts said the government can't keep issuing permits. So farming and building "
       "are stuck.",
       [("dutchexpat_ams", "Thanks, that actually makes sense. Sounds like a mess.", [])]),
      ("Kritische_Koos", "Het is ook echt een puinhoop, dus verwarring is terecht 😅", [])]),
    (TN, "09-30 18:10", "GrutoGroet", "Veenweide Vitaal doet een proef met een hoger waterpeil",
     "Las over Stichting Veenweide Vitaal, die een proef doet met natter veen. Als natuurliefhebber vind "
     "ik dat een mooi initiatief, en boeren doen gewoon mee. Zo kan het dus ook.",
     [("melkboer_gerrit", "Zolang boeren fatsoenlijk gecompenseerd worden, prima.", []),
      ("Bakfietsbarend", "Dit is het soort samenwerking waar we meer van nodig hebben.", [])]),
    (TN, "10-03 21:30", "nitraatnerd", "Nitraat in ons grondwater, een draadje",
     "Ik werk bij een waterbedrijf (geen namen). Het nitraat in het grondwater in de zandgebieden blijft "
     "te hoog. Mest speelt daarin een grote rol. Het mestverwerkingsplan vind ik op papier een goed idee.",
     [("zandboer_ac", "Boeren zijn niet de enigen, maar oké, mestverwerking helpt wel. Daar ben ik het "
       "mee eens.", []),
      ("ecoloog_anne", "Goed draadje, dank.", [])]),
    (TN, "10-07 08:20", "Bakfietsbarend", "Morgen uitspraak van de Raad van State over intern salderen",
     "Wat verwachten jullie? Ik denk dat het weer een bouwstop wordt.",
     [("AannemerApeldoorn", "Ik hou mijn hart vast. Als aannemer kan ik geen nieuwe bouwstop gebruiken.", []),
      ("polderjongen", "Speculeren heeft weinig zin, even afwachten.", [])]),
    (TN, "10-09 17:40", "AannemerApeldoorn", "Bouwstop, weer. Ik ben er klaar mee.",
     "Drie projecten van ons liggen stil na de uitspraak. Als aannemer moet ik twaalf mensen aan het "
     "werk houden. Dit beleid is een ramp voor ondernemers.",
     [("StudentInWag", "Balen. En wij maar wachten op woningen.", []),
      ("GrutoGroet", "Vervelend voor je, maar de rechter handhaaft alleen de wet. Het probleem is de "
       "politiek.",
       [("AannemerApeldoorn", "Daar zijn we het dan over eens 😅", [])]),
      ("ZZP_Zoran", "Als zzp'er merk ik het ook al, opdrachten worden geannuleerd.", [])]),
    (TN, "10-11 13:00", "dorpsmeisje_uddel", "Ons dorp loopt leeg",
     "Ik woon in een dorp op de Veluwe. Boeren stoppen, er komt geen nieuwbouw, de bakker is dicht. Als "
     "dorpsbewoner maak ik me zorgen over wat er overblijft.",
     [("oudeboer_henk", "Herkenbaar. Het platteland wordt vergeten.", []),
      ("Bakfietsbarend", "Maar minder stallen betekent ook minder stank, toch? Niet alles is slecht.",
       [("dorpsmeisje_uddel", "Klopt, de lucht is beter. Maar een dorp zonder jongeren is ook niks.", [])])]),
    (TN, "10-14 22:10", "heidevlinder", "Vandaag op de Veluwe: de heide knapt op",
     "Vandaag gewandeld bij Hoog Soeren. Op sommige plekken is het heideherstel echt prachtig. Wat een "
     "mooi land hebben we toch. 💜🌿",
     [("GrutoGroet", "Prachtig! Goed te zien dat natuurherstel werkt.", []),
      ("ecoloog_anne", "😍", [])]),
    (TN, "10-17 11:20", "ZZP_Zoran", "Zzp'er in de bouw, geen werk door stikstof",
     "Ik ben installateur en zzp'er. Sinds de uitspraak van de Raad van State is mijn agenda leeg. Dit is "
     "echt slecht voor mensen zoals ik.",
     [("AannemerApeldoorn", "Sterkte man. Hopelijk komt er snel een oplossing.", []),
      ("Kritische_Koos", "Informeer bij je gemeente, er zijn soms overbruggingsregelingen.", [])]),
    (TN, "10-19 20:45", "nitraatnerd", "Morgen commissiedebat over mestverwerking",
     "Morgen is het commissiedebat over mestverwerking. Het lijkt erop dat er brede steun is. Goed "
     "nieuws voor boeren én voor het water.",
     [("polderjongen", "Positief, als het ook echt uitgevoerd wordt.", [])]),
    (TN, "10-22 19:00", "StudentInWag", "Jongeren en stikstof: waarom niemand naar ons luistert",
     "Wij jongeren krijgen de rekening: geen woningen, geen betaalbare toekomst. Maar in het "
     "stikstofdebat gaat het alleen over boeren en natuur.",
     [("jongeboer_twente", "Als jonge boer voel ik me net zo. Het gaat nooit over ons.",
       [("StudentInWag", "Misschien moeten jonge boeren en studenten samen optrekken 😄", [])]),
      ("Bakfietsbarend", "Goed punt eigenlijk.", [])]),
    (TN, "10-25 15:30", "polderjongen", "Minister: derogatie vervalt een jaar eerder, mestplafond omlaag",
     "Groot nieuws. Benieuwd naar de reacties, want dit gaat boeren veel geld kosten.",
     [("melkboer_gerrit", "Als melkveehouder: dit is een klap in ons gezicht. Schandalig.",
       [("polderjongen", "Wat betekent het concreet voor jou?",
         [("melkboer_gerrit", "Duizenden kuub mest die ik moet afvoeren, dat is onbetaalbaar en "
                              "rampzalig voor ons.", [])])]),
      ("nitraatnerd", "Voor het grondwater is het goed. Maar ik snap dat het voor boeren "
                      "rampzalig voelt.", []),
      ("Kritische_Koos", "Eerst beloven ze mestverwerking en dan dit lagere mestplafond: geen goed idee, zo "
       "verlies je alle vertrouwen.", [])]),
    (TN, "10-25 19:10", "dutchexpat_ams", "Why is everyone so angry about 'derogatie'?",
     "My Dutch colleagues are furious about some manure decision. What is going on?",
     [("nitraatnerd", "Dairy farmers had an exemption to spread more manure than the EU norm. It now "
       "ends a year early, so many farmers will have to pay a lot to get rid of manure. They are really "
       "angry and worried.",
       [("dutchexpat_ams", "Ouch. That sounds terrible for them, honestly.", [])])]),
    (TN, "10-26 10:00", "Bakfietsbarend", "Mestbesluit: ik snap de boeren eigenlijk wel",
     "Ik ben geen boer, ik woon in Utrecht. Maar de regels halverwege veranderen vind ik gewoon niet "
     "netjes. Hoe moet je als boer nog plannen?",
     [("BoerinBrenda", "Dank je wel. Het doet goed dat mensen in de stad het ook zien.", []),
      ("GrutoGroet", "Begrijpelijk, maar de derogatie was altijd tijdelijk. Dat wisten ze.",
       [("Bakfietsbarend", "Fair, maar een jaar eerder is wel erg plotseling.", [])])]),
    (TN, "10-26 21:40", "dorpsmeisje_uddel", "Bij ons in het dorp is de stemming omgeslagen",
     "Als dorpsbewoner merk ik dat iedereen boos is na het mestbesluit. Mijn buren zijn melkveehouders en "
     "ze zijn echt wanhopig. Niet fijn om te zien.",
     [("oudeboer_henk", "Dat geloof ik direct. Bij ons ook.", []),
      ("heidevlinder", "Heel verdrietig. Ik hoop dat er een regeling komt voor bedrijven in nood.", [])]),
    (TN, "10-27 08:45", "Trekkerfan88", "Morgen trekkers op de snelweg, ik ga thuiswerken",
     "Tip: morgen blokkades rond Den Haag. Ik ga thuiswerken. Ben benieuwd hoe groot het boerenprotest "
     "wordt.",
     [("Bakfietsbarend", "Ik ook. Begrip voor de boeren, maar die files zijn belachelijk.", []),
      ("koe_en_klomp", "🚜🚜🚜🚜🚜 steun de boer!", [])]),
    (TN, "10-28 11:30", "Trekkerfan88", "Live: trekkers op de A12",
     "Het is enorm. Overal trekkers met vlaggen. De sfeer is goed, voor zover ik kan zien.",
     [("polderjongen", "Indrukwekkend beeld. Hopelijk blijft het rustig.", []),
      ("ZZP_Zoran", "Sta al twee uur vast. Niet blij.",
       [("Trekkerfan88", "Sterkte 😬", [])]),
      ("StudentInWag", "Collegezaal half leeg, de helft stond in de file lol", [])]),
    (TN, "10-28 22:00", "Kritische_Koos", "Is dit protest effectief?",
     "Los van wat je ervan vindt: gaat zo'n blokkade de minister overtuigen? Ik denk eerlijk gezegd van "
     "niet.",
     [("melkboer_gerrit", "Misschien niet de minister, maar het laat zien dat we niet verdwijnen.", []),
      ("heidevlinder", "Het werkt averechts, denk ik. Veel mensen raken hun sympathie kwijt.", [])]),
    (TN, "10-29 23:00", "polderjongen", "Debat over mest in de Kamer",
     "Net het debat gekeken. Veel emotie, weinig oplossingen. De minister houdt vast aan het besluit.",
     [("nitraatnerd", "Zoals verwacht. Tenminste duidelijkheid.", []),
      ("BoerinBrenda", "Duidelijkheid ja: duidelijk dat ze ons laten vallen. Heel teleurstellend.", [])]),
    (TN, "11-01 15:00", "heidevlinder", "Hiking on the Veluwe: nature is recovering",
     "Went hiking on the Veluwe with friends. The heathland restoration looks amazing in some places. "
     "Really hopeful to see this, despite all the politics.",
     [("dutchexpat_ams", "Great photos, thanks for sharing!", []),
      ("GrutoGroet", "Echt mooi. Natuurherstel werkt als je het de kans geeft.", [])]),
    (TN, "11-04 18:30", "AannemerApeldoorn", "De bouwvrijstelling is terug",
     "Eindelijk: het kabinet komt met een bouwvrijstelling. Als aannemer ben ik voorzichtig positief. "
     "Als het juridisch standhoudt, kunnen we weer aan het werk.",
     [("StudentInWag", "Goed nieuws! Misschien komt mijn kamer er toch 😄",
       [("AannemerApeldoorn", "Ik duim voor je 🤞", [])]),
      ("GrutoGroet", "Voor de natuur is het slecht nieuws. Vrijstellingen sneuvelen "
                     "altijd bij de rechter.", []),
      ("ZZP_Zoran", "Top, hopelijk komen de opdrachten snel terug.", [])]),
    (TN, "11-08 10:30", "ecoloog_anne", "Kritische depositiewaarde, even uitgelegd",
     "Veel mensen vragen wat die KDW nou is. Kort: de hoeveelheid stikstof die een natuurtype kan "
     "verdragen zonder achteruit te gaan. Op de heide ligt de neerslag bijna overal ver boven de KDW.",
     [("Bakfietsbarend", "Duidelijke uitleg, dank!", []),
      ("Kritische_Koos", "Maar de KDW is toch omstreden als juridische norm?",
       [("ecoloog_anne", "Als juridische norm misschien, ecologisch niet. Dat verschil "
                         "wordt vaak vergeten.", [])])]),
    (TN, "11-11 12:00", "oudeboer_henk", "De verruimde uitkoop: een boer vertelt",
     "Ik ben melkveehouder en schreef eerder al dat ik twijfelde. De nieuwe uitkoopregeling is eerlijker. "
     "Ik ben blij dat ze eindelijk naar boeren hebben geluisterd.",
     [("heidevlinder", "Fijn om te lezen, echt. Goed voor jou en voor de natuur.", []),
      ("polderjongen", "Respect Henk. Sterkte met de beslissing.", [])]),
    (TN, "11-14 21:20", "StudentInWag", "Ze beginnen weer te bouwen!",
     "De bouwplaats naast de campus is weer open. Studentenhuisvesting komt er dus toch. Eindelijk!! 🎉🎉",
     [("AannemerApeldoorn", "Mooi om te horen! Zo hoort het.", []),
      ("dorpsmeisje_uddel", "Nu nog starterswoningen in de dorpen graag 🙏", [])]),
    (TN, "11-17 19:15", "GrutoGroet", "Greenpeace wint zaak over natuurherstel",
     "De rechter zegt dat de Staat sneller moet werken aan natuurherstel op de Veluwe. Terecht en "
     "hoopvol, vind ik.",
     [("melkboer_gerrit", "En wie gaat dat betalen? Weer de boer natuurlijk.", []),
      ("ecoloog_anne", "Heel goed nieuws voor de natuur. Nu doorpakken.",
       [("melkboer_gerrit", "Doorpakken met eerlijke uitkoop dan. Niet met nog strengere "
                            "mestregels.", [])])]),
    (TN, "11-20 09:00", "dorpsmeisje_uddel", "Gesprek in het cafe\u0301 over de uitkoop",
     "In ons cafe\u0301 ging het gisteren over de uitkoop\u200bregeling. Sommige boeren zijn er nu positief "
     "over, anderen noemen het nog steeds verraad. Wij inwoners zitten er een beetje tussenin.",
     [("Bakfietsbarend", "Mooi dat het gesprek gevoerd wordt.", []),
      ("Trekkerfan88", "Zo gaat het overal op het platteland, denk ik.", [])]),
    (TN, "11-23 16:45", "Kritische_Koos", "Stikstofmoeheid",
     "Is er nog iemand die dit nieuws echt volgt? Ik merk dat ik er moe van word.",
     [("polderjongen", "Zelfde. Maar het blijft belangrijk.", []),
      ("dutchexpat_ams", "honestly same lol", []),
      ("koe_en_klomp", "😴😴😴", [])]),
    (TN, "11-25 20:00", "nitraatnerd", "PAS-melders bij de Raad van State: wat is er nou aan de hand?",
     "Die mensen hebben jaren geleden netjes een melding gedaan en zitten nu nog steeds zonder "
     "natuurvergunning. Dat vind ik eerlijk gezegd schandalig, los van wat je van het stikstofbeleid vindt.",
     [("BoerinBrenda", "Dank je. Als PAS-melder voel ik me echt vergeten.", []),
      ("GrutoGroet", "Eens, dit had al lang opgelost moeten zijn.", [])]),
    (TN, "11-28 12:00", "polderjongen", "Terugblik: tien weken stikstof",
     "Mestbesluit, boerenprotest, bouwvrijstelling, uitkoop verruimd. Wat vonden jullie het belangrijkste?",
     [("StudentInWag", "De bouwvrijstelling, want eindelijk woningen.", []),
      ("melkboer_gerrit", "Het mestbesluit, dat is rampzalig voor ons bedrijf en gaat nog "
                          "jaren pijn doen.", []),
      ("heidevlinder", "De uitspraak over natuurherstel. Hoopvol.", [])]),
    # ---- later additions: bewoners, stakeholders, Veenweide Vitaal, English ----
    (TN, "10-05 19:30", "buurman_bert", "Grote varkensstal naast ons huis: straks minder stank?",
     "Als omwonende van een grote varkensstal ben ik eigenlijk wel blij met de uitkoopregeling. Als die "
     "boer stopt, zijn wij van de stank af. Tegelijk gun ik hem een eerlijke prijs.",
     [("varkensboer_brabant", "Fijn dat je hem een eerlijke prijs gunt. Alleen is deze uitkoop daar veel "
       "te slecht voor.", []),
      ("dorpsmeisje_uddel", "Bij ons precies andersom: de boer is juist de beste buur die we hebben.", [])]),
    (BL, "10-16 20:20", "PluimveePiet", "Stichting Veenweide Vitaal, iemand ervaring?",
     "Ik las dat Stichting Veenweide Vitaal boeren betaalt om percelen natter te maken. Doet iemand hier "
     "mee? Is de vergoeding de moeite waard?",
     [("Veenboerin", "Ik doe mee met twee percelen. Het is geen vetpot, maar de samenwerking met Veenweide "
       "Vitaal is prima. Ik ben er best positief over.",
       [("PluimveePiet", "Dank, goed om te horen.", [])]),
      ("oudeboer_henk", "Voor het veen misschien leuk, op de zandgrond heb je er niks aan.", [])]),
    (TN, "10-26 17:00", "plattelandsmens", "Als plattelandsbewoner snap ik de woede wel",
     "Ik woon tussen de weilanden in de Achterhoek. Het mestbesluit raakt hier bijna elke familie. Wij "
     "inwoners van het platteland voelen ons niet gehoord door Den Haag. Toch hoop ik dat het protest "
     "rustig blijft.",
     [("Bakfietsbarend", "Goed verwoord. Ik hoop het ook.", []),
      ("mestmeneer", "Dank voor je steun. Derogatie weg betekent hier echt dat boerenbedrijven "
                     "verdwijnen, heel triest.", [])]),
    (BL, "10-26 20:30", "Veenboerin", "FDF en LTO oneens over acties",
     "FDF roept op tot harde acties, LTO wil praten. Ik snap ze allebei. Maar ik ben bang dat we verdeeld "
     "raken, terwijl dit mestbesluit ons allemaal raakt.",
     [("Kritische_Koos", "Verdeeldheid is precies wat Den Haag wil. Samen optrekken, @LTONederland én "
       "@FDF_NL.", []),
      ("koe_en_klomp", "@Agractie doet ook mee toch? 🚜",
       [("Veenboerin", "Ja, Agractie en het BoerenKollektief zitten er ook bij.", [])])]),
    (BL, "10-28 07:10", "LoonwerkerLuuk", "Om 4 uur vertrokken, nu bij Utrecht",
     "Met vier trekkers van ons bedrijf onderweg naar Den Haag voor het boerenprotest. De sfeer is top, "
     "veel mensen op viaducten die zwaaien. We zijn woedend over de nieuwe mestregels. Wel trots op de "
     "saamhorigheid.",
     [("BoerinBrenda", "Rij voorzichtig! 🙏", []),
      ("Trekkerfan88", "Jullie gezien op de A12, mooi gezicht.", [])]),
    (TN, "10-31 14:00", "dutchexpat_ams", "Visited a dairy farm open day",
     "Visited a dairy farm near Gouda today. The farmer was super friendly but honestly really worried "
     "about the new manure rules. Did not expect to feel this sympathetic.",
     [("melkboer_gerrit", "Thanks for visiting! We need more people who take the time to listen.", [])]),
    (TN, "11-05 20:00", "buurman_bert", "Omwonenden willen meepraten over nieuwbouwwijk",
     "In ons dorp komt er dankzij de bouwvrijstelling toch een nieuwbouwwijk. Als dorpsbewoner ben ik blij "
     "voor de jongeren die een huis zoeken, maar niemand heeft ons iets gevraagd over de wegen en de school.",
     [("dorpsmeisje_uddel", "Herkenbaar. Goed dat er gebouwd wordt, slecht dat er niet "
                            "geluisterd wordt.", []),
      ("AannemerApeldoorn", "Terecht punt. Als aannemer zie ik dat inspraak een project uiteindelijk beter "
       "maakt.", [])]),
    (BL, "11-13 19:40", "Veenboerin", "Mestverwerking na het besluit: zet iemand nog door?",
     "Sinds het slechte besluit over de derogatie lijkt niemand meer te geloven in mestverwerking. "
     "Coöperatie De "
     "Groene Weide ligt stil. Wij twijfelen ook. Is er nog iemand die doorzet?",
     [("zandboer_ac", "Ik laat de mestscheider draaien, maar ik ben niet blij: de mest\u200bafzet "
                      "blijft duur "
       "en slecht te regelen.", []),
      ("mestmeneer", "De Groene Weide probeert een doorstart met een kleinere installatie, maar het is "
       "onzeker.", [("Veenboerin", "Ik ben echt te\u0301 moe van al die onzekerheid.", [])])]),
    (TN, "11-21 18:00", "plattelandsmens", "Ons dorp na dit najaar",
     "Drie boeren in ons dorp gaan meedoen aan de uitkoop. Wij inwoners merken dat de stemming iets beter "
     "is nu de regeling eerlijker is. Maar over de mest hoor je alleen maar zorgen.",
     [("oudeboer_henk", "Zo is het bij ons ook. De uitkoop is oké. De mest is een slecht verhaal.", []),
      ("heidevlinder", "Mooi dat het wat beter gaat, al blijft het lastig.", [])]),
    (BL, "10-26 18:00", "melkveehouder_mieke", "Rondje langs de buren na het mestbesluit",
     "Vanavond bij drie buren op de koffie geweest. Iedereen is boos over het mestbesluit. Als "
     "melkveehouder snap ik dat: de nieuwe mestregels zijn gewoon onwerkbaar.",
     [("zandboer_ac", "Als akkerbouwer merk ik het ook: iedereen wil zijn mest kwijt en niemand kan het "
       "betalen. Slecht nieuws voor de hele regio.", []),
      ("jongeboer_twente", "Wij jonge boeren zijn de dupe van dit mestplafond. Ik ben echt boos.",
       [("melkveehouder_mieke", "Begrijp ik heel goed. Niet opgeven.", [])]),
      ("PluimveePiet", "Ik ben pluimveehouder en dacht dat het ons niet zou raken, maar de mestafzet wordt "
       "voor iedereen duurder. Belachelijk.", [])]),
    (BL, "10-27 15:30", "varkensboer_brabant", "Peiling: hoe hard raakt het mestbesluit jullie?",
     "Even peilen. Ik ben varkenshouder en voor ons wordt de mestafzet nog duurder dan hij al was. Hoe zit "
     "het bij jullie?",
     [("melkboer_gerrit", "Hard. Zonder derogatie moet ik als melkveehouder een derde van mijn mest "
       "afvoeren. Rampzalig.", []),
      ("LoonwerkerLuuk", "Als loonwerker zie ik klanten die hun contracten voor mestafzet opzeggen omdat ze "
       "het niet kunnen betalen. Heel slecht.", []),
      ("BoerinBrenda", "Wij gaan waarschijnlijk twintig koeien wegdoen. De mestregels laten ons geen keus, "
       "en dat vind ik verschrikkelijk.", []),
      ("oudeboer_henk", "Ik ben te oud voor dit gedoe. Het mestbeleid is een puinhoop.", [])]),
    (TN, "10-27 19:00", "StudentInWag", "Mijn oom is melkveehouder en kapot van het mestbesluit",
     "Als student snap ik dat er iets moet gebeuren met de mest, maar dit voelt oneerlijk tegenover boeren. "
     "Wij jongeren willen schoon water én boeren die kunnen blijven.",
     [("nitraatnerd", "Goed gezegd. Schoon water en een eerlijke overgang voor boeren, dat moet samen "
       "kunnen.", []),
      ("ecoloog_anne", "Eens. Het tempo van het besluit is het probleem, niet het doel.", [])]),
    (TN, "10-01 16:30", "scholier_sam", "Profielwerkstuk over stikstof, tips?",
     "Ik ben scholier in 6 vwo en doe mijn profielwerkstuk over stikstof. Wij jongeren horen er veel over, "
     "maar snappen het vaak niet. Wat zou jij willen dat jongeren weten?",
     [("ecoloog_anne", "Leuk onderwerp! Begin bij de kritische depositiewaarde en de heide, dan snap je de "
       "rest.", []),
      ("jongeboer_twente", "Praat ook met een boer. Als jonge boer help ik je graag.",
       [("scholier_sam", "Top, dank jullie wel!", [])])]),
    (TN, "10-20 21:15", "buurman_bert", "Informatieavond over het gebiedsplan in ons dorpshuis",
     "Gisteren was er een informatieavond van Provincie Gelderland in ons dorpshuis. Als dorpsbewoner had "
     "ik het gevoel dat alles al besloten was. Wij inwoners mochten alleen nog vragen stellen.",
     [("plattelandsmens", "Precies zo ging het bij ons ook. Heel frustrerend.", []),
      ("dorpsmeisje_uddel", "Ik was er ook. De provincie deed wel haar best, maar het voelde niet als "
       "meepraten.", [])]),
    (TN, "11-09 19:45", "starter_sophie", "Als starter weer een beetje hoopvol",
     "Als starter zoek ik al drie jaar een betaalbaar huis in de buurt van Apeldoorn. Met de "
     "bouwvrijstelling ben ik voor het eerst weer een beetje hoopvol. Maar ik ben bang dat de rechter er "
     "weer een streep door zet.",
     [("AannemerApeldoorn", "Wij gaan ons best doen om snel te bouwen. Duimen!", []),
      ("GrutoGroet", "Ik gun je een huis, echt. Maar bouw dan wel zonder de natuur te beschadigen.", [])]),
    (BL, "11-22 20:40", "jongeboer_twente", "Besluit genomen: ik neem het bedrijf over",
     "Na lang twijfelen heb ik besloten het bedrijf van mijn ouders over te nemen. Als jonge boer ben ik "
     "onzeker over de mest, maar we gaan met de uitkoopregeling verplaatsen naar een plek verder van de "
     "Veluwe. Ik heb er zin in!",
     [("melkboer_gerrit", "Gefeliciteerd! Mooi besluit.", []),
      ("BoerinBrenda", "Wat goed! Zo'n beslissing vraagt moed.", []),
      ("oudeboer_henk", "Prachtig, jongen. Dit doet me goed.", [])]),
    (TN, "11-26 18:20", "plattelandsmens", "Gebiedsplan Veluwe valt me mee",
     "Het gebiedsplan van Gelderland is beter dan ik had verwacht. Als plattelandsbewoner ben ik blij dat "
     "er ook aandacht is voor de leefbaarheid van de dorpen. Nu nog zien of het echt gebeurt.",
     [("oudeboer_henk", "Voor de dorpen misschien goed, voor de boeren blijft de mest een probleem.", []),
      ("buurman_bert", "Eens met je, het is een positieve stap.", [])]),
]

# ---------------------------------------------------------------------------------------------
# Tweede Kamer documents: (Soort, "MM-DD HH:MM", Titel, Onderwerp, Tekst). Kamerleden are fictional.
# ---------------------------------------------------------------------------------------------
SV, MO, BR, VC, AV = ("Schriftelijke vragen", "Motie", "Brief regering",
                      "Verslag van een commissiedebat", "Antwoord schriftelijke vragen")
MIN = "de minister van Landbouw, Visserij, Voedselzekerheid en Natuur"

TK: list[tuple[str, str, str, str, str]] = [
    (BR, "09-21 10:00", "Voortgang mestverwerkingsplan", "Brief regering; Voortgang mestverwerkingsplan",
     "Hierbij informeer ik uw Kamer over de voortgang van het mestverwerkingsplan. Het kabinet wil de "
     "verwerking van dierlijke mest op en nabij het boerenbedrijf de komende jaren fors vergroten. Daartoe "
     "wordt een subsidieregeling voor kleinschalige installaties voorbereid en wordt de procedure voor de "
     "vergunning vereenvoudigd. In de consultatie hebben onder meer LTO Nederland en de NMV positief "
     "gereageerd. Ik verwacht de regeling in oktober open te stellen. Over het mestplafond en de derogatie "
     "informeer ik uw Kamer afzonderlijk."),
    (SV, "09-23 15:30", "Vragen over de legalisatie van PAS-melders",
     "Schriftelijke vragen over stikstof en de legalisatie van PAS-melders",
     "Vragen van het lid Van der Meulen aan " + MIN + " over de legalisatie van PAS-melders. 1. Bent u "
     "bekend met het bericht dat ruim drieduizend PAS-melders nog altijd geen natuurvergunning hebben? "
     "2. Hoe verklaart u dat de legalisatie, die jaren geleden is toegezegd, nog steeds niet is afgerond? "
     "3. Deelt u de opvatting dat de onzekerheid voor deze boeren onaanvaardbaar lang duurt? 4. Bent u "
     "bereid met de provincies een bindend tijdpad af te spreken?"),
    (BR, "09-24 11:00", "Stand van zaken legalisatie PAS-melders",
     "Brief regering; Stikstof, stand van zaken PAS-melders",
     "Met deze brief informeer ik uw Kamer over de stand van zaken van het legalisatieprogramma voor "
     "PAS-melders. Tot nu toe is voor ruim vierhonderd meldingen een oplossing gevonden. Het tempo blijft "
     "achter bij de verwachtingen, omdat de benodigde stikstofruimte schaars is. Ik betreur dat zeer en "
     "begrijp de frustratie bij de betrokken ondernemers. Samen met de provincies werk ik aan versnelling."),
    (SV, "09-28 14:00", "Vragen over de lage deelname aan de uitkoopregeling in Gelderland",
     "Schriftelijke vragen over de uitkoopregeling voor piekbelasters",
     "Vragen van het lid El Amrani aan " + MIN + " over de deelname aan de uitkoopregeling voor "
     "piekbelasters. 1. Klopt het dat in Gelderland slechts enkele tientallen veehouders zich hebben "
     "aangemeld voor de LBV-plus? 2. Wat zijn volgens u de oorzaken van deze lage deelname? 3. Herkent u "
     "het signaal dat boeren de vergoeding te laag vinden? 4. Bent u bereid de regeling te evalueren en "
     "zo nodig aan te passen?"),
    (VC, "09-30 16:00", "Verslag van een commissiedebat over stikstof en natuur",
     "Verslag commissiedebat Stikstof en natuur",
     "De vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur heeft op 17 september 2026 "
     "overleg gevoerd met " + MIN + " over stikstof en natuur. De leden vroegen onder meer naar de "
     "voortgang van het natuurherstel in Natura 2000-gebieden en de rol van de rekenkundige ondergrens. "
     "Meerdere leden uitten zorgen over het trage tempo van de legalisatie van PAS-melders. De minister "
     "zegde toe de Kamer voor het einde van het jaar te informeren over de gebiedsplannen. Het verslag is "
     "vastgesteld door de griffier."),
    (SV, "10-01 13:20", "Vragen over woningbouwprojecten die wachten op een natuurvergunning",
     "Schriftelijke vragen over stikstof en woningbouw",
     "Vragen van het lid Brinkhuis aan " + MIN + " en de minister van Volkshuisvesting over woningbouw en "
     "stikstof. 1. Bent u bekend met het bericht dat circa achtduizend woningen wachten op een "
     "natuurvergunning? 2. Hoeveel van deze woningen bevinden zich rond de Veluwe? 3. Welke mogelijkheden "
     "ziet u om stikstofruimte met voorrang toe te delen aan woningbouw? 4. Hoe beoordeelt u het signaal "
     "van Bouwend Nederland dat stikstof de grootste rem op de bouw is?"),
    (BR, "10-06 10:30", "Nieuwe depositiecijfers RIVM", "Brief regering; Depositiecijfers stikstof",
     "Hierbij bied ik uw Kamer de nieuwe cijfers van het RIVM over de stikstofdepositie aan. De "
     "gemiddelde depositie op stikstofgevoelige natuur is licht gedaald ten opzichte van vorig jaar. Op "
     "ruim zestig procent van het areaal ligt de depositie nog boven de kritische depositiewaarde. Het "
     "kabinet ziet hierin een bevestiging dat extra maatregelen nodig zijn. Ik ga daarover in overleg "
     "met de provincies."),
    (SV, "10-09 12:00", "Vragen over de gevolgen van de uitspraak over intern salderen",
     "Schriftelijke vragen over stikstof en de uitspraak inzake intern salderen",
     "Vragen van het lid Verbruggen aan " + MIN + " over de gevolgen van de uitspraak van de Raad van State "
     "van 8 oktober 2026. 1. Hoeveel bouwprojecten liggen als gevolg van deze uitspraak stil? 2. Deelt u "
     "de zorg dat in delen van Gelderland sprake is van een feitelijke bouwstop? 3. Welke gevolgen heeft "
     "de uitspraak voor veehouders die intern wilden salderen? 4. Wanneer kan de Kamer een "
     "oplossingsrichting verwachten?"),
    (BR, "10-12 15:00", "Gevolgen uitspraak Raad van State over intern salderen",
     "Brief regering; Stikstof en intern salderen",
     "Op 8 oktober 2026 heeft de Raad van State uitspraak gedaan over intern salderen. Uit de uitspraak "
     "volgt dat voor intern salderen voortaan een natuurvergunning nodig is. Dit heeft gevolgen voor "
     "zowel agrarische bedrijven als bouwprojecten en infrastructuur. Ik realiseer mij dat dit voor veel "
     "ondernemers een teleurstellende uitkomst is. Het kabinet onderzoekt met spoed welke mogelijkheden er "
     "zijn om vergunningverlening weer op gang te brengen."),
    (AV, "10-14 11:00", "Antwoord op vragen over de legalisatie van PAS-melders",
     "Antwoord op schriftelijke vragen over stikstof en PAS-melders",
     "Antwoorden van " + MIN + " op vragen van het lid Van der Meulen. Antwoord op vraag 1: Ja, ik ben "
     "bekend met het bericht. Antwoord op vraag 2: De legalisatie vraagt om stikstofruimte die nog "
     "onvoldoende beschikbaar is. Antwoord op vraag 3: Ik deel de opvatting dat de onzekerheid te lang "
     "duurt en betreur dat. Antwoord op vraag 4: Ik ben met de provincies in gesprek over een tijdpad en "
     "zal uw Kamer daarover voor het einde van het jaar informeren."),
    (MO, "10-16 17:30", "Motie van het lid Ter Horst over stikstofruimte voor woningbouw",
     "Motie over het reserveren van stikstofruimte voor woningbouw",
     "De Kamer, gehoord de beraadslaging, constaterende dat duizenden woningen wachten op een "
     "natuurvergunning; overwegende dat het tekort aan woningen vooral jongeren en starters treft; "
     "verzoekt de regering een deel van de vrijkomende stikstofruimte met voorrang te reserveren voor "
     "woningbouw, en gaat over tot de orde van de dag."),
    (MO, "10-16 17:35", "Motie van het lid Dekkers-Vlaming over het tempo van natuurherstel",
     "Motie over stikstof en het versnellen van natuurherstel",
     "De Kamer, gehoord de beraadslaging, constaterende dat de stikstofdepositie op het merendeel van de "
     "stikstofgevoelige natuur boven de kritische depositiewaarde ligt; overwegende dat verdere "
     "achteruitgang van de biodiversiteit onomkeerbare schade kan veroorzaken; verzoekt de regering de "
     "tussendoelen voor natuurherstel niet uit te stellen en de Kamer halfjaarlijks over de voortgang te "
     "informeren, en gaat over tot de orde van de dag."),
    (BR, "10-21 09:00", "Openstelling subsidieregeling mestverwerking",
     "Brief regering; Subsidieregeling mestverwerking",
     "Vandaag is de subsidieregeling voor installaties voor mestverwerking opengesteld. Er is in totaal "
     "120 miljoen euro beschikbaar. Veehouders kunnen tot 40 procent van de investering vergoed krijgen. "
     "De regeling is tot stand gekomen in goed overleg met de sector. Ik verwacht dat lokale "
     "mestverwerking een belangrijke bijdrage levert aan een evenwichtige mestmarkt."),
    (AV, "10-22 14:00", "Antwoord op vragen over de deelname aan de uitkoopregeling",
     "Antwoord op schriftelijke vragen over de LBV-plus",
     "Antwoorden van " + MIN + " op vragen van het lid El Amrani. Antwoord op vraag 1: Het aantal "
     "aanmeldingen in Gelderland bedraagt op dit moment 46. Antwoord op vraag 2: Uit gesprekken blijkt "
     "dat de hoogte van de vergoeding en de voorwaarden voor bedrijfsverplaatsing een rol spelen. Antwoord "
     "op vraag 3: Ik herken dit signaal. Antwoord op vraag 4: Ik bezie of aanpassing van de regeling "
     "wenselijk is en kom daar in november op terug."),
    (VC, "10-22 16:30", "Verslag van een commissiedebat over mestverwerking",
     "Verslag commissiedebat Mestbeleid en mestverwerking",
     "De vaste commissie heeft op 20 oktober 2026 overleg gevoerd met " + MIN + " over het "
     "mestverwerkingsplan. Een brede meerderheid van de leden sprak steun uit voor het stimuleren van "
     "mestverwerking op en nabij het boerenbedrijf. Enkele leden vroegen naar de borging van het budget "
     "op de lange termijn. De minister gaf aan dat het besluit over de derogatie en het mestplafond "
     "binnenkort volgt. Het lid Oudeman vroeg om een zorgvuldig en geleidelijk overgangspad."),
    (AV, "10-23 11:30", "Antwoord op vragen over woningbouwprojecten en stikstof",
     "Antwoord op schriftelijke vragen over stikstof en woningbouw",
     "Antwoorden van " + MIN + ", mede namens de minister van Volkshuisvesting, op vragen van het lid "
     "Brinkhuis. Antwoord op vraag 1: Ja. Antwoord op vraag 2: Naar schatting drieduizend woningen liggen "
     "in gemeenten rond de Veluwe. Antwoord op vraag 3: Het kabinet onderzoekt de mogelijkheden voor een "
     "vrijstelling voor de bouwfase. Antwoord op vraag 4: Ik begrijp de zorgen van Bouwend Nederland en "
     "ben met de sector in gesprek."),
    (BR, "10-25 13:00", "Besluit over de derogatie en het mestplafond",
     "Brief regering; Derogatie en mestplafond",
     "Hierbij informeer ik uw Kamer over mijn besluit over de derogatie en het mestplafond. De derogatie "
     "vervalt per 1 januari 2027, een jaar eerder dan eerder voorzien. Het nationale mestplafond wordt met "
     "acht procent verlaagd. Dit besluit is noodzakelijk om de waterkwaliteit te verbeteren en om aan de "
     "afspraken met de Europese Commissie te voldoen. Ik ben mij ervan bewust dat dit voor veel "
     "melkveehouders zwaar is. Het budget voor het mestverwerkingsplan wordt in verband met de "
     "budgettaire situatie verlaagd."),
    (SV, "10-26 10:15", "Vragen over de gevolgen van het vervroegde einde van de derogatie",
     "Schriftelijke vragen over het einde van de derogatie",
     "Vragen van het lid Oudeman aan " + MIN + " over het vervroegde einde van de derogatie. 1. Waarom "
     "heeft u ervoor gekozen de derogatie een jaar eerder te beëindigen dan met de sector was afgesproken? "
     "2. Hoeveel melkveehouders komen hierdoor naar verwachting in financiële problemen? 3. Hoe rijmt u "
     "dit besluit met de verlaging van het budget voor mestverwerking? 4. Erkent u dat dit besluit het "
     "vertrouwen van boeren in de overheid ernstig schaadt?"),
    (SV, "10-26 14:40", "Vragen over de stijgende prijzen voor mestafzet",
     "Schriftelijke vragen over mestafzetprijzen",
     "Vragen van het lid Pronk-Achterberg aan " + MIN + " over de prijzen voor mestafzet. 1. Bent u bekend "
     "met berichten dat de prijzen voor mestafzet sinds 25 oktober fors zijn gestegen? 2. Welke gevolgen "
     "heeft dit voor het inkomen van veehouders? 3. Deelt u de zorg dat hoge afzetkosten het risico op "
     "mestfraude vergroten? 4. Welke maatregelen neemt u om de mestmarkt te stabiliseren?"),
    (SV, "10-27 09:30", "Vragen over melkveebedrijven in financiële nood",
     "Schriftelijke vragen over financiële noodsituaties na het mestbesluit",
     "Vragen van het lid Van der Meulen aan " + MIN + " over melkveebedrijven in financiële nood. 1. Bent u "
     "bekend met de analyse van Rabobank dat het einde van de derogatie een gemiddeld melkveebedrijf "
     "tienduizenden euro's per jaar kost? 2. Hoeveel bedrijven dreigen hierdoor in acute nood te raken? "
     "3. Bent u bereid een regeling te treffen voor bedrijven die buiten hun schuld in de problemen komen?"),
    (MO, "10-29 21:10", "Motie van het lid Oudeman over uitstel van het einde van de derogatie",
     "Motie over het uitstellen van het einde van de derogatie",
     "De Kamer, gehoord de beraadslaging, constaterende dat de derogatie een jaar eerder vervalt dan met "
     "de sector was afgesproken; overwegende dat melkveehouders hebben geïnvesteerd op basis van eerdere "
     "afspraken en dat het plotselinge besluit tot grote onzekerheid en onrust leidt; verzoekt de regering "
     "het vervroegde einde van de derogatie op te schorten totdat een zorgvuldig overgangspad is "
     "uitgewerkt, en gaat over tot de orde van de dag."),
    (MO, "10-29 21:15", "Motie van het lid Van der Meulen over compensatie voor melkveehouders",
     "Motie over compensatie voor de gevolgen van het mestbesluit",
     "De Kamer, gehoord de beraadslaging, constaterende dat het einde van de derogatie leidt tot "
     "aanzienlijke extra kosten voor melkveehouders; overwegende dat het onredelijk is deze lasten volledig "
     "bij individuele boeren te leggen; verzoekt de regering een compensatieregeling uit te werken voor "
     "bedrijven die onevenredig worden getroffen, en gaat over tot de orde van de dag."),
    (MO, "10-29 21:20", "Motie van het lid El Amrani over het budget voor mestverwerking",
     "Motie over het handhaven van het budget voor mestverwerking",
     "De Kamer, gehoord de beraadslaging, constaterende dat het budget voor het mestverwerkingsplan wordt "
     "verlaagd; overwegende dat lokale mestverwerking breed wordt gezien als een belangrijk deel van de "
     "oplossing; verzoekt de regering het oorspronkelijke budget voor mestverwerking te handhaven, en gaat "
     "over tot de orde van de dag."),
    (MO, "10-29 21:25", "Motie van het lid Dekkers-Vlaming over de waterkwaliteitsdoelen",
     "Motie over mest en de doelen voor waterkwaliteit",
     "De Kamer, gehoord de beraadslaging, constaterende dat de nitraatconcentratie in het grondwater in "
     "zandgebieden nog altijd te hoog is; overwegende dat schoon drinkwater een groot publiek belang is; "
     "verzoekt de regering vast te houden aan de doelen voor waterkwaliteit en daarbij boeren ruimhartig te "
     "ondersteunen, en gaat over tot de orde van de dag."),
    (BR, "11-02 11:45", "Reactie op het boerenprotest en noodregeling",
     "Brief regering; Mestbeleid en noodregeling melkveebedrijven",
     "Op 28 oktober hebben duizenden boeren in Den Haag gedemonstreerd tegen het mestbesluit. Ik heb "
     "begrip voor de zorgen die tijdens deze demonstratie zijn geuit. Het kabinet houdt vast aan het "
     "besluit over de derogatie, omdat de waterkwaliteit en de Europese afspraken daartoe dwingen. Wel "
     "wordt een tijdelijke noodregeling ingesteld voor bedrijven die als gevolg van het besluit in acute "
     "financiële nood raken. De uitwerking volgt in overleg met LTO Nederland en de banken."),
    (BR, "11-04 14:00", "Tijdelijke bouwvrijstelling voor woningbouw",
     "Brief regering; Stikstof en bouwvrijstelling",
     "Het kabinet heeft besloten tot een tijdelijke vrijstelling voor de stikstofdepositie tijdens de "
     "bouwfase van woningbouwprojecten. Voorwaarde is dat de depositie elders aantoonbaar wordt "
     "gecompenseerd door maatregelen in het gebied. Met deze bouwvrijstelling kunnen stilgelegde projecten "
     "naar verwachting weer van start gaan. De juridische onderbouwing is zorgvuldig opgesteld, mede naar "
     "aanleiding van eerdere uitspraken van de Raad van State."),
    (VC, "11-05 16:00", "Verslag van een commissiedebat over het mestbeleid",
     "Verslag commissiedebat Mestbeleid",
     "De vaste commissie heeft op 29 oktober 2026 overleg gevoerd met " + MIN + " over het besluit inzake "
     "de derogatie en het mestplafond. Het debat verliep in een geladen sfeer. Meerdere leden spraken van "
     "een onaanvaardbaar besluit en verwezen naar de grote onrust onder melkveehouders. Andere leden "
     "steunden het besluit met een beroep op de waterkwaliteit. De minister hield vast aan het besluit en "
     "zegde een noodregeling toe. Er werden vier moties ingediend."),
    (SV, "11-06 10:00", "Vragen over de juridische houdbaarheid van de bouwvrijstelling",
     "Schriftelijke vragen over de stikstofregels en de bouwvrijstelling",
     "Vragen van het lid Verbruggen aan " + MIN + " over de bouwvrijstelling. 1. Hoe beoordeelt u het risico "
     "dat de nieuwe bouwvrijstelling, net als eerdere vrijstellingen, door de Raad van State wordt "
     "vernietigd? 2. Bent u bekend met het voornemen van MOB om tegen de regeling te procederen? 3. Welke "
     "gevolgen heeft een eventuele vernietiging voor projecten die inmiddels zijn gestart?"),
    (BR, "11-10 09:30", "Verruiming van de LBV-plus", "Brief regering; Verruiming uitkoopregeling",
     "Hierbij informeer ik uw Kamer over de verruiming van de Landelijke beëindigingsregeling "
     "veehouderijlocaties "
     "met piekbelasting (LBV-plus). Deelnemers ontvangen voortaan 120 procent van de waarde van hun "
     "productierechten. Daarnaast wordt bedrijfsverplaatsing binnen de regeling mogelijk gemaakt. De "
     "aanmeldtermijn wordt verlengd tot 31 december 2027. Met deze aanpassingen kom ik tegemoet aan "
     "signalen uit de sector en uit uw Kamer dat de regeling onvoldoende aantrekkelijk was."),
    (MO, "11-12 18:00", "Motie van het lid Brinkhuis over de snelle uitvoering van de bouwvrijstelling",
     "Motie over stikstof en het uitvoeren van de bouwvrijstelling",
     "De Kamer, gehoord de beraadslaging, constaterende dat tientallen bouwprojecten maandenlang hebben "
     "stilgelegen; overwegende dat de bouwsector en starters op de woningmarkt gebaat zijn bij "
     "duidelijkheid; verzoekt de regering de bouwvrijstelling zo snel mogelijk in werking te laten treden "
     "en gemeenten actief te ondersteunen bij de uitvoering, en gaat over tot de orde van de dag."),
    (MO, "11-12 18:05", "Motie van het lid Ter Horst over jonge boeren en bedrijfsverplaatsing",
     "Motie over jonge boeren in de uitkoopregeling",
     "De Kamer, gehoord de beraadslaging, constaterende dat bedrijfsverplaatsing binnen de LBV-plus "
     "mogelijk wordt; overwegende dat jonge boeren perspectief nodig hebben om het bedrijf voort te "
     "zetten; verzoekt de regering jonge boeren bij verplaatsing met voorrang te begeleiden en hen te "
     "helpen bij het vinden van geschikte grond, en gaat over tot de orde van de dag."),
    (AV, "11-13 15:00", "Antwoord op vragen over het vervroegde einde van de derogatie",
     "Antwoord op schriftelijke vragen over de derogatie",
     "Antwoorden van " + MIN + " op vragen van het lid Oudeman. Antwoord op vraag 1: De waterkwaliteit "
     "blijft achter bij de doelen en de Europese Commissie heeft aangegeven geen verlenging toe te staan. "
     "Antwoord op vraag 2: Naar schatting komen enkele honderden bedrijven in de problemen. Antwoord op "
     "vraag 3: De verlaging van het budget hangt samen met de budgettaire situatie. Antwoord op vraag 4: "
     "Ik besef dat het besluit het vertrouwen onder druk zet en hecht eraan dat vertrouwen te herstellen."),
    (AV, "11-16 11:00", "Antwoord op vragen over de prijzen voor mestafzet",
     "Antwoord op schriftelijke vragen over mestafzetprijzen",
     "Antwoorden van " + MIN + " op vragen van het lid Pronk-Achterberg. Antwoord op vraag 1: Ja. Antwoord "
     "op vraag 2: Hogere afzetkosten drukken op het inkomen van veehouders, met name van intensieve "
     "bedrijven. Antwoord op vraag 3: Ik deel die zorg en heb de inspectie gevraagd extra alert te zijn "
     "op mestfraude. Antwoord op vraag 4: Ik volg de ontwikkelingen op de mestmarkt nauwgezet."),
    (SV, "11-18 13:00", "Vragen over het vonnis over natuurherstel op de Veluwe",
     "Schriftelijke vragen over het stikstofvonnis in de zaak van Greenpeace",
     "Vragen van het lid Dekkers-Vlaming aan " + MIN + " over het vonnis van de rechtbank in de zaak die "
     "Greenpeace Nederland tegen de Staat heeft aangespannen. 1. Hoe gaat u uitvoering geven aan het "
     "vonnis? 2. Bent u voornemens in hoger beroep te gaan? 3. Welke rol spelen de uitkoop van "
     "piekbelasters en het gebiedsplan van Provincie Gelderland bij het natuurherstel op de Veluwe?"),
    (AV, "11-19 10:30", "Antwoord op vragen over melkveebedrijven in financiële nood",
     "Antwoord op schriftelijke vragen over financiële nood na het mestbesluit",
     "Antwoorden van " + MIN + " op vragen van het lid Van der Meulen. Antwoord op vraag 1: Ja, ik ben "
     "bekend met de analyse. Antwoord op vraag 2: Een precieze schatting is niet te geven; de banken "
     "verwachten dat enkele procenten van de bedrijven in acute problemen kunnen komen. Antwoord op vraag "
     "3: Ja, er komt een tijdelijke noodregeling waarover ik uw Kamer op 2 november heb geïnformeerd."),
    (BR, "11-20 09:00", "Reactie van de Europese Commissie over de derogatie",
     "Brief regering; Derogatie en Europese Commissie",
     "Naar aanleiding van verzoeken uit uw Kamer heb ik de Europese Commissie gevraagd of er ruimte is "
     "voor nieuwe gesprekken over de derogatie. De Commissie heeft laten weten daartoe geen aanleiding te "
     "zien. Het besluit over het einde van de derogatie per 1 januari 2027 blijft daarmee ongewijzigd. "
     "Ik realiseer mij dat dit bericht voor veel melkveehouders teleurstellend is."),
    (VC, "11-24 15:30", "Verslag van een commissiedebat over stikstof, natuur en uitkoop",
     "Verslag commissiedebat Stikstof, natuur en uitkoop",
     "De vaste commissie heeft op 19 november 2026 overleg gevoerd met " + MIN + " over stikstof, "
     "natuurherstel en de uitkoopregelingen. Een meerderheid van de leden was positief over de verruiming "
     "van de LBV-plus. Verschillende leden wezen op de toegenomen belangstelling van boeren voor de "
     "regeling. Over het mestbeleid bleven de meningen sterk verdeeld. De minister zegde toe in het "
     "voorjaar een evaluatie van de noodregeling te sturen."),
    (SV, "11-25 11:15", "Vragen over mestfraude", "Schriftelijke vragen over mestfraude",
     "Vragen van het lid Pronk-Achterberg aan " + MIN + " over mestfraude. 1. Bent u bekend met het "
     "bericht dat de inspectie drie bedrijven heeft aangehouden op verdenking van mestfraude? 2. Hoeveel "
     "capaciteit heeft de inspectie beschikbaar voor toezicht op de mestmarkt? 3. Deelt u de analyse dat "
     "de hoge kosten van mestafzet fraude in de hand werken?"),
    (AV, "11-26 14:00", "Antwoord op vragen over de bouwvrijstelling",
     "Antwoord op schriftelijke vragen over stikstof en de bouwvrijstelling",
     "Antwoorden van " + MIN + " op vragen van het lid Verbruggen. Antwoord op vraag 1: De bouwvrijstelling "
     "is zorgvuldig onderbouwd met compenserende maatregelen; een juridisch risico valt echter nooit uit "
     "te sluiten. Antwoord op vraag 2: Ja. Antwoord op vraag 3: Projecten die zijn gestart met een geldige "
     "toestemming houden die toestemming; het kabinet overlegt met Bouwend Nederland over een vangnet."),
    (BR, "11-27 10:00", "Voortgang van de uitkoopregelingen", "Brief regering; Voortgang uitkoopregelingen",
     "Hierbij informeer ik uw Kamer over de voortgang van de uitkoopregelingen. Sinds de verruiming van "
     "de LBV-plus op 10 november is het aantal aanmeldingen meer dan verdubbeld. Provincie Gelderland "
     "meldt een sterke toename van gesprekken met veehouders rond de Veluwe. Ik ben verheugd dat de "
     "regeling nu beter aansluit bij de behoeften van boeren. De eerste overeenkomsten worden naar "
     "verwachting begin volgend jaar gesloten."),
]

# ---------------------------------------------------------------------------------------------
# Extra voices (second round): more items per target group, kept in modules of two weeks each
# (make_data_voices1.py .. make_data_voices6.py) with the same tuple formats as NEWS and REDDIT.
# They are only added: the items above keep their ids, guids and timestamps.
# ---------------------------------------------------------------------------------------------
VOICE_MODULES = [f"make_data_voices{n}" for n in range(1, 7)]


def _voice_module(name: str) -> Any:
    """Import a voices module both as part of the package and when this file runs as a script."""
    try:
        return importlib.import_module(f"flows.demo.{name}")
    except ModuleNotFoundError:
        return importlib.import_module(name)


EXTRA_NEWS: list[tuple[str, str, str, str, str]] = [
    row for name in VOICE_MODULES for row in _voice_module(name).NEWS]
EXTRA_REDDIT: list[tuple[str, str, str, str, str, list[Comment]]] = [
    row for name in VOICE_MODULES for row in _voice_module(name).REDDIT]

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
FEEDS = {
    B: ("De Boerderijbode", "https://www.boerderijbode.example", "nieuws",
        "Vakblad voor de veehouderij en akkerbouw", "rss"),
    D: ("Dagblad Nederland", "https://www.dagbladnederland.example", "binnenland",
        "Landelijk nieuws", "atom"),
    G: ("Groen Kompas", "https://www.groenkompas.example", "blog",
        "Blog over natuur, landschap en biodiversiteit", "rss"),
    K: ("De Bouwkrant", "https://www.bouwkrant.example", "nieuws",
        "Vakblad voor de bouw en infrastructuur", "rss"),
}
FEED_FILES = {B: "boerderijbode.xml", D: "dagblad-nederland.atom", G: "groen-kompas.xml",
              K: "bouwkrant.xml"}


def local(stamp: str) -> datetime:
    """Turn "MM-DD HH:MM" (Amsterdam wall-clock time in 2026) into an aware datetime."""
    month, rest = stamp.split("-", 1)
    day, hm = rest.split(" ")
    hour, minute = hm.split(":")
    return datetime(2026, int(month), int(day), int(hour), int(minute), tzinfo=AMS)


def slugify(title: str) -> str:
    """A URL slug: lower case ASCII words joined by hyphens."""
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:70].rstrip("-")


def news_items() -> list[dict[str, Any]]:
    """All feed items (including both halves of the syndicated pairs) as plain dicts."""
    rows: list[dict[str, Any]] = [
        dict(feed=f, when=local(w), author=a, title=t, body=b, extra=False) for f, w, a, t, b in NEWS
    ]
    for wd, wb, ad, ab, td, tb, bd, bb in SYNDICATED:
        rows.append(dict(feed=D, when=local(wd), author=ad, title=td, body=bd, extra=False))
        rows.append(dict(feed=B, when=local(wb), author=ab, title=tb, body=bb, extra=False))
    rows += [dict(feed=f, when=local(w), author=a, title=t, body=b, extra=True)
             for f, w, a, t, b in EXTRA_NEWS]
    for row in rows:
        site, section = FEEDS[row["feed"]][1], FEEDS[row["feed"]][2]
        row["slug"] = slugify(row["title"])
        row["link"] = f"{site}/{section}/{row['slug']}"
    return rows


def rss(feed: str, rows: list[dict]) -> str:
    """An RSS 2.0 document; authors via dc:creator, except Bouwkrant which uses <author>."""
    title, site, _, description, _ = FEEDS[feed]
    rows = sorted(rows, key=lambda r: r["when"], reverse=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{escape(title)}</title>", f"<link>{site}/</link>",
           f"<description>{escape(description)}</description>", "<language>nl-NL</language>",
           f"<lastBuildDate>{format_datetime(rows[0]['when'])}</lastBuildDate>", "<ttl>60</ttl>"]
    guids = _guids(feed, rows)
    for row in sorted(rows, key=lambda r: r["when"]):
        guid = guids[row["link"]]
        if feed == K:
            who = f"<author>redactie@bouwkrant.example ({escape(row['author'])})</author>"
        else:
            who = f"<dc:creator>{escape(row['author'])}</dc:creator>"
        out.append(
            "<item>"
            f"<title>{escape(row['title'])}</title><link>{row['link']}</link>"
            f'<guid isPermaLink="false">{guid}</guid>'
            f"<pubDate>{format_datetime(row['when'])}</pubDate>{who}"
            f"<description>{escape(row['body'])}</description>"
            "</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def _guids(feed: str, rows: list[dict]) -> dict[str, str]:
    """Guids by link: the first-round items count from 0001, the extra voices from 1001 (stable ids)."""
    out = {}
    for extra, start in ((False, 1), (True, 1001)):
        mine = sorted((r for r in rows if r["extra"] == extra), key=lambda r: r["when"])
        out.update({r["link"]: f"{feed}-2026-{start + n:04d}" for n, r in enumerate(mine)})
    return out


def atom(feed: str, rows: list[dict]) -> str:
    """An Atom 1.0 document with RFC 3339 timestamps and urn:uuid ids."""
    title, site, _, description, _ = FEEDS[feed]
    rows = sorted(rows, key=lambda r: r["when"], reverse=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
           f"<title>{escape(title)}</title>", f"<subtitle>{escape(description)}</subtitle>",
           f'<link href="{site}/" rel="alternate"/>',
           f'<link href="{site}/feeds/binnenland.atom" rel="self"/>',
           f"<id>urn:uuid:{uuid.uuid5(NS, site)}</id>",
           f"<updated>{rows[0]['when'].isoformat()}</updated>"]
    for row in rows:
        out.append(
            "<entry>"
            f"<title>{escape(row['title'])}</title>"
            f'<link href="{row["link"]}" rel="alternate"/>'
            f"<id>urn:uuid:{uuid.uuid5(NS, row['link'])}</id>"
            f"<published>{row['when'].isoformat()}</published>"
            f"<updated>{row['when'].isoformat()}</updated>"
            f"<author><name>{escape(row['author'])}</name></author>"
            f'<summary type="html">{escape(row["body"])}</summary>'
            "</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


def b36(text: str, length: int) -> str:
    """A stable reddit-style base36 id derived from text."""
    number = int(hashlib.sha1(text.encode()).hexdigest(), 16)
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < length:
        number, rest = divmod(number, 36)
        out += chars[rest]
    return out


def small_hash(text: str, modulo: int) -> int:
    return int(hashlib.md5(text.encode()).hexdigest()[:8], 16) % modulo


def comment_tree(comments: list[Comment], parent_ts: int, seed: str) -> list[dict]:
    """Nested comments; each is posted some minutes after its parent (deterministic)."""
    out = []
    for index, (author, body, replies) in enumerate(comments):
        key = f"{seed}/{index}/{author}/{body}"
        created = parent_ts + 60 * (8 + 35 * index + small_hash(key, 90))
        out.append({"id": b36(key, 7), "author": author, "body": body, "created_utc": created,
                    "score": small_hash(key + "s", 60) - 3,
                    "replies": comment_tree(replies, created, key)})
    return out


def reddit(sub: str) -> list[dict]:
    """The posts of one subreddit, newest first (like /new)."""
    posts = []
    for s, when, author, title, text, comments in REDDIT + EXTRA_REDDIT:
        if s != sub:
            continue
        post_id = b36(f"{sub}/{title}", 6)
        permalink = f"/r/{sub}/comments/{post_id}/{slugify(title)[:50].rstrip('-')}/"
        created = int(local(when).timestamp())
        posts.append({"id": post_id, "title": title, "selftext": text, "author": author,
                      "created_utc": created, "score": small_hash(title, 400) + 2,
                      "permalink": permalink, "url": f"https://www.reddit.example{permalink}",
                      "comments": comment_tree(comments, created, post_id)})
    return sorted(posts, key=lambda p: p["created_utc"], reverse=True)


def tk_documents() -> dict:
    """An OData v4 style Document collection; Tekst holds the body served at /resource."""
    value = []
    for n, (soort, when, titel, onderwerp, tekst) in enumerate(TK):
        stamp = local(when)
        value.append({
            "Id": str(uuid.uuid5(NS, titel)), "Soort": soort,
            "DocumentNummer": f"2026D{41000 + 53 * n:05d}", "Titel": titel, "Onderwerp": onderwerp,
            "Datum": stamp.isoformat(), "Vergaderjaar": "2026-2027", "ContentType": "text/plain",
            "GewijzigdOp": (stamp + timedelta(hours=2, minutes=small_hash(titel, 50))).isoformat(),
            "Tekst": tekst})
    value.sort(key=lambda d: d["Datum"])
    return {"@odata.context": "http://127.0.0.1/tk/OData/v4/2.0/$metadata#Document", "value": value}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def check_unique(rows: list[dict], posts: list[dict]) -> None:
    """Stop before writing when two feed items share a link or two posts/comments share an id."""
    links = [r["link"] for r in rows]
    ids: list[str] = []

    def walk(comments: list[dict]) -> None:
        for comment in comments:
            ids.append(comment["id"])
            walk(comment["replies"])

    for post in posts:
        ids.append(post["id"])
        walk(post["comments"])
    if len(set(links)) != len(links) or len(set(ids)) != len(ids):
        raise SystemExit("duplicate feed link or reddit id: make every title unique")


def main() -> None:
    rows = news_items()
    check_unique(rows, reddit(BL) + reddit(TN))
    for feed, filename in FEED_FILES.items():
        mine = [r for r in rows if r["feed"] == feed]
        body = atom(feed, mine) if FEEDS[feed][4] == "atom" else rss(feed, mine)
        write(DATA / "feeds" / filename, body)
    for sub in (BL, TN):
        write(DATA / "reddit" / f"{sub}.json", json.dumps(reddit(sub), ensure_ascii=False, indent=1) + "\n")
    write(DATA / "tk" / "documents.json", json.dumps(tk_documents(), ensure_ascii=False, indent=1) + "\n")
    print(f"wrote demo data to {DATA}")


if __name__ == "__main__":
    main()
