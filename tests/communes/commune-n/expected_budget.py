"""Calcule les montants attendus des questions de budget, à partir des seuls fichiers publiés.

Règles (FORMATS.md §5) : seules les lignes « réel » comptent ; le BP (BGT_MTPREV) et le CA (BGT_MTREAL,
vide = 0) ne sont jamais additionnés ; 001 et 002 sont laissés hors des totaux et donnés à part.
Lancer : python expected_budget.py
"""
import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).parent / "files"
REPORTS = {"001", "002"}


def amount(s):
    s = (s or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(s) if s else Decimal(0)


def fr(x):
    """12 345,67 € ; montant rond : la seule partie entière (« 142 000 »)."""
    x = x.quantize(Decimal("0.01"))
    ent, dec = f"{x:.2f}".split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return ent if dec == "00" else f"{ent},{dec} €"


def load(name, col):
    rows = list(csv.DictReader(open(FILES / name, encoding="utf-8"), delimiter=";"))
    return [(r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_OPBUDG"], r["BGT_CONTNAT"], r["BGT_NATURE"], amount(r[col]))
            for r in rows]


def facts(lines, label):
    out = {}
    chap = defaultdict(Decimal)
    nat = defaultdict(Decimal)
    tot = defaultdict(Decimal)
    for sec, sens, op, ch, na, mt in lines:
        if na in REPORTS:
            out[f"{label} report {na}"] = mt
            continue
        if op != "réel":
            continue
        chap[(sens, ch)] += mt
        nat[(sens, na)] += mt
        tot[(sec, sens)] += mt
    for (sens, ch), v in sorted(chap.items()):
        out[f"{label} chapitre {ch} ({sens})"] = v
    for (sens, na), v in sorted(nat.items()):
        out[f"{label} compte {na} ({sens})"] = v
    for (sec, sens), v in sorted(tot.items()):
        out[f"{label} total réel {sec} {sens}s"] = v
    return out


bp = facts(load("budget-primitif-2026.csv", "BGT_MTPREV"), "BP 2026")
ca = facts(load("budget-ca-2025.csv", "BGT_MTREAL"), "CA 2025")
ALL = {**bp, **ca}

# les faits utilisés par questions.yml
USED = [
    "BP 2026 chapitre 012 (dépense)", "CA 2025 chapitre 012 (dépense)",
    "BP 2026 compte 60612 (dépense)", "CA 2025 compte 60612 (dépense)",
    "CA 2025 compte 70631 (recette)", "BP 2026 compte 1641 (dépense)", "BP 2026 compte 1641 (recette)",
    "CA 2025 compte 66111 (dépense)", "BP 2026 total réel fonctionnement dépenses",
    "BP 2026 total réel fonctionnement recettes", "BP 2026 report 002", "BP 2026 report 001",
    "BP 2026 compte 6574 (dépense)", "CA 2025 compte 74123 (recette)",
    "BP 2026 total réel investissement dépenses", "CA 2025 compte 73111 (recette)",
    "CA 2025 compte 60623 (dépense)", "CA 2025 total réel fonctionnement dépenses",
]

# montants faux qu'une réponse ne doit pas donner (must_not) : recettes avec le 002, crédits ouverts du CA
TRAPS = {
    "(piège) BP 2026 recettes fonct. + 002":
        ALL["BP 2026 total réel fonctionnement recettes"] + ALL["BP 2026 report 002"],
    "(piège) CA 2025 012 crédits ouverts (MTPREV)":
        sum(amount(r["BGT_MTPREV"]) for r in csv.DictReader(open(FILES / "budget-ca-2025.csv", encoding="utf-8"),
                                                             delimiter=";") if r["BGT_CONTNAT"] == "012"),
}

if __name__ == "__main__":
    for k in USED:
        print(f"{k:48s} {fr(ALL[k])}")
    for k, v in TRAPS.items():
        print(f"{k:48s} {fr(v)}")
