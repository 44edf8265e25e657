"""The kinds of records the commune publishes, in one registry.

For each kind: its name and label, its table and full-text index, the import formats that fill it, how
its records are found by words (`search`, or `all_docs` for kinds small enough to hold in memory) and
how a record becomes a `Doc` for the retrieval (knowledge/retrieval.py): a title, the stems of its title
fields and of its other fields. The bot adds, per kind, how to answer from a record (bot/answers/).

Adding a kind (« concessions du cimetière ») is one module with its table's migration, its importer and
its `Kind`, registered in `KINDS` below; the bot answers from `describe` until it has its own composer.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

import french

from .records import Acteur, Arrete, Commune, Deliberation, Fiche, Source


@dataclass(frozen=True)
class Doc:
    """A record as the retrieval sees it."""

    kind: str
    key: str
    title: str
    title_stems: frozenset[str]
    body_stems: frozenset[str]
    record: object
    source: Source | None = None
    # The title's phrases one by one (a fiche's question and each variante): how much of the closest
    # one a question says is what matters, not of all of them together.
    phrases: tuple[frozenset[str], ...] = ()
    # What kinds of fact it states (french.facts): a price, a moment — what « combien » or « quand » wants.
    facts: frozenset[str] = frozenset()

    @cached_property
    def stems(self) -> frozenset[str]:
        """Title and body together, built once per record: the retrieval tests every small kind's records
        against every question."""
        return self.title_stems | self.body_stems


@lru_cache(maxsize=50_000)
def stems_of(text: str) -> frozenset[str]:
    return frozenset(french.analyzer().stems(text))


def make_doc(
    kind: str,
    key: str,
    title: str,
    title_text: str,
    body_text: str,
    record,
    source=None,
    phrases=(),
    facts: frozenset[str] = frozenset(),
) -> Doc:
    """`facts`: what the record states beyond its text (an arrêté's dates, a budget line's amount)."""
    title_stems = stems_of(title_text)
    own = tuple(s for s in (stems_of(p) for p in phrases) if s) or (title_stems,)
    stated = french.facts.held(f"{title_text} {body_text}") | facts
    return Doc(kind, key, title, title_stems, stems_of(body_text), record, source, own, stated)


@dataclass(frozen=True)
class Kind:
    name: str
    label: str  # plural, as a resident reads it: « fiches pratiques »
    table: str | None
    formats: tuple[str, ...]  # import formats (knowledge/importers) that fill it
    fts_table: str | None = None
    search: Callable[[sqlite3.Connection, list[str], int], list[Doc]] | None = None
    all_docs: Callable[[sqlite3.Connection], list[Doc]] | None = None


# What a record states by its kind, whatever its text: an arrêté or a délibération is dated, a budget
# heading is a sum, an opening-hours field is a moment.
DATED = frozenset({french.facts.MOMENT})
COUNTED = frozenset({french.facts.QUANTITY})


# -- fiches ------------------------------------------------------------------------------------------


# Each kind's own name is part of its records' text: « la délibération sur… », « l'arrêté sur… ».
KIND_WORDS = {
    "fiche": "fiche pratique démarche",
    "arrete": "arrêté municipal",
    "deliberation": "délibération du conseil municipal",
    "acteur": "annuaire",
}


def fiche_doc(f: Fiche) -> Doc:
    body = f"{f.reponse} {f.theme or ''} {KIND_WORDS['fiche']}"
    title = " ".join([f.question, *f.variantes])
    return make_doc("fiche", str(f.id), f.question, title, body, f, f.source, (f.question, *f.variantes))


def _search_fiches(conn: sqlite3.Connection, stems: list[str], limit: int) -> list[Doc]:
    from .fiches import get_fiche
    from .search import fts_ids_for

    out = []
    for rowid, _ in fts_ids_for(conn, "fiches", stems, (4.0, 3.0, 1.0), limit * 2, prefix=True):
        fiche = get_fiche(conn, rowid)
        if fiche is not None and fiche.enabled:
            out.append(fiche_doc(fiche))
    return out[:limit]


# -- arrêtés -----------------------------------------------------------------------------------------


def arrete_doc(a: Arrete, key: str | None = None) -> Doc:
    title_text = f"{a.objet} {' '.join(a.lieux)} {a.matiere or ''}"
    # Its own number is part of it: « que dit l'arrêté 2025-019 ? » holds « 019 ».
    body = f"{a.text or ''} {KIND_WORDS['arrete']} {a.numero or ''}"
    return make_doc("arrete", key or a.source.id, a.objet, title_text, body, a, a.source, facts=DATED)


def _search_arretes(conn: sqlite3.Connection, stems: list[str], limit: int) -> list[Doc]:
    from .arretes import SEARCH_WINDOW, arrete_by_rowid
    from .search import fts_ids_for

    out = []
    for rowid, _ in fts_ids_for(
        conn, "arretes", stems, (3.0, 2.0, 1.0), limit, window=SEARCH_WINDOW, prefix=True
    ):
        a = arrete_by_rowid(conn, rowid)
        if a is not None:
            out.append(arrete_doc(a))
    return out


# -- délibérations -----------------------------------------------------------------------------------

SAME_OBJECT = 0.8  # share of the longer object's words two versions of one decision have in common


def deliberation_years(d: Deliberation) -> set[int]:
    """The years a délibération is about: those its object names (« tarifs 2027 », voted in November 2026,
    are 2027's; « année scolaire 2026-2027 » both), or else its own year; and its budget's."""
    named = {int(y) for y in re.findall(r"\b(20\d\d)\b", d.objet or "")}
    return {*(named or {d.date.year}), *([d.budget_annee] if d.budget_annee else [])}


def object_words(d: Deliberation) -> frozenset[str]:
    return frozenset(w for w in stems_of(d.objet or "") if not w.isdigit())


def same_object(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two versions of one decision: their objects alike but for a word each way (« Tarifs 2026 du port »,
    a subsidy list with one association more), not two works in two streets of one programme. Councils
    vote the same tariffs again each year: the answer composer picks the version asked, and the ranker
    does not take the other versions for rivals."""
    return len(a - b) <= 1 and len(b - a) <= 1 and len(a & b) >= SAME_OBJECT * max(len(a), len(b), 1)


def _vote_words(d: Deliberation) -> str:
    """The vote, in the words residents ask it with (« c'était unanime ? », « combien ont voté contre ? »):
    it is published in columns, not in the object."""
    if d.vote_pour is None:
        return ""
    # « voté à l'unanimité ? » is answered by any recorded vote, « Non » too: the word must not favour
    # the unanimous ones.
    return "voté, à l'unanimité ou non, votes pour, contre, abstentions"


_CLAUSES = re.compile(r"\s*(?:[:;–—]|\s-\s)\s*")


def clauses(objet: str) -> tuple[str, ...]:
    """An object's parts (« Restaurant scolaire : prix du repas fixé… »): a question speaks of one of them,
    and how much of that one it says is what title precision weighs, as for a fiche's variantes."""
    parts = tuple(p for p in _CLAUSES.split(objet) if p.strip())
    return parts if len(parts) > 1 else ()


def deliberation_doc(d: Deliberation) -> Doc:
    body = f"{d.id} {KIND_WORDS['deliberation']} {_vote_words(d)}"
    title = f"{d.objet} {d.matiere or ''}"
    return make_doc(
        "deliberation", d.source.id, d.objet, title, body, d, d.source, clauses(d.objet), facts=DATED
    )


def _search_deliberations(conn: sqlite3.Connection, stems: list[str], limit: int) -> list[Doc]:
    from .arretes import SEARCH_WINDOW, deliberation_by_rowid
    from .search import fts_ids_for

    out = []
    for rowid, _ in fts_ids_for(
        conn, "deliberations", stems, (3.0, 1.0), limit, window=SEARCH_WINDOW, prefix=True
    ):
        d = deliberation_by_rowid(conn, rowid)
        if d is not None:
            out.append(deliberation_doc(d))
    return out


# -- the directory -----------------------------------------------------------------------------------

# A field the entry has is part of what it can answer (« les horaires de la pharmacie »).
_FIELD_WORDS = (
    ("horaires", "horaires d'ouverture"),
    ("telephone", "téléphone"),
    ("email", "courriel"),
    ("site_web", "site internet"),
    ("adresse", "adresse"),
)


def acteur_doc(a: Acteur) -> Doc:
    fields = " ".join(label for attr, label in _FIELD_WORDS if getattr(a, attr))
    body = f"{a.description or ''} {a.adresse or ''} {fields} {KIND_WORDS['acteur']}"
    facts = DATED if a.horaires else frozenset()
    return make_doc("acteur", str(a.id), a.nom, f"{a.nom} {a.categorie}", body, a, a.source, facts=facts)


def _search_acteurs(conn: sqlite3.Connection, stems: list[str], limit: int) -> list[Doc]:
    from .annuaire import acteur_by_id
    from .search import fts_ids_for

    out = []
    for rowid, _ in fts_ids_for(conn, "acteurs", stems, (4.0, 2.0, 1.0), limit, window=2000, prefix=True):
        a = acteur_by_id(conn, rowid)
        if a is not None:
            out.append(acteur_doc(a))
    return out


# -- the commune's profile -----------------------------------------------------------------------------

# The profile's facts, each with the words that name it (its label, as a form would print it).
PROFILE_FACTS = (
    ("horaires", "horaires d'ouverture de la mairie", "horaires"),
    ("telephone", "téléphone de la mairie", "telephone"),
    ("email", "adresse électronique de la mairie", "email"),
    ("adresse", "adresse de la mairie", "adresse"),
    ("contact", "coordonnées de la mairie", None),
    ("maire", "maire de la commune", "maire"),
    ("population", "population de la commune, nombre d'habitants", "population"),
    ("code_postal", "code postal de la commune", None),
    ("code_insee", "code INSEE de la commune", "code_insee"),
    ("site_web", "site internet de la commune", "site_web"),
)


@dataclass(frozen=True)
class ProfileFact:
    name: str
    label: str
    value: object
    commune: Commune


def postcode(commune: Commune) -> str | None:
    import re

    found = re.search(r"\b(\d{5})\b", commune.adresse or "")
    return found.group(1) if found else None


def profile_docs(conn: sqlite3.Connection) -> list[Doc]:
    from .commune import get_commune

    commune = get_commune(conn)
    if commune is None:
        return []
    out = []
    for name, label, attr in PROFILE_FACTS:
        value = postcode(commune) if name == "code_postal" else (getattr(commune, attr) if attr else None)
        fact = ProfileFact(name, label, value, commune)
        body = f"{commune.nom} {value if isinstance(value, str) else ''}"
        # Text values are read from the body; opening hours are written in OpenStreetMap's syntax
        # (« Mo-Fr 08:30-12:00 »), which states a moment as surely as a directory entry's hours do.
        if isinstance(value, int | float):
            stated = COUNTED
        elif name == "horaires" and value:
            stated = DATED
        else:
            stated = frozenset()
        out.append(make_doc("profil", name, label, label, body, fact, commune.source, facts=stated))
    return out


# -- the budget ---------------------------------------------------------------------------------------

BUDGET_TOTAL = "total"
_BUDGET_WORDS = "dépenses et recettes de fonctionnement et d'investissement, total, finances, comptes"


def budget_docs(conn: sqlite3.Connection) -> list[Doc]:
    """The budget as headings: its totals, each chapter and each account the commune's documents use."""
    from .budget import budget_documents, budget_headings, budget_total_heading
    from .nomenclature import chart

    headings = budget_headings(conn)
    if not headings:
        return []
    # The documents published name the totals too (« compte administratif 2025 »).
    published = " ".join(sorted({f"{d.natdec} {d.budget_nom}" for d in budget_documents(conn)}))
    body = f"{_BUDGET_WORDS} {published}"
    total = budget_total_heading(conn)
    out = [make_doc("budget", BUDGET_TOTAL, total.label, total.label, body, total, facts=COUNTED)]
    accounts = chart(conn)
    for h in headings:
        title = h.label if h.level == "chapitre" else f"{h.label} (compte {h.code})"
        body = "budget"
        if h.level == "compte":
            body += f" {h.chapter_label or ''} chapitre {h.chapter or ''}"
            if french.fold(h.label).startswith("autre"):
                # « 65748 Autres personnes de droit privé »: others of the kind its parent names (« 6574
                # Subventions … aux associations »), the words residents use; a label of its own is
                # complete, and its parent's words would tie it with every sibling
                body += "".join(f" {label}" for label in accounts.parent_labels(h.code))
        key = f"{h.level}:{h.code}"
        out.append(make_doc("budget", key, title, f"{h.label} {h.code}", body, h, facts=COUNTED))
    return out


KINDS: tuple[Kind, ...] = (
    Kind("fiche", "fiches pratiques", "fiches", ("fiches",), "fiches_fts", _search_fiches),
    Kind(
        "arrete",
        "arrêtés municipaux",
        "arretes",
        ("arretes", "cerema", "arretes_pdf"),
        "arretes_fts",
        _search_arretes,
    ),
    Kind(
        "deliberation",
        "délibérations du conseil municipal",
        "deliberations",
        ("deliberations",),
        "deliberations_fts",
        _search_deliberations,
    ),
    Kind(
        "acteur",
        "annuaire des acteurs locaux",
        "acteurs",
        ("annuaire", "equipements", "osm"),
        "acteurs_fts",
        _search_acteurs,
    ),
    Kind("profil", "profil de la commune", "commune", ("profile",), all_docs=profile_docs),
    Kind("budget", "budget de la commune", "budget_lines", ("budget", "totem"), all_docs=budget_docs),
)


def kind(name: str) -> Kind:
    for k in KINDS:
        if k.name == name:
            return k
    raise KeyError(name)
