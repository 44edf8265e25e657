"""Where an arrêté applies, read from its object and articles: streets, squares and named places.

Residents ask « le parc du Château c'est ouvert le soir ? » as often as « la rue des Vergers est barrée ? »:
a place is a street (« rue des Vergers », « allée des Tilleuls », any type of french/data/street_types.txt),
a street named before its type (« Grande Rue »), a road number (« RD 57 ») or a named place (« parc du
Château », « plan d'eau de la Font-Bramée », « stade municipal », « aire de jeux du parc du Moulin »,
« parking de la salle des fêtes »), whose words are in knowledge/data/lieux_arretes.txt. The letterhead,
visas and stamp are never read (arretes_pdf_layout gives only the object and the articles' clauses).

Matching runs on a folded copy of each clause that keeps capitals and offsets (« Église » → « Eglise »):
types and heads are matched without regard to case or accents, names must start with a capital or a
day (« rue du 8 Mai 1945 »), and each place is cut from the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from french import fold, fold_keep_offsets, lexicon

from ..textnorm import key

DATA = Path(__file__).resolve().parents[1] / "data" / "lieux_arretes.txt"
MAX_PLACES = 20


@dataclass(frozen=True)
class PlaceWords:
    """The words of knowledge/data/lieux_arretes.txt, folded."""

    heads: tuple[str, ...]  # « parc », « plan d'eau »: a place when a name or qualifier follows
    alone: frozenset[str]  # « cimetière », « stade »: a place even without a name
    qualifiers: tuple[str, ...]  # « municipal », « municipale », « municipaux »…
    named_streets: tuple[str, ...]  # « grande rue »


def _forms(word: str) -> set[str]:
    """A qualifier's feminine and plurals: « municipal » → municipale, municipaux, municipales."""
    forms = {word, word + "e", word + "s", word + "es"}
    if word.endswith("al"):
        forms.add(word[:-2] + "aux")
    if word.endswith("ic"):
        forms.update({word[:-1] + "que", word[:-1] + "ques"})
    if word.endswith("er"):
        forms.update({word[:-2] + "ere", word[:-2] + "eres"})
    return forms


@lru_cache(maxsize=1)
def place_words(path: Path = DATA) -> PlaceWords:
    """Read the data file once; an unknown « kind: » is a mistake worth a clear error, not a silent skip."""
    heads: list[str] = []
    alone: set[str] = set()
    qualifiers: set[str] = set()
    streets: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, _, words = (part.strip() for part in line.partition(":"))
        words = " ".join(fold(words).split())
        if kind == "lieu":
            heads.append(words)
        elif kind == "lieu seul":
            heads.append(words)
            alone.add(words)
        elif kind == "qualificatif":
            qualifiers.update(_forms(words))
        elif kind == "rue":
            streets.append(words)
        else:
            raise ValueError(
                f"{path.name}, ligne {number} : « {kind} » inconnu (lieu, lieu seul, qualificatif, rue)"
            )
    return PlaceWords(tuple(heads), frozenset(alone), tuple(qualifiers), tuple(streets))


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so « salle des fetes » wins over « salle »; spaces match any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_LINK = r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|l'|la\s+|le\s+|les\s+|aux?\s+|sur\s+|sous\s+|en\s+)"
_PLACE_LINK = r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
_WORD = r"(?:[A-Z][\w'\-]*|\d{1,2}(?:er)?[\s\-]+[A-Z][\w'\-]*)"
_NAME = rf"{_WORD}(?:(?:[ \-]+{_LINK}?{_WORD})|[ \-]\d{{4}}\b)*"
"""A proper name: capitalised words, joined by « de la », « du »… (« Champ-de-Foire », « Général de
Gaulle », « 8 Mai 1945 »). A lower-case word ends it: « place de la Fruitière le dimanche »."""

_WORD_END = r"(?![\w\-'])"
"""A head ends its word: « camping » is no place in « camping-cars »."""

_DETERMINER = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux|a la|de la)\s+|\b[ld]')$")
"""« le », « la », « l' », « du »… just before a word: « le cimetière » is this village's, « à ce stade »
(at this point) is not a place."""


@dataclass(frozen=True)
class PlacePatterns:
    """The place patterns, built once from the word files (matched on a case-kept folded clause).

    street: a street type, then a name (« rue des Vergers », « chemin du Plan-d'Eau », « allée des
        Tilleuls »); the types are french/data/street_types.txt's, shared with the residents' questions.
    named_street: a street whose name comes before its type (« Grande Rue », « Grand'Rue »).
    road_number: a numbered road (« RD 57 »), in capitals as départements write them.
    head: where a named place may start (« parc », « plan d'eau », « stade »).
    place: a head, then a qualifier (« stade municipal ») and/or a name (« parc du Château ») or a
        place of its own (« aire de jeux du parc du Moulin », « parking de la salle des fêtes »).
    """

    street: re.Pattern[str]
    named_street: re.Pattern[str]
    road_number: re.Pattern[str]
    head: re.Pattern[str]
    place: re.Pattern[str]


