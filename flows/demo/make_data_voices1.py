# ruff: noqa: E501  (a data module: long Dutch string literals read better unwrapped)
"""Extra demo voices, 2026-09-20 to 2026-10-03: hopeful talk about mestverwerking, PAS-melders and
uitkoop grumbling, natuurherstel on the Veluwe, worries about housing and the village. Written for
antennes; the handles are made up. Same tuple formats as NEWS and REDDIT in make_data.py."""

B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"
BL, TN = "boerenleven", "thenetherlands"

NEWS: list[tuple[str, str, str, str, str]] = [
    (B, "09-21 07:30", "Henk Wolters", "Melkveehouders in Salland zien kansen in mestvergister",
     "Een groep van twaalf melkveehouders in Salland onderzoekt samen een kleine mestvergister. Boeren in "
     "de regio zijn voorzichtig positief over de mestverwerking op eigen erf. \"Als melkveehouder wil ik "
     "niet langer alleen maar betalen voor mestafzet\", zegt initiatiefnemer Anton Brink."),
    (B, "09-25 06:50", "Marieke Slot", "Jonge boeren vragen om duidelijkheid bij bedrijfsovername",
     "Jonge boeren willen dat het kabinet snel duidelijkheid geeft over vergunningen voordat zij een bedrijf "
     "overnemen. Het NMV noemt het onverantwoord dat opvolgers nu tonnen lenen zonder te weten of hun "
     "vergunning overeind blijft. Banken zijn terughoudend."),
    (B, "09-30 08:05", "Jan Kroeze", "Akkerbouwers willen meer dierlijke mest kunnen gebruiken",
     "Akkerbouwers pleiten voor ruimere regels voor het gebruik van verwerkte mest op hun land. Volgens "
     "LTO is dat goed nieuws voor de kringloop: veehouders raken hun mest kwijt en akkerbouwers besparen op "
     "kunstmest. Het ministerie bekijkt de voorstellen. Natuurorganisaties reageren voorzichtig positief op de kringloopgedachte."),
    (B, "10-03 09:20", "Henk Wolters", "Varkenshouders teleurgesteld over taxaties bij uitkoop",
     "Varkenshouders in de Peel zijn teleurgesteld over de eerste taxaties in de uitkoopregeling. De "
     "bedragen liggen ver onder wat een stal volgens de ondernemers waard is. \"Dit bod is een "
     "belediging\", zegt een varkenshouder uit Deurne die anoniem wil blijven."),
    (G, "09-21 16:00", "Sanne de Vries", "Heideherstel op de Veluwe: de eerste resultaten zijn er",
     "Op drie proefvlakken op de Veluwe is de vergraste heide afgeplagd en opnieuw ingezaaid. Ecologen "
     "zijn blij met het resultaat: de dopheide komt terug en er zijn weer zandhagedissen gezien. Als "
     "boswachter zie ik dit natuurherstel met eigen ogen gebeuren, en dat geeft hoop."),
    (G, "09-27 10:30", "Pieter Aalbers", "Waarom de kritische depositiewaarde ertoe doet",
     "De kritische depositiewaarde klinkt technisch, maar zegt simpelweg hoeveel stikstof een natuurgebied "
     "kan verdragen. Natuurbeschermers vinden het terecht dat het kabinet de kdw als ijkpunt houdt. Wij "
     "natuurliefhebbers zien elke dag wat er gebeurt als die grens jaren wordt overschreden."),
    (G, "10-01 19:15", "Sanne de Vries", "Vogeltelling in de Peel: goed nieuws voor de wulp",
     "Vogelaars telden dit jaar opvallend meer wulpen in het Peelgebied. Voor het eerst in jaren gaat de "
     "soort vooruit. Natuurorganisaties zien het als een teken dat natuurherstel loont, al is het te vroeg "
     "om te juichen."),
    (K, "09-22 09:00", "Ruud Verbeek", "Aannemers vrezen vertraging door natuurvergunningen",
     "Aannemers in Gelderland en Overijssel vrezen dat hun projecten volgend jaar vertraging oplopen. Bij "
     "elke natuurvergunning is een nieuwe stikstofberekening nodig, en de provincies hebben te weinig "
     "mensen. Bouwend Nederland noemt de situatie zorgelijk. Inwoners van kleine kernen vrezen dat hun woningbouwplannen sneuvelen."),
    (K, "09-28 07:45", "Lotte Maas", "Installateurs: warmtepompen wel, woningen niet",
     "Installateurs hebben het druk met verduurzaming van bestaande huizen, maar nieuwbouw stokt. \"Als "
     "installateur merk ik dat bouwprojecten telkens worden uitgesteld\", zegt Erik Bos uit Apeldoorn. Hij "
     "maakt zich zorgen over werk voor zijn personeel in 2027."),
    (K, "10-02 12:10", "Ruud Verbeek", "Bouwers blij met snellere AERIUS-berekening",
     "Bouwers zijn blij met de nieuwe versie van AERIUS die berekeningen voor kleine bouwprojecten sneller "
     "maakt. Volgens een projectontwikkelaar uit Zwolle scheelt het weken in de voorbereiding. \"Eindelijk "
     "een stap in de goede richting.\""),
    (D, "09-26 18:00", "Redactie Binnenland", "Dorpsbewoners rond de Veluwe zien boerderijen verdwijnen",
     "In dorpen rond de Veluwe staan steeds meer boerderijen te koop. Dorpsbewoners maken zich zorgen over "
     "de leefbaarheid: de voetbalclub mist vrijwilligers en de basisschool krimpt. Provincie Gelderland "
     "belooft een plan voor de vitaliteit van het platteland. Natuurorganisaties willen graag meedenken over de vrijkomende grond."),
]

