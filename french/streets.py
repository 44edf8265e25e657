"""A street a message names by its kind of way and a capitalised name (« rue des Cerisiers », « avenue du
Général de Gaulle »), whether or not the commune's files know it. When Clocher cannot answer, saying that it
knows nothing of that place tells the resident it read the question, where « je ne sais pas » leaves them
wondering whether a typo lost it.

Only a capitalised name counts: « cours de gym » or « place pour trois » are not streets, and a kind of way
is often an everyday word (french/data/street_types.txt). A capitalised word can still follow one that is
not a street (« le pont de l'Ascension »): callers say it only of a question none of their records answers
and none holds the name of.
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .text import fold
from .wordlists import street_links

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def street_phrase(text: str | None) -> str | None:
    """The first « type [links] Name… » phrase of the text, as written, or None."""
    if not text:
        return None
    found = list(_WORD.finditer(text))
    types = lexicon().street_type_words
    links = street_links()
    for i, m in enumerate(found):
        if fold(m.group()) not in types:
            continue
        j = i + 1
        while j < len(found) and _joined(text, found, j) and fold(found[j].group()) in links:
            j += 1
        end = _name_end(text, found, j, links)
        if end > j:
            return text[m.start() : found[end - 1].end()]
    return None


def _joined(text: str, found: list[re.Match], k: int) -> bool:
    """Word k follows the one before it within the same phrase: only spaces or an apostrophe between them,
    no comma or semicolon (« rue des Lilas ; DROP TABLE »)."""
    return not text[found[k - 1].end() : found[k].start()].strip(" '’")


def _name_end(text: str, found: list[re.Match], start: int, links: frozenset[str]) -> int:
    """Past the name's capitalised words, and the links between two of them (« Général de Gaulle »)."""
    k = start
    while k < len(found) and _joined(text, found, k):
        word = found[k].group()
        if word[0].isupper():
            k += 1
        elif (
            fold(word) in links
            and k > start
            and k + 1 < len(found)
            and _joined(text, found, k + 1)
            and found[k + 1].group()[0].isupper()
        ):
            k += 2
        else:
            break
    return k
