# ruff: noqa: E501  (a data module: long Dutch string literals read better unwrapped)
"""Extra demo voices, 2026-10-04 to 2026-10-17: the Raad van State ruling on intern salderen (10-08)
and the bouwstop in Gelderland (10-09), seen by bouwers, jongeren, bewoners and natuurbeschermers;
mest still hopeful. Written for antennes; the handles are made up."""

B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"
BL, TN = "boerenleven", "thenetherlands"

NEWS: list[tuple[str, str, str, str, str]] = [
    (B, "10-05 07:40", "Marieke Slot", "Proef met mestraffinage in Friesland loopt goed",
     "De proef met mestraffinage bij vijf Friese melkveehouders levert meer op dan verwacht. De boeren "
     "zijn tevreden: het mineralenconcentraat vervangt een deel van de kunstmest. Dorpsbewoners in de "
     "buurt merken bovendien minder stank."),
    (B, "10-09 06:30", "Jan Kroeze", "Veehouders vrezen gevolgen uitspraak intern salderen",
     "Veehouders reageren somber op de uitspraak van de Raad van State over intern salderen. Wie wil "
     "moderniseren, heeft nu eerst een natuurvergunning nodig. \"Wij veehouders worden weer op achterstand "
     "gezet\", zegt NMV-voorzitter Klaas Dijkstra. Vooral jonge boeren met plannen voor een nieuwe stal "
     "zitten klem. Natuurbeschermers vinden de uitspraak juist terecht."),
    (B, "10-12 08:15", "Henk Wolters", "Boerengezinnen zoeken hulp bij erfcoach",
     "Steeds meer boerengezinnen kloppen aan bij een erfcoach. De onzekerheid over vergunningen en uitkoop "
     "weegt zwaar. Plattelandsbewoners organiseren in sommige dorpen koffieochtenden om boeren een hart onder "
     "de riem te steken."),
    (B, "10-15 09:45", "Marieke Slot", "Uitkoopregeling: aanmeldingen blijven achter",
     "Het aantal aanmeldingen voor de uitkoopregeling blijft ver achter bij de verwachting. Boeren noemen de "
     "vergoeding te laag en de voorwaarden te streng. LTO vraagt de landbouwminister de regeling aan te "
     "passen."),
    (B, "10-17 07:20", "Jan Kroeze", "Akkerbouwer en melkveehouder ruilen grond en mest",
     "In de Noordoostpolder ruilen een akkerbouwer en een melkveehouder al drie jaar grond en mest. Beide "
     "ondernemers zijn er blij mee: de melkveehouder is zijn mest kwijt, de akkerbouwer krijgt betere grond."),
    (G, "10-04 11:00", "Pieter Aalbers", "Waarom een bouwstop soms nodig is",
     "Niemand houdt van een bouwstop, maar wie de natuur serieus neemt, kan niet eindeloos stikstofruimte "
     "weggeven. Natuurorganisaties wijzen er al jaren op dat de heide op de Veluwe achteruitgaat. Als "
     "ecoloog vind ik dat de politiek de natuur nu eindelijk voorrang moet geven."),
    (G, "10-08 18:30", "Sanne de Vries", "Uitspraak Raad van State: terecht en hard nodig",
     "De Raad van State heeft vandaag geoordeeld dat intern salderen niet meer zonder natuurvergunning mag. "
     "Wij natuurbeschermers vinden dat een terechte uitspraak. Het is goed nieuws voor de stikstofgevoelige "
     "natuur, die te lang de dupe was van papieren ruimte."),
    (G, "10-10 10:20", "Femke Zandstra", "Jongeren planten 5000 bomen langs de IJssel",
     "Meer dan tweehonderd jongeren plantten zaterdag vijfduizend bomen langs de IJssel. Scholieren en "
     "studenten werkten samen met boswachters van Staatsbosbeheer. \"Wij jongeren willen niet alleen "
     "praten, maar ook iets doen\", zegt de 17-jarige Noor."),
    (G, "10-13 14:00", "Pieter Aalbers", "Kwelders en heide: waar herstel het snelst gaat",
     "Niet elk natuurgebied herstelt even snel. Ecologen zien de grootste vooruitgang waar de stikstof "
     "het eerst omlaag ging. Natuurbeschermers zijn hoopvol: de biodiversiteit komt terug als je het "
     "systeem de kans geeft. Omwonenden van herstelde gebieden zijn vaak de grootste fans."),
    (G, "10-16 08:40", "Sanne de Vries", "Boswachters zien meer vlinders op herstelde heide",
     "Boswachters op de Veluwe telden dit seizoen fors meer heivlinders op de heide die twee jaar geleden "
     "werd hersteld. Het is een klein succes, maar voor ons natuurliefhebbers voelt het als een feestje."),
    (G, "10-17 12:30", "Femke Zandstra", "Omwonenden van de Peel willen meer natuur, niet minder",
     "Een enquête onder inwoners van Peeldorpen laat zien dat een ruime meerderheid natuurherstel steunt. "
     "Omwonenden willen wel dat boeren eerlijk worden gecompenseerd. Natuurorganisaties noemen dat een "
     "redelijke wens."),
    (K, "10-06 07:30", "Lotte Maas", "Bouwbedrijven houden adem in voor uitspraak",
     "Bouwbedrijven wachten gespannen op de uitspraak van de Raad van State over intern salderen. "
     "Honderden bouwprojecten in Gelderland hangen af van de uitkomst. Ondernemers vrezen het ergste."),
    (K, "10-09 10:00", "Ruud Verbeek", "Bouwstop Gelderland: 'Dit is rampzalig voor de sector'",
     "Provincie Gelderland heeft alle nieuwe vergunningen voor bouwprojecten die stikstof uitstoten "
     "bevroren. Aannemers reageren woedend. \"Als aannemer moet ik nu dertig mensen naar huis sturen\", "
     "zegt Gert Veenstra uit Ede. Bouwend Nederland spreekt van een rampzalige dag voor de bouwsector. Natuurorganisaties vinden de bouwstop pijnlijk maar onvermijdelijk."),
    (K, "10-11 08:20", "Lotte Maas", "Starters de dupe van bouwstop",
     "Door de bouwstop in Gelderland komen ruim vierduizend woningen later of helemaal niet. Starters zijn "
     "volgens makelaars de grootste dupe. Projectontwikkelaars noemen de situatie onhoudbaar. Ook dorpsbewoners zijn teleurgesteld: in veel dorpen ging een klein bouwplan niet door."),
    (K, "10-13 07:15", "Ruud Verbeek", "Zzp'ers in de bouw zoeken ander werk",
     "Zzp'ers in de bouw zijn woedend over de bouwstop. Een timmerman uit Apeldoorn: \"Ik ben zzp'er en heb "
     "vanaf volgende week niks meer. Dit is belachelijk.\" Sommigen zoeken werk in Duitsland."),
    (K, "10-15 12:45", "Lotte Maas", "Installateurs en aannemers bundelen krachten tegen bouwstop",
     "Installateurs, aannemers en projectontwikkelaars in Gelderland hebben een gezamenlijke brief "
     "gestuurd aan de provincie. Zij noemen de bouwstop schadelijk en eisen een vrijstelling voor woningbouw en kleine bouwprojecten. "
     "\"Wij ondernemers willen gewoon aan het werk\", staat er."),
    (K, "10-17 09:00", "Ruud Verbeek", "Bouwers teleurgesteld na overleg met provincie",
     "Het overleg tussen bouwers en Provincie Gelderland over de bouwstop is teleurstellend verlopen. De "
     "provincie wacht op het kabinet. Bouwers zijn teleurgesteld en spreken van tijdrekken."),
    (D, "10-09 17:00", "Redactie Binnenland", "Bouwstop raakt ook dorpen: geen nieuwe huizen voor jongeren",
     "De bouwstop in Gelderland treft niet alleen de steden. In tientallen dorpen lagen plannen klaar voor "
     "een handvol woningen voor jongeren en ouderen. Dorpsbewoners zijn teleurgesteld: \"Onze kinderen "
     "moeten nu weg uit het dorp.\" Natuurbeschermers zeggen dat woningbouw en natuurherstel samen kunnen."),
    (D, "10-14 12:00", "Redactie Binnenland", "Studenten bezorgd over woningbouw na uitspraak",
     "Studentenorganisaties luiden de noodklok. Studenten vinden nu al nauwelijks een kamer en vrezen dat "
     "de bouwstop het tekort verder vergroot. Ook jonge gezinnen maken zich zorgen over de woningbouw. Ecologen waarschuwen dat snel bouwen niet ten koste mag gaan van de natuur."),
]

