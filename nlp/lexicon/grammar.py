"""Closed word lists for the target-group rules (self-identification and subject). Ours."""

FIRST_PERSON: frozenset[str] = frozenset({"ik", "wij", "we", "mijn", "ons", "onze", "me", "mij", "m'n"})

# Words allowed between "ik ben"/"wij zijn" and the group noun: "ik ben zelf ook een boer".
SELF_FILLERS: frozenset[str] = frozenset(
    {"een", "zelf", "ook", "al", "nog", "gewoon", "maar", "sinds", "jaren", "zelfstandig", "jonge",
     "jong", "trotse", "trots", "echte", "kleine", "gepensioneerd", "gepensioneerde", "van", "beroep"}
)

SELF_VERBS: frozenset[str] = frozenset({"ben", "zijn", "was", "waren", "word", "worden"})

# Words that may open a clause before its subject noun: "de boze boeren zijn ...".
SUBJECT_OPENERS: frozenset[str] = frozenset(
    {"de", "het", "veel", "alle", "die", "deze", "sommige", "meeste", "onze", "jonge", "boze",
     "duizenden", "honderden", "steeds", "meer", "nederlandse", "ook", "zelfs", "vooral",
     "andere", "kleine", "grote", "gewone", "talloze", "tientallen", "alleen", "dus", "nu", "ruim",
     "bijna", "ongeveer", "circa", "zo'n", "minstens", "ten", "minste", "dan", "zeker", "enkele",
     "paar", "honderd", "duizend", "aantal", "groot", "groeiend", "vele"}
)

# Finite verbs (and a few adverbs that may follow the subject) that show the noun is the subject.
SUBJECT_VERBS: frozenset[str] = frozenset(
    [
        "zijn", "is", "waren", "was", "hebben", "heeft", "hadden", "had", "worden", "wordt", "werden",
        "werd", "willen", "wil", "wilden", "wilde", "kunnen", "kan", "konden", "kon", "moeten", "moet",
        "moesten", "moest", "mogen", "mag", "mochten", "zullen", "zal", "zouden", "zou", "gaan", "gaat",
        "gingen", "ging", "voelen", "voelt", "voelden", "vinden", "vindt", "vonden", "vond", "eisen",
        "eist", "eisten", "protesteren", "protesteert", "protesteerden", "demonstreren", "demonstreert",
        "reageren", "reageert", "reageerden", "klagen", "klaagt", "vrezen", "vreest", "maken", "maakt",
        "krijgen", "krijgt", "kregen", "blijven", "blijft", "bleven", "staan", "staat", "stonden", "zitten",
        "zit", "zaten", "zeggen", "zegt", "zeiden", "zei", "stoppen", "stopt", "verliezen", "verliest",
        "weten", "weet", "snappen", "snapt", "begrijpen", "begrijpt", "betalen", "betaalt", "voeren",
        "voert", "blokkeren", "blokkeren", "trekken", "trekt", "komen", "komt", "kwamen", "kiezen", "kiest",
        "steunen", "steunt", "dreigen", "dreigt", "hopen", "hoopt", "verwachten", "verwacht", "balen",
        "baalt", "juichen", "juicht", "schrikken", "schrikt", "zien", "ziet", "twijfelen", "twijfelt",
        "verzetten", "verzet", "pleiten", "pleit", "waarschuwen", "waarschuwt", "vragen", "vraagt",
    ]
)

SUBJECT_SKIP: frozenset[str] = frozenset({"zelf", "ook", "nu", "al", "echt", "massaal", "opnieuw"})

PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "uit", "op", "van", "rond", "bij", "aan", "langs", "nabij", "rondom", "buiten", "met"}
)

# Tokens after which a new clause (and so a possible subject) starts.
CLAUSE_OPENERS: frozenset[str] = frozenset({",", ":", ";", "-", '"', "en", "maar", "want", "dus", "(", "'"})

# Conjunctions opening a verb-final subordinate clause: "waarom boeren boos zijn".
SUBORDINATORS: frozenset[str] = frozenset(
    {"dat", "omdat", "waarom", "hoe", "als", "wanneer", "terwijl", "zodat", "nu", "doordat", "of"}
)

# Words in -en right after a group noun that are not verbs.
NOT_VERBS: frozenset[str] = frozenset(
    {"tegen", "boven", "beneden", "binnen", "buiten", "zonder", "tussen", "volgens", "sinds", "open",
     "even", "samen", "alleen", "geen", "hen", "eigen", "jaren", "maanden", "weken", "dagen", "euro",
     "procent", "boeren", "burgers", "bewoners", "ondernemers", "organisaties", "bedrijven"}
)

# Numerals in words that may open a quantified subject: "Ruim vierhonderd boeren hebben ...".
NUMBER_WORDS: frozenset[str] = frozenset(
    {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "honderd",
     "duizend", "miljoen", "tientallen", "honderden", "duizenden", "enkele", "een", "paar", "dozijn"}
)
NUMBER_ENDINGS: tuple[str, ...] = ("honderd", "duizend", "tig", "tien")
# Emotion nouns that name a group's feeling: "de woede onder veehouders", "onrust bij boeren".
EMOTION_NOUNS: frozenset[str] = frozenset(
    {"woede", "boosheid", "onvrede", "frustratie", "frustraties", "onrust", "zorgen", "zorg", "angst",
     "wanhoop", "verontwaardiging", "teleurstelling", "onzekerheid", "ongerustheid", "irritatie",
     "opluchting", "blijdschap", "vreugde", "steun", "vertrouwen", "wantrouwen", "ontevredenheid",
     "gelatenheid", "moedeloosheid", "verbittering", "ongenoegen", "enthousiasme", "hoop"}
)
AMONG: frozenset[str] = frozenset({"onder", "bij"})
# Pronouns of a generic "you": "wat moet je als boer" speaks about anyone, not the author.
GENERIC_YOU: frozenset[str] = frozenset({"je", "jij", "u", "men"})
