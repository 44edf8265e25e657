"""The kinds of fact a text states — a quantity (a price, a sum), a moment (an hour, a day, a date) — so
that a question asking « combien » can prefer the record that gives a price to the one that only explains
the procedure, and « quand » the one that gives a day or an hour.

Why: on any commune the fiche pratique « Inscrire mon enfant à la cantine » and the délibération that sets
the meal's price share the question's words; only one of them can answer « c'est combien ? ». The names of
days and months come from french/data/days.txt, like the schedules'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .schedule import day_words, month_words
from .text import fold

QUANTITY = "quantity"  # a price or a sum in text; records whose value is a number hold it too
MOMENT = "moment"
CLOCK = "clock"  # an hour of the day (« 16 h », « 2h00 »): what « jusqu'à quelle heure ? » wants of a moment
PLACE = "place"  # a way named by its kind (« rue », « chemin », « parking » : french/data/street_types.txt)

_MONEY = re.compile(r"\d\s*(?:€|euros?\b|eur\b)")
_CLOCK = re.compile(r"(?<![\d/])\d{1,2}\s*h\s*\d{0,2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")


@lru_cache(maxsize=1)
def _moment_words() -> re.Pattern:
    names = sorted({*day_words(), *month_words()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@lru_cache(maxsize=50_000)
def held(text: str | None) -> frozenset[str]:
    """The kinds of fact the text states (QUANTITY, MOMENT); cached: asked of every candidate's text."""
    folded = fold(text or "")
    found = set()
    if _MONEY.search(folded):
        found.add(QUANTITY)
    if _CLOCK.search(folded):
        found |= {MOMENT, CLOCK}
    elif _NUMERIC_DATE.search(folded) or _moment_words().search(folded):
        found.add(MOMENT)
    if not _street_types().isdisjoint(folded.split()):
        found.add(PLACE)
    return frozenset(found)


def prices(text: str | None) -> int:
    """How many sums of money the text states (« 320 € … 540 € » : 2), read as `held` reads one."""
    return len(_MONEY.findall(fold(text or "")))


@lru_cache(maxsize=1)
def _street_types() -> frozenset[str]:
    """The kinds of way written in full (« chemin », not its abbreviation « ch »)."""
    from .lexicon import lexicon

    return frozenset(w for w in lexicon().street_type_words if len(w) > 3)


def wanted(cues: frozenset[str] | set[str]) -> frozenset[str]:
    """The kind of fact a question's cues (french.cues) ask for: « combien » a quantity, « quand » a
    moment."""
    out = set()
    if "asks_how_much" in cues:
        out.add(QUANTITY)
    if "asks_when" in cues:
        out.add(MOMENT)
    return frozenset(out)
