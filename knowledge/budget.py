"""The commune's budgets as documents (FORMATS.md §5): who published what, and amounts within one document.

A document is one budget (its SIRET: the budget principal or a budget annexe) for one year and one kind
(budget primitif, décision modificative, compte administratif…), from one file. Amounts count only
`réel` lines, the voted amount for a voted document and the realised one for a compte administratif
(chosen at import); the carried-over results (001, 002) are kept apart from the year's totals.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from .importers.budget import document_key, normalise_document
from .importers.csvread import cents_to_decimal
from .nomenclature import CARRIED_OVER, chart
from .records import BudgetLine, BudgetTotal, Source
from .textnorm import STOP_WORDS, fold, words

DOCUMENT_ORDER = {
    "budget primitif": 0,
    "budget supplémentaire": 1,
    "décision modificative": 2,
    "compte administratif": 3,
    "compte financier unique": 3,
}


@dataclass(frozen=True)
class BudgetDocument:
    key: str
    siret: str | None
    year: int
    document: str  # normalised kind: « budget primitif », « compte administratif »…
    natdec: str  # as the file wrote it (« Décision modificative n°2 »)
    budget_nom: str
    source_file: str
    principal: bool
    lines: int
    source: Source

    @property
    def label(self) -> str:
        """« compte administratif 2025 », « décision modificative n°2 2026 »."""
        name = self.natdec.strip() if fold(self.natdec) != fold(self.document) else self.document
        return f"{name[:1].lower()}{name[1:]} {self.year}"


@dataclass(frozen=True)
class Amount:
    section: str
    direction: str
    amount: Decimal


def _commune_siret(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT siret FROM commune WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return (row[0] or "").strip() or None if row else None


def budget_documents(conn: sqlite3.Connection) -> list[BudgetDocument]:
    """Every budget document; the principal is the profile's SIRET, else the budget with most lines."""
    rows = conn.execute(
        "SELECT siret, annee, document, natdec, max(budget_nom), source_file, count(*) FROM budget_lines "
        "GROUP BY siret, annee, natdec, source_file"
    ).fetchall()
    per_siret: Counter = Counter()
    for siret, *_, n in rows:
        per_siret[siret or ""] += n
    principal = _commune_siret(conn)
    if principal not in per_siret:
        principal = per_siret.most_common(1)[0][0] if per_siret else None
    out = []
    for siret, year, document, natdec, nom, source_file, n in rows:
        key = document_key(siret, year, natdec, source_file or "")
        is_principal = (siret or "") == principal
        title = f"{natdec.strip().capitalize()} {year}"
        if not is_principal:
            title += f" (budget annexe « {nom} »)"
        source = Source("budget", key, title)
        out.append(
            BudgetDocument(
                key, siret or None, year, document, natdec, nom, source_file or "", is_principal, n, source
            )
        )
    out.sort(
        key=lambda d: (not d.principal, d.year, DOCUMENT_ORDER.get(d.document, 9), d.natdec, d.source_file)
    )
    return out


def _where(document: BudgetDocument) -> tuple[str, list[object]]:
    return (
        "coalesce(siret, '') = ? AND annee = ? AND natdec = ? AND coalesce(source_file, '') = ?",
        [document.siret or "", document.year, document.natdec, document.source_file],
    )


def document_amounts(
    conn: sqlite3.Connection,
    document: BudgetDocument,
    *,
    chapter: str | None = None,
    nature: str | None = None,
) -> list[Amount]:
    """Real amounts of one document by section and direction: all of it, one chapter or one account.

    The carried-over results (001, 002) count only when asked for by their own code.
    """
    where, params = _where(document)
    sql = f"SELECT section, direction, SUM(amount_cents) FROM budget_lines WHERE {where} AND opbudg = 'réel'"
    if nature is not None:
        sql += " AND nature = ?"
        params.append(nature)
    elif chapter is not None:
        sql += " AND chapitre = ?"
        params.append(chapter)
    if nature not in CARRIED_OVER and chapter not in CARRIED_OVER:
        sql += " AND nature NOT IN ('001', '002')"
    sql += " GROUP BY section, direction ORDER BY section, direction"
    return [Amount(s, d, cents_to_decimal(total)) for s, d, total in conn.execute(sql, params)]


