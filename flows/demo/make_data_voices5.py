# ruff: noqa: E501  (a data module: long Dutch string literals read better unwrapped)
"""Extra demo voices, 2026-11-15 to 2026-11-28: the Greenpeace ruling (11-17) pleases
natuurbeschermers, Brussel refuses new talks on the derogatie (11-21), the ruimere uitkoop wins boeren
over, bouwers are cautiously positive, villages worry about empty stallen. Written for antennes."""

B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"
BL, TN = "boerenleven", "thenetherlands"

NEWS: list[tuple[str, str, str, str, str]] = [
    (B, "11-16 07:40", "Henk Wolters", "Aanmeldingen uitkoop stijgen snel",
     "Het aantal aanmeldingen voor de ruimere uitkoopregeling stijgt snel. Boeren zijn tevreden over de "
     "nieuwe voorwaarden. Inwoners van dorpen rond de Veluwe willen meedenken over de toekomst van de "
     "vrijkomende erven."),
    (B, "11-21 15:00", "Marieke Slot", "Brussel weigert nieuw overleg over derogatie",
     "De Europese Commissie wil niet opnieuw praten over de derogatie. Melkveehouders zijn woedend en "
     "teleurgesteld. \"Wij boeren zijn door iedereen in de steek gelaten\", zegt een melkveehouder uit "
     "Friesland. Jonge boeren zien de mest als hun grootste zorg voor 2027. Natuurorganisaties vinden het besluit van Brussel terecht."),
    (B, "11-24 08:20", "Jan Kroeze", "Boerengezinnen en dorp: samen verder",
     "In het Overijsselse Lemelerveld zijn boerengezinnen en dorpsbewoners een gesprekstafel begonnen. "
     "Dorpsbewoners willen weten hoe ze kunnen helpen. Boeren waarderen de steun in een zwaar jaar."),
    (B, "11-27 09:10", "Henk Wolters", "Eerste boeren tekenen voor verplaatsing",
     "De eerste boeren hebben getekend voor verplaatsing onder de nieuwe uitkoopregeling. Veehouders spreken "
     "van een eerlijke regeling. Jonge boeren zien verplaatsen als een kans om het bedrijf voort te zetten. Ook natuurbeschermers zijn blij: de vrijkomende grond rond de Veluwe kan natuur worden."),
    (G, "11-15 10:30", "Femke Zandstra", "Buurtbewoners helpen bij herstel van het ven",
     "In Oisterwijk hebben buurtbewoners samen met ecologen een ven hersteld. Omwonenden zijn trots op het "
     "resultaat. Voor natuurliefhebbers is dit het bewijs dat natuurherstel ook van onderop kan."),
    (G, "11-17 16:00", "Sanne de Vries", "Rechter geeft Greenpeace gelijk: natuurherstel moet sneller",
     "De rechter heeft Greenpeace gelijk gegeven: de staat moet de stikstofuitstoot sneller verlagen voor "
     "natuurherstel. Wij natuurbeschermers zijn blij met deze uitspraak. Het is goed nieuws voor de heide, "
     "het hoogveen en de biodiversiteit."),
    (G, "11-18 09:45", "Pieter Aalbers", "Na de uitspraak: wat betekent het voor de Veluwe?",
     "De uitspraak van de rechter betekent dat de Veluwe eerder kan herstellen. Ecologen zijn hoopvol. "
     "Boswachters hopen op meer geld voor beheer. Natuurorganisaties willen wel dat boeren eerlijk worden "
     "behandeld."),
    (G, "11-20 12:20", "Femke Zandstra", "Scholieren tellen vogels op het erf van een boer",
     "Tweehonderd scholieren telden vorige week vogels op boerenerven in Drenthe. Scholieren waren verrast "
     "door de rijkdom: patrijzen, kieviten en een kerkuil. Vogelaars en boeren werkten goed samen."),
    (G, "11-22 10:00", "Sanne de Vries", "Derogatie: Brussel houdt terecht voet bij stuk",
     "Dat Brussel niet opnieuw over de derogatie wil praten, vinden wij natuurbeschermers terecht. Het "
     "grondwater moet schoner. Tegelijk vragen wij steun voor boeren die willen omschakelen."),
    (G, "11-25 14:30", "Pieter Aalbers", "Uitstel natuurherstel Peel: provincie moet doorzetten",
     "Na de uitspraak van de rechter vinden natuurorganisaties dat het uitstel van het herstelplan voor de "
     "Peel niet langer kan. Ecologen noemen uitstel onverantwoord. Omwonenden steunen volgens een peiling "
     "het herstelplan."),
    (G, "11-28 11:00", "Femke Zandstra", "Terugblik: een bewogen najaar voor de natuur",
     "Het was een bewogen najaar: de uitspraak over intern salderen, het einde van de derogatie, de "
     "bouwvrijstelling en de uitspraak in de zaak van Greenpeace. Natuurbeschermers kijken met gemengde "
     "gevoelens terug: blij met de uitspraak, teleurgesteld over het uitstel van natuurherstel."),
    (K, "11-16 08:15", "Ruud Verbeek", "Bouwers blij met drukte, maar personeel is weg",
     "De bouwsector trekt weer aan na de bouwvrijstelling, maar bouwbedrijven missen personeel. Bouwers "
     "zijn blij met de opdrachten, maar vakmensen zijn tijdens de bouwstop vertrokken."),
    (K, "11-18 07:30", "Lotte Maas", "Uitspraak Greenpeace: bouwers bezorgd over vrijstelling",
     "Na de uitspraak in de zaak van Greenpeace vrezen projectontwikkelaars dat de bouwvrijstelling bij de "
     "rechter sneuvelt. Aannemers zijn bezorgd. Bouwend Nederland roept het kabinet op de vrijstelling "
     "juridisch goed te onderbouwen. Natuurorganisaties zeggen dat bouwen kan, als de natuur er niet onder lijdt."),
    (K, "11-20 09:40", "Ruud Verbeek", "Starterswoningen in Barneveld gaan toch door",
     "In Barneveld gaan de plannen voor 48 starterswoningen toch door. Starters en dorpsbewoners zijn blij. "
     "\"Als aannemer is dit het mooiste nieuws van het jaar\", zegt Gert Veenstra."),
    (K, "11-23 08:00", "Lotte Maas", "Installateurs weer vol geboekt",
     "Installateurs in Gelderland zijn weer vol geboekt tot maart. Ondernemers zijn positief over de "
     "woningbouw, al blijft de vrijstelling juridisch onzeker. Buurtbewoners zien de bouwkranen terug en zijn blij."),
    (K, "11-26 10:30", "Ruud Verbeek", "Zzp'ers keren terug naar de bouw",
     "Veel zzp'ers die tijdens de bouwstop ander werk zochten, keren terug. Zzp'ers zijn opgelucht over de "
     "nieuwe opdrachten. Wel eisen ze betere tarieven na een zware herfst."),
    (K, "11-28 08:45", "Lotte Maas", "Jaaroverzicht: de bouw tussen stop en vrijstelling",
     "Een bewogen najaar voor de bouw: eerst de bouwstop in Gelderland, daarna de bouwvrijstelling. "
     "Bouwbedrijven zijn voorzichtig positief over 2027. Jongeren kiezen weer vaker voor een bouwopleiding."),
    (D, "11-17 18:10", "Redactie Binnenland", "Uitspraak Greenpeace: blij en bezorgd",
     "De uitspraak in de zaak van Greenpeace leidt tot gemengde reacties. Natuurbeschermers zijn blij. "
     "Boeren vrezen nieuwe maatregelen. Jongeren die demonstreerden voor het klimaat juichen. Bouwers vrezen dat de bouwvrijstelling sneuvelt."),
    (D, "11-23 12:00", "Redactie Binnenland", "Dorpen zoeken nieuwe bestemming voor lege stallen",
     "Gemeenten in Gelderland en Overijssel zoeken een bestemming voor stallen van boeren die stoppen. "
     "Dorpsbewoners willen woningen voor jongeren en ouderen. Inwoners vrezen verloedering als er niks "
     "gebeurt. Natuurorganisaties hopen op meer natuur rond de dorpen."),
]

