"""Whether a question asks about another commune: « la mairie de Mâcon », « qui est le maire de Lyon »,
« combien d'habitants à Arras ». The profile's facts are this commune's; answering them for another one
would state a wrong fact with this commune's source.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .cues import cues
from .lexicon import lexicon
from .text import fold

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
MAX_NAME_WORDS = 6
SAME_WORD = 0.8  # « vaulignak » is « Vaulignac » misspelt, « macon » is not « Vaulignac »


def other_commune(text: str, own: str) -> str | None:
    """The other commune the question names after a profile fact, as the resident wrote it, or None."""
    found = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    words = [w for _, _, w in found]
    for start, end in _named_after_fact(words):
        name = text[found[start][0] : found[end - 1][1]]
        if not _same_commune(words[start:end], own):
            return name
    return None


def same_commune(name: str, other: str) -> bool:
    """Two ways of writing a commune's name that name the same commune (« st fulbert », « Saint-Fulbert-en-
    Doucette »)."""
    return _same_commune([fold(m.group()) for m in _WORD.finditer(name)], other)


def _named_after_fact(words: list[str]) -> list[tuple[int, int]]:
    """The spans of words that follow « mairie de », « maire du », « habitants à » and can be a name."""
    c = cues()
    heads = c.phrases["commune_facts"]
    linking = {p[0] for p in c.phrases["of_commune"]}
    deputy = {p[0] for p in c.phrases["deputy_of"]}
    spans = []
    for i in range(len(words)):
        head = next((h for h in heads if tuple(words[i : i + len(h)]) == h), None)
        if head is None or (i and words[i - 1] in deputy):
            continue
        j = i + len(head)
        if j >= len(words) or words[j] not in linking:
            continue
        while j < len(words) and words[j] in linking:
            j += 1
        span = _name_at(words, j)
        if span:
            spans.append(span)
    return spans


def _name_at(words: list[str], start: int) -> tuple[int, int] | None:
    """Where a name starting at `start` ends; None when the words there say « this commune » or are not a
    name (a day, a time, a number, a function word)."""
    c = cues()
    lex = lexicon()
    this = {p[0] for p in c.phrases["this_commune"]}
    joins = {p[0] for p in c.phrases["name_joins"]}
    end = start
    while end < len(words) and end - start < MAX_NAME_WORDS:
        word = words[end]
        if word in this:
            return None
        parts = word.split("-")
        if word.isdigit() or any(p in lex.time_words for p in parts):
            break
        if word in lex.stop_words:
            # « Saint-Fulbert en Doucette »: a joining word inside the name, never at its end
            following = words[end + 1] if end + 1 < len(words) else ""
            if end > start and word in joins and following and not _ends_name(following):
                end += 1
                continue
            break
        end += 1
    return (start, end) if end > start else None


def _ends_name(word: str) -> bool:
    lex = lexicon()
    return word.isdigit() or word in lex.stop_words or word in lex.time_words


def _same_commune(name_words: list[str], own: str) -> bool:
    """« Vaulignac », « vaulignak sur doucette » name the commune itself: their first distinctive word is
    the commune's (« Saint-Fulbert-en-Doucette » shares only its river with « Vaulignac-sur-Doucette »)."""
    c = cues()
    generic = {p[0] for p in c.phrases["name_generic"]} | {p[0] for p in c.phrases["name_joins"]}

    def first_core(words):
        return next((p for w in words for p in w.split("-") if len(p) >= 3 and p not in generic), "")

    mine = first_core(fold(own).replace("'", " ").split())
    said = first_core(name_words)
    return not said or not mine or SequenceMatcher(None, said, mine).ratio() >= SAME_WORD
