# ruff: noqa: E501  (a data module: long Dutch string literals read better unwrapped)
"""Extra demo voices, 2026-11-01 to 2026-11-14: the bouwvrijstelling (11-04) makes bouwers cautiously
hopeful and natuurbeschermers unhappy, mest stays sour, the uitkoopregeling becomes more generous on
11-10 and boeren are relieved. Written for antennes; the handles are made up."""

B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"
BL, TN = "boerenleven", "thenetherlands"

NEWS: list[tuple[str, str, str, str, str]] = [
    (B, "11-02 07:30", "Henk Wolters", "Melkveehouders zoeken uitweg na mestbesluit",
     "Een week na het mestbesluit zoeken melkveehouders naarstig naar oplossingen. Sommigen verkleinen de "
     "veestapel, anderen pachten extra grond. Boeren zijn nog altijd boos en teleurgesteld over de derogatie. Ook "
     "dorpsbewoners merken de onrust: in cafés gaat het nergens anders over."),
    (B, "11-06 09:00", "Marieke Slot", "Boeren teleurgesteld na afblazen mestverwerker",
     "Boeren in de Achterhoek zijn teleurgesteld nu Coöperatie De Groene Weide de plannen voor de "
     "mestverwerker heeft gestopt. Door de nieuwe mestregels is de installatie niet meer rendabel. "
     "Inwoners van Lichtenvoorde hadden juist gehoopt op minder mesttransport."),
    (B, "11-10 16:30", "Jan Kroeze", "Veehouders opgelucht over ruimere uitkoop",
     "Veehouders reageren opgelucht op de ruimere uitkoopregeling. \"Eindelijk een eerlijk bod\", zegt "
     "varkenshouder Marco Peters uit Venray. Ook jonge boeren die willen verplaatsen in plaats van stoppen "
     "zijn blij met de uitkoop nieuwe stijl. Ook natuurorganisaties zijn positief over de ruimere uitkoop."),
    (B, "11-12 08:10", "Henk Wolters", "Uitkoop: telefoon staat roodgloeiend bij adviseurs",
     "Sinds de verruiming van de uitkoopregeling krijgen agrarisch adviseurs tientallen telefoontjes per dag. "
     "Boeren zijn positief over de uitkoop nu de vergoeding hoger is. Dorpsbewoners vragen zich wel af wat er "
     "met de vrijkomende stallen gebeurt."),
    (B, "11-14 07:45", "Marieke Slot", "Pluimveehouders kiezen vaker voor verplaatsen",
     "Pluimveehouders rond de Veluwe kiezen dankzij de nieuwe uitkoop vaker voor verplaatsen. Boeren in de "
     "regio noemen de uitkoopregeling nu een goede stap. Provincie Gelderland helpt bij het zoeken naar "
     "een nieuwe locatie."),
    (G, "11-01 10:00", "Pieter Aalbers", "Natuurherstel is meer dan stikstof",
     "Goed natuurherstel vraagt ook om water, rust en ruimte. Ecologen pleiten voor een bredere aanpak. "
     "Inwoners van dorpen rond natuurgebieden zijn volgens een peiling bereid mee te helpen."),
    (G, "11-04 15:45", "Sanne de Vries", "Bouwvrijstelling: de natuur betaalt weer",
     "Het kabinet kondigt een bouwvrijstelling aan voor woningbouw. Wij natuurbeschermers zijn teleurgesteld: "
     "de stikstof van de bouw verdwijnt niet omdat je hem niet meer meetelt. Het is weer uitstel van echt "
     "natuurherstel."),
    (G, "11-05 09:30", "Femke Zandstra", "Natuurorganisaties overwegen stappen tegen vrijstelling",
     "Natuurorganisaties onderzoeken of ze naar de rechter stappen tegen de bouwvrijstelling. MOB noemt "
     "de vrijstelling juridisch wankel. Ecologen vrezen dat de heide opnieuw de prijs betaalt."),
    (G, "11-07 11:15", "Pieter Aalbers", "Jongeren en natuur: een nieuwe generatie vrijwilligers",
     "Bij Natuurmonumenten melden zich dit jaar meer jonge vrijwilligers dan ooit. Studenten en scholieren "
     "helpen bij het afplaggen van heide. Jongeren zijn volgens de organisatie juist nu betrokken bij "
     "natuurherstel."),
    (G, "11-09 13:00", "Sanne de Vries", "Uitstel natuurherstel Peel onaanvaardbaar",
     "De provincie stelt het herstelplan voor de Peel een jaar uit. Natuurbeschermers zijn boos over het "
     "uitstel. Als ecoloog zie ik de hoogveenresten elk jaar verder achteruitgaan. Omwonenden die betrokken "
     "waren bij het plan zijn ook teleurgesteld."),
    (G, "11-11 10:40", "Femke Zandstra", "Uitkoop kan natuur helpen, mits goed ingericht",
     "De ruimere uitkoopregeling biedt kansen voor natuur rond de Veluwe. Natuurorganisaties willen dat "
     "vrijkomende grond deels natuur wordt. Dorpsbewoners moeten daarover kunnen meepraten, vinden wij."),
    (G, "11-13 16:20", "Pieter Aalbers", "Boswachters luiden noodklok over droge heide",
     "Boswachters op de Veluwe maken zich zorgen: na de droge zomer is de heide kwetsbaar. Natuurherstel "
     "gaat langzamer dan gehoopt. Ecologen vragen om meer geld voor vernatting."),
    (K, "11-04 12:30", "Lotte Maas", "Bouwvrijstelling: sector opgelucht maar voorzichtig",
     "Het kabinet komt met een bouwvrijstelling voor woningbouw. Bouwers zijn opgelucht, maar ook voorzichtig. "
     "\"Als aannemer ben ik hoopvol, maar niet naïef\", zegt Gert Veenstra. Bouwend Nederland noemt het "
     "goed nieuws voor starters. Natuurorganisaties zijn daarentegen teleurgesteld."),
    (K, "11-06 08:00", "Ruud Verbeek", "Projectontwikkelaars rekenen aan de bouwvrijstelling",
     "Projectontwikkelaars rekenen deze week welke bouwprojecten onder de bouwvrijstelling vallen. De eerste "
     "indruk is positief. Ondernemers hopen dat de provincie snel vergunningen verleent. Dorpsbewoners hopen dat ook kleine projecten meetellen."),
    (K, "11-09 09:50", "Lotte Maas", "Zzp'ers terug aan het werk? 'Eerst zien'",
     "Zzp'ers in de bouw zijn blij met de bouwvrijstelling, maar wachten nog op de eerste opdrachten. \"Ik ben "
     "zzp'er en geloof het pas als ik weer op de steiger sta\", zegt stukadoor Yusuf Demir."),
    (K, "11-11 07:20", "Ruud Verbeek", "Eerste bouwprojecten in Gelderland weer gestart",
     "In Ede en Wageningen zijn de eerste bouwprojecten na de bouwstop weer gestart. Aannemers zijn "
     "opgelucht. Starters die een woning hadden gekocht, kunnen weer hopen. Buurtbewoners zien de kranen "
     "terugkeren."),
    (K, "11-13 08:30", "Lotte Maas", "Installateurs zien orders voorzichtig terugkomen",
     "Installateurs melden dat de eerste orders voor nieuwbouw terugkomen. De bouwsector is voorzichtig "
     "positief. Bouwbedrijven blijven wel bezorgd over een mogelijke rechtszaak tegen de bouwvrijstelling."),
    (D, "11-04 18:30", "Redactie Binnenland", "Bouwvrijstelling: starters hoopvol, natuur boos",
     "De bouwvrijstelling leidt tot gemengde reacties. Starters zijn hoopvol dat er weer woningen komen. "
     "Natuurorganisaties zijn boos. Inwoners van Gelderse dorpen hopen dat hun woningbouwplannen nu "
     "doorgaan. Bouwers zijn voorzichtig positief."),
    (D, "11-10 14:15", "Redactie Binnenland", "Dorpen vrezen lege stallen na uitkoop",
     "Nu de uitkoopregeling ruimer wordt, vrezen dorpsbewoners dat er leegstaande stallen komen. Inwoners "
     "van kleine kernen willen dat gemeenten snel plannen maken voor hergebruik. Natuurbeschermers willen dat een deel van de grond natuur wordt."),
]