@dataclass(frozen=True)
class AccountAmount:
    code: str
    label: str
    section: str
    direction: str
    amount: Decimal


def largest_accounts(conn: sqlite3.Connection, document: BudgetDocument, chapter: str) -> list[AccountAmount]:
    """The largest account of a chapter in each section and direction where the chapter holds several.

    A chapter answers « remboursement du capital » or « impôts locaux » as the nomenclature groups them
    (chapter 16 with its deposits received, chapter 731 with every tax), while residents and the press
    usually quote its main account (1641 « Emprunts en euros », 73111 « Impôts directs locaux »): the answer
    gives both, each with its code, so neither is mistaken for the other.
    """
    where, params = _where(document)
    rows = conn.execute(
        f"SELECT nature, max(nature_label), section, direction, SUM(amount_cents) FROM budget_lines "
        f"WHERE {where} AND opbudg = 'réel' AND chapitre = ? AND nature NOT IN ('001', '002') "
        "GROUP BY nature, section, direction",
        [*params, chapter],
    ).fetchall()
    accounts = chart(conn)
    parts: dict[tuple[str, str], list[tuple]] = {}
    for nature, label, section, direction, cents in rows:
        if cents:
            parts.setdefault((section, direction), []).append((nature, label, cents))
    out = []
    for (section, direction), lines in sorted(parts.items()):
        if len(lines) < 2:
            continue
        nature, label, cents = max(lines, key=lambda line: (line[2], line[0]))
        label = label or accounts.account_label(nature) or nature
        out.append(AccountAmount(nature, label, section, direction, cents_to_decimal(cents)))
    return out


@dataclass(frozen=True)
class BudgetHeading:
    """A chapter or an account some document of the commune uses: what a budget question can be about."""

    code: str
    level: str  # total | chapitre | compte
    label: str
    chapter: str | None
    chapter_label: str | None
    # The years it has real lines in: a question on another year gets « pas de budget … » from it.
    years: tuple[int, ...] = ()
    # Its largest amount in one document, as a share of that commune's largest document: residents ask
    # about the salaries and the loans, rarely about a 900 € deposit account with the same word in it.
    share: float = 0.0


def budget_headings(conn: sqlite3.Connection) -> list[BudgetHeading]:
    """Chapters and accounts of the real lines, labelled by the file or else the chart the base uses."""
    accounts = chart(conn)
    rows = conn.execute(
        "SELECT nature, max(nature_label), max(chapitre), max(contnat_label), group_concat(DISTINCT annee) "
        "FROM budget_lines WHERE opbudg = 'réel' GROUP BY nature"
    ).fetchall()
    account_share, chapter_share = _shares(conn)
    chapters: dict[str, tuple[str, set[int]]] = {}
    out = []
    for nature, label, chapter, chapter_name, years_text in rows:
        years = {int(y) for y in str(years_text or "").split(",") if y}
        chapter_name = chapter_name or accounts.chapter_label(chapter)
        if chapter:
            chapters.setdefault(chapter, (chapter_name or chapter, set()))[1].update(years)
        label = label or accounts.account_label(nature) or nature
        share = account_share.get(nature, 0.0)
        out.append(BudgetHeading(nature, "compte", label, chapter, chapter_name, tuple(sorted(years)), share))
    for code, (label, years) in chapters.items():
        share = chapter_share.get(code, 0.0)
        out.append(BudgetHeading(code, "chapitre", label, code, label, tuple(sorted(years)), share))
    return out


def _shares(conn: sqlite3.Connection) -> tuple[dict[str, float], dict[str, float]]:
    """Each account's and chapter's largest amount in one document (one section and direction), over the
    largest document's real total: a size the ranker can weigh the same on a village and a town."""
    rows = conn.execute(
        "SELECT nature, chapitre, annee, document, budget_nom, section, direction, SUM(amount_cents) "
        "FROM budget_lines WHERE opbudg = 'réel' "
        "GROUP BY nature, annee, document, budget_nom, section, direction"
    ).fetchall()
    totals: dict[tuple, int] = {}
    accounts: dict[str, int] = {}
    chapters: dict[tuple, int] = {}
    for nature, chapter, year, document, budget, section, direction, cents in rows:
        cents = abs(cents or 0)
        accounts[nature] = max(accounts.get(nature, 0), cents)
        if chapter:
            key = (chapter, year, document, budget, section, direction)
            chapters[key] = chapters.get(key, 0) + cents
        if nature not in ("001", "002"):
            totals[(year, document, budget)] = totals.get((year, document, budget), 0) + cents
    largest = max(totals.values(), default=0) or 1
    chapter_max: dict[str, int] = {}
    for (chapter, *_), cents in chapters.items():
        chapter_max[chapter] = max(chapter_max.get(chapter, 0), cents)
    return (
        {k: min(v / largest, 1.0) for k, v in accounts.items()},
        {k: min(v / largest, 1.0) for k, v in chapter_max.items()},
    )


