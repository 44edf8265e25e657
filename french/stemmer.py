"""A light French stemmer: the same stem for a word's plural, feminine and common derived forms.

Deliberately aggressive on endings (« fermée », « fermeture », « fermer » → « ferm »): a resident's word
and an official text's rarely share the exact form. Lighter than Snowball, which the index does not need.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# Longest first: the first suffix that leaves a stem of at least 3 letters wins.
_SUFFIXES = sorted(
    """
    issements issement ements ement ments ment atrices atrice ateurs ateur ations ation itions ition
    ances ance ences ence ables able ibles ible istes iste ismes isme euses euse eurs eur eteries eterie
    eries erie ieres iere iers ier ettes ette etures eture ures ure ives ive ifs if ites ite ees ee ies ie
    erons erez eront erai eras era aient ait ais ions iez ons ant ages age ees es er ez ir e
    """.split(),
    key=len,
    reverse=True,
)
_DOUBLE = re.compile(r"([bcdfglmnprst])\1$")


@lru_cache(maxsize=1)
def _rules() -> list[tuple[tuple[str, ...], str]]:
    """french/data/stems.txt, as (the words on the left, the target) per line."""
    out = []
    path = Path(__file__).with_name("data") / "stems.txt"
    for raw in path.read_text(encoding="utf-8").splitlines():
        left, sep, target = raw.split("#", 1)[0].partition("=")
        if sep and left.split():
            out.append((tuple(left.split()), target.strip()))
    return out


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    """Irregular plurals and words the general rule would merge with others: stems.txt's one-word lines."""
    return {words[0]: target for words, target in _rules() if len(words) == 1}


@lru_cache(maxsize=1)
def after_word() -> dict[tuple[str, str], str]:
    """A word read as another after a given word (« se gare » is the verb « se garer », « la gare » the
    station): stems.txt's two-word lines."""
    return {(words[0], words[1]): target for words, target in _rules() if len(words) == 2}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem of a folded word (« fermetures » → « ferm »); numbers and short words are kept whole."""
    fixed = _exceptions().get(word)
    if fixed is not None:
        return fixed
    if word.isdigit() or len(word) <= 3:
        return word
    if word[-1] == "s" and word[-2] != "s" and (len(word) > 4 or word[-2] not in "iosuy"):
        # four letters too: « rues », « bacs », « cars » are « rue », « bac », « car »; not « gris »,
        # « bois », « mois », « pays » (others that only look plural, « mars », « sens », are in stems.txt)
        word = word[:-1]
    elif word[-1] == "x" and (len(word) > 4 or word[-2] in "ua"):
        word = word[:-1]  # « feux », « jeux », « eaux »
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return _DOUBLE.sub(r"\1", word)
