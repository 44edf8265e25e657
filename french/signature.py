"""A message's signature: the name a resident signs after « Cordialement, » is never what they ask about.

Residents who write as to the mairie close with a formula and their name (« … ? Bien cordialement, Mme
Lefebvre »). The name is a word no record holds, the rarest of the question: the record that answers
looked as if it missed the subject. The formulas are general French, in french/data/closings.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA, _lines
from .text import fold, tokens

FORMULA_TAIL = 3
MAX_SIGNATURE_WORDS = 6  # « Mme et M. Pélissier », « René Castaing, ancien conseiller municipal »


@lru_cache(maxsize=1)
def _closing() -> re.Pattern:
    """A closing formula, punctuation, then a few words without a digit or a question mark, to the end."""
    phrases = sorted({" ".join(tokens(line)) for _, line in _lines(DATA / "closings.txt")}, key=len)
    formulas = "|".join(r"\W+".join(map(re.escape, p.split())) for p in reversed(phrases))
    # words are separated by spaces or commas, so that no word can be split two ways (no backtracking)
    name = rf"[a-z'.-]+(?:[\s,]+[a-z'.-]+){{0,{MAX_SIGNATURE_WORDS - 1}}}[\s,.!]*"
    # « salutations distinguées. », « merci par avance de votre aide, »: a few more words may end it
    return re.compile(rf"\b(?:{formulas})\w*(?:[ \t]+[a-z]+){{0,{FORMULA_TAIL}}}[ \t]*[,.;:!\n]+\s*({name})$")


def without_signature(text: str) -> str:
    """The folded text without its signature; unchanged (folded) when it has none, or when the formula
    opens the message (« Merci. La salle est libre samedi » is a question, not a signature)."""
    folded = fold(text).rstrip()
    found = _closing().search(folded)
    if found is None or not tokens(folded[: found.start()]):
        return folded
    return folded[: found.start(1)]
