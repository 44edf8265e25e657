"""Calcule, à partir des CSV de files/, les montants attendus par les questions de budget (FORMATS §5) :
seules les lignes « réel » comptent, 001 et 002 à part, jamais de mélange entre budget primitif, décision
modificative et compte administratif ; budget principal (SIRET du profil) sauf budget annexe nommé."""
import csv, pathlib, collections
DIR = pathlib.Path(__file__).resolve().parent / "files"

def eur(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"

def load(name):
    with (DIR / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))

def amount(r, natdec):
    v = r["BGT_MTREAL"] if natdec == "compte administratif" else r["BGT_MTPREV"]
    return float(v) if v else 0.0

def facts():
    out = {}
    for fname, tag in (("budget-principal.csv", "principal"), ("budget-assainissement.csv", "assainissement")):
        rows = load(fname)
        docs = collections.defaultdict(list)
        for r in rows:
            docs[(r["BGT_NATDEC"], r["BGT_ANNEE"])].append(r)
        for (natdec, annee), lines in docs.items():
            key = f"{tag}|{natdec}|{annee}"
            tot = collections.Counter(); chap = collections.Counter(); acct = collections.Counter()
            for r in lines:
                m = amount(r, natdec)
                if r["BGT_NATURE"] in ("001", "002"):
                    out[f"{key}|report {r['BGT_NATURE']}"] = (r["BGT_MTPREV"] and float(r["BGT_MTPREV"])) or 0.0
                    continue
                if r["BGT_OPBUDG"] != "réel":
                    continue
                tot[(r["BGT_SECTION"], r["BGT_CODRD"])] += m
                chap[(r["BGT_CONTNAT"], r["BGT_CODRD"])] += m
                acct[(r["BGT_NATURE"], r["BGT_CODRD"])] += m
            for k, v in tot.items(): out[f"{key}|total {k[0]} {k[1]}"] = v
            for k, v in chap.items(): out[f"{key}|chapitre {k[0]} {k[1]}"] = v
            for k, v in acct.items(): out[f"{key}|compte {k[0]} {k[1]}"] = v
    return out

if __name__ == "__main__":
    for k, v in sorted(facts().items()):
        print(f"{k:75s} {eur(v)}")

# Le fait de budget attendu par chaque cas de questions.yml (validate.py vérifie que le `must` est ce montant).
EXPECTED = {
    "budget-01": "principal|budget primitif|2026|chapitre 012 dépense",
    "budget-02": "principal|budget primitif|2026|compte 6574 dépense",
    "budget-03": "principal|budget primitif|2026|total fonctionnement dépense",
    "budget-04": "principal|budget primitif|2026|compte 1641 dépense",
    "budget-05": "principal|compte administratif|2025|compte 60612 dépense",
    "budget-06": "principal|compte administratif|2025|compte 73111 recette",
    "budget-07": "principal|compte administratif|2025|compte 66111 dépense",
    "budget-08": "principal|budget primitif|2026|report 002",
    "budget-09": "principal|décision modificative|2026|compte 2152 dépense",
    "budget-10": "assainissement|budget primitif|2026|compte 21532 dépense",
    "budget-11": "assainissement|compte administratif|2025|compte 70611 recette",
    "budget-12": "principal|budget primitif|2026|total investissement dépense",
    "session-01#1": "principal|budget primitif|2026|chapitre 012 dépense",
    "session-01#2": "principal|compte administratif|2025|chapitre 012 dépense",
}
