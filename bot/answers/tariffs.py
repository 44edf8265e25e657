"""The price for the resident's own category: « c'est combien pour quelqu'un du village ? » of a hall let
« aux habitants 320 € le week-end, 540 € pour les personnes extérieures » is answered with 320 €, and the
other price is left to the whole record, one button away.

Both the question and the record's clauses are read with the cue lists [for_residents] and [for_outsiders]
of french/data/cues.txt (« j'habite la commune », « hors commune », « non-résidents »…): a commune's fiches
and délibérations write their tariffs that way, whatever the commune.
"""

from __future__ import annotations

import re

import french

RESIDENTS = "for_residents"
OUTSIDERS = "for_outsiders"
WHOSE = {RESIDENTS: "des habitants de la commune", OUTSIDERS: "des personnes extérieures à la commune"}

# A clause ends at « ; », at a comma followed by a space (not « 320,00 € ») or after a sentence's full stop.
_CLAUSE_END = re.compile(r"(\s*;\s*|,\s+|(?<=\.)\s+)")


def category(text: str | None) -> str | None:
    """The category a text speaks of; « non-résidents », « n'habite pas » are read before « résidents »."""
    cues = french.cues()
    words = cues.normal(text)
    if cues.found(OUTSIDERS, text, words=words):
        return OUTSIDERS
    if cues.found(RESIDENTS, text, words=words):
        return RESIDENTS
    return None


def for_category(text: str, asked: str) -> str | None:
    """The text without the clauses pricing the other category, when it prices both; None when nothing
    goes. A clause holding more than one price (« 300 € pour les extérieurs et 50 € de caution ») stays."""
    parts = _CLAUSE_END.split(text)
    clauses, ends = parts[0::2], parts[1::2]
    kinds = [category(c) if french.facts.prices(c) == 1 else None for c in clauses]
    other = OUTSIDERS if asked == RESIDENTS else RESIDENTS
    if asked not in kinds or other not in kinds:
        return None

    def opens(i: int) -> bool:  # the clause begins a sentence
        return i == 0 or not re.search(r"[,;]", ends[i - 1])

    kept: list[list[str]] = []  # [clause, the separator after it]
    for i, clause in enumerate(clauses):
        after = ends[i] if i < len(ends) else ""
        # a sentence's first clause says what is priced (« la salle se loue aux habitants 320 € »): it goes
        # only when it is the whole sentence (« Extérieurs : 300 €. »)
        if kinds[i] != other or opens(i) and i + 1 < len(clauses) and not opens(i + 1):
            kept.append([clause, after])
        elif kept:
            # the previous clause takes the dropped one's separator, and its full stop if it ended one
            if clause.rstrip().endswith(".") and not kept[-1][0].endswith("."):
                kept[-1][0] += "."
            kept[-1][1] = after
    out = "".join(clause + after for clause, after in kept)
    if out == text:
        return None
    return out[:1].upper() + out[1:]


def trimmed(answer, ask, record_name: str) -> bool:
    """The answer with only the price of the category asked (« combien … ? » saying where one lives), and a
    line saying so; unchanged when the question names none or the record prices only one."""
    asked = category(ask.text) if "asks_how_much" in ask.cues else None
    text = asked and for_category(answer.text, asked)
    if not text:
        return False
    answer.text = f"{text}\n(Seul le tarif {WHOSE[asked]} est montré ; {record_name} en donne d'autres.)"
    return True