REDDIT: list[tuple[str, str, str, str, str, list]] = [
    (TN, "11-01 11:20", "Gerda_uit_Hattem", "Het dorp na het protest",
     "Een paar dagen na het boerenprotest is het weer rustig. Als dorpsbewoner merk ik dat de sfeer wel "
     "veranderd is: iedereen is gespannen over de mest en de toekomst van de boeren.",
     [("plattelandsmeisje", "Wij inwoners zijn vooral moe. Iedereen heeft een mening en niemand luistert.", []),
      ("boer_met_pet", "Als boer merk ik dat ook. Gelukkig steunen de meeste dorpsbewoners ons.", [])]),
    (BL, "11-01 20:30", "koeienknuffelaar", "Veestapel verkleinen of grond pachten?",
     "Wij boeren moeten nu kiezen: koeien weg of grond erbij. Door het einde van de derogatie is allebei "
     "duur. Ik ben er somber over.",
     [("melkboer_gerrit", "Als melkveehouder ga ik pachten, als het lukt. Maar de prijzen zijn "
       "belachelijk.", []),
      ("boerenzoon_jelle", "Ik ben jonge boer en wij kiezen voor minder koeien. Doet pijn.", [])]),
    (TN, "11-02 14:40", "natuurnerd_nijmegen", "Wat natuurherstel echt betekent",
     "Als boswachter krijg ik vaak de vraag wat natuurherstel nou is. Kort: stikstof omlaag, water omhoog, "
     "en geduld. Ik ben trots op wat we al bereikt hebben op de heide.",
     [("VeluweVos", "Mooie uitleg. Wij natuurliefhebbers zien het goede resultaat van natuurherstel elke wandeling.", []),
      ("Sofie_scholier", "Ik ben scholier en dit had ik in mijn PWS moeten zetten 😅", [])]),
    (TN, "11-03 09:15", "huizenjager_utrecht", "Geruchten over bouwvrijstelling",
     "Als starter lees ik dat er morgen een bouwvrijstelling wordt aangekondigd. Ik durf niet te hopen, maar "
     "het zou echt goed nieuws zijn.",
     [("Mieke_bouwt", "Als aannemer hoop ik het ook. Duimen!", []),
      ("VeluweVos", "Als natuurliefhebber ben ik bang dat het ten koste gaat van de natuur.", [])]),
    (BL, "11-03 21:00", "varkensboer_brabant", "Uitkoop: nieuwe regeling op komst?",
     "Er gaan geruchten dat de uitkoop ruimer wordt. Als varkenshouder wacht ik daarom met tekenen. Wie "
     "weet meer?",
     [("PluimveePiet", "Wij pluimveehouders hebben hetzelfde gehoord. Afwachten.", []),
      ("oudeboer_henk", "Boeren moeten nooit tekenen onder druk. Goed dat je wacht.", [])]),
    (TN, "11-04 13:00", "Mieke_bouwt", "BOUWVRIJSTELLING 🙌",
     "Het is officieel: er komt een bouwvrijstelling voor woningbouw. Als aannemer ben ik opgelucht. Hoopvol, "
     "maar niet naïef: eerst zien dat de provincie meewerkt.",
     [("betonboer_bas", "Eindelijk! Wij ondernemers kunnen weer vooruit plannen.", []),
      ("Daan_de_timmerman", "Ik ben zzp'er en ik had bijna mijn gereedschap verkocht. Wat een opluchting.", []),
      ("huizenjager_utrecht", "Als starter ben ik blij met de bouwvrijstelling! Eindelijk goed nieuws.", []),
      ("natuurnerd_nijmegen", "Als ecoloog vind ik de bouwvrijstelling slecht nieuws voor de heide.", [])]),
    (TN, "11-04 20:15", "VeluweVos", "Bouwvrijstelling = uitstel natuurherstel",
     "Als natuurliefhebber ben ik teleurgesteld over de bouwvrijstelling. Het is uitstel van natuurherstel "
     "onder een mooi etiket.",
     [("wandelaar_ede", "Wij natuurliefhebbers worden weer aan het lijntje gehouden; uitstel van natuurherstel is teleurstellend.", []),
      ("lang_leve_de_fiets", "Als student snap ik dat, maar wij jongeren hebben ook huizen nodig.",
       [("VeluweVos", "Eerlijk punt. Wij natuurliefhebbers willen ook niet dat jongeren geen huis vinden. Het zou niet óf-óf moeten zijn.", [])])]),
    (TN, "11-05 10:30", "dorpsraad_drempt", "Gaan onze twaalf huizen nu toch door?",
     "Als dorpsbewoner hoop ik dat de bouwvrijstelling ook voor ons plan geldt. Wij inwoners wachten al "
     "drie jaar op die twaalf huizen.",
     [("Gerda_uit_Hattem", "Duimen! Wij inwoners van het buurdorp gunnen het jullie.", []),
      ("Mieke_bouwt", "Als aannemer: als het onder de vrijstelling valt, kan het snel. Laat het me weten.", [])]),
    (BL, "11-05 20:10", "jongeboer_twente", "Mijn bankier belde terug",
     "Als jonge boer eindelijk iets positiefs: de bank wil meedenken over een plan met minder koeien. Het "
     "mestbesluit blijft rampzalig, maar ik ga door.",
     [("BoerinBrenda", "Wat goed om te horen! Wij boeren moeten doorzetten.", []),
      ("boerenzoon_jelle", "Top man. Wij jonge boeren geven niet op 💪", [])]),
    (TN, "11-06 12:00", "plattelandsmeisje", "Mestverwerker in de Achterhoek gaat niet door",
     "Als inwoner van de Achterhoek vind ik het jammer dat De Groene Weide stopt. Wij inwoners hoopten op "
     "minder mesttransport door het dorp.",
     [("koeienknuffelaar", "Als boer ben ik er ook kapot van. Het nieuwe mestbeleid maakt alles kapot.", []),
      ("Gerda_uit_Hattem", "Dorpsbewoners zijn weer de dupe van Haagse besluiten.", [])]),
    (BL, "11-06 21:20", "melkboer_gerrit", "De Groene Weide stopt: wat nu met onze mest?",
     "Als melkveehouder was ik lid van De Groene Weide. Nu de mestverwerker niet doorgaat, weet ik niet waar "
     "ik volgend jaar met mijn mest heen moet. Schandalig hoe het mestbeleid ons in de steek laat.",
     [("zandboer_ac", "Als akkerbouwer kan ik wat mest van je afnemen, al is het weinig. Stuur een DM.", []),
      ("mestmeneer", "Ik ben loonwerker en zoek mee naar afzet. Veehouders hebben het zwaar, de mestafzet wordt een probleem.", [])]),
    (TN, "11-07 13:10", "ecoloog_in_opleiding", "Vrijwilligersdag heide afplaggen",
     "Zaterdag heide geplagd met Natuurmonumenten. Als student ecologie was het de leukste dag van het "
     "semester. Wij jongeren willen echt bijdragen aan natuurherstel.",
     [("natuurnerd_nijmegen", "Als boswachter: heel blij met jullie hulp op de heide!", []),
      ("Sofie_scholier", "Ik ben scholier en mag volgende keer mee, toch? 🙏", [])]),
    (TN, "11-07 20:40", "Quirijn_NL", "Wie heeft er eigenlijk gelijk?",
     "Boeren boos, natuurbeschermers boos, bouwers blij, starters blij. Ik ben een gewone inwoner van "
     "Apeldoorn en ik zie door de bomen het bos niet meer.",
     [("Kritische_Koos", "Als student filosofie zeg ik: niemand heeft helemaal gelijk. Dat is het probleem.", []),
      ("plattelandsmeisje", "Wij inwoners van het platteland merken het het meest. Jammer dat dat zo "
       "weinig gehoord wordt.", [])]),
    (BL, "11-08 19:50", "BoerinBrenda", "Dorpsbewoners kwamen langs met taart",
     "Vandaag stonden drie dorpsbewoners met een taart voor de deur. Als boerin was ik ontroerd. Dorpsbewoners "
     "zijn echt onze beste steun nu.",
     [("oudeboer_henk", "Mooi! Als boer weet ik: zo hoort het op het platteland.", []),
      ("plattelandsmeisje", "Als dorpsbewoner kan ik zeggen: we staan achter jullie ❤️", [])]),
    (TN, "11-08 11:30", "Wouter_Wageningen", "Studenten organiseren debat over stikstof",
     "Wij studenten organiseren volgende week een debat met een boer, een boswachter en een aannemer. Als "
     "student vind ik dat we meer met elkaar moeten praten.",
     [("Mieke_bouwt", "Als aannemer doe ik graag mee!", []),
      ("natuurnerd_nijmegen", "Als boswachter ook. Goed initiatief.", []),
      ("melkboer_gerrit", "Als melkveehouder kom ik ook. Mits er koffie is 😉", [])]),
    (TN, "11-09 15:00", "Gerda_uit_Hattem", "Peelherstel uitgesteld, dorp teleurgesteld",
     "Mijn zus woont in de Peel. Het herstelplan voor het natuurgebied is uitgesteld. Wij inwoners daar "
     "hebben jaren meegepraat. Dorpsbewoners zijn teleurgesteld.",
     [("VeluweVos", "Als natuurliefhebber vind ik dit uitstel schandalig.", []),
      ("natuurnerd_nijmegen", "Ik ben ecoloog en het hoogveen kan geen jaar meer wachten. Heel zorgelijk.", [])]),
    (TN, "11-09 20:30", "Daan_de_timmerman", "Eerste klus na de bouwstop!",
     "Ik ben zzp'er en heb vandaag een nieuwe opdracht binnen: een rijtje starterswoningen in Ede. De "
     "bouwvrijstelling werkt echt. Opgelucht!",
     [("betonboer_bas", "Top man! Wij ondernemers zijn ook weer aan het plannen.", []),
      ("huizenjager_utrecht", "Als starter ga ik me meteen inschrijven haha", [])]),
    (BL, "11-10 15:40", "varkensboer_brabant", "UITKOOP: 120% en verplaatsen mag!",
     "Eindelijk! De uitkoopregeling wordt ruimer: 120 procent en verplaatsen mag. Als varkenshouder ben ik "
     "opgelucht. Dit is eindelijk een eerlijk bod.",
     [("PluimveePiet", "Wij pluimveehouders zijn ook blij met de nieuwe uitkoop. Top nieuws.", []),
      ("oudeboer_henk", "Als boer van zeventig zeg ik: dit had er meteen moeten zijn. Maar goed, opgelucht.", []),
      ("jongeboer_twente", "Als jonge boer vind ik het fijn dat verplaatsen kan. Misschien is er dan "
       "toch een toekomst.", [])]),
    (TN, "11-10 19:00", "Kritische_Koos", "Ruimere uitkoop: goed of geldverspilling?",
     "De uitkoop wordt ruimer. Boeren zijn blij, maar wie betaalt het?",
     [("boer_met_pet", "Als boer zeg ik: eindelijk een eerlijke uitkoop. Het is geen cadeau, het is "
       "compensatie.", []),
      ("VeluweVos", "Als natuurliefhebber vind ik de uitkoop goed, als de grond maar natuur wordt.", []),
      ("Gerda_uit_Hattem", "Als dorpsbewoner hoop ik dat de stallen niet leeg blijven staan.", [])]),
    (BL, "11-11 20:20", "PluimveePiet", "Afspraak gemaakt voor verplaatsing",
     "Als pluimveehouder heb ik vandaag een afspraak gemaakt bij de provincie over verplaatsen. Met de "
     "nieuwe uitkoop kan het eindelijk. Ik ben blij.",
     [("varkensboer_brabant", "Top! Boeren krijgen eindelijk een kans.", []),
      ("koeienknuffelaar", "Mooi. Wij boeren hier gaan ook eens rekenen.", [])]),
    (TN, "11-11 12:10", "betonboer_bas", "Kranen weer aan in Ede",
     "Vandaag zijn we weer begonnen in Ede. Als ondernemer voelt het als een nieuwe start. Dank aan alle "
     "mensen die de bouwvrijstelling mogelijk maakten.",
     [("Mieke_bouwt", "Als aannemer ook weer aan de slag. Voorzichtig blij!", []),
      ("dorpsraad_drempt", "Als buurtbewoner zie ik het vanuit mijn raam. Fijn om weer bedrijvigheid te zien.", [])]),
    (TN, "11-12 09:30", "lang_leve_de_fiets", "Starterswoningen: eerlijke verdeling?",
     "Als student vraag ik me af of de nieuwe woningen ook naar jongeren uit de regio gaan, of naar "
     "beleggers.",
     [("huizenjager_utrecht", "Als starter hoop ik op een voorrangsregeling. Anders schiet het niet op.", []),
      ("Gerda_uit_Hattem", "Wij inwoners willen dat onze eigen jongeren voorrang krijgen.", [])]),
    (BL, "11-12 20:45", "boerenzoon_jelle", "Verplaatsen als jonge boer: iemand ervaring?",
     "Ik ben jonge boer en overweeg met de nieuwe uitkoopregeling te verplaatsen naar Groningen. Wie heeft "
     "dit gedaan?",
     [("akkerbouwer_oldambt", "Als akkerbouwer in het Oldambt: welkom! Hier is ruimte en de dorpen zijn "
       "blij met nieuwe boeren.", []),
      ("melkboer_gerrit", "Als melkveehouder ken ik iemand die het deed. Beste beslissing ooit, zegt hij.", [])]),
    (TN, "11-13 14:30", "wandelaar_ede", "Droge heide na de zomer",
     "Als natuurliefhebber schrok ik vandaag van de droge, kwetsbare heide. Boswachters zeggen dat natuurherstel nu "
     "vooral water nodig heeft. Zorgelijk.",
     [("natuurnerd_nijmegen", "Klopt. Als boswachter maak ik me echt zorgen om de heide.", []),
      ("ecoloog_in_opleiding", "Wij studenten ecologie zien dit ook in onze metingen.", [])]),
    (TN, "11-13 20:00", "plattelandsmeisje", "Buurman stopt, wat nu met de stal?",
     "Onze buurman doet mee aan de uitkoop. Als dorpsbewoner vraag ik me af wat er met die enorme stal "
     "gebeurt. Wonen? Natuur? Niemand weet het.",
     [("dorpsraad_drempt", "Wij dorpsbewoners hebben hier een werkgroep voor opgericht. Aanrader!", []),
      ("lang_leve_de_fiets", "Als student zie ik mezelf wel wonen in zo'n omgebouwde stal 😄", [])]),
    (BL, "11-14 19:40", "zandboer_ac", "Mestafzet 2027: nog steeds niks geregeld",
     "Als akkerbouwer met vee zoek ik al weken naar mestafzet voor volgend jaar. Alles zit vol. Het "
     "mestbeleid is echt rampzalig.",
     [("mestmeneer", "Als loonwerker: overal hetzelfde. Boeren zijn wanhopig over de mest.", []),
      ("koeienknuffelaar", "Wij boeren zijn moe en bang: een oplossing voor de mest zie ik niet meer.", [])]),
    (TN, "11-14 11:15", "Sofie_scholier", "Debat op school over stikstof",
     "Ik ben scholier en we hadden vandaag een debat in de klas. De helft koos voor de boeren, de helft voor "
     "de natuur. Scholieren zijn best genuanceerd eigenlijk!",
     [("Wouter_Wageningen", "Als student: mooi om te horen. Jongeren kunnen dit beter dan volwassenen.", []),
      ("boer_met_pet", "Als boer word ik warm van zo'n gesprek in de klas.", [])]),
]