@lru_cache(maxsize=1)
def patterns() -> PlacePatterns:
    words = place_words()
    types = _alternation(lexicon().street_type_words)
    heads = _alternation(words.heads)
    quals = _alternation(words.qualifiers)
    nested = rf"(?i:{heads})\b(?:\s+(?i:{quals})\b)?(?:\s+{_PLACE_LINK}?{_NAME})?"
    return PlacePatterns(
        street=re.compile(rf"\b(?i:{types})\b\s+{_LINK}?{_NAME}"),
        named_street=re.compile(rf"\b(?i:{_alternation(words.named_streets)})\b"),
        road_number=re.compile(r"\b(?:RD|RN|CD|VC|CR)\s?\d{1,4}\b"),
        head=re.compile(rf"\b(?i:{heads}){_WORD_END}"),
        place=re.compile(
            rf"\b(?P<head>(?i:{heads})){_WORD_END}(?:\s+(?P<qual>(?i:{quals}))\b)?"
            rf"(?:\s+{_PLACE_LINK}?(?P<name>{_NAME}|{nested}))?"
        ),
    )


def _case_kept_fold(text: str) -> str:
    """Accents stripped, capitals kept, one character per character (so spans cut the original)."""
    low = fold_keep_offsets(text)
    return "".join(f.upper() if o.isupper() else f for f, o in zip(low, text, strict=True))


def _as_written(text: str, start: int, end: int) -> str:
    """The place as the text writes it; a type capitalised at a sentence's start reads « rue … »."""
    name = " ".join(text[start:end].split()).rstrip(".,;:'’-")
    if len(name) > 1 and name[0].isupper() and name[1].islower() and " " in name:
        first = name.split(" ", 1)[0]
        if fold(first) in lexicon().street_type_words or fold(first) in _head_starts():
            name = name[0].lower() + name[1:]
    return name


@lru_cache(maxsize=1)
def _head_starts() -> frozenset[str]:
    return frozenset(h.split()[0] for h in place_words().heads)


def places_in(clause: str) -> list[tuple[int, str]]:
    """The places a clause names, with their offsets: streets first claim their words, then named places
    outside them (« rue du Stade » is a street, not the stade), nested ones kept (« aire de jeux du parc
    du Moulin » and « parc du Moulin »)."""
    if clause.isupper():  # all capitals: a name cannot be told from the words around it
        return []
    folded = _case_kept_fold(clause)
    streets = _streets(folded)
    found = [(start, _as_written(clause, start, end)) for start, end in streets]
    for start, end in _named_places(folded, streets):
        found.append((start, _as_written(clause, start, end)))
    return sorted(found)


def _streets(folded: str) -> list[tuple[int, int]]:
    """Spans of streets, named streets and road numbers, none starting inside another."""
    found_by = patterns()
    spans: list[tuple[int, int]] = []
    for pattern in (found_by.street, found_by.named_street, found_by.road_number):
        for match in pattern.finditer(folded):
            if not any(s <= match.start() < e for s, e in spans):
                spans.append(match.span())
    return spans


def _named_places(folded: str, streets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of named places outside the streets: a head with a qualifier or a name, or a head that
    stands alone after an article (« le cimetière »)."""
    found_by = patterns()
    alone = place_words().alone
    lower = folded.lower()
    spans = []
    for head in found_by.head.finditer(folded):
        if any(s <= head.start() < e for s, e in streets):
            continue
        match = found_by.place.match(folded, head.start())
        if match is None:
            continue
        if match["qual"] or match["name"]:
            spans.append(match.span())
        elif (
            " ".join(lower[head.start() : head.end()].split()) in alone
            and _DETERMINER.search(lower[: head.start()])
            and not any(s <= head.start() < e for s, e in spans)  # « stade » in « parking du stade »
        ):
            spans.append(head.span())
    return spans


def places(objet: str, clauses: list[str]) -> list[str]:
    """Places of the object, then of the articles in order, each once (accents and case aside)."""
    out: list[str] = []
    seen: set[str] = set()
    for clause in [objet, *clauses]:
        for _, name in places_in(clause):
            k = key(name)
            if k and k not in seen and len(name) > 3:
                seen.add(k)
                out.append(name)
    return out[:MAX_PLACES]
