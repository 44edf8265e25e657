"""Arrêtés and délibérations: by number, in force on a date for a place, full-text search."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from functools import lru_cache

from french import place_words

from .importers.arretes import is_unnumbered, lieu_core
from .migrations import OPEN_END
from .records import Arrete, Deliberation, Source
from .search import fts_ids
from .textnorm import STOP_WORDS, fold, french_date, numero_key, stems, words

# Words of a place's name that do not tell places apart (french/data/place_words.txt): « rue du Moulin »
# is looked for as « moulin » in arrêtés' texts.
_STREET_WORDS = place_words()


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def arrete_title(numero: str, signed: date) -> str:
    """« Arrêté n° 2025-017 du 3 mars 2025 »; arrêtés published without a number get no fake one."""
    if is_unnumbered(numero):
        return f"Arrêté du {french_date(signed)}"
    return f"Arrêté n° {numero} du {french_date(signed)}"


def _arrete(row: sqlite3.Row) -> Arrete:
    signed = date.fromisoformat(row["date"])
    return Arrete(
        id=row["numero"],
        date=signed,
        type=row["type"],
        objet=row["objet"],
        debut=_d(row["debut"]),
        fin=_d(row["fin"]),
        lieux=tuple(x for x in (row["lieux"] or "").split("; ") if x),
        matiere=row["matiere"],
        url=row["url"],
        text=row["text"],
        source=Source("arrete", row["numero"], arrete_title(row["numero"], signed), row["url"]),
        numbered=not is_unnumbered(row["numero"]),
    )


def get_arrete(conn: sqlite3.Connection, number: str) -> Arrete | None:
    """By number, tolerant to « 2025-17 », « 2025-017 », « 2025_017 », « n°2025-017 »."""
    row = conn.execute("SELECT * FROM arretes WHERE numero_key = ?", (numero_key(number),)).fetchone()
    return _arrete(row) if row else None


# « arrêté municipal n° 2026-003 », « arrêté n°2025/17 » in a fiche's text (folded, signs as spaces).
_CITED = re.compile(r"\barretes?\s+(?:municipal\s+|du maire\s+)?(?:n|no|numero)?\s*([0-9][0-9a-z_./-]*[0-9])")


def cited_arretes(conn: sqlite3.Connection, text: str | None) -> list[Arrete]:
    """The commune's arrêtés a text cites by number, in order: a fiche saying « (arrêté n° 2026-003) »
    should let the resident see that arrêté as its source, not only read its number."""
    found: list[Arrete] = []
    for m in _CITED.finditer(fold(text or "")):
        a = get_arrete(conn, m.group(1).rstrip("./"))
        if a is not None and all(a.id != b.id for b in found):
            found.append(a)
    return found


def _matching_lieux(conn: sqlite3.Connection, core: str) -> list[int]:
    """Places whose words contain the asked place's words, or are contained in them."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM lieux WHERE core = ?1 OR instr(' ' || core || ' ', ' ' || ?1 || ' ') "
            "OR instr(' ' || ?1 || ' ', ' ' || core || ' ')",
            (core,),
        )
    ]


def _text_ids(conn: sqlite3.Connection, place: str) -> set[int]:
    """Arrêtés whose object or text names the place (phrase of its distinctive words), ARR_LIEU or not."""
    distinctive = [w for w in words(place) if w not in STOP_WORDS and w not in _STREET_WORDS]
    phrase = " ".join(stems(" ".join(distinctive)))
    if not phrase:
        return set()
    # the place must be named where the arrêté rules: its object, its places or its articles; a « Vu la
    # demande de la cave coopérative, 5 rue du Pressoir » before Article 1 does not put it on that street
    return {
        r[0]
        for r in conn.execute(
            "SELECT a.id, a.objet, a.lieux, a.text FROM arretes_fts "
            "JOIN arretes a ON a.id = arretes_fts.rowid WHERE arretes_fts MATCH ?",
            ('{objet lieux body} : "' + phrase.replace('"', "") + '"',),
        )
        if f" {phrase} " in _ruling_words(r[1], r[2], r[3])
    }