REDDIT: list[tuple[str, str, str, str, str, list]] = [
    (TN, "09-20 14:30", "fietsenmaker_zwolle", "Wonen in een dorp en de stikstofdiscussie",
     "Ik woon sinds kort in een dorpje in Overijssel. Als dorpsbewoner merk ik pas nu hoe groot het "
     "stikstofverhaal hier is: iedereen heeft een mening, op elke verjaardag.",
     [("Gerda_uit_Hattem", "Haha welkom. Wij inwoners hebben het nergens anders meer over. Maar het is "
       "ook wel gezellig eigenlijk, iedereen kent iedereen.",
       [("fietsenmaker_zwolle", "Als nieuwe dorpsbewoner merk ik dat idd, de buren kwamen gelijk met appeltaart 😄", [])]),
      ("stadsmus020", "Als student in Amsterdam snap ik er eerlijk gezegd weinig van. Is het echt zo'n "
       "groot ding daar?", [])]),
    (BL, "09-20 21:10", "koeienknuffelaar", "Mestverwerking op eigen erf, wie doet mee?",
     "Wij boeren in de Gelderse Vallei willen een proef met een mestverwerker op het erf. Ik denk dat het "
     "mestverwerkingsplan een goede kans is. Wie heeft ervaring?",
     [("melkboer_gerrit", "Goed plan. Als melkveehouder volg ik het met interesse, laat even weten hoe het gaat.", []),
      ("boerenzoon_jelle", "Als jonge boer vind ik dit echt de toekomst. Mest verwerken ipv afvoeren, "
       "scheelt een hoop geld.", [])]),
    (TN, "09-21 11:45", "huizenjager_utrecht", "Zijn er nog starters die een huis hebben gevonden?",
     "Als starter zoek ik nu twee jaar naar een huis en ik word er moedeloos van. Nu lees ik dat er door "
     "stikstof ook nog minder nieuwbouw komt. Hoe dan?",
     [("Mieke_bouwt", "Ik ben aannemer en ik snap je frustratie. Wij willen bouwen, maar de vergunning "
       "duurt eindeloos.",
       [("huizenjager_utrecht", "Fijn dat iemand uit de bouw het ook zegt. Wij starters voelen ons zo hopeloos.", [])]),
      ("lang_leve_de_fiets", "Jongeren worden gewoon vergeten in dit land. Echt schandalig.", []),
      ("Quirijn_NL", "Ik ben installateur en het is niet alleen stikstof hoor, ook netcongestie en personeelstekort. Bouwers hebben het zwaar.", [])]),
    (BL, "09-22 20:00", "BoerinBrenda", "Iemand anders ook last van de bank?",
     "Update over onze PAS-melding: de bank heeft gezegd dat ze pas weer meedenken als de vergunning rond "
     "is. Wij boeren worden zo echt klemgezet.",
     [("varkensboer_brabant", "Bij ons hetzelfde verhaal. Rabobank wacht ook af.", []),
      ("jongeboer_twente", "Heel herkenbaar. Als jonge boer en opvolger kan ik daardoor ook niks, balen.", [])]),
    (TN, "09-22 13:20", "natuurnerd_nijmegen", "Heide op de Posbank weer paars",
     "Ik ben boswachter (vrijwilliger) en vandaag stond de heide op de Posbank er mooi bij. Het natuurherstel "
     "werkt echt, wat een verschil met een paar jaar geleden.",
     [("wandelaar_ede", "Prachtig idd, ik was er zondag ook. Als natuurliefhebber vind ik het top dat ze zo hun best doen voor de heide!", []),
      ("VeluweVos", "Wij natuurliefhebbers moeten dit mooie natuurherstel vaker laten zien, anders hoor je "
       "alleen het negatieve.", [])]),
    (BL, "09-23 19:30", "akkerbouwer_oldambt", "Mest van de buren op mijn land",
     "Als akkerbouwer neem ik al jaren mest af van een melkveehouder uit de buurt. Prima samenwerking, "
     "beide blij mee. Waarom hoor je dat soort verhalen nooit in het nieuws?",
     [("koeienknuffelaar", "Omdat goed nieuws niet verkoopt helaas. Wij boeren halen alleen de krant als het misgaat.", []),
      ("mestmeneer", "Zo hoort het ook. Als omwonende ben ik ook blij met een lokale kringloop: minder transport door het dorp.", [])]),
    (TN, "09-23 22:05", "plattelandsmeisje", "Onze bushalte wordt opgeheven",
     "Wij inwoners van een klein dorp bij Winterswijk krijgen te horen dat de buslijn stopt. Er wonen "
     "steeds minder mensen en de boerderijen verdwijnen. Ik ben er verdrietig van.",
     [("Gerda_uit_Hattem", "Herkenbaar. Dorpsbewoners worden echt vergeten door Den Haag.", []),
      ("stadsmus020", "Dat is echt kut. Als student zonder auto zou ik niet weten hoe ik dan naar college moet.",
       [("plattelandsmeisje", "Met de fiets, 14 km. Wij inwoners zijn wel wat gewend, maar in de winter is dat geen pretje 🙃", [])])]),
    (BL, "09-24 20:45", "boerenzoon_jelle", "Ik ben jonge boer en twijfel",
     "Ik ben 23 en jonge boer op het bedrijf van mn ouders. Iedereen zegt dat er geen toekomst is in de "
     "melkveehouderij. Ik hou van het werk, maar de onzekerheid over de vergunning maakt me bang.",
     [("oudeboer_henk", "Jongen, laat je niet gek maken. Wij boeren hebben altijd plek voor goede opvolgers.", []),
      ("BoerinBrenda", "Wij jonge boeren moeten elkaar steunen. Zoek een studieclub, dat helpt echt.",
       [("boerenzoon_jelle", "Goeie tip, dank je! Wij jongeren moeten idd meer samen optrekken.", [])])]),
    (TN, "09-24 12:15", "Daan_de_timmerman", "ZZP'er in de bouw, rustig najaar",
     "Ik ben zzp'er in de bouw en de agenda voor het najaar is ineens leeg. Twee nieuwbouwprojecten zijn "
     "uitgesteld vanwege stikstofberekeningen. Iemand anders dit ook?",
     [("Mieke_bouwt", "Ja. Als aannemer zie ik hetzelfde. Veel ondernemers houden de adem in.", []),
      ("betonboer_bas", "Bij ons loopt het nog, maar als aannemer maak ik me wel zorgen over volgend jaar.", [])]),
    (TN, "09-25 15:40", "ecoloog_in_opleiding", "Biodiversiteit op de zandgronden: een klein college",
     "Als student ecologie kreeg ik vandaag een college over stikstof en de heide. Wat me raakte: de "
     "biodiversiteit op de zandgronden is in dertig jaar gehalveerd. Natuurherstel is echt nodig.",
     [("natuurnerd_nijmegen", "Goed verhaal. Als ecoloog roep ik al jaren dat de biodiversiteit in gevaar is, fijn dat jullie het leren.", []),
      ("boer_met_pet", "Als boer zeg ik: niet alles ligt aan ons. Maar ik snap het punt.", [])]),
    (BL, "09-26 19:55", "varkensboer_brabant", "Tweede gesprek over uitkoop: nog steeds te laag",
     "Tweede gesprek gehad. Het bod voor de uitkoop is een paar procent omhoog, maar nog steeds te laag. "
     "Als varkenshouder voel ik me gewoon afgescheept.",
     [("PluimveePiet", "Belachelijk. Wij pluimveehouders krijgen precies hetzelfde te horen.", []),
      ("zandboer_ac", "Laat je niet opjagen. Als boer zou ik altijd een eigen taxateur nemen.", [])]),
    (TN, "09-26 10:10", "Wouter_Wageningen", "Wie betaalt eigenlijk de uitkoop?",
     "Serieuze vraag. Als student economie probeer ik te snappen waarom de uitkoop zoveel kost en toch "
     "niemand tevreden is.",
     [("Kritische_Koos", "Boeren vinden het te weinig, de belastingbetaler te veel. Klassiek.", []),
      ("Quirijn_NL", "Omdat grond in Nederland belachelijk duur is, simpel. Studenten economie leren dat in week 1 😉", [])]),
    (TN, "09-27 09:30", "Gerda_uit_Hattem", "Stank in het dorp, maar ook weer niet zeuren?",
     "Als dorpsbewoner ruik ik in september vaak mest. Ik zeur er niet over hoor, het hoort erbij, maar "
     "sommige nieuwe buren klagen er flink over.",
     [("plattelandsmeisje", "Import uit de Randstad die het platteland romantisch vindt 😂 Wij inwoners die hier geboren zijn ruiken het niet eens meer.", []),
      ("koeienknuffelaar", "Dank je. Als boer vind ik het fijn dat er ook dorpsbewoners zijn die het begrijpen.", [])]),
    (BL, "09-27 20:20", "pluimveehouder_barneveld", "Natuurvergunning aangevraagd, nu wachten",
     "Ik ben pluimveehouder en heb eindelijk de aanvraag voor de natuurvergunning ingediend. Nu maanden "
     "wachten. Ik ben benieuwd, maar heb weinig vertrouwen.",
     [("BoerinBrenda", "Sterkte! Als PAS-melder en boerin word ik hoe langer hoe bozer op dit systeem.", [])]),
    (TN, "09-28 16:30", "VeluweVos", "Natuurmonumenten sluit pad vanwege herstel",
     "Natuurmonumenten heeft een pad gesloten op de Veluwe voor natuurherstel. Als natuurliefhebber vind ik "
     "dat natuurherstel prima, maar er was best wat gemopper op de parkeerplaats haha.",
     [("wandelaar_ede", "Beter zo dan dat alles kapotgelopen wordt. Wij natuurliefhebbers lopen wel een ander rondje.", []),
      ("Quirijn_NL", "Inwoners van de Randstad willen natuur maar niet als het een wandeling kost 🙄", [])]),
    (TN, "09-29 20:50", "lang_leve_de_fiets", "Mijn lichting studenten wil niet meer naar de Randstad",
     "Als student in Wageningen merk ik dat veel jaargenoten na hun studie naar het platteland willen, maar "
     "daar zijn geen huizen. Jongeren willen wel, maar de woningbouw zit op slot.",
     [("huizenjager_utrecht", "Zelfde verhaal hier. Als starter word ik er moedeloos van.", []),
      ("Gerda_uit_Hattem", "Als dorpsbewoner zie ik juist boerderijen leegstaan, maar daar mag je niet wonen.", [])]),
    (BL, "09-29 21:30", "oudeboer_henk", "Veertig jaar boer en nu dit",
     "Ik ben al jaren boer, veertig om precies te zijn, en heb veel zien komen en gaan, maar nooit zoveel onzekerheid. Mijn "
     "zoon twijfelt of hij het bedrijf overneemt. Ik snap hem.",
     [("jongeboer_twente", "Als jonge boer snap ik je zoon ook. Het is zwaar om te beslissen.", []),
      ("melkboer_gerrit", "Sterkte Henk. Wij boeren moeten door, samen.", [])]),
    (TN, "09-30 12:00", "betonboer_bas", "Bouwsector heeft nu al minder opdrachten",
     "Ik ben ondernemer met een klein bouwbedrijf. De bouwsector voelt het nu al: minder nieuwe "
     "opdrachten, meer wachten. Ik ben bang dat het na de uitspraak van de Raad van State nog erger wordt.",
     [("Daan_de_timmerman", "Dat ben ik ook bang. Als zzp'er heb ik geen buffer.", []),
      ("Mieke_bouwt", "Als aannemer moet ik het afwachten. Misschien valt het mee, maar ik reken er niet op.", [])]),
    (TN, "09-30 19:25", "dorpsraad_drempt", "Dorpsraad wil meedenken over natuurgebied",
     "Als dorpsbewoner zit ik in de dorpsraad. De provincie wil het natuurgebied naast ons dorp uitbreiden. "
     "Wij inwoners zijn er best positief over, als we tenminste mogen meepraten.",
     [("natuurnerd_nijmegen", "Top dat jullie het zo aanpakken. Als boswachter zeg ik: zo hoort inspraak over een natuurgebied te werken.", []),
      ("boer_met_pet", "Als boer zeg ik: als het maar niet ten koste gaat van de boeren in jullie dorp.", [])]),
    (BL, "10-01 20:15", "melkboer_gerrit", "Mestprijzen gezakt, eindelijk",
     "Eindelijk iets positiefs: de mestafzet is deze maand goedkoper. Als melkveehouder ben ik daar blij "
     "mee, scheelt echt geld.",
     [("koeienknuffelaar", "Bij ons ook. Wij veehouders kunnen dat mooi meenemen voor de winter.", []),
      ("boerenzoon_jelle", "Fijn! Als jonge boer hoop ik dat het zo blijft 🤞", [])]),
    (TN, "10-01 09:05", "Sofie_scholier", "PWS over stikstof, welke bronnen?",
     "Ik ben scholier in 6 vwo en doe mijn profielwerkstuk over stikstof en de natuur. Welke bronnen zijn "
     "goed? Ik wil zowel de kant van de boeren als van natuurorganisaties horen.",
     [("ecoloog_in_opleiding", "Als student ecologie: RIVM heeft goede uitleg. En praat met een boer én een boswachter!", []),
      ("oudeboer_henk", "Als boer zeg ik: kom gerust langs op de boerderij, dan laat ik het zien.",
       [("Sofie_scholier", "Echt? Dat zou super zijn, dank u wel! Scholieren krijgen zo'n kans niet vaak.", [])])]),
    (TN, "10-02 17:40", "Mieke_bouwt", "Eindelijk een vergunning voor 24 woningen",
     "Als aannemer heb ik vandaag eindelijk de vergunning binnen voor 24 starterswoningen. Goed nieuws in "
     "een lastige tijd. Volgende week gaat de schop de grond in.",
     [("huizenjager_utrecht", "Gefeliciteerd! Waar is het? Als starter schrijf ik me meteen in 😅", []),
      ("betonboer_bas", "Top, gun ik je van harte. Wij ondernemers in Gelderland zijn nog steeds aan het wachten.", [])]),
    (BL, "10-02 21:00", "pluimveehouder_barneveld", "Buren doen moeilijk over uitbreiding",
     "De buren hebben bezwaar gemaakt tegen mijn nieuwe stal. Omwonenden zijn bang voor meer stank. Ik "
     "snap het wel, maar de stal is juist schoner.",
     [("Gerda_uit_Hattem", "Als buurtbewoner zou ik ook eerst willen weten wat er verandert. Praat met ze!", []),
      ("PluimveePiet", "Nodig ze uit op de boerderij. Omwonenden zijn vaak heel nieuwsgierig, werkt bij ons altijd.", [])]),
    (TN, "10-03 11:30", "VeluweVos", "Wolf, heide en stikstof: drukke zaterdag",
     "Vandaag mee met een excursie. Ecologen vertelden dat de kwaliteit van de heide verbetert waar de "
     "stikstof omlaag gaat. Als natuurliefhebber werd ik daar heel blij van.",
     [("wandelaar_ede", "Zo mooi om te horen. Als natuurliefhebber zie ik: natuurherstel werkt dus echt!", []),
      ("Quirijn_NL", "Leuk, maar hoe snel gaat dat dan? Ik ben student en snap er nog weinig van. Jaren?",
       [("VeluweVos", "Tientallen jaren soms. Ecologen hebben veel geduld nodig dus.", [])])]),
    (TN, "10-03 20:10", "plattelandsmeisje", "Dorpsfeest met trekkers",
     "Wij inwoners hadden vandaag ons jaarlijkse dorpsfeest, met een optocht van trekkers. Iedereen was "
     "er, jong en oud. Dit is waarom ik van het platteland hou ❤️",
     [("boer_met_pet", "Mooi man. Als boer zeg ik: zo hoort het!", []),
      ("stadsmus020", "Als student uit de stad ben ik nu stiekem jaloers", [])]),
]
