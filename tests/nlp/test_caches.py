"""The per-form caches behind the fast path: results must not depend on what was scored before,
and loading the lexicons must not import textblob/nltk (over a second of start-up)."""

from __future__ import annotations

import subprocess
import sys

from nlp.score import ScoreInput, score_texts

TEXTS = [
    "Ruim vierhonderd boeren hebben zich aangemeld. Wat een circus!",
    "De RIVM-cijfers laten zien dat de stikstofuitstoot daalt. Goed nieuws, maar we zijn er nog niet.",
    "Geweldig hoor, weer een nieuwe rekenregel. 🙄 #stikstof",
    "Het plan is NIET goed en de derogatie verdwijnt, een drama.",
    "As a dairy farmer I am sick and tired of this.",
    "Natura 2000-gebieden rond de Veluwe: bizar veel regels.",
    "",
]


def test_results_do_not_depend_on_order_or_cache_state(pipeline):
    items = [ScoreInput(id=str(i), text=t) for i, t in enumerate(TEXTS)]
    forward = {r.id: r.to_json() for r in score_texts(pipeline, items)}
    backward = {r.id: r.to_json() for r in score_texts(pipeline, items[::-1])}
    again = {r.id: r.to_json() for r in score_texts(pipeline, items)}
    assert forward == backward == again


def test_lexicon_loads_without_textblob_or_nltk():
    code = (
        "import sys; from nlp.lexicon import sentiment_lexicon; lex = sentiment_lexicon(); "
        "assert len(lex) > 1000, len(lex); "
        "assert 'nltk' not in sys.modules and 'textblob' not in sys.modules, 'heavy import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
