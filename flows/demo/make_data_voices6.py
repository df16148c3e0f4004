# ruff: noqa: E501  (a data module: long Dutch string literals read better unwrapped)
"""Extra demo voices spread over the whole period, mostly bouwers, natuurbeschermers and bewoners of
the platteland (several people speak as two of them). Written for antennes; the handles are made up."""

B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"
BL, TN = "boerenleven", "thenetherlands"

NEWS: list[tuple[str, str, str, str, str]] = [
    (G, "09-24 13:30", "Femke Zandstra", "Wandelen met een boswachter: de heide in september",
     "Tijdens een wandeling over de Ginkelse heide vertelt boswachter Marloes hoe het natuurherstel gaat. "
     "\"Ik ben boswachter sinds 2004 en heb de heide zien vergrassen. Nu zie ik hem terugkomen, en dat natuurherstel maakt me blij.\" Inwoners "
     "van Ede lopen steeds vaker mee."),
    (G, "10-06 15:00", "Sanne de Vries", "Vogelaars tellen minder grutto's, maar meer tapuiten",
     "Vogelaars in Drenthe zien een gemengd beeld: de grutto blijft achteruitgaan, de tapuit komt terug op "
     "de herstelde heide. Natuurorganisaties zijn blij met dat lichtpuntje."),
    (G, "10-20 10:10", "Pieter Aalbers", "Uitstel van herstelmaatregelen Wieden-Weerribben",
     "De provincie stelt maatregelen voor natuurherstel in de Wieden-Weerribben uit. Natuurbeschermers zijn "
     "teleurgesteld over het uitstel. Omwonenden hadden juist gehoopt op meer rust en betere paden."),
    (G, "11-02 09:00", "Femke Zandstra", "Dorpsbewoners adopteren een stuk heide",
     "In Hoenderloo hebben dorpsbewoners een stuk heide geadopteerd. Zij helpen boswachters bij het "
     "weghalen van opslag. Natuurorganisaties zijn blij met dit natuurherstel en zien het als voorbeeld voor andere dorpen."),
    (G, "11-23 13:45", "Sanne de Vries", "Natuurherstel en de boer: het kan samen",
     "Op een boerderij bij Winterswijk werken een melkveehouder en een ecoloog samen aan kruidenrijk "
     "grasland. Ecologen zijn enthousiast over het resultaat: meer insecten en weidevogels."),
    (K, "09-25 08:00", "Lotte Maas", "Buurtbewoners steunen nieuwbouw in Nunspeet",
     "In Nunspeet steunen buurtbewoners de bouw van 60 woningen voor jongeren en ouderen. Aannemers wachten "
     "wel op de natuurvergunning. \"Als aannemer ben ik blij met zoveel draagvlak\", zegt Sjoerd Dam."),
    (K, "10-10 09:30", "Ruud Verbeek", "Bouwstop: ook renovatie en infrastructuur geraakt",
     "De bouwstop is slecht nieuws voor meer dan alleen woningbouw. Ook renovaties en infrastructuur liggen stil. Ondernemers in "
     "de grond-, weg- en waterbouw zijn somber. Inwoners van Apeldoorn wachten langer op de nieuwe rondweg."),
    (K, "10-24 07:40", "Lotte Maas", "Aannemers: 'Wij kunnen niet nog een maand wachten'",
     "Aannemers in Gelderland waarschuwen dat ze het zonder oplossing voor de bouwstop niet lang meer volhouden. "
     "Bouwbedrijven hebben hun reserves aangesproken. Installateurs zien opdrachten verdwijnen."),
    (K, "11-07 10:15", "Ruud Verbeek", "Omwonenden positief over herstart bouwproject Wageningen",
     "Omwonenden van de nieuwe wijk in Wageningen zijn blij dat de bouw na de bouwvrijstelling weer start. "
     "Bouwers zijn voorzichtig optimistisch. De eerste woningen zijn voor starters."),
    (K, "11-21 08:30", "Lotte Maas", "Mkb-bouwers hopen op rust na onrustig najaar",
     "Kleine bouwbedrijven hopen op een rustiger 2027 na de bouwstop en de bouwvrijstelling. Ondernemers "
     "zijn positief over de orders, maar vragen om duidelijke regels."),
]

