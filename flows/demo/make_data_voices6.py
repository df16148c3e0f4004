# ruff: noqa: E501  (a data module: long Dutch string literals read better unwrapped)
"""Extra demo voices spread over the whole period: more bewoners of the platteland and more
natuurbeschermers. Written for antennes; the handles are made up."""

B, D, G, K = "boerderijbode", "dagblad-nederland", "groen-kompas", "bouwkrant"
BL, TN = "boerenleven", "thenetherlands"

NEWS: list[tuple[str, str, str, str, str]] = []

REDDIT: list[tuple[str, str, str, str, str, list]] = []