REDDIT: list[tuple[str, str, str, str, str, list]] = [
    (TN, "11-15 11:40", "Gerda_uit_Hattem", "Dorpsbewoners willen meepraten over erven",
     "Als dorpsbewoner merk ik dat iedereen het nu heeft over de erven die vrijkomen. Wij inwoners willen "
     "meepraten. Het gaat om ons dorp.",
     [("plattelandsmeisje", "Als inwoner van een klein dorp zeg ik: woningen voor jongeren graag!", []),
      ("VeluweVos", "Als natuurliefhebber zou een stukje natuur ook mooi zijn. Kan allebei toch?", []),
      ("dorpsraad_drempt", "Wij dorpsbewoners hebben al een lijstje met ideeën. Delen we graag.", [])]),
    (BL, "11-15 20:00", "koeienknuffelaar", "Uitkoop nu toch serieus overwegen",
     "Als boer had ik nooit gedacht dat ik dit zou zeggen, maar met de nieuwe uitkoop ga ik het serieus "
     "overwegen. Eindelijk een eerlijk bod op tafel.",
     [("melkboer_gerrit", "Als melkveehouder snap ik dat helemaal. De nieuwe regeling is fatsoenlijk.", []),
      ("BoerinBrenda", "Wij boeren hier zijn ook aan het rekenen. Fijn dat het nu een echte keuze is.", [])]),
    (TN, "11-16 10:10", "ecoloog_in_opleiding", "Ven hersteld door buurtbewoners",
     "Mooi verhaal uit Oisterwijk: buurtbewoners hebben samen met ecologen een ven hersteld. Als student "
     "ecologie word ik hier zo blij van.",
     [("natuurnerd_nijmegen", "Als boswachter: zo moet natuurherstel, samen met de mensen. Prachtig.", []),
      ("Gerda_uit_Hattem", "Als dorpsbewoner zou ik zoiets ook willen in ons dorp!", [])]),
    (TN, "11-16 19:30", "betonboer_bas", "Opdrachten genoeg, mensen te weinig",
     "Als ondernemer heb ik nu weer opdrachten genoeg, maar mijn beste jongens zijn tijdens de bouwstop "
     "vertrokken. Blij met de bouwvrijstelling, maar het herstel kost tijd.",
     [("Mieke_bouwt", "Als aannemer herken ik het. Wij bouwers betalen de prijs van de bouwstop nog lang.", []),
      ("lang_leve_de_fiets", "Als student bouwkunde zoek ik een stage. DM?", [])]),
    (BL, "11-17 20:40", "oudeboer_henk", "Uitspraak Greenpeace: wat betekent dit voor ons?",
     "De rechter heeft Greenpeace gelijk gegeven. Als boer ben ik bang dat er weer nieuwe maatregelen "
     "komen. Wanneer houdt het op?",
     [("jongeboer_twente", "Als jonge boer ben ik er ook bang voor. Net nu het wat beter ging.", []),
      ("varkensboer_brabant", "Boeren moeten nu niet in paniek raken. De uitkoop staat tenminste.", [])]),
    (TN, "11-17 17:30", "VeluweVos", "Greenpeace wint! 🌿",
     "De rechter zegt dat natuurherstel sneller moet. Als natuurliefhebber ben ik ontzettend blij. Dit is "
     "goed nieuws voor de Veluwe.",
     [("wandelaar_ede", "Wij natuurliefhebbers mogen even juichen vandaag 🎉", []),
      ("boer_met_pet", "Als boer ben ik minder blij. Maar ik snap jullie vreugde.", []),
      ("ecoloog_in_opleiding", "Wij studenten ecologie zijn ook blij. Eindelijk!", [])]),
    (TN, "11-18 12:50", "Mieke_bouwt", "Sneuvelt de bouwvrijstelling?",
     "Na de uitspraak van gisteren ben ik als aannemer toch wat bezorgd. Als de bouwvrijstelling sneuvelt, "
     "zitten we weer waar we in oktober zaten.",
     [("betonboer_bas", "Wij ondernemers kunnen geen tweede bouwstop hebben. Dat wordt rampzalig.", []),
      ("natuurnerd_nijmegen", "Als ecoloog hoop ik op een eerlijke oplossing. Bouwen kan, maar niet "
       "ten koste van alles.", [])]),
    (TN, "11-18 20:00", "huizenjager_utrecht", "Ingeschreven voor starterswoning!",
     "Als starter heb ik me vandaag ingeschreven voor een nieuwbouwproject in Ede. Voor het eerst in twee "
     "jaar echt hoop. 🏡",
     [("Daan_de_timmerman", "Ik ben zzp'er en ik bouw daar mee! Misschien wordt het wel jouw huis haha", []),
      ("lang_leve_de_fiets", "Gefeliciteerd! Wij jongeren hebben dit soort nieuws nodig.", [])]),
    (BL, "11-19 19:10", "PluimveePiet", "Provincie helpt bij zoeken nieuwe locatie",
     "Als pluimveehouder had ik vandaag een goed gesprek met de provincie over verplaatsen. De nieuwe uitkoop "
     "maakt het mogelijk. Ik ben positief.",
     [("koeienknuffelaar", "Mooi! Wij boeren krijgen eindelijk wat lucht.", []),
      ("boerenzoon_jelle", "Als jonge boer volg ik dit met interesse.", [])]),
    (TN, "11-19 11:30", "plattelandsmeisje", "Dorpshuis wordt buurtkamer voor iedereen",
     "Wij inwoners hebben het dorpshuis omgebouwd tot buurtkamer. Boeren, ouderen, jongeren, iedereen komt. "
     "Als dorpsbewoner ben ik er trots op.",
     [("Gerda_uit_Hattem", "Wat mooi! Dorpsbewoners zijn sterker samen.", []),
      ("Sofie_scholier", "Ik ben scholier en help er op zaterdag, echt gezellig 😊", [])]),
    (TN, "11-20 13:20", "Sofie_scholier", "Vogels tellen op een boerenerf",
     "Als scholier mocht ik mee met een vogeltelling op een boerenerf in Drenthe. We zagen een kerkuil! "
     "Scholieren uit mijn klas waren echt enthousiast.",
     [("natuurnerd_nijmegen", "Geweldig! Als vogelaar word ik hier blij van.", []),
      ("oudeboer_henk", "Als boer vind ik het mooi dat jullie zien hoeveel natuur er op een erf is.", [])]),
    (TN, "11-20 20:40", "dorpsraad_drempt", "Starterswoningen Barneveld: wij zijn blij",
     "Als dorpsbewoner uit de buurt van Barneveld ben ik blij dat de starterswoningen toch doorgaan. Wij "
     "inwoners hebben er lang voor gestreden.",
     [("huizenjager_utrecht", "Als starter: jaloers! Gefeliciteerd.", []),
      ("Mieke_bouwt", "Als aannemer bouw ik graag voor jullie. Mooi project.", [])]),
    (BL, "11-21 16:30", "melkboer_gerrit", "Brussel zegt nee. Over en uit.",
     "Geen nieuw overleg over de derogatie. Als melkveehouder ben ik woedend. Het einde van de derogatie is "
     "nu definitief, en niemand heeft een plan voor onze mest. Triest.",
     [("BoerinBrenda", "Als boerin ben ik zo teleurgesteld. De mestregels maken ons kapot.", []),
      ("akkerbouwer_oldambt", "Als akkerbouwer zeg ik: de mestmarkt wordt volgend jaar een ramp.", []),
      ("jongeboer_twente", "Wij jonge boeren hadden nog een sprankje hoop op de derogatie. Weg.", [])]),
    (TN, "11-21 18:50", "Kritische_Koos", "Derogatie definitief weg",
     "Brussel wil niet meer praten. Boeren zijn woest over de derogatie, natuurbeschermers tevreden.",
     [("boer_met_pet", "Als boer vind ik het schandalig dat Den Haag en Brussel ons zo laten zitten met "
       "de mest.", []),
      ("VeluweVos", "Als natuurliefhebber noem ik het nee uit Brussel over de derogatie terecht; "
       "schoon grondwater gaat voor.", []),
      ("plattelandsmeisje", "Als dorpsbewoner ben ik vooral bang voor nog meer mesttransport door het dorp.", [])]),
    (BL, "11-22 20:20", "mestmeneer", "Mestafzet: prijzen verdubbeld",
     "Ik ben loonwerker en de mestafzet kost volgend jaar twee keer zoveel. Boeren zijn wanhopig. Het "
     "mestbeleid is een drama.",
     [("zandboer_ac", "Als akkerbouwer kan ik niet alle mest opvangen. Belachelijke situatie.", []),
      ("koeienknuffelaar", "Wij boeren gaan die dure mestafzet niet volhouden zonder hulp. Rampzalig.", [])]),
    (TN, "11-22 12:10", "Wouter_Wageningen", "Het debat van afgelopen week",
     "Ons studentendebat was een succes. Als student vond ik vooral mooi dat de boer en de boswachter het "
     "over veel dingen eens waren.",
     [("natuurnerd_nijmegen", "Als boswachter: dank voor de uitnodiging, het was top!", []),
      ("melkboer_gerrit", "Als melkveehouder ook bedankt. Studenten stellen betere vragen dan politici 😉", []),
      ("Mieke_bouwt", "Als aannemer vond ik het ook waardevol. Volgend jaar weer?", [])]),
    (TN, "11-23 14:00", "Gerda_uit_Hattem", "Lege stallen: wat willen wij?",
     "In ons dorp komen drie stallen leeg. Als dorpsbewoner wil ik woningen voor jongeren. Wij inwoners "
     "zijn bang dat er anders verloedering komt.",
     [("lang_leve_de_fiets", "Als student zou ik daar meteen willen wonen.", []),
      ("betonboer_bas", "Als ondernemer denk ik graag mee over verbouw. Kan goed en betaalbaar.", [])]),
    (TN, "11-23 20:30", "stadsmus020", "Eindelijk een kamer gevonden!",
     "Na vijf maanden zoeken heb ik een kamer! Als student ben ik zo opgelucht. Wel in een dorp, 25 minuten "
     "fietsen, maar dat maakt niet uit.",
     [("plattelandsmeisje", "Welkom op het platteland! Wij inwoners zijn best aardig 😄", []),
      ("huizenjager_utrecht", "Als starter ben ik jaloers, maar gefeliciteerd!", [])]),
    (BL, "11-24 19:30", "boerenzoon_jelle", "Gesprekstafel met het dorp",
     "Als jonge boer was ik gisteren bij een gesprekstafel met dorpsbewoners. Heel fijn. Dorpsbewoners "
     "willen echt helpen.",
     [("BoerinBrenda", "Mooi! Wij boeren moeten die steun koesteren.", []),
      ("Gerda_uit_Hattem", "Als dorpsbewoner: we doen het graag. Jullie horen bij het dorp.", [])]),
    (TN, "11-24 11:20", "natuurnerd_nijmegen", "Eerste sneeuw op de heide",
     "Vanochtend lag er een laagje rijp op de heide. Als boswachter is dit mijn favoriete tijd. Natuurherstel "
     "gaat door, ook in de winter.",
     [("wandelaar_ede", "Wat mooi! Wij natuurliefhebbers gaan zondag naar de prachtige heide kijken.", []),
      ("VeluweVos", "Als natuurliefhebber word ik rustig van de heide in de winter. Dank voor het delen.", [])]),
    (TN, "11-25 15:40", "VeluweVos", "Peel: uitstel is geen optie meer",
     "Als natuurliefhebber vind ik het uitstel van het herstelplan voor de Peel onverteerbaar, zeker na de "
     "uitspraak van de rechter.",
     [("ecoloog_in_opleiding", "Wij studenten ecologie hebben er een petitie over gestart.", []),
      ("Gerda_uit_Hattem", "Als inwoner van Brabant steun ik het herstelplan. Omwonenden willen het ook.", [])]),
    (TN, "11-25 20:10", "Daan_de_timmerman", "Tarieven omhoog na de bouwstop",
     "Ik ben zzp'er en ik heb mijn tarief verhoogd. Na twee maanden zonder werk kan ik niet anders. Iemand "
     "anders ook?",
     [("betonboer_bas", "Als ondernemer snap ik het. Wij bouwbedrijven betalen het graag voor goede mensen.", []),
      ("Mieke_bouwt", "Als aannemer: prima, mits het redelijk blijft.", [])]),
    (BL, "11-26 20:00", "varkensboer_brabant", "Getekend. Opgelucht.",
     "Vandaag getekend voor verplaatsing. Als varkenshouder ben ik opgelucht. De nieuwe uitkoop is eerlijk "
     "en ik kan door op een nieuwe plek.",
     [("PluimveePiet", "Gefeliciteerd! Wij boeren kunnen dit soort goed nieuws gebruiken.", []),
      ("oudeboer_henk", "Als boer van de oude stempel ben ik blij voor je. Goede beslissing.", [])]),
    (TN, "11-26 12:30", "plattelandsmeisje", "Ons dorp krijgt een buurtbus",
     "Goed nieuws: wij inwoners krijgen een buurtbus, gereden door vrijwilligers. Als dorpsbewoner ben ik "
     "blij dat er ook eens iets terugkomt.",
     [("Gerda_uit_Hattem", "Top! Wij dorpsbewoners regelen het gewoon zelf.", []),
      ("Sofie_scholier", "Ik ben scholier en kan eindelijk weer met de bus naar school 🙌", [])]),
    (TN, "11-27 13:00", "lang_leve_de_fiets", "Jongeren en de boerderij",
     "Als student landbouw ben ik na een zware herfst toch positief. Met de nieuwe uitkoop en verplaatsen "
     "zie ik weer kansen voor jonge boeren.",
     [("boerenzoon_jelle", "Als jonge boer ben ik het met je eens. Voorzichtig positief.", []),
      ("stadsmus020", "Wij jongeren in de stad weten hier veel te weinig van, eerlijk gezegd.", [])]),
    (BL, "11-27 20:30", "BoerinBrenda", "Terugblik op een rotjaar",
     "Als boerin kijk ik terug op een rotjaar: PAS-melder, de derogatie schandalig geschrapt, mestafzet onbetaalbaar. Maar de "
     "steun van het dorp en de nieuwe uitkoop geven hoop.",
     [("koeienknuffelaar", "Wij boeren hebben het zwaar gehad. Op naar een beter jaar.", []),
      ("plattelandsmeisje", "Als dorpsbewoner: we blijven jullie steunen ❤️", [])]),
    (TN, "11-28 10:40", "dorpsraad_drempt", "Jaar van de dorpsraad",
     "Als dorpsbewoner en lid van de dorpsraad kijk ik terug op een druk jaar: bouwstop, protest, lege "
     "stallen, maar ook een buurtbus en nieuwe huizen. Wij inwoners zijn veerkrachtig.",
     [("Gerda_uit_Hattem", "Goed samengevat! Dorpsbewoners zijn taai.", []),
      ("VeluweVos", "Als natuurliefhebber dank voor jullie inzet voor het natuurgebied.", [])]),
    (TN, "11-28 19:20", "huizenjager_utrecht", "Bijna een huis",
     "Als starter ben ik uitgeloot voor een woning in Ede! Oplevering in 2028, maar toch. Eindelijk.",
     [("Daan_de_timmerman", "Ik ben zzp'er en bouw mee. Welkom!", []),
      ("lang_leve_de_fiets", "Gefeliciteerd! Wij jongeren mogen ook weer eens hoop hebben.", [])]),
]
