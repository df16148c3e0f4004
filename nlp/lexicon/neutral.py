"""Words that must never count as sentiment, whatever Pattern says: descriptive adjectives of news
text (groot, nieuw, laatste), words with a frequent neutral sense (naar, net, waar, vrij) and
participles that Pattern rates but news uses plainly (gemaakt, bekeken). Written for antennes.
"""

NEUTRAL: frozenset[str] = frozenset(
    [
        "naar", "waar", "later", "laat", "laatst", "laatste", "latere", "groot", "grote", "grootste",
        "groter", "grotere", "nieuw", "nieuwe", "bekend", "bekende", "bekendste", "oud", "oude",
        "officieel", "officiële", "links", "linkse", "rechts", "rechtse", "net", "netten", "heel", "hele",
        "belangrijk", "belangrijke", "belangrijkste", "belangrijker", "gemaakt", "klein", "kleine",
        "kleiner", "kleinere", "kleinste", "algemeen", "algemene", "lang", "lange", "langer", "langere",
        "langst", "open", "naast", "enig", "enige", "mogelijk", "mogelijke", "sociaal", "sociale",
        "zogenaamd", "zogenaamde", "zogenaamd", "link", "jong", "jonge", "jonger", "jongere", "jongste",
        "hoog", "hoge", "hoger", "hogere", "hoogste", "groen", "groene", "groenen", "vrij", "vrije", "snel",
        "snelle", "sneller", "volledig", "volledige", "nodig", "half", "halve", "zeker", "zekere", "geheel",
        "gehele", "lam", "schelde", "regelmatig", "juist", "licht", "lichte", "totaal", "totale", "frank",
        "franken", "vroeg", "vroege", "vroeger", "vroegere", "los", "echt", "echte", "waarschijnlijk",
        "cultureel", "culturele", "oorspronkelijk", "oorspronkelijke", "onafhankelijk", "onafhankelijke",
        "katholiek", "katholieke", "katholieken", "romeinse", "recht", "rechten", "provinciaal",
        "provinciale", "afhankelijk", "gouden", "militair", "militaire", "militairen", "olympisch",
        "olympische", "tijdelijk", "tijdelijke", "direct", "directe", "rechtstreeks", "zwart", "zwarte",
        "zwarts", "extra", "vol", "volle", "laag", "lage", "lager", "lagere", "brons", "bronzen", "erkend",
        "apart", "aparte", "precies", "voorlopig", "bepaald", "min", "voornaam", "voornaamste", "voorname",
        "aanwezig", "aanwezige", "industrieel", "industriële", "speciaal", "speciale", "breed", "brede",
        "bredere", "vermoedelijk", "beurs", "beurzen", "aanzienlijk", "aanzienlijke", "systematisch",
        "natuurlijk", "natuurlijke", "beschikbaar", "gans", "klaar", "ras", "rassen", "gestructureerd",
        "openlijk", "respectievelijk", "duurzaam", "duurzame", "gemiddeld", "diep", "koopt", "gekocht",
        "nabij", "permanent", "permanente", "genaamd", "getiteld", "werkzaam", "werkzame", "gelezen",
        "vaart", "bekeken", "aangelegd", "trouwen", "lieven", "matten", "geregeld", "jeugdigen", "extreem",
        "extreme", "absolute", "dichtbij", "compleet", "complete", "massaal", "massale", "protest",
        "protesten", "verward", "seksuele", "seksueel", "organisatorische", "menselijk", "menselijke",
        "medisch", "medische", "rijk", "rijke", "rijkste", "rijken", "modern", "moderne", "hedendaagse",
        "westerse", "beslist", "vereist", "bereid", "bezig", "normaal", "normale", "wakker", "gering",
        "heilig", "roze", "bruine", "donkere", "nat", "natte", "zacht", "warm", "warme", "kardinaal",
        "royale", "sporadisch", "veelvuldig", "onverwacht", "eeuwige", "verborgen", "gemakkelijk", "bewust",
        "koloniale", "middeleeuwse", "commerciële", "conservatieve", "geacht", "waard", "zogeheten",
        "zogenoemde", "hoogst", "populair", "populaire", "populairste", "prominent", "liefst", "gestage",
        "geleidelijk", "spoedig", "verkrijgbaar", "herkenbare", "expressieve", "realistische", "essentieel",
        "moreel", "voortdurend", "regelmatige", "duidelijkheid",
        # wrong lemma or sense: gewezen (former, not afwijzen), vierde (fourth), zat (sat), kat, sla, barst
        "gewezen", "vierde", "zat", "kat", "sla", "steel", "gestaan", "barst", "eens", "nobel", "verdeeld",
        "uiteindelijk", "vriend", "vriendin", "vrienden", "vriendinnen", "vriendje", "vriendinnetje",
        "alternatief", "alternatieven", "zorgt", "zorgde", "zorgden", "gezorgd",
        # compounds whose tail only looks loaded: ont|vangst, inves|tering, con|creet, land|goed
        "ontvangst", "investering", "concreet", "discreet", "afdrukken", "benadrukken", "benadrukt",
        "uitdrukken", "indrukken", "vastgoed", "landgoed", "ondergoed", "speelgoed", "pootgoed", "voorgoed",
        "evengoed", "overhoop", "veroorloven", "opgehaald", "aangehaald", "uitgehaald", "ingehaald",
        "afgehaald", "koolzuur", "gaven", "leden", "overtuig",
        "zonsondergang", "herstellende", "voorspellende", "vertellende", "voorstellende", "vaststellende",
        # promises and agreements are news facts; in reactions they are mostly doubted
        "akkoord", "belofte", "beloftes", "beloften", "belooft", "beloven", "beloofd", "beloofde",
    ]
)
