#!/usr/bin/env python3
"""Recompute, with the csv module only, the budget amounts the questions of commune-ap expect.

BP 2026: voted amounts (BGT_MTPREV). CA 2025: realised amounts (BGT_MTREAL, empty = 0).
Only « réel » lines; 001 and 002 (carried-over results) are left out of totals and shown apart.
Output: budget_expected.txt next to this script.
"""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "..", "files")


def num(s):
    s = (s or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return float(s) if s else 0.0


def load(name):
    with open(os.path.join(FILES, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def fr(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def main():
    out = []
    for name, col, label in [("budget-primitif-2026-budget-principal.csv", "BGT_MTPREV", "BP 2026 (voté, BGT_MTPREV)"),
                             ("compte-administratif-2025-budget-principal.csv", "BGT_MTREAL", "CA 2025 (réalisé, BGT_MTREAL)")]:
        rows = load(name)
        reel = [r for r in rows if r["BGT_OPBUDG"] == "réel"]
        out.append(f"== {label} — {name}")

        def tot(pred):
            return sum(num(r[col]) for r in reel if pred(r))
        carried = ("001", "002")
        for sec in ("fonctionnement", "investissement"):
            for rd in ("dépense", "recette"):
                v = tot(lambda r: r["BGT_SECTION"] == sec and r["BGT_CODRD"] == rd and r["BGT_NATURE"] not in carried)
                out.append(f"total {sec} {rd}s réelles (hors 001/002) : {fr(v)}")
        v = tot(lambda r: r["BGT_CODRD"] == "dépense" and r["BGT_NATURE"] not in carried)
        out.append(f"total dépenses réelles (deux sections) : {fr(v)}")
        v = tot(lambda r: r["BGT_CODRD"] == "recette" and r["BGT_NATURE"] not in carried)
        out.append(f"total recettes réelles (deux sections) : {fr(v)}")
        for ch in ("011", "012", "65", "66", "73", "74", "21"):
            for rd in ("dépense", "recette"):
                v = tot(lambda r: r["BGT_CONTNAT"] == ch and r["BGT_CODRD"] == rd)
                if v:
                    out.append(f"chapitre {ch} {rd}s : {fr(v)}")
        for nat in ("6411", "6413", "6451", "6453", "60612", "60622", "60623", "615231", "6531", "6553", "6574",
                    "66111", "1641", "7411", "73111", "73431", "7067", "21312", "001", "002"):
            for rd in ("dépense", "recette"):
                lines = [r for r in reel if r["BGT_NATURE"] == nat and r["BGT_CODRD"] == rd]
                if lines:
                    out.append(f"compte {nat} {rd} ({lines[0]['BGT_NATURE_LABEL']}) : {fr(sum(num(r[col]) for r in lines))}")
        out.append("")
    text = "\n".join(out)
    with open(os.path.join(HERE, "budget_expected.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