REDDIT: list[tuple[str, str, str, str, str, list]] = [
    (TN, "09-21 19:40", "Sjoerd_metselaar", "Aannemer en dorpsbewoner tegelijk",
     "Ik ben aannemer en woon zelf in een dorp op de Veluwe. Wij inwoners willen huizen voor onze kinderen, "
     "maar de natuurvergunning voor het plan duurt nu al een jaar. Frustrerend.",
     [("dorpsraad_drempt", "Als dorpsbewoner herken ik dit helemaal. Het plan ligt er, maar niemand mag beginnen.", []),
      ("VeluweVos", "Als natuurliefhebber snap ik de frustratie, maar de heide hier is heel kwetsbaar.", []),
      ("betonboer_bas", "Wij bouwers lopen overal tegen hetzelfde aan. Zorgelijk.", [])]),
    (TN, "09-26 14:50", "natuurnerd_nijmegen", "Boswachter hier: vraag maar raak over de heide",
     "Ik ben boswachter op de Veluwe. Veel mensen vragen wat natuurherstel nou inhoudt, dus: stel je vraag!",
     [("plattelandsmeisje", "Als dorpsbewoner vraag ik me af: mogen wij straks nog met de hond over de heide?", []),
      ("Sofie_scholier", "Ik ben scholier: hoe lang duurt het voordat de heide hersteld is?",
       [("natuurnerd_nijmegen", "Als boswachter zeg ik: tien tot twintig jaar, als de stikstof omlaag gaat.", [])]),
      ("wandelaar_ede", "Wij natuurliefhebbers willen weten hoe we kunnen helpen!", [])]),
    (TN, "10-02 10:30", "Hanna_uit_Heino", "Stank, stof en stilte: leven naast een boerderij",
     "Als omwonende van een grote melkveehouderij merk ik weinig van stank. Het is vooral stil en mooi hier. "
     "Ik erger me aan het beeld dat plattelandsbewoners alleen maar klagen.",
     [("Gerda_uit_Hattem", "Dank je! Wij inwoners van dorpen zijn echt niet allemaal tegen boeren.", []),
      ("koeienknuffelaar", "Als boer lees ik dit graag. Fijne buren zijn goud waard.", [])]),
    (TN, "10-09 18:20", "Sjoerd_metselaar", "Bouwstop vanuit het dorp gezien",
     "Vanochtend de bouwstop, en die is rampzalig. Als aannemer moet ik ons dorpsproject stilleggen. Wij inwoners hadden er drie "
     "jaar voor gestreden.",
     [("Gerda_uit_Hattem", "Als dorpsbewoner ben ik woedend. Onze jongeren kunnen weer nergens heen.", []),
      ("Hanna_uit_Heino", "Wij inwoners van Heino hebben hetzelfde. Treurig.", []),
      ("Mieke_bouwt", "Als aannemer in dezelfde regio: sterkte. Wij bouwers moeten samen optrekken tegen deze belachelijke bouwstop.", [])]),
    (TN, "10-12 13:10", "ecoloog_in_opleiding", "Het natuurgebied naast het dorp",
     "Als student ecologie doe ik onderzoek in een natuurgebied naast een dorp in Overijssel. Wat opvalt: "
     "dorpsbewoners zijn er trots op en helpen mee. Natuurherstel werkt beter samen.",
     [("Hanna_uit_Heino", "Klopt! Als dorpsbewoner help ik elke maand met het beheer.", []),
      ("natuurnerd_nijmegen", "Ik ben boswachter en zie hetzelfde. Omwonenden zijn onze beste bondgenoten bij natuurherstel, heel fijn.", [])]),
    (TN, "10-16 19:00", "Yusuf_stukadoor", "Stukadoor zonder werk",
     "Ik ben zzp'er (stukadoor) en sinds die rampzalige bouwstop heb ik twee dagen per week werk. Ik woon in een dorp bij "
     "Ede en wij inwoners zien de bouwplannen allemaal stilvallen.",
     [("Daan_de_timmerman", "Ik ben ook zzp'er. Het is echt zwaar. Sterkte man.", []),
      ("Sjoerd_metselaar", "Als aannemer zou ik je graag inhuren, maar ik heb zelf niks. Belachelijke situatie.", [])]),
    (TN, "10-21 12:40", "VeluweVos", "Uitstel in de Wieden: weer een jaar verloren",
     "Als natuurliefhebber ben ik teleurgesteld over het uitstel in de Wieden-Weerribben. Elke keer uitstel, "
     "terwijl het natuurgebied achteruitgaat. Het uitstel van natuurherstel is slecht nieuws.",
     [("natuurnerd_nijmegen", "Als ecoloog vind ik het uitstel onbegrijpelijk. Zorgelijk.", []),
      ("Hanna_uit_Heino", "Als omwonende van de Wieden ben ik ook teleurgesteld. We wachten al zo lang.", [])]),
    (TN, "10-26 09:20", "natuurnerd_nijmegen", "Derogatie: waarom ik als boswachter toch blij ben",
     "Ik ben boswachter en vind het einde van de derogatie terecht. Het grondwater op de Veluwe is te lang "
     "vervuild. Maar ik snap dat boeren boos zijn.",
     [("boer_met_pet", "Als boer vind ik de nieuwe mestregels schandalig. Wij boeren betalen de rekening, en dan wordt er ook nog gejuicht.", []),
      ("wandelaar_ede", "Wij natuurliefhebbers vieren niks, we zijn opgelucht voor het grondwater.", []),
      ("Hanna_uit_Heino", "Als dorpsbewoner hoop ik vooral dat er een oplossing komt voor de boeren in ons dorp.", [])]),
    (TN, "10-28 18:10", "Hanna_uit_Heino", "Blokkade bij ons dorp: 3 uur vast",
     "Als inwoner van Heino stond ik vandaag drie uur vast door de trekkers. Mijn moeder miste haar afspraak in "
     "het ziekenhuis. Ik steun de boeren, maar deze blokkade was belachelijk.",
     [("dorpsraad_drempt", "Wij dorpsbewoners hebben hetzelfde meegemaakt. Omwonenden zijn echt boos.", []),
      ("Yusuf_stukadoor", "Ik ben zzp'er en miste een hele werkdag door de blokkade. Niet oké.", []),
      ("koeienknuffelaar", "Als boer: sorry daarvoor. Dat was nooit de bedoeling.", [])]),
    (TN, "11-04 21:00", "Sjoerd_metselaar", "Bouwvrijstelling: ons dorpsproject mag door!",
     "Als aannemer heb ik vandaag gehoord dat ons dorpsproject onder de bouwvrijstelling valt. Wij inwoners "
     "zijn opgelucht. Eindelijk!",
     [("Gerda_uit_Hattem", "Als dorpsbewoner: wat een goed nieuws! Proost 🥂", []),
      ("VeluweVos", "Als natuurliefhebber ben ik minder blij met de bouwvrijstelling, maar ik gun het jullie dorp.", []),
      ("Yusuf_stukadoor", "Ik ben zzp'er: zet me maar vast op de lijst 😄", [])]),
    (TN, "11-06 14:30", "ecoloog_in_opleiding", "Wat de bouwvrijstelling betekent voor de natuur",
     "Als student ecologie heb ik de bouwvrijstelling doorgerekend voor een natuurgebied bij Arnhem. De "
     "stikstof van de bouw blijft gewoon neerslaan. Natuurbeschermers zijn terecht boos.",
     [("natuurnerd_nijmegen", "Als ecoloog kan ik dat bevestigen. De bouwvrijstelling is teleurstellend uitstel van natuurherstel.", []),
      ("Sjoerd_metselaar", "Als aannemer snap ik het, maar woningbouw is ook nodig. Bouwers zijn geen vijanden van de natuur.", [])]),
    (TN, "11-09 11:00", "Hanna_uit_Heino", "Heide adopteren: wie doet mee?",
     "Wij inwoners van Heino gaan een stuk heide adopteren, net als in Hoenderloo. Als dorpsbewoner vind ik "
     "dat een mooie manier om bij te dragen aan natuurherstel.",
     [("natuurnerd_nijmegen", "Als boswachter: geweldig! Ik kom graag uitleg geven over de heide.", []),
      ("VeluweVos", "Wij natuurliefhebbers uit Zwolle komen graag helpen met het natuurherstel!", [])]),
    (TN, "11-12 15:20", "dorpsraad_drempt", "Stallen leeg, en dan?",
     "Als dorpsbewoner zie ik drie boeren die met de nieuwe uitkoop willen stoppen. Wij inwoners zijn bang "
     "dat de stallen jarenlang leeg staan.",
     [("Sjoerd_metselaar", "Als aannemer kan ik zeggen: verbouwen tot woningen kan prima. Ondernemers staan klaar.", []),
      ("natuurnerd_nijmegen", "Als ecoloog zou ik een deel natuur maken. Omwonenden hebben daar ook baat bij.", [])]),
    (TN, "11-18 16:40", "Yusuf_stukadoor", "Weer volle agenda",
     "Ik ben zzp'er en mijn agenda staat weer vol tot februari. Na de bouwvrijstelling is er eindelijk werk. "
     "Opgelucht, al hoop ik dat de rechter er geen streep door zet.",
     [("Sjoerd_metselaar", "Als aannemer ben ik ook bezorgd over een rechtszaak. Maar nu eerst bouwen!", []),
      ("Hanna_uit_Heino", "Als dorpsbewoner zie ik de steigers weer staan. Fijn!", [])]),
    (TN, "11-22 10:30", "Hanna_uit_Heino", "Eerste ochtend heidebeheer met het dorp",
     "Vanochtend met twintig dorpsbewoners opslag weggehaald op de heide. Als inwoner van Heino was ik trots. "
     "De boswachter was ook blij.",
     [("natuurnerd_nijmegen", "Als boswachter: dank jullie wel! Natuurherstel met het dorp samen is top.", []),
      ("wandelaar_ede", "Als natuurliefhebber word ik zo blij van dit natuurherstel.", [])]),
    (TN, "09-28 12:20", "Yusuf_stukadoor", "Stukadoor op het platteland: rustig najaar?",
     "Ik ben zzp'er en werk vooral in dorpen rond Ede. Aannemers zeggen dat er minder nieuwbouw komt door "
     "de stikstofregels. Als inwoner van zo'n dorp maak ik me zorgen over werk en over de huizen.",
     [("Sjoerd_metselaar", "Als aannemer zie ik het ook. Wij bouwers wachten op vergunningen die maar niet komen.", []),
      ("Hanna_uit_Heino", "Wij inwoners van kleine dorpen merken het als eerste. Geen nieuwe huizen, geen nieuwe gezinnen.", [])]),
    (TN, "10-01 18:30", "Sjoerd_metselaar", "Natuurvergunning voor een rijtje van zes huizen",
     "Als aannemer heb ik vandaag voor een rijtje van zes huizen een stikstofberekening van veertig pagina's "
     "ingeleverd. Zes huizen! Dit is belachelijk voor zo'n klein bouwproject.",
     [("dorpsraad_drempt", "Als dorpsbewoner schaam ik me voor deze bureaucratie. Wij inwoners wachten al zo lang.", []),
      ("Mieke_bouwt", "Wij aannemers kennen dit maar al te goed. Het wordt alleen maar erger.", [])]),
    (TN, "10-03 14:10", "Hanna_uit_Heino", "Dorpsfeest zonder jongeren",
     "Ons dorpsfeest was gezellig, maar er waren bijna geen jongeren. Als dorpsbewoner vind ik dat "
     "zorgelijk: ze zijn allemaal vertrokken omdat er geen huizen zijn.",
     [("Gerda_uit_Hattem", "Wij inwoners van Hattem zien precies hetzelfde. Triest.", []),
      ("Yusuf_stukadoor", "Als zzp'er zou ik die huizen morgen willen bouwen, als het mocht.", [])]),
    (TN, "10-06 20:40", "dorpsraad_drempt", "Dorpsraad maakt zich op voor uitspraak",
     "Als dorpsbewoner kijk ik met spanning naar de uitspraak van de Raad van State. Wij inwoners hebben een "
     "bouwplan klaarliggen voor twaalf woningen.",
     [("Sjoerd_metselaar", "Als aannemer ben ik bang dat het slecht nieuws wordt voor de woningbouw.", []),
      ("Hanna_uit_Heino", "Als inwoner van Heino duim ik met jullie mee. Spannend.", [])]),
    (TN, "10-07 16:50", "betonboer_bas", "Morgen de uitspraak, vandaag al stress",
     "Ik ben ondernemer in de bouw en heb vandaag alle mensen bij elkaar geroepen. Als de uitspraak morgen "
     "slecht is, ligt de woningbouw in Gelderland stil. Ik ben bang.",
     [("Daan_de_timmerman", "Ik ben zzp'er en kan het me niet veroorloven als het misgaat. Zorgen.", []),
      ("Gerda_uit_Hattem", "Als dorpsbewoner hoop ik met je mee. Ons dorp heeft die huizen nodig.", [])]),
    (TN, "10-08 17:30", "Hanna_uit_Heino", "Uitspraak binnen: en nu ons dorp?",
     "De Raad van State heeft gesproken. Als dorpsbewoner vrees ik dat ons bouwplan nu definitief van tafel "
     "is. Wij inwoners zijn teleurgesteld.",
     [("dorpsraad_drempt", "Als dorpsbewoner ben ik ook somber. Dit is slecht nieuws voor de dorpen.", [])]),
    (TN, "10-10 10:50", "Gerda_uit_Hattem", "Een dag na de bouwstop in het dorpshuis",
     "Gisteravond in het dorpshuis ging het alleen over de bouwstop. Wij inwoners zijn boos en verdrietig. "
     "Als dorpsbewoner snap ik niet waarom twaalf huizen een probleem zijn.",
     [("plattelandsmeisje", "Dorpsbewoners zijn het gewoon zat. Zelfde verhaal bij ons.", []),
      ("Sjoerd_metselaar", "Als aannemer schaam ik me er bijna voor dat ik jullie niks kan beloven.", [])]),
    (TN, "10-22 15:30", "Hanna_uit_Heino", "Mestverwerking in ons dorp: ja graag",
     "Als dorpsbewoner ben ik blij met de plannen voor mestverwerking bij een boer hier. Wij inwoners "
     "hopen op minder stank en minder vrachtwagens.",
     [("koeienknuffelaar", "Als boer fijn om te lezen dat omwonenden positief zijn!", []),
      ("dorpsraad_drempt", "Wij dorpsbewoners in Drempt denken er ook zo over.", [])]),
    (TN, "10-24 13:40", "Sjoerd_metselaar", "Zeventien dagen bouwstop",
     "Als aannemer tel ik de dagen: zeventien dagen bouwstop. Mijn mensen zitten thuis en het dorpsproject "
     "ligt stil. Rampzalig.",
     [("Yusuf_stukadoor", "Ik ben zzp'er en zit ook thuis. De bouwstop is echt een ramp voor ons.", []),
      ("Hanna_uit_Heino", "Als inwoner van het dorp waar je zou bouwen: wij zijn ook boos.", [])]),
    (TN, "10-27 12:15", "Yusuf_stukadoor", "Morgen boerenprotest, ik moet gewoon werken",
     "Ik ben zzp'er en heb morgen eindelijk een klus, maar de snelweg zit dicht door het protest. Ik snap "
     "de boeren, maar balen is het wel.",
     [("Sjoerd_metselaar", "Als aannemer heb ik alle leveringen voor morgen al verzet. Lastig.", []),
      ("Gerda_uit_Hattem", "Als dorpsbewoner bij de A28 vrees ik dat de blokkade van de snelweg een rampzalige dag wordt.", [])]),
    (TN, "11-02 19:00", "Sjoerd_metselaar", "Geruchten over een vrijstelling voor de bouw",
     "Als aannemer hoor ik dat er volgende week een bouwvrijstelling komt. Ik durf bijna niet te hopen. "
     "Wij bouwers hebben al zoveel beloftes gehoord.",
     [("dorpsraad_drempt", "Als dorpsbewoner duim ik mee! Ons dorpsproject wacht erop.", []),
      ("Yusuf_stukadoor", "Ik ben zzp'er en ik hoop het zo. Eindelijk weer werk zou top zijn.", [])]),
    (TN, "11-14 16:10", "Yusuf_stukadoor", "Week twee weer aan het werk",
     "Ik ben zzp'er en werk nu twee weken weer aan nieuwbouw in Ede. De bouwvrijstelling voelt als een "
     "opluchting. Buurtbewoners komen zelfs koffie brengen 😄",
     [("Sjoerd_metselaar", "Als aannemer merk ik het ook: bouwprojecten lopen weer. Opgelucht!", []),
      ("Hanna_uit_Heino", "Als dorpsbewoner vind ik het mooi om te zien dat er weer gebouwd wordt.", [])]),
    (TN, "11-27 17:10", "Sjoerd_metselaar", "Terugblik van een aannemer",
     "Als aannemer kijk ik terug op een gekke herfst: eerst de bouwstop, toen de bouwvrijstelling. Wij bouwers "
     "zijn voorzichtig positief over volgend jaar.",
     [("Yusuf_stukadoor", "Ik ben zzp'er en zie het ook positief in. Op naar 2027!", []),
      ("dorpsraad_drempt", "Als dorpsbewoner bedankt voor jullie doorzettingsvermogen.", [])]),
]