def budget_total_heading(conn: sqlite3.Connection) -> BudgetHeading:
    """The whole budget, as a heading: its totals by section answer « budget 2026 »."""
    return BudgetHeading("total", "total", "budget de la commune", None, None, tuple(budget_years(conn)), 1.0)


# -- the first API, kept for the clerk's CLI and older callers ------------------------------------------


def _source(year: int, document: str, budget_nom: str) -> Source:
    return Source(
        "budget", f"{year}/{document}/{budget_nom}", f"{document.capitalize()} {year} ({budget_nom})"
    )


def budget_years(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT DISTINCT annee FROM budget_lines ORDER BY annee")]


def budget_documents_of_year(conn: sqlite3.Connection, year: int) -> list[str]:
    """Normalised document names of a year (« budget primitif », « compte administratif »…)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT document FROM budget_lines WHERE annee = ? ORDER BY document", (year,)
        )
    ]


def budget_totals(conn: sqlite3.Connection, year: int, document: str | None = None) -> list[BudgetTotal]:
    """One total per (budget, document, section, direction); only `réel` lines, carried-over results apart."""
    sql = (
        "SELECT document, budget_nom, section, direction, SUM(amount_cents) FROM budget_lines "
        "WHERE annee = ? AND opbudg = 'réel' AND nature NOT IN ('001', '002')"
    )
    params: list[object] = [year]
    if document is not None:
        sql += " AND document = ?"
        params.append(normalise_document(document))
    sql += (
        " GROUP BY document, budget_nom, section, direction ORDER BY document, budget_nom, section, direction"
    )
    return [
        BudgetTotal(year, doc, nom, section, direction, cents_to_decimal(total), _source(year, doc, nom))
        for doc, nom, section, direction, total in conn.execute(sql, params)
    ]


def budget_lines(
    conn: sqlite3.Connection, year: int, text: str, document: str | None = None, limit: int = 5
) -> list[BudgetLine]:
    """Nature lines matching an account code (« 6411 », prefix allowed) or label words, largest first."""
    text = text.strip()
    sql = (
        "SELECT document, budget_nom, section, direction, nature, max(nature_label), max(fonction), "
        "SUM(amount_cents) AS total FROM budget_lines WHERE annee = ? AND opbudg = 'réel'"
    )
    params: list[object] = [year]
    if document is not None:
        sql += " AND document = ?"
        params.append(normalise_document(document))
    code = text.replace(" ", "")
    if code.isdigit():
        sql += " AND nature LIKE ?"
        params.append(code + "%")
        rows = conn.execute(
            sql + " GROUP BY document, budget_nom, section, direction, nature ORDER BY total DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
    else:
        wanted = [w for w in words(text) if w not in STOP_WORDS and len(w) > 2]
        if not wanted:
            return []
        grouped = conn.execute(
            sql + " GROUP BY document, budget_nom, section, direction, nature", params
        ).fetchall()
        scored = []
        for row in grouped:
            label = fold(f"{row[5] or ''} {row[4]}")
            hits = sum(1 for w in wanted if w[:5] in label)
            if hits:
                scored.append((hits, row[7] or 0, row))
        scored.sort(key=lambda t: (-t[0], -t[1]))
        rows = [t[2] for t in scored[:limit]]
    return [
        BudgetLine(
            year,
            doc,
            nom,
            section,
            direction,
            nature,
            label,
            fonction,
            cents_to_decimal(total),
            _source(year, doc, nom),
        )
        for doc, nom, section, direction, nature, label, fonction, total in rows
    ]