_FIRST_ARTICLE = re.compile(r"\barticle\s+(?:1(?:er)?|premier)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _ruling_words(objet: str, lieux: str, text: str | None) -> str:
    """The stems of what an arrêté rules, spaced: stemming a signed text costs a millisecond, and the same
    arrêtés come back for every question on their street."""
    ruling = operative_part(text) or text or ""
    return f" {' '.join(stems(f'{objet} {lieux} {ruling}'))} "


def ruling_stems(arrete) -> frozenset[str]:
    """The stems of what an arrêté rules (object and articles), as a set: whether it speaks of a subject
    at all. Not its places, which say where: an alcohol ban listing « parking de la gare » says nothing of
    parking there."""
    return frozenset(_ruling_words(arrete.objet or "", "", arrete.text).split())


def operative_part(full_text: str | None) -> str | None:
    """An arrêté's text from « Article 1 » (« 1er », « premier ») on, or None when it has no numbered
    articles: what it rules, without the visas and considérants that explain it."""
    start = _FIRST_ARTICLE.search(full_text or "")
    return full_text[start.start() :] if start else None


def _place_ids_in_force(conn: sqlite3.Connection, place: str, params: dict[str, str]) -> set[int]:
    """Arrêtés in force naming `place` in ARR_LIEU (one index range per place) or in their text."""
    core = lieu_core(place)
    if not core:
        return set()
    found: set[int] = set()
    linked: set[int] = set()
    for lieu_id in _matching_lieux(conn, core):
        for arrete_id, end_day, start_day in conn.execute(
            "SELECT arrete_id, end_day, start_day FROM arrete_lieux WHERE lieu_id = ?", (lieu_id,)
        ):
            linked.add(arrete_id)
            last = params["day"] if end_day == OPEN_END else params["until"]
            if end_day >= params["day"] and start_day <= last:
                found.add(arrete_id)
    others = sorted(_text_ids(conn, place) - linked)
    for start in range(0, len(others), 500):
        marks = ",".join(str(int(i)) for i in others[start : start + 500])
        found.update(
            r[0]
            for r in conn.execute(f"SELECT id FROM arretes WHERE id IN ({marks}) AND {_IN_FORCE}", params)
        )
    return found


SEARCH_WINDOW = 60
_ORDER = "ORDER BY CASE WHEN end_day IS NULL THEN 1 ELSE 0 END, start_day DESC, date DESC"
_IN_FORCE = (
    "((end_day IS NULL AND start_day <= :day) OR "
    "(end_day IS NOT NULL AND start_day <= :until AND end_day >= :day))"
)


def arretes_in_force(
    conn: sqlite3.Connection, day: date, place: str | None = None, until: date | None = None
) -> list[Arrete]:
    """Temporary arrêtés overlapping [day, until] and permanent ones in force on `day`, maybe for a place.

    Temporary ones come first (soonest-starting last), then permanent ones, newest first.
    """
    params = {"day": day.isoformat(), "until": (until or day).isoformat()}
    if place is None or not place.strip():
        rows = conn.execute(f"SELECT * FROM arretes WHERE {_IN_FORCE} {_ORDER}", params).fetchall()
        return [_arrete(r) for r in rows]
    ids = sorted(_place_ids_in_force(conn, place, params))
    out: list[sqlite3.Row] = []
    for chunk in range(0, len(ids), 500):
        marks = ",".join(str(int(i)) for i in ids[chunk : chunk + 500])
        out.extend(conn.execute(f"SELECT * FROM arretes WHERE id IN ({marks})"))
    out.sort(key=lambda r: (r["end_day"] is None, _neg(r["start_day"]), _neg(r["date"])))
    return [_arrete(r) for r in out]


def _neg(iso: str) -> tuple[int, ...]:
    return tuple(-int(p) for p in iso.split("-"))


def search_arretes(conn: sqlite3.Connection, text: str, limit: int = 5) -> list[Arrete]:
    """Full-text search over object, places and PDF text (an exact number wins)."""
    direct = get_arrete(conn, text) if any(c.isdigit() for c in text) and len(text) < 30 else None
    hits = fts_ids(conn, "arretes", text, (3.0, 2.0, 1.0), limit, window=SEARCH_WINDOW)
    out = [direct] if direct else []
    for rowid, _ in hits:
        row = conn.execute("SELECT * FROM arretes WHERE id = ?", (rowid,)).fetchone()
        if row is not None and (direct is None or row["numero"] != direct.id):
            out.append(_arrete(row))
    return out[:limit]


def arrete_by_rowid(conn: sqlite3.Connection, rowid: int) -> Arrete | None:
    row = conn.execute("SELECT * FROM arretes WHERE id = ?", (rowid,)).fetchone()
    return _arrete(row) if row else None


def arretes_on_place(conn: sqlite3.Connection, place: str, limit: int = 200) -> list[Arrete]:
    """Every arrêté naming a place, whatever its dates (in ARR_LIEU or in its text), newest first."""
    params = {"day": "0000-01-01", "until": OPEN_END}
    ids = sorted(_place_ids_in_force(conn, place, params), reverse=True)[:limit]
    return [a for a in (arrete_by_rowid(conn, i) for i in ids) if a is not None]


def recent_arretes(conn: sqlite3.Connection, limit: int = 5) -> list[Arrete]:
    return [
        _arrete(r)
        for r in conn.execute("SELECT * FROM arretes ORDER BY date DESC, id DESC LIMIT ?", (limit,))
    ]


def _deliberation(row: sqlite3.Row) -> Deliberation:
    signed = date.fromisoformat(row["date"])
    return Deliberation(
        id=row["delib_id"],
        date=signed,
        objet=row["objet"],
        matiere=row["matiere"],
        budget_annee=row["budget_annee"],
        vote_effectif=row["vote_effectif"],
        vote_reel=row["vote_reel"],
        vote_pour=row["vote_pour"],
        vote_contre=row["vote_contre"],
        vote_abstention=row["vote_abstention"],
        url=row["url"],
        source=Source(
            "deliberation",
            row["delib_id"],
            f"Délibération n° {row['delib_id']} du {french_date(signed)}",
            row["url"],
        ),
    )


def search_deliberations(conn: sqlite3.Connection, text: str, limit: int = 5) -> list[Deliberation]:
    hits = fts_ids(conn, "deliberations", text, (3.0, 1.0), limit, window=SEARCH_WINDOW)
    out = []
    for rowid, _ in hits:
        row = conn.execute("SELECT * FROM deliberations WHERE id = ?", (rowid,)).fetchone()
        if row is not None:
            out.append(_deliberation(row))
    return out


def deliberation_by_rowid(conn: sqlite3.Connection, rowid: int) -> Deliberation | None:
    row = conn.execute("SELECT * FROM deliberations WHERE id = ?", (rowid,)).fetchone()
    return _deliberation(row) if row else None


def get_deliberation(conn: sqlite3.Connection, delib_id: str) -> Deliberation | None:
    row = conn.execute(
        "SELECT * FROM deliberations WHERE delib_key = ?", (" ".join(delib_id.lower().split()),)
    ).fetchone()
    return _deliberation(row) if row else None


_ALIAS = re.compile(r"\s*\(([^)]*)\)\s*")


def lieu_names(conn: sqlite3.Connection) -> list[str]:
    """Places named in arrêtés (those still linked to one); a name with another in brackets (« rue du
    Moulin (Mühlgass) ») is known by each of them too: residents write one or the other."""
    names: list[str] = []
    for (nom,) in conn.execute(
        "SELECT nom FROM lieux WHERE EXISTS (SELECT 1 FROM arrete_lieux a WHERE a.lieu_id = lieux.id) "
        "ORDER BY nom"
    ):
        names.append(nom)
        outside = _ALIAS.sub(" ", nom).strip()
        if outside and outside != nom:
            names.append(outside)
            # a name in another language is a word or two; « (dans sa partie circulable) » is not one
            names.extend(a.strip() for a in _ALIAS.findall(nom) if len(a.strip()) > 3 and len(a.split()) <= 2)
    return list(dict.fromkeys(names))