REDDIT: list[tuple[str, str, str, str, str, list]] = [
    (TN, "10-04 10:15", "huizenjager_utrecht", "Update: nog steeds geen huis",
     "Als starter nog steeds niks gevonden. Nu lees ik dat de Raad van State volgende week iets beslist "
     "wat de woningbouw nog verder kan stilleggen. Ik word er zo moe van.",
     [("Daan_de_timmerman", "Als zzp'er in de bouw hoop ik ook dat het meevalt, voor ons allebei.", []),
      ("stadsmus020", "Wij studenten wonen met zn zessen in een huis voor drie. Dit gaat zo niet langer.",
       [("huizenjager_utrecht", "Haha zes, dat is nog luxe. Als student zat ik met acht.", [])]),
      ("Gerda_uit_Hattem", "Als dorpsbewoner zie ik hier ook jongeren vertrekken omdat er niks te "
       "huur is.", [])]),
    (BL, "10-04 20:30", "boerenzoon_jelle", "Studieclub gevonden!",
     "Ik ben jonge boer en heb de tip opgevolgd: vanavond voor het eerst naar een studieclub. Wat een "
     "verschil om met anderen te praten. Wij jonge boeren zitten echt allemaal met dezelfde vragen.",
     [("BoerinBrenda", "Wat fijn om te lezen! Wij boerinnen in de studieclub zeggen: blijf gaan 💪", []),
      ("oudeboer_henk", "Goed zo jongen. Als boer met veel grijze haren zeg ik: samen sta je sterker.", [])]),
    (TN, "10-05 15:50", "dorpsraad_drempt", "Inspraakavond over het natuurgebied was top",
     "Gisteren inspraakavond gehad. Wij inwoners mochten echt meedenken over de paden en de parkeerplaats. "
     "Als dorpsbewoner ben ik positief verrast.",
     [("natuurnerd_nijmegen", "Goed voorbeeld voor de rest van het land! Natuurorganisaties kunnen hier "
       "wat van leren, dit is mooi natuurherstel.", []),
      ("plattelandsmeisje", "Bij ons was de inspraak een wassen neus. Als dorpsbewoner ben ik jaloers!", [])]),
    (BL, "10-05 21:10", "akkerbouwer_oldambt", "Mineralenconcentraat gebruiken: ervaringen?",
     "Ik ben akkerbouwer en denk erover na om mineralenconcentraat uit mest te gebruiken in plaats van "
     "kunstmest. Wie heeft ervaring?",
     [("koeienknuffelaar", "Wij boeren in de Vallei leveren het aan een akkerbouwer, die is er heel "
       "tevreden over.", []),
      ("mestmeneer", "Als loonwerker rijd ik het rond. Akkerbouwers zijn er tevreden over, mits je goed meet.", [])]),
    (TN, "10-06 19:00", "betonboer_bas", "Morgen (nou ja overmorgen) de uitspraak",
     "Als ondernemer in de bouw slaap ik er slecht van. Als de Raad van State intern salderen verbiedt, "
     "liggen bij ons drie bouwprojecten stil.",
     [("Mieke_bouwt", "Zelfde hier. Wij aannemers kunnen niks anders doen dan afwachten.", []),
      ("Kritische_Koos", "Ik ben student en snap het niet: wat is intern salderen nou precies? Serieuze vraag.",
       [("betonboer_bas", "Kort gezegd: stikstofruimte binnen je eigen bedrijf schuiven zonder vergunning.", [])])]),
    (TN, "10-07 12:40", "VeluweVos", "Heide is geen decor",
     "Als natuurliefhebber erger ik me aan het idee dat natuur een luxe is. De heide op de Veluwe is een "
     "ecosysteem, geen decor. Ik hoop dat de Raad van State morgen de natuur serieus neemt.",
     [("wandelaar_ede", "Helemaal mee eens. Wij natuurliefhebbers worden altijd weggezet als "
       "wereldvreemd, terwijl de heide echt in gevaar is.", []),
      ("boer_met_pet", "En boeren worden weggezet als vervuilers. Zo komen we nergens.", [])]),
    (TN, "10-08 13:30", "Mieke_bouwt", "Uitspraak is binnen. Dramatisch.",
     "Intern salderen mag niet meer zonder natuurvergunning. Als aannemer weet ik nu al dat dit "
     "betekent dat projecten stilvallen. Ik ben woedend.",
     [("Daan_de_timmerman", "Ik ben zzp'er en ik kan mijn hypotheek volgend jaar vergeten. Echt "
       "rampzalig.", []),
      ("natuurnerd_nijmegen", "Als boswachter snap ik jullie zorgen, maar de uitspraak is terecht. De "
       "natuur kan niet meer.",
       [("Mieke_bouwt", "Terecht of niet, als ondernemer zie ik mijn mensen straks thuis zitten.", [])]),
      ("huizenjager_utrecht", "En wij starters kunnen weer langer wachten. Fijn.", [])]),
    (BL, "10-08 20:50", "pluimveehouder_barneveld", "Mijn aanvraag kan de prullenbak in",
     "Ik ben pluimveehouder en wilde intern salderen voor een nieuwe stal. Dat kan dus niet meer. "
     "Boeren worden gewoon van het kastje naar de muur gestuurd.",
     [("PluimveePiet", "Ongelooflijk. Wij pluimveehouders hebben zoveel geïnvesteerd in emissiearme "
       "stallen.", []),
      ("jongeboer_twente", "Als jonge boer schiet ik hier echt niks mee op. Schandalig.", [])]),
    (TN, "10-09 09:20", "Gerda_uit_Hattem", "Bouwstop in Gelderland, ook in ons dorp",
     "Vanochtend bekend: bouwstop in Gelderland. In ons dorp zouden twaalf huizen komen voor jongeren en "
     "ouderen. Wij inwoners zijn er kapot van.",
     [("plattelandsmeisje", "Verschrikkelijk. Dorpsbewoners zijn hier echt kapot van.", []),
      ("lang_leve_de_fiets", "Jongeren in dorpen zitten nu nog meer vast. Niks te huur, niks te koop.", []),
      ("betonboer_bas", "Als aannemer had ik daar aan mee mogen bouwen, dus die bouwstop is voor mij ook balen.", [])]),
    (TN, "10-09 22:10", "Daan_de_timmerman", "Wat nu als zzp'er?",
     "Ik ben zzp'er (timmerman) en sinds vandaag is alles in Gelderland stilgelegd. Heeft iemand tips "
     "voor werk in Overijssel of Duitsland?",
     [("Mieke_bouwt", "Wij aannemers in Overijssel hebben nog wel werk, stuur me een DM.", []),
      ("Quirijn_NL", "Installateurs zoeken altijd mensen. Als installateur in Zwolle kan ik je misschien helpen?", [])]),
    (BL, "10-10 19:40", "melkboer_gerrit", "Eerst de boeren, nu de bouw",
     "Nu de bouw ook stilligt, zien mensen eindelijk dat stikstof niet alleen een boerenprobleem is. Wij "
     "boeren voelen ons daardoor iets minder alleen, al is het een rare troost.",
     [("koeienknuffelaar", "Precies. Als boer hoop ik dat er nu eindelijk een echte oplossing komt.", []),
      ("varkensboer_brabant", "Of ze gaan nog harder de boeren uitkopen om de bouw te redden. Ik ben bang "
       "van wel.", [])]),
    (TN, "10-10 14:15", "Sofie_scholier", "Bezoek aan de boerderij voor mijn PWS",
     "Ik ben scholier en ben op bezoek geweest bij een boer voor mijn profielwerkstuk. Heel leerzaam! "
     "Boeren hebben echt meer verstand van natuur dan ik dacht.",
     [("oudeboer_henk", "Leuk dat je er was! Als boer vind ik het mooi dat scholieren langskomen. Succes met je werkstuk.", []),
      ("ecoloog_in_opleiding", "Als student ecologie: goed dat je beide kanten opzoekt 👍", [])]),
    (TN, "10-11 11:00", "ecoloog_in_opleiding", "Bomen planten langs de IJssel",
     "Zaterdag met tweehonderd andere jongeren bomen geplant. Wij jongeren worden vaak weggezet als "
     "klimaatdrammers, maar het was gewoon heel gezellig en nuttig.",
     [("VeluweVos", "Top! Daar word ik als natuurliefhebber echt vrolijk van.", []),
      ("stadsmus020", "Volgende keer doe ik mee. Als student heb ik zaterdag toch niks te doen haha", [])]),
    (BL, "10-11 20:30", "jongeboer_twente", "Stal gaat niet door",
     "Als jonge boer had ik alles klaar voor een nieuwe, emissiearme stal. Door de uitspraak moet ik nu "
     "een natuurvergunning aanvragen, en dat duurt jaren. Ik ben er echt kapot van.",
     [("boerenzoon_jelle", "Wij jonge boeren worden zo gewoon ontmoedigd. Heel veel sterkte.", []),
      ("melkboer_gerrit", "Als melkveehouder zou ik zeggen: toch aanvragen, hoe eerder hoe beter.", [])]),
    (TN, "10-12 16:45", "plattelandsmeisje", "Koffieochtend voor boeren in het dorp",
     "Wij inwoners organiseren elke zaterdag een koffieochtend in het dorpshuis, ook voor de boeren. Het is "
     "mooi om te zien hoe het dorp elkaar steunt.",
     [("BoerinBrenda", "Wat lief! Als boerin kan ik je zeggen dat zoiets echt helpt.", []),
      ("dorpsraad_drempt", "Goed idee, dat gaan wij als dorpsbewoners ook doen.", [])]),
    (TN, "10-13 10:30", "lang_leve_de_fiets", "Kamerjacht in Wageningen is waanzin",
     "Als student in Wageningen zoek ik nu vier maanden een kamer. 37 hospiteeravonden. De woningbouw ligt "
     "stil en wij studenten zijn de sigaar.",
     [("huizenjager_utrecht", "37?! Ik ben starter en dacht dat ik het zwaar had.", []),
      ("Wouter_Wageningen", "Herkenbaar. Als student slaap ik nu bij mn oom in Ede.", [])]),
    (TN, "10-13 20:20", "wandelaar_ede", "Stikstof en de Veluwe uitgelegd aan mijn schoonvader",
     "Mijn schoonvader is boer en ik ben natuurliefhebber. Kerst wordt spannend dit jaar 😅 Maar eerlijk: "
     "we waren het over meer eens dan ik dacht.",
     [("boer_met_pet", "Zo gaat het vaak. Boeren zijn ook natuurliefhebbers, alleen anders.", []),
      ("VeluweVos", "Mooi. Wij natuurliefhebbers moeten meer met boeren praten over natuurherstel, dat werkt goed.", [])]),
    (BL, "10-14 20:00", "PluimveePiet", "Uitkoop: buurman heeft getekend",
     "Ik ben pluimveehouder en mijn buurman ook. Hij heeft getekend voor de uitkoop. Hij zegt dat het bod te laag is "
     "maar dat hij de stress niet meer trekt. Ik vind het zo triest.",
     [("varkensboer_brabant", "Als varkenshouder herken ik dat. De regeling is gewoon te krap.", []),
      ("oudeboer_henk", "Boeren stoppen niet omdat het goed gaat, maar omdat ze op zijn.", [])]),
    (TN, "10-14 17:10", "betonboer_bas", "Personeel naar huis",
     "Ik heb vandaag twee jongens naar huis moeten sturen. Als ondernemer voelt dat als falen, terwijl ik "
     "er niks aan kan doen. Deze bouwstop treft echte mensen, en dat is triest.",
     [("Daan_de_timmerman", "Sterkte man. Wij zzp'ers hebben het ook zwaar.", []),
      ("Mieke_bouwt", "Als aannemer vind ik dat Bouwend Nederland hier veel harder op moet drukken.", [])]),
    (TN, "10-15 09:40", "Gerda_uit_Hattem", "School in het dorp dreigt te sluiten",
     "De basisschool in ons dorp heeft nog 38 leerlingen. Als er geen huizen bijkomen, gaat hij dicht. "
     "Wij inwoners maken ons echt zorgen over de toekomst van het dorp.",
     [("plattelandsmeisje", "Als inwoner van een dorp zonder school kan ik zeggen: daarna gaat het snel. Bij ons is hij drie jaar geleden dichtgegaan.", []),
      ("lang_leve_de_fiets", "Jongeren willen best in een dorp wonen, maar er moet wel iets zijn.", [])]),
    (BL, "10-15 21:15", "koeienknuffelaar", "Mestverwerker: provincie positief",
     "Goed nieuws: de provincie is positief over onze mestverwerker. Wij boeren in de Vallei kunnen "
     "volgend jaar misschien al beginnen. Ik ben er echt blij mee.",
     [("melkboer_gerrit", "Top! Als melkveehouder ben ik blij dat er eindelijk iets lukt.", []),
      ("mestmeneer", "Mooi! Als loonwerker doe ik graag mee met de logistiek. Dorpsbewoners zullen blij zijn met minder vrachtverkeer.", [])]),
    (TN, "10-16 13:00", "Quirijn_NL", "Waarom niet gewoon bouwen en de natuur compenseren?",
     "Oprechte vraag van een inwoner van Arnhem. Kun je niet gewoon bouwen en ergens anders natuur aanleggen?",
     [("natuurnerd_nijmegen", "Als ecoloog: helaas werkt het zo niet. Stikstof slaat neer waar het "
       "neerslaat, de heide op de Veluwe kun je niet verhuizen.", []),
      ("Mieke_bouwt", "Wij bouwers zouden het graag zo zien, maar juridisch kan het niet.", [])]),
    (BL, "10-16 20:40", "BoerinBrenda", "Hoe praat je met je kinderen hierover?",
     "Als boerin merk ik dat onze kinderen bang zijn dat we moeten stoppen. Hoe leggen jullie dit uit aan "
     "kinderen?",
     [("koeienknuffelaar", "Eerlijk zijn, maar ook laten zien dat we vechten. Wij boeren geven niet "
       "zomaar op.", []),
      ("boerenzoon_jelle", "Als jonge boer weet ik nog hoe dat voelde als kind. Vertel ze vooral dat het "
       "niet hun schuld is.", [])]),
    (TN, "10-17 11:20", "dorpsraad_drempt", "Dorpsbewoners bundelen krachten",
     "Dorpsbewoners uit vijf dorpen rond Barneveld hebben een brief gestuurd naar de provincie over de "
     "bouwstop en de leegloop. Als dorpsbewoner ben ik trots dat we samen optrekken.",
     [("Gerda_uit_Hattem", "Goed bezig! Wij inwoners moeten ons laten horen.", []),
      ("betonboer_bas", "Als aannemer steun ik dit volledig. Laat me weten als ik kan helpen.", [])]),
    (TN, "10-17 19:30", "Wouter_Wageningen", "Werkgroep stikstof op de universiteit",
     "Als student zit ik sinds kort in een werkgroep over stikstof. Wat me opvalt: iedereen is het eens "
     "dat natuurherstel nodig is, maar niemand weet hoe je boeren en bouwers erbij houdt.",
     [("ecoloog_in_opleiding", "Welkom bij de club 😄 Wij studenten kunnen hier echt iets toevoegen.", []),
      ("jongeboer_twente", "Als jonge boer: kom eens langs, dan laat ik het je zien.", [])]),
]
