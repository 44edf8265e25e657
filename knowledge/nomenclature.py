"""The national charts of accounts: which chapter an account belongs to, and the labels residents read.

Villages publish their budget by nature only, often without BGT_CONTNAT (the chapter): the chapter of a
line is then read from the M57 nomenclature (knowledge/data/nomenclature/, built from the official plan
de comptes), by the account and the direction of the line — an account's real spending and real
receipts may sit in different chapters (« 1641 Emprunts » in 16 both ways, « 7411 DGF » in 74). The M14
accounts villages under 500 inhabitants may still use share their chapters' codes with M57 for the
accounts residents ask about.
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "nomenclature"
CARRIED_OVER = {"001", "002"}  # results of earlier years: not receipts or spending of the year


@lru_cache(maxsize=1)
def _accounts() -> dict[str, tuple[str, str, str]]:
    with (DATA / "m57_comptes.csv").open(encoding="utf-8") as f:
        return {
            r["code"]: (r["libelle"], r["chapitre_depense"], r["chapitre_recette"])
            for r in csv.DictReader(f, delimiter=";")
        }


@lru_cache(maxsize=1)
def _chapters() -> dict[str, tuple[str, str]]:
    with (DATA / "m57_chapitres.csv").open(encoding="utf-8") as f:
        return {r["code"]: (r["libelle"], r["section"]) for r in csv.DictReader(f, delimiter=";")}


def account_label(code: str) -> str | None:
    found = _accounts().get(code.strip())
    return found[0] if found else None


def chapter_label(code: str | None) -> str | None:
    found = _chapters().get((code or "").strip())
    return found[0] if found else None


@lru_cache(maxsize=20_000)
def chapter_of(code: str, direction: str) -> str | None:
    """The chapter of a real line (« 6411 », « dépenses » → « 012 »); None when the chart does not say."""
    code = code.strip()
    if code in CARRIED_OVER:
        return code
    column = 1 if direction.startswith("d") else 2
    accounts = _accounts()
    own = accounts.get(code)
    if own and own[column]:
        return own[column]
    # A parent account (« 6531 ») or an account the chart files deeper: its children's chapter; else
    # its parent's children's.
    for prefix in (code, code[:-1], code[:-2]):
        if len(prefix) < 2:
            break
        votes = Counter(v[column] for k, v in accounts.items() if k.startswith(prefix) and v[column])
        if votes:
            return votes.most_common(1)[0][0]
    return None
