# ruff: noqa: E501  (a data module: long Dutch string literals read better unwrapped)
"""Extra demo voices, 2026-10-18 to 2026-10-31: hope about mestverwerking until 10-24, then the end
of the derogatie (10-25) and the anger, the boerenprotest with trekkers (10-28) and its blockades.
Written for antennes; the handles are made up."""

B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"
BL, TN = "boerenleven", "thenetherlands"

NEWS: list[tuple[str, str, str, str, str]] = [
    (B, "10-18 08:00", "Henk Wolters", "Boeren in de Achterhoek blij met steun voor mestverwerking",
     "Boeren in de Achterhoek zijn blij dat de Kamer het mestverwerkingsplan lijkt te steunen. Jonge boeren "
     "zien er een reden in om toch te investeren. Ook dorpsbewoners reageren positief: minder transport "
     "van mest betekent minder vrachtverkeer door het dorp."),
    (B, "10-21 07:10", "Marieke Slot", "Loket voor subsidie mestverwerking overspoeld",
     "Op de eerste dag dat de subsidie voor mestverwerking openstond, kwamen ruim negenhonderd aanvragen "
     "binnen. Melkveehouders zijn enthousiast. \"Als melkveehouder heb ik hier jaren op gewacht\", zegt "
     "Jolanda Smit uit Dalfsen. Installateurs verwachten drukke maanden."),
    (B, "10-23 09:30", "Jan Kroeze", "Loonwerkers bereiden zich voor op meer mestverwerking",
     "Loonwerkers investeren in nieuwe machines nu de mestverwerking op het erf van de grond lijkt te komen. "
     "Veehouders en loonwerkers zijn voorzichtig optimistisch over de mestmarkt voor volgend jaar."),
    (B, "10-25 15:30", "Henk Wolters", "Melkveehouders woedend: 'Derogatie schrappen is verraad'",
     "Het nieuws dat de derogatie een jaar eerder stopt, slaat in als een bom. Melkveehouders zijn woedend "
     "en spreken van verraad. \"Wij boeren hebben net geïnvesteerd in mestverwerking, en nu dit\", zegt "
     "Bert Lammers uit Staphorst. Jonge boeren vrezen dat hun bedrijf de klap niet overleeft."),
    (B, "10-26 07:45", "Marieke Slot", "Mestafzet in 2027: 'Dit wordt onbetaalbaar'",
     "Door het einde van de derogatie en het lagere mestplafond moeten veehouders volgend jaar veel meer "
     "mest afvoeren. Intermediairs verwachten dat de prijzen voor mestafzet verdubbelen. Veehouders noemen "
     "het rampzalig. Ook akkerbouwers zijn bezorgd over de mestmarkt."),
    (B, "10-27 08:30", "Jan Kroeze", "Boeren komen woensdag massaal naar Den Haag",
     "Boeren uit het hele land komen woensdag met trekkers naar Den Haag om te protesteren tegen het "
     "schrappen van de derogatie. LTO, FDF en Agractie steunen het protest. Boeren zijn boos en teleurgesteld "
     "over de mestregels: \"Dit pikken we niet.\""),
    (B, "10-29 07:00", "Henk Wolters", "Na het protest: boeren willen gesprek met minister",
     "Een dag na het grote boerenprotest eisen de boerenorganisaties een gesprek met de landbouwminister over "
     "de derogatie. Veel boeren zijn moe en boos. Dorpsbewoners langs de route hadden begrip, al waren omwonenden "
     "ook geïrriteerd over de blokkades."),
    (B, "10-31 09:15", "Marieke Slot", "Veehouders zoeken extra mestafzet in Duitsland",
     "Veehouders in het oosten zoeken naarstig naar mestafzet over de grens. De vraag naar contracten voor "
     "2027 is enorm. Melkveehouders zijn somber: de mestregels maken de kosten onvoorspelbaar."),
    (G, "10-19 12:00", "Femke Zandstra", "Mestverwerking is geen vrijbrief",
     "Mestverwerking klinkt goed, maar natuurorganisaties waarschuwen dat het de stikstofuitstoot niet "
     "vanzelf verlaagt. Ecologen willen eerst zien dat de depositie op de natuur echt daalt."),
    (G, "10-22 09:40", "Pieter Aalbers", "Jongeren willen meer natuur in hun buurt",
     "Uit een peiling onder jongeren blijkt dat twee derde meer natuur dicht bij huis wil. Scholieren noemen "
     "de heide en het bos als favoriete plek. Natuurbeschermers zijn blij met die steun van een nieuwe "
     "generatie."),
    (G, "10-25 17:20", "Sanne de Vries", "Einde derogatie: pijnlijk, maar terecht",
     "Het besluit om de derogatie eerder te beëindigen is pijnlijk voor veel boeren. Toch vinden wij "
     "natuurbeschermers het een terecht besluit: het grondwater en de natuur hebben al te lang geleden. De "
     "mestregels waren te ruim. Wel moeten boeren geholpen worden bij de overstap."),
    (G, "10-27 10:00", "Femke Zandstra", "Waarom de derogatie moest verdwijnen",
     "Het nitraat in het grondwater ligt in delen van Brabant en Limburg al jaren boven de norm. Ecologen en "
     "natuurorganisaties hebben daar steeds voor gewaarschuwd. Natuurliefhebbers noemen het einde van de "
     "derogatie daarom terecht, hoe zuur het ook is voor de boeren."),
    (G, "10-29 15:30", "Pieter Aalbers", "Na het protest: blijf in gesprek",
     "Het boerenprotest van gisteren laat zien hoe diep de boosheid zit. Als natuurorganisatie willen wij "
     "niet tegenover de boeren staan. Natuurbeschermers en boeren hebben elkaar nodig voor natuurherstel "
     "op het platteland."),
    (G, "10-31 11:10", "Sanne de Vries", "Herfst op de heide: ecologen tevreden",
     "De herfsttelling op de herstelde heidevelden van de Veluwe is goed uitgevallen. Ecologen zijn "
     "tevreden over de terugkeer van insecten. Boswachters zien meer vogels foerageren."),
    (K, "10-20 08:00", "Lotte Maas", "Bouwstop duurt voort: aannemers zien orderportefeuille krimpen",
     "Twee weken na de bouwstop in Gelderland zijn aannemers bezorgd: hun orderportefeuille krimpt snel. Vier op de "
     "tien bouwbedrijven overweegt ontslagen. Ondernemers zijn boos op het gebrek aan een plan. Inwoners van dorpen waar gebouwd zou worden, zijn teleurgesteld."),
    (K, "10-23 07:50", "Ruud Verbeek", "Jonge bouwvakkers vertrekken uit de sector",
     "Door de bouwstop vertrekken jonge bouwvakkers teleurgesteld naar andere sectoren. Bouwbedrijven vrezen dat zij niet "
     "terugkomen. \"Als aannemer heb ik jaren geïnvesteerd in leerlingen, en nu lopen ze weg\", zegt Henk "
     "Dekker uit Wijchen. Scholieren kiezen minder vaak voor een bouwopleiding."),
    (K, "10-26 09:20", "Lotte Maas", "Bouwers kijken bezorgd naar mestbesluit",
     "Het mestbesluit van de landbouwminister raakt ook de bouw, vrezen bouwers: de politiek heeft nu minder "
     "ruimte om stikstof voor woningbouw te vinden. Projectontwikkelaars zijn somber over een snelle "
     "oplossing voor de bouwstop."),
    (K, "10-28 16:00", "Ruud Verbeek", "Blokkades treffen ook bouwverkeer",
     "De blokkades van de snelweg tijdens het boerenprotest hebben ook het bouwverkeer stilgelegd. Aannemers "
     "zagen betonwagens uren vaststaan. Installateurs misten afspraken. Ondernemers reageren geïrriteerd."),
    (K, "10-30 08:40", "Lotte Maas", "Zzp'ers in de bouw slaan alarm",
     "Een op de vijf zzp'ers in de Gelderse bouw heeft geen opdrachten meer. Zij vragen om noodsteun. "
     "\"Ik ben zzp'er en heb nog voor twee maanden spaargeld\", zegt stukadoor Yusuf Demir."),
    (D, "10-25 14:00", "Redactie Binnenland", "Boze reacties op einde derogatie",
     "Het besluit van de landbouwminister om de derogatie een jaar eerder te beëindigen leidt tot boze "
     "reacties op het platteland. Boeren zijn woedend. Dorpsbewoners vrezen dat nog meer boerderijen "
     "verdwijnen. Natuurorganisaties vinden het besluit terecht."),
    (D, "10-28 12:30", "Redactie Binnenland", "Trekkers op de snelweg: files en boze automobilisten",
     "Honderden trekkers reden vanochtend over de snelweg naar Den Haag. Het boerenprotest zorgde voor lange "
     "files. Omwonenden langs de A12 waren boos over de blokkade. Inwoners van dorpen langs de route "
     "konden hun werk niet bereiken. Ondernemers klagen over gemiste leveringen."),
    (D, "10-30 18:00", "Redactie Binnenland", "Jonge boeren: 'Wij zien geen toekomst meer'",
     "Jonge boeren voelen zich na het mestbesluit in de steek gelaten. Uit een rondgang blijkt dat veel "
     "opvolgers twijfelen of ze het bedrijf nog overnemen. Jongeren in landbouwopleidingen zijn bang dat ze "
     "straks geen werk hebben. Natuurorganisaties zeggen dat jonge boeren hulp verdienen bij de omschakeling."),
]

