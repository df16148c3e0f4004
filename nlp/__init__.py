"""Dutch NLP for antennes: a spaCy pipeline on `spacy.blank("nl")` with components of our own.

Public entry points: `nlp.pipeline.build_pipeline(opgave)` and `nlp.score` (`ScoreInput`,
`ScoreResult`, `score_texts`, `model_version`). Importing this package loads nothing heavy.
"""
