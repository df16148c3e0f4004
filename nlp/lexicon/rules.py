"""Function words that change the weight of sentiment words: negators, intensifiers, contrast, irony.

Hand-written for antennes. Multipliers are applied to the next sentiment word (within a short window).
"""

NEGATORS: frozenset[str] = frozenset(
    {"niet", "geen", "nooit", "allerminst", "nergens", "niemand", "niets", "niks", "noch",
     "zonder", "geenszins", "nimmer", "evenmin", "amper", "nauwelijks", "ternauwernood", "weinig", "minder",
     "allesbehalve", "verre"}
)

INTENSIFIERS: dict[str, float] = {
    "heel": 1.4, "erg": 1.4, "zeer": 1.5, "enorm": 1.6, "ontzettend": 1.6, "vreselijk": 1.5,
    "verschrikkelijk": 1.5, "echt": 1.3, "super": 1.5, "mega": 1.5, "hartstikke": 1.5,
    "bijzonder": 1.3, "uiterst": 1.6, "buitengewoon": 1.5, "extreem": 1.6, "totaal": 1.5,
    "compleet": 1.5, "volkomen": 1.5, "volstrekt": 1.6, "absoluut": 1.5, "werkelijk": 1.3,
    "ongelofelijk": 1.6, "ongelooflijk": 1.6, "zo": 1.2, "zó": 1.4, "te": 1.2, "veel": 1.2,
    "behoorlijk": 1.2, "flink": 1.3, "knap": 1.2, "ronduit": 1.5, "diep": 1.3, "hoogst": 1.5,
    "uitermate": 1.6, "bizar": 1.5, "keihard": 1.4, "loei": 1.5, "dood": 1.4, "kei": 1.4,
    "steeds": 1.1, "nog": 1.1, "zwaar": 1.3, "zeker": 1.2, "bepaald": 1.2, "vooral": 1.1,
    "enigszins": 0.5, "beetje": 0.6, "wat": 0.8, "iets": 0.7, "redelijk": 0.7, "vrij": 0.8,
    "nogal": 0.9, "tamelijk": 0.7, "lichtelijk": 0.5, "licht": 0.7, "ietwat": 0.5,
    "enigermate": 0.5, "min of meer": 0.6, "best": 0.9, "niet zo": 0.5,
    "mogelijk": 0.8, "misschien": 0.8, "wellicht": 0.8, "eventueel": 0.8, "zo'n": 1.3, "zulke": 1.3,
    # evaluative words used as degree adverbs: "belachelijk hoog", "waanzinnig goed"
    "belachelijk": 1.5, "absurd": 1.5, "schandalig": 1.5, "krankzinnig": 1.5, "waanzinnig": 1.5,
    "idioot": 1.4, "gigantisch": 1.4, "verdomd": 1.4,
}

# Intensifiers that are evaluative words too: before a word without polarity they keep their own.
EVALUATIVE_INTENSIFIERS: frozenset[str] = frozenset(
    {"bizar", "bizarre", "vreselijk", "verschrikkelijk", "belachelijk", "absurd", "schandalig", "krankzinnig",
     "waanzinnig", "idioot", "verdomd"}
)

# Weight (before the after-contrast factor) of a negated clause after "maar" without sentiment words.
NEGATED_CONTRAST = 0.25

# "nooit" directly followed by one of these is emphasis, not negation: "nog nooit zo'n rommel".
EMPHATIC_AFTER_NEGATOR: frozenset[str] = frozenset({"zo'n", "zo", "zulke", "zoveel", "eerder"})

CONTRAST: frozenset[str] = frozenset(
    {"maar", "echter", "desondanks", "toch", "daarentegen", "evenwel", "niettemin"}
)

# Tokens (hashtags without '#') that flip a positive sentence into a weaker negative one: cheap irony.
IRONY_TOKENS: frozenset[str] = frozenset(
    {"not", "sarcasme", "sarcasm", "ironie", "irony", "🙄", "😒", "🤡", "🙃", "😏", "jaja", "jajaja"}
)

# Phrases (lowercase, space separated tokens) that read as irony when the sentence is positive.
IRONY_PHRASES: tuple[str, ...] = (
    "ja hoor", "goed bezig", "lekker bezig", "goed gedaan hoor", "nou nou", "yeah right",
    "wat een verrassing", "dank je de koekoek", "nou lekker", "wat fijn weer", "bedankt hoor",
    "dank je wel hoor", "nou bedankt", "lekker dan", "fijn hoor", "knap hoor",
    "wie had dat gedacht", "wie had dat kunnen", "ja tuurlijk", "tuurlijk joh", "vast wel", "nou gezellig",
    "wat een timing",
)

# Emoji that celebrate or laugh; with a sarcasm cue they mock: "Nog steeds geen plan. 🎉".
CELEBRATION_EMOJI: frozenset[str] = frozenset({"🎉", "🥳", "😂", "🤣", "👏", "🍾", "🎊", "🥂"})

# Words and word pairs saying that something bad happens again or still: the context of sarcasm.
SARCASM_CUES: frozenset[str] = frozenset({"weer", "alweer", "wéér", "wederom"})
SARCASM_BIGRAMS: frozenset[tuple[str, str]] = frozenset(
    {("nog", "steeds"), ("nog", "altijd"), ("dan", "maar"), ("zoals", "altijd"), ("zoals", "gewoonlijk"),
     ("precies", "wat"), ("gewoon", "weer")}
)
SARCASM_FIRSTS: frozenset[str] = frozenset(a for a, _ in SARCASM_BIGRAMS)

# Words whose sentiment sense is an adjective or interjection, but which are neutral nouns after an
# article: "de top" (summit), "het vet" (fat), "de kans".
NOUN_SENSES: frozenset[str] = frozenset({"top", "vet", "kans", "kansen", "hoop", "winst", "dank"})
ARTICLES: frozenset[str] = frozenset({"de", "het", "een", "die", "deze", "dat", "zijn", "haar"})