REDDIT: list[tuple[str, str, str, str, str, list]] = [
    (BL, "10-18 20:10", "koeienknuffelaar", "Kamer lijkt mestverwerkingsplan te steunen",
     "Als het zo doorgaat, stemt de Kamer dinsdag in met het mestverwerkingsplan. Wij boeren hebben eindelijk "
     "iets om naar uit te kijken. Voorzichtig blij 🙂",
     [("melkboer_gerrit", "Als melkveehouder ben ik ook blij met de mestverwerking. Eindelijk een "
       "oplossing die niet alleen krimp is.", []),
      ("boerenzoon_jelle", "Ik ben jonge boer en dit geeft me hoop om toch door te gaan.", [])]),
    (TN, "10-18 13:30", "plattelandsmeisje", "Minder vrachtwagens door ons dorp?",
     "Als dorpsbewoner lees ik dat mestverwerking op het erf minder vrachtverkeer betekent. Dat zou mooi "
     "zijn, hier denderen elke dag mesttrucks door de straat.",
     [("Gerda_uit_Hattem", "Wij inwoners zouden daar echt blij mee zijn. Onze straat is er niet op gebouwd.", []),
      ("mestmeneer", "Als loonwerker: klopt, scheelt echt veel ritten. Omwonenden gaan het merken.", [])]),
    (TN, "10-19 10:20", "Mieke_bouwt", "Tien dagen bouwstop, stand van zaken",
     "Als aannemer een korte update: twee projecten stil, vijf mensen op andere klussen gezet. De bouwstop "
     "kost ons nu al tonnen en ik ben er echt boos over.",
     [("betonboer_bas", "Wij ondernemers worden gewoon vergeten. Niemand in Den Haag lijkt wakker te "
       "liggen van de bouwsector, schandalig.", []),
      ("huizenjager_utrecht", "Als starter lig ik er wel wakker van, geloof me.", [])]),
    (TN, "10-19 21:00", "stadsmus020", "Waarom studenten zich met stikstof bezig moeten houden",
     "Als student dacht ik altijd dat stikstof iets voor boeren was. Maar de woningbouw ligt stil door "
     "stikstof en wij studenten vinden daardoor geen kamer. Het gaat dus ook over ons.",
     [("lang_leve_de_fiets", "Precies dit. Jongeren hebben er meer mee te maken dan ze denken.", []),
      ("ecoloog_in_opleiding", "Wij studenten willen later ook nog in die natuur wandelen 🌳", [])]),
    (BL, "10-20 19:45", "mestmeneer", "Kamer stemt voor! 🎉",
     "De Kamer heeft ingestemd met het mestverwerkingsplan. Als loonwerker en zoon van een veehouder ben "
     "ik blij. Wij boeren kunnen nu echt verder met mestverwerking.",
     [("koeienknuffelaar", "Top nieuws! Morgen opent de subsidie, als boer sta ik klaar.", []),
      ("akkerbouwer_oldambt", "Als akkerbouwer ook goed nieuws: meer concentraat beschikbaar.", [])]),
    (TN, "10-20 12:40", "VeluweVos", "Mestverwerking: goed idee of afleiding?",
     "Als natuurliefhebber ben ik er nog niet uit. Mestverwerking kan helpen, maar ik ben bang dat het de "
     "echte oplossing vooruitschuift.",
     [("natuurnerd_nijmegen", "Als boswachter denk ik hetzelfde. Eerst zien dat de depositie daalt.", []),
      ("melkboer_gerrit", "Boeren willen juist wat doen. Geef het een kans.", [])]),
    (TN, "10-21 16:10", "Daan_de_timmerman", "Drie weken geen werk",
     "Ik ben zzp'er en zit nu drie weken zonder werk door die rampzalige bouwstop. Heb net een aanvraag gedaan voor "
     "bijstand voor zelfstandigen. Voelt vernederend.",
     [("Mieke_bouwt", "Heel veel sterkte. Wij aannemers proberen zzp'ers zoveel mogelijk aan het werk te "
       "houden, maar het lukt niet altijd.", []),
      ("dorpsraad_drempt", "Als dorpsbewoner kan ik je misschien aan een klus helpen bij ons dorpshuis. "
       "Stuur even een berichtje.", [])]),
    (BL, "10-21 20:20", "BoerinBrenda", "Subsidie aangevraagd!",
     "Vandaag direct de subsidie voor mestverwerking aangevraagd. Als boerin ben ik voor het eerst in "
     "maanden echt optimistisch. Eindelijk!",
     [("PluimveePiet", "Mooi! Wij pluimveehouders hebben er minder aan, maar ik gun het jullie.", []),
      ("jongeboer_twente", "Ook gedaan. Als jonge boer ben ik blij dat er iets beweegt.", [])]),
    (TN, "10-22 11:50", "Sofie_scholier", "Presentatie PWS gehaald!",
     "Ik ben scholier en heb vandaag mijn presentatie over stikstof gegeven. Een 8,2! Mijn conclusie: boeren "
     "en natuurbeschermers willen meer hetzelfde dan je denkt.",
     [("oudeboer_henk", "Gefeliciteerd! Als boer ben ik trots dat je bij ons langs bent geweest.", []),
      ("VeluweVos", "Wat leuk! Wij natuurliefhebbers zijn het met je conclusie eens 😊", [])]),
    (TN, "10-22 20:30", "Gerda_uit_Hattem", "Jongeren uit het dorp vertrekken",
     "Drie jongeren uit onze straat zijn dit jaar naar de stad verhuisd. Er is hier gewoon niks te huur. Als "
     "dorpsbewoner word ik daar verdrietig van.",
     [("lang_leve_de_fiets", "Als student zou ik best in een dorp willen wonen. Maar ja, waar?", []),
      ("plattelandsmeisje", "Wij inwoners zien hetzelfde gebeuren. Straks zijn alleen de ouderen over.", [])]),
    (BL, "10-23 21:00", "varkensboer_brabant", "Uitkoop: taxateur was ook niet positief",
     "Eigen taxateur laten komen. Conclusie: het bod van de provincie is te laag, maar niet eens zo heel "
     "veel. Als varkenshouder weet ik nu niet wat ik moet.",
     [("oudeboer_henk", "Boeren moeten niet overhaast beslissen. Neem je tijd.", []),
      ("PluimveePiet", "Wij pluimveehouders twijfelen ook. De uitkoop voelt als opgeven.", [])]),
    (TN, "10-23 15:15", "betonboer_bas", "Noodplan voor de bouw?",
     "Als ondernemer heb ik vandaag met andere bouwers gesproken over een noodplan. Iedereen is boos en moe. "
     "Hoe lang duurt deze belachelijke bouwstop nog?",
     [("Mieke_bouwt", "Bouwend Nederland zegt dat er iets komt begin november. Ik geloof het pas als ik "
       "het zie.", []),
      ("Quirijn_NL", "Bouwers hebben wel een punt, maar snelheid mag niet ten koste gaan van de natuur.", [])]),
    (TN, "10-24 12:00", "wandelaar_ede", "Mooiste herfstdag op de heide",
     "Als natuurliefhebber kan ik niet anders zeggen: wat een dag op de Veluwe. Natuurherstel werkt, de "
     "heide leeft weer.",
     [("VeluweVos", "Zo mooi! Wij natuurliefhebbers mogen dit best vaker delen.", []),
      ("stadsmus020", "Als student ga ik volgende week ook, welke route raad je aan?",
       [("wandelaar_ede", "Rondje Hoog Buurlo, kan niet missen! Studenten krijgen er gratis frisse lucht bij 😄", [])])]),
    (BL, "10-24 20:30", "melkboer_gerrit", "Geruchten over derogatie?",
     "Ik hoor geruchten dat de minister morgen iets gaat zeggen over de derogatie. Als melkveehouder maak "
     "ik me zorgen. Weet iemand meer?",
     [("koeienknuffelaar", "Ik hoop dat het loos alarm is. Wij boeren zijn net zo goed op weg met de mest.", []),
      ("jongeboer_twente", "Wij jonge boeren kunnen geen nieuwe klap hebben. Ik ben bang.", [])]),
    (BL, "10-25 13:40", "melkboer_gerrit", "DEROGATIE STOPT PER 1 JANUARI",
     "Het is echt waar. De derogatie stopt een jaar eerder en het mestplafond gaat omlaag. Als "
     "melkveehouder ben ik woedend over deze schandalige mestregels.",
     [("koeienknuffelaar", "Wij boeren hebben net geïnvesteerd in mestverwerking en nu wordt de derogatie geschrapt. Schandalig verraad.", []),
      ("BoerinBrenda", "Ik ben boerin en ik zit te huilen aan de keukentafel. Het einde van de derogatie "
       "is rampzalig en betekent voor ons misschien het einde van het bedrijf.", []),
      ("boerenzoon_jelle", "Als jonge boer weet ik het nu niet meer. Met deze belachelijke mestregels, waarom zou ik nog doorgaan?",
       [("oudeboer_henk", "Niet opgeven jongen. Boeren zijn taaie mensen, ook al is dit mestbesluit een harde klap.", [])]),
      ("zandboer_ac", "Als akkerbouwer ben ik ook boos over de mestregels. Wie gaat dit betalen?", [])]),
    (TN, "10-25 16:20", "Kritische_Koos", "Derogatie weg: wat betekent dit voor de gewone Nederlander?",
     "Ik probeer te snappen wat het einde van de derogatie betekent. Boeren zijn woedend, natuurbeschermers "
     "juichen. En wij?",
     [("natuurnerd_nijmegen", "Als ecoloog vind ik het besluit over de derogatie terecht. Ons grondwater "
       "heeft er baat bij.", []),
      ("boer_met_pet", "Als boer vind ik het schandalig dat de mestregels halverwege weer veranderen.", []),
      ("Gerda_uit_Hattem", "Als dorpsbewoner ben ik bang dat er straks nog meer boerderijen leeg staan.", [])]),
    (BL, "10-25 21:30", "PluimveePiet", "Mestplafond omlaag, en nu?",
     "Wij pluimveehouders hebben minder last van de derogatie, maar het lagere mestplafond raakt iedereen. "
     "Boeren worden gewoon uitgeknepen. Belachelijk.",
     [("varkensboer_brabant", "Als varkenshouder zie ik de mestafzet nu al duurder worden. Rampzalig.", []),
      ("mestmeneer", "Ik ben loonwerker en mijn telefoon staat roodgloeiend. Iedereen zoekt mestafzet.", [])]),
    (TN, "10-25 19:50", "VeluweVos", "Einde derogatie: terecht",
     "Als natuurliefhebber vind ik het einde van de derogatie terecht, al snap ik de boosheid. De natuur en "
     "het grondwater hebben jarenlang betaald.",
     [("boer_met_pet", "Wij boeren betalen de rekening voor dat einde van de derogatie, dus ik vind het verdrietig en oneerlijk.", []),
      ("wandelaar_ede", "Wij natuurliefhebbers moeten wel blijven zeggen dat boeren hulp verdienen.", [])]),
    (BL, "10-26 07:30", "jongeboer_twente", "Geen oog dichtgedaan",
     "Als jonge boer heb ik vannacht niet geslapen. Met het einde van de derogatie moet ik 40 procent meer "
     "mest afvoeren. Mijn bankier belt vandaag. Ik ben doodsbang.",
     [("boerenzoon_jelle", "Wij jonge boeren zitten allemaal in hetzelfde schuitje. Bel me als je wil "
       "praten.", []),
      ("BoerinBrenda", "Als boerin en moeder: sterkte jongen. We laten je niet vallen.", [])]),
    (TN, "10-26 10:45", "lang_leve_de_fiets", "Als student landbouw: moet ik nog wel boer worden?",
     "Ik ben student aan de HAS en wil boer worden. Na gisteren twijfel ik. Het mestbesluit maakt de "
     "toekomst van jonge boeren echt onzeker.",
     [("melkboer_gerrit", "Als melkveehouder zeg ik: we hebben jullie nodig. Maar ik snap je twijfel.", []),
      ("Wouter_Wageningen", "Jongeren in de landbouw zijn nu gewoon bang. Dat is niet gek.", [])]),
    (BL, "10-26 20:15", "koeienknuffelaar", "Mestverwerker gaat waarschijnlijk niet door",
     "Onze plannen voor de mestverwerker liggen weer op tafel. Met de nieuwe mestregels rekent het niet "
     "meer. Wij boeren in de Vallei zijn teleurgesteld en boos over de mest.",
     [("melkboer_gerrit", "Eerst subsidie, dan de derogatie weg: schandalig. Boeren snappen er niks meer van.", []),
      ("mestmeneer", "Als loonwerker had ik al een machine besteld. Ook voor ons een klap.", [])]),
    (TN, "10-26 14:00", "dorpsraad_drempt", "Dorpsbewoners en het mestbesluit",
     "Als dorpsbewoner merk ik dat het mestbesluit hier alles overheerst. Wij inwoners zijn bezorgd om onze "
     "boeren: het zijn onze buren, vrijwilligers bij de voetbal en de brandweer.",
     [("plattelandsmeisje", "Precies. Wij dorpsbewoners hebben boeren nodig, anders verdwijnt alles.", []),
      ("ecoloog_in_opleiding", "Als student ecologie snap ik dat. Het besluit is terecht, maar de boeren "
       "moeten wel geholpen worden.", [])]),
    (TN, "10-27 09:10", "huizenjager_utrecht", "Eerst bouwstop, nu boerenprotest",
     "Als starter voel ik me een pion in een spel. Eerst ligt de woningbouw stil, nu gaan de boeren morgen "
     "de snelweg op. Wanneer denkt iemand aan ons?",
     [("stadsmus020", "Wij jongeren worden steeds vergeten. Frustrerend.", []),
      ("boer_met_pet", "Als boer zeg ik: boeren denken heus aan jullie. Het probleem zit in Den Haag.", [])]),
    (BL, "10-27 20:40", "oudeboer_henk", "Morgen rijden we",
     "Morgen rij ik met mijn trekker naar Den Haag. Als oud-boer doe ik het voor mijn zoon en voor alle "
     "jonge boeren. Het protest moet vreedzaam blijven.",
     [("melkboer_gerrit", "Ik ben melkveehouder en rij ook. Tot morgen!", []),
      ("boerenzoon_jelle", "Wij jonge boeren rijden achter jullie aan 💪🚜", [])]),
    (TN, "10-27 17:30", "Gerda_uit_Hattem", "Protest morgen: A28 dicht?",
     "Als inwoner van een dorp aan de A28 vraag ik me af hoe ik morgen naar mijn werk moet. Ik steun de "
     "boeren, maar een blokkade van de snelweg vind ik te ver gaan.",
     [("plattelandsmeisje", "Wij inwoners hier balen van die blokkade. Ik neem de fiets 😅", []),
      ("mestmeneer", "Ik ben zelf ook dorpsbewoner en loonwerker. We rijden zo vroeg mogelijk, zodat het meevalt voor de inwoners.", [])]),
    (TN, "10-28 08:15", "Daan_de_timmerman", "Vast op de A12",
     "Ik sta nu twee uur vast door de blokkade. Als zzp'er verdien ik vandaag niks. Ik snap de boeren, "
     "maar dit protest is belachelijk.",
     [("Mieke_bouwt", "Als aannemer mis ik ook al drie leveringen. Wij bouwers zijn de dupe.", []),
      ("boer_met_pet", "Sorry man. Boeren willen niemand kwaad doen, maar het moet gehoord worden.", [])]),
    (TN, "10-28 10:40", "plattelandsmeisje", "Trekkers door het dorp",
     "Sinds 5 uur rijden de trekkers door ons dorp richting de snelweg, en die herrie is vervelend. Wij inwoners konden niet eens naar "
     "school of werk. Als dorpsbewoner ben ik eerlijk gezegd boos over de blokkade.",
     [("Gerda_uit_Hattem", "Hier hetzelfde. De blokkade is echt te veel. Omwonenden zijn boos.", []),
      ("dorpsraad_drempt", "Als dorpsbewoner snap ik beide kanten. Maar de blokkade van vandaag was erg.", [])]),
    (BL, "10-28 13:20", "BoerinBrenda", "Malieveld vol trekkers, wat een dag",
     "Duizenden trekkers op het Malieveld. Als boerin was ik trots en verdrietig tegelijk. Het protest was "
     "indrukwekkend.",
     [("koeienknuffelaar", "Wij boeren hebben laten zien dat we er zijn. Nu de minister nog.", []),
      ("jongeboer_twente", "Als jonge boer was dit mijn eerste protest. Kippenvel.", [])]),
    (TN, "10-28 15:30", "Quirijn_NL", "Mening: protest ok, blokkade niet",
     "Demonstreren is een recht. Maar omwonenden die niet naar het ziekenhuis kunnen door een blokkade? Dat "
     "gaat te ver. Inwoners zijn hier gewoon de dupe.",
     [("Gerda_uit_Hattem", "Als dorpsbewoner ben ik het volledig met je eens: die blokkade was te veel.", []),
      ("melkboer_gerrit", "Als melkveehouder: de meeste boeren stonden keurig waar het mocht.", []),
      ("Sofie_scholier", "Ik ben scholier en mijn examenstage ging niet door vanwege de blokkade 🙄", [])]),
    (TN, "10-28 20:45", "natuurnerd_nijmegen", "Na het boerenprotest",
     "Als boswachter heb ik vandaag met gemengde gevoelens naar het boerenprotest gekeken. De boosheid is "
     "echt. Toch vind ik de mestregels terecht.",
     [("VeluweVos", "Wij natuurliefhebbers moeten de boeren niet als vijand zien.", []),
      ("boer_met_pet", "Fijn dat een boswachter dit zegt. Boeren voelen zich vaak de kop van jut.", [])]),
    (BL, "10-29 20:00", "melkboer_gerrit", "Kamerdebat: weer niks",
     "Het Kamerdebat over de derogatie leverde niks op. Als melkveehouder ben ik teleurgesteld over de derogatie. De minister "
     "blijft bij het besluit.",
     [("koeienknuffelaar", "Wij boeren worden gewoon niet gehoord. Belachelijk.", []),
      ("PluimveePiet", "Ik ben pluimveehouder en het echt zat. Dit is de zoveelste klap.", [])]),
    (TN, "10-29 12:30", "Wouter_Wageningen", "Studenten in Wageningen verdeeld over mestbesluit",
     "In onze collegezaal was het vandaag een felle discussie. Studenten van boerenkomaf vonden de derogatie-"
     "beslissing schandalig, studenten ecologie vonden hem terecht. Als student vond ik het mooi dat we "
     "gewoon met elkaar praatten.",
     [("ecoloog_in_opleiding", "Wij studenten ecologie zijn niet tegen boeren hoor. Goede discussie was het.", []),
      ("lang_leve_de_fiets", "Jongeren zijn beter in praten dan de politiek, blijkt maar weer.", [])]),
    (TN, "10-30 10:15", "Mieke_bouwt", "Drie weken bouwstop, het begint pijn te doen",
     "Als aannemer ben ik bang voor ontslagen als het zo doorgaat. De bouwstop kost ons elke week geld en "
     "die onzekerheid is slecht voor iedereen.",
     [("betonboer_bas", "Wij ondernemers staan door de bouwstop met de rug tegen de muur. Zorgelijk.", []),
      ("Daan_de_timmerman", "Ik ben zzp'er en heb nog een maand buffer; daarna is de bouwstop mijn einde. Triest.", [])]),
    (BL, "10-30 21:10", "akkerbouwer_oldambt", "Als akkerbouwer ook de klos",
     "Als akkerbouwer dacht ik dat het mestbesluit mij niet zou raken. Maar de mestmarkt gaat helemaal op "
     "zijn kop. Het mestbesluit is rampzalig voor de hele sector.",
     [("zandboer_ac", "Zelfde hier. Boeren van alle soorten betalen de prijs.", []),
      ("mestmeneer", "Als loonwerker zie ik het overal. Iedereen is zenuwachtig.", [])]),
    (TN, "10-31 14:20", "dorpsraad_drempt", "Na een week: wat doet het dorp?",
     "Een week na het mestbesluit. Als dorpsbewoner zie ik dat drie boeren in ons dorp willen stoppen. Wij "
     "inwoners maken ons zorgen over wat er dan met het land gebeurt.",
     [("Gerda_uit_Hattem", "Wij inwoners willen in elk geval geen zonnepanelen. Of een distributiecentrum.", []),
      ("natuurnerd_nijmegen", "Als ecoloog hoop ik op natuur. Maar dan wel met het dorp samen.", [])]),
    (TN, "10-31 19:00", "stadsmus020", "Halloween, maar het engst is de woningmarkt",
     "Als student heb ik geen kostuum nodig: mijn kamerzoektocht is eng genoeg 👻 De woningbouw ligt stil en "
     "ik ben bang dat het nog jaren duurt.",
     [("huizenjager_utrecht", "Als starter: ik lach, maar ik huil vanbinnen.", []),
      ("lang_leve_de_fiets", "Wij jongeren moeten echt harder aan de bel trekken.", [])]),
]
