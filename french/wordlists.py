"""Small word lists, each read once from its own file in french/data/ for one part of Clocher: the
directory's everyday category names, the words of an arrêté about traffic, the words of a place's name that
do not tell places apart, the words between a street's type and its name, numbers written in words.

Why files and not Python: they are general French that an administrator may complete without reading
code, next to the stop words and synonyms (french/lexicon.py) and the cues (french/cues.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from .lexicon import DATA, LexiconError, _lines
from .text import fold, tokens


@lru_cache(maxsize=1)
def category_synonyms() -> Mapping[str, str]:
    """french/data/categories.txt: everyday word → the category name (or its first words) it stands for,
    folded and in the file's order (« toubib » → « medecin », « nounou » → « assistante maternelle »)."""
    path = DATA / "categories.txt"
    out: dict[str, str] = {}
    for number, line in _lines(path):
        word, sep, category = line.partition("=")
        if not sep or not tokens(word) or not tokens(category):
            raise LexiconError(f"{path.name}, ligne {number} : « mot = catégorie » attendu, lu « {line} ».")
        out[_joined(word)] = _joined(category)
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def traffic_words() -> tuple[str, ...]:
    """french/data/traffic_words.txt, folded, in the file's order: words looked for as parts of an arrêté's
    folded text (« parking » in « parkings »), so their spaces are kept as they are and not split."""
    return tuple(" ".join(fold(line).split()) for _, line in _lines(DATA / "traffic_words.txt"))


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """french/data/place_words.txt: words of a place's name that do not tell places apart (« rue »,
    « lieu » and « dit » of « lieu-dit »)."""
    return _word_set(DATA / "place_words.txt")


@lru_cache(maxsize=1)
def street_links() -> frozenset[str]:
    """french/data/street_links.txt: the words between a street's type and its name (« de », « la »…)."""
    return _word_set(DATA / "street_links.txt")


@lru_cache(maxsize=1)
def number_words() -> Mapping[str, int]:
    """french/data/numbers.txt: a number written in words → its value (« quinze » → 15), in the file's
    order."""
    path = DATA / "numbers.txt"
    out: dict[str, int] = {}
    for number, line in _lines(path):
        parts = line.split()
        if len(parts) != 2 or not parts[1].isdigit():
            raise LexiconError(f"{path.name}, ligne {number} : « mot nombre » attendu, lu « {line} ».")
        out[fold(parts[0])] = int(parts[1])
    return MappingProxyType(out)


def _joined(text: str) -> str:
    """Folded words joined by one space: how the entity extractor compares names (« Bar-Tabac »)."""
    return " ".join(tokens(text))


def _word_set(path: Path) -> frozenset[str]:
    """Every word of a file of words separated by spaces, split as the words of a text are."""
    return frozenset(word for _, line in _lines(path) for word in tokens(line))
