"""Montants attendus des questions de budget, calculés depuis les fichiers de files/ (lignes réelles seulement,
001/002 mis à part)."""
import csv, pathlib
HERE = pathlib.Path(__file__).parent / "files"

def load(name, col):
    out = []
    for r in csv.DictReader(open(HERE / name, encoding="utf-8")):
        out.append((r["BGT_NATURE"], r["BGT_CODRD"], r["BGT_OPBUDG"], r["BGT_SECTION"], float(r[col] or 0)))
    return out

def fr(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"

DOCS = {"BP 2026": load("budget-primitif-2026.csv", "BGT_MTPREV"), "CA 2025": load("compte-administratif-2025.csv", "BGT_MTREAL")}

def acc(doc, natures, codrd):
    return sum(a for n, c, o, s, a in DOCS[doc] if n in natures and c == codrd)

def total(doc, section, codrd):
    return sum(a for n, c, o, s, a in DOCS[doc] if s == section and c == codrd and o == "réel" and n not in ("001", "002"))

Q = {
    "6411 personnel titulaire": (["6411"], "dépense"),
    "012 charges de personnel (6411+6413+6451+6453)": (["6411", "6413", "6451", "6453"], "dépense"),
    "1641 remboursement capital": (["1641"], "dépense"),
    "1641 emprunt nouveau (recette)": (["1641"], "recette"),
    "66111 intérêts": (["66111"], "dépense"),
    "65748 subventions associations": (["65748"], "dépense"),
    "7411 DGF dotation forfaitaire": (["7411"], "recette"),
    "73111 impôts locaux": (["73111"], "recette"),
    "60612 électricité": (["60612"], "dépense"),
    "615231 entretien voirie": (["615231"], "dépense"),
    "2152 travaux de voirie": (["2152"], "dépense"),
    "6531 indemnités élus": (["6531"], "dépense"),
    "7067 cantine périscolaire": (["7067"], "recette"),
    "60622 carburants": (["60622"], "dépense"),
    "21312 bâtiments scolaires": (["21312"], "dépense"),
    "002 résultat reporté": (["002"], "recette"),
    "001 solde investissement reporté": (["001"], "dépense"),
}
if __name__ == "__main__":
    for label, (nat, cd) in Q.items():
        print(f"{label:50s}", " | ".join(f"{d}: {fr(acc(d, nat, cd))}" for d in DOCS))
    for sec in ("fonctionnement", "investissement"):
        for cd in ("dépense", "recette"):
            print(f"total réel {sec} {cd:40s}", " | ".join(f"{d}: {fr(total(d, sec, cd))}" for d in DOCS))
