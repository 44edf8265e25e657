"""The national charts of accounts: which chapter an account belongs to, and the labels residents read.

Villages publish their budget by nature only, often without BGT_CONTNAT (the chapter): the chapter of a
line is then read from a plan de comptes, by the account and the direction of the line — an account's
real spending and real receipts may sit in different chapters (« 1641 Emprunts » in 16 both ways,
« 7411 DGF » in 74). The M14 accounts villages under 500 inhabitants may still use share their chapters'
codes with M57 for the accounts residents ask about.

Which chart: the one the commune imported into its base (`planDeCompte….xml`, another déclinaison or a
newer exercise than ours), the most recent exercise first; else the bundled M57 abrégée
(knowledge/data/nomenclature/, built from the official plan de comptes), which stays the default.
"""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "nomenclature"
CARRIED_OVER = {"001", "002"}  # results of earlier years: not receipts or spending of the year


class Chart:
    """One plan de comptes: accounts (label, real-spending chapter, real-receipts chapter) and chapters."""

    def __init__(
        self, name: str, accounts: dict[str, tuple[str, str, str]], chapters: dict[str, tuple[str, str]]
    ) -> None:
        self.name = name  # « M57 M57_A 2024 »
        self.accounts = accounts
        self.chapters = chapters
        self._chapter_of: dict[tuple[str, int], str | None] = {}

    def account_label(self, code: str) -> str | None:
        found = self.accounts.get(code.strip())
        return found[0] if found else None

    def chapter_label(self, code: str | None) -> str | None:
        found = self.chapters.get((code or "").strip())
        return found[0] if found else None

    def parent_labels(self, code: str) -> list[str]:
        """The labels of the accounts above this one (« 65748 Autres personnes de droit privé » sits under
        « 6574 Subventions de fonctionnement aux personnes, aux associations… »): the words a resident uses
        are often the parent's, the line published the child's."""
        code = code.strip()
        found = (self.account_label(code[:n]) for n in range(len(code) - 1, 2, -1))
        return [label for label in found if label]

    def chapter_of(self, code: str, direction: str) -> str | None:
        """The chapter of a real line (« 6411 », « dépenses » → « 012 »); None when the chart does not say."""
        code = code.strip()
        if code in CARRIED_OVER:
            return code
        column = 1 if direction.startswith("d") else 2
        key = (code, column)
        if key not in self._chapter_of:
            self._chapter_of[key] = self._lookup(code, column)
        return self._chapter_of[key]

    def _lookup(self, code: str, column: int) -> str | None:
        own = self.accounts.get(code)
        if own and own[column]:
            return own[column]
        # A parent account (« 6531 ») or an account the chart files deeper: its children's chapter; else
        # its parent's children's.
        for prefix in (code, code[:-1], code[:-2]):
            if len(prefix) < 2:
                break
            votes = Counter(v[column] for k, v in self.accounts.items() if k.startswith(prefix) and v[column])
            if votes:
                return votes.most_common(1)[0][0]
        return None


@lru_cache(maxsize=1)
def bundled() -> Chart:
    """The chart shipped with Clocher (M57 abrégée): every base's default."""
    with (DATA / "m57_comptes.csv").open(encoding="utf-8") as f:
        accounts = {
            r["code"]: (r["libelle"], r["chapitre_depense"], r["chapitre_recette"])
            for r in csv.DictReader(f, delimiter=";")
        }
    with (DATA / "m57_chapitres.csv").open(encoding="utf-8") as f:
        chapters = {r["code"]: (r["libelle"], r["section"]) for r in csv.DictReader(f, delimiter=";")}
    name = (DATA / "SOURCE").read_text(encoding="utf-8").split(",")[0].strip()
    return Chart(name, accounts, chapters)


def in_use(conn: sqlite3.Connection) -> tuple[int, str, str] | None:
    """(id, name, fingerprint) of the chart the base imported and uses; None: the bundled one.

    The most recent exercise wins; for one exercise, the chart imported last.
    """
    try:
        row = conn.execute(
            "SELECT id, norme || ' ' || declinaison || ' ' || exercice, sha256 FROM nomenclatures "
            "ORDER BY exercice DESC, id DESC LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError:  # a base older than the nomenclature tables (read-only, not migrated)
        return None
    return (row[0], row[1], row[2]) if row else None


def chart(conn: sqlite3.Connection | None = None) -> Chart:
    """The chart the base uses for labels and chapters: its imported plan de comptes, else the bundled one."""
    found = in_use(conn) if conn is not None else None
    if found is None:
        return bundled()
    return _stored(conn, *found)


_STORED: dict[str, Chart] = {}  # by fingerprint: the same content is the same chart, whatever the base


def _stored(conn: sqlite3.Connection, chart_id: int, name: str, fingerprint: str) -> Chart:
    cached = _STORED.get(fingerprint)
    if cached is not None:
        return cached
    accounts = {
        code: (label, dep or "", rec or "")
        for code, label, dep, rec in conn.execute(
            "SELECT code, libelle, chapitre_depense, chapitre_recette FROM nomenclature_comptes "
            "WHERE nomenclature_id = ? ORDER BY axe = 'nature'",  # a nature account wins a shared code
            (chart_id,),
        )
    }
    chapters: dict[str, tuple[str, str]] = {}
    for code, label, section in conn.execute(
        "SELECT code, libelle, section FROM nomenclature_chapitres WHERE nomenclature_id = ? "
        "ORDER BY axe = 'nature'",  # a nature chapter wins over a functional one with the same code
        (chart_id,),
    ):
        chapters[code] = (label, section or "")
    result = Chart(name, accounts, chapters)
    if len(_STORED) > 8:
        _STORED.clear()
    _STORED[fingerprint] = result
    return result


# The bundled chart, as module functions: what the first callers and the applied migration m021 use.


def account_label(code: str) -> str | None:
    return bundled().account_label(code)


def chapter_label(code: str | None) -> str | None:
    return bundled().chapter_label(code)


def chapter_of(code: str, direction: str) -> str | None:
    """The chapter of a real line in the bundled chart (« 6411 », « dépenses » → « 012 »)."""
    return bundled().chapter_of(code, direction)
