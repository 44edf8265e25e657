"""Chiffres attendus par questions.yml pour les budgets d'Ormeval-sur-Liante.

Script autonome (bibliothèque standard seulement). Il relit les CSV bruts de files/ et applique les règles
de FORMATS.md §5 :
- le budget principal est celui dont BGT_SIRET est le siret du profil (commune.yml) ;
- seules les lignes `réel` (BGT_OPBUDG) comptent ; les lignes `ordre` sont écartées ;
- montant : BGT_MTPREV pour un document voté (budget primitif…), BGT_MTREAL pour le compte administratif
  (cellule vide = 0) ;
- section : BGT_SECTION, sinon la classe du compte (6 et 7 fonctionnement, 1 et 2 investissement) ;
- 001 et 002 (résultats reportés) sont hors des totaux et montrés à part ;
- chapitre : BGT_CONTNAT, sinon le chapitre du compte dans le plan de comptes M57_A
  (attributs DR/RR de ../shared/data/real/nomenclature-m57/planDeCompte_M57_A_2024.xml, recopiés ci-dessous).

Usage : python3 expected_budget.py   (depuis n'importe quel dossier)
"""
import csv
import io
import os
import re
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")

# Chapitre M57_A des comptes employés par la commune (DR pour une dépense, RR pour une recette).
CHAPITRE_M57 = {
    ("60611", "dépense"): "011", ("60612", "dépense"): "011", ("60621", "dépense"): "011",
    ("60622", "dépense"): "011", ("60623", "dépense"): "011", ("60631", "dépense"): "011",
    ("60632", "dépense"): "011", ("60633", "dépense"): "011", ("6064", "dépense"): "011",
    ("611", "dépense"): "011", ("615221", "dépense"): "011", ("615231", "dépense"): "011",
    ("61551", "dépense"): "011", ("6156", "dépense"): "011", ("6161", "dépense"): "011",
    ("622", "dépense"): "011", ("623", "dépense"): "011", ("626", "dépense"): "011",
    ("6281", "dépense"): "011", ("635", "dépense"): "011",
    ("6411", "dépense"): "012", ("6413", "dépense"): "012", ("6450", "dépense"): "012",
    ("6470", "dépense"): "012", ("633", "dépense"): "012", ("648", "dépense"): "012",
    ("65311", "dépense"): "65", ("65313", "dépense"): "65", ("6541", "dépense"): "65",
    ("6553", "dépense"): "65", ("6558", "dépense"): "65", ("65748", "dépense"): "65",
    ("66111", "dépense"): "66", ("673", "dépense"): "67",
    ("6419", "recette"): "013", ("70311", "recette"): "70", ("7022", "recette"): "70",
    ("7067", "recette"): "70", ("70846", "recette"): "70", ("70878", "recette"): "70",
    ("73111", "recette"): "731", ("73211", "recette"): "73", ("73221", "recette"): "73",
    ("73223", "recette"): "73", ("74111", "recette"): "74", ("741121", "recette"): "74",
    ("741127", "recette"): "74", ("7473", "recette"): "74", ("7478", "recette"): "74",
    ("752", "recette"): "75", ("7588", "recette"): "75",
    ("1641", "dépense"): "16", ("165", "dépense"): "16", ("203", "dépense"): "20",
    ("2131", "dépense"): "21", ("2151", "dépense"): "21", ("21538", "dépense"): "21",
    ("2158", "dépense"): "21", ("2183", "dépense"): "21", ("2184", "dépense"): "21",
    ("2188", "dépense"): "21", ("231", "dépense"): "23",
    ("10222", "recette"): "10", ("10226", "recette"): "10", ("1068", "recette"): "10",
    ("1321", "recette"): "13", ("1323", "recette"): "13", ("1641", "recette"): "16",
    ("165", "recette"): "16",
}


def read_profile_siret():
    with open(os.path.join(FILES, "commune.yml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*siret:\s*"?(\d{14})"?', line)
            if m:
                return m.group(1)
    raise SystemExit("siret absent de commune.yml")


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    sample = text.splitlines()[0]
    sep = ";" if sample.count(";") > sample.count(",") else ","
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=sep))
    return [{k.strip().upper(): (v or "").strip() for k, v in r.items()} for r in rows]


def amount(text):
    text = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(text) if text else Decimal(0)


# Chapitres « globalisés » de classe 0 (hors règle des classes) : 002, 022, 023, 042 en fonctionnement.
CLASSE_0_FONCTIONNEMENT = ("002", "022", "023", "042", "043")


def section(row):
    if row["BGT_SECTION"]:
        return row["BGT_SECTION"]
    nature = row["BGT_NATURE"]
    if nature[0] in "67" or nature in CLASSE_0_FONCTIONNEMENT:
        return "fonctionnement"
    return "investissement"


def chapter(row):
    return row["BGT_CONTNAT"] or CHAPITRE_M57.get((row["BGT_NATURE"], row["BGT_CODRD"]), "?")


def euros(x):
    """1234567.8 -> '1 234 567,80 €'"""
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


class Document:
    def __init__(self, path):
        self.path = os.path.basename(path)
        self.rows = read_csv(path)
        first = self.rows[0]
        self.siret, self.annee = first["BGT_SIRET"], first["BGT_ANNEE"]
        self.natdec = first["BGT_NATDEC"].lower()
        self.field = "BGT_MTREAL" if self.natdec == "compte administratif" else "BGT_MTPREV"

    def value(self, row, field=None):
        return amount(row[field or self.field])

    def total(self, sect, sens, field=None, reel_only=True, with_reports=False):
        tot = Decimal(0)
        for r in self.rows:
            if reel_only and r["BGT_OPBUDG"] != "réel":
                continue
            if not with_reports and r["BGT_NATURE"] in ("001", "002"):
                continue
            if r["BGT_NATURE"] in ("001", "002"):
                s = "investissement" if r["BGT_NATURE"] == "001" else "fonctionnement"
            else:
                s = section(r)
            if s == sect and r["BGT_CODRD"] == sens:
                tot += self.value(r, field)
        return tot

    def chapter_total(self, chap, sens):
        return sum((self.value(r) for r in self.rows if r["BGT_OPBUDG"] == "réel"
                    and r["BGT_CODRD"] == sens and chapter(r) == chap), Decimal(0))

    def account(self, nature, sens):
        return sum((self.value(r) for r in self.rows if r["BGT_OPBUDG"] == "réel"
                    and r["BGT_CODRD"] == sens and r["BGT_NATURE"] == nature), Decimal(0))


def report(doc, principal):
    kind = "budget principal" if principal else "budget annexe"
    print(f"\n=== {doc.path} : {doc.natdec} {doc.annee}, {kind} ({doc.siret}), montant = {doc.field}")
    for sect in ("fonctionnement", "investissement"):
        for sens in ("dépense", "recette"):
            t = doc.total(sect, sens)
            wrong_ordre = doc.total(sect, sens, reel_only=False)
            wrong_rep = doc.total(sect, sens, with_reports=True)
            line = f"  {sect:15} {sens:8} réel hors 001/002 : {euros(t):>16}"
            line += f"   [faux : avec ordre {euros(wrong_ordre)} ; avec 001/002 {euros(wrong_rep)}"
            if doc.field == "BGT_MTREAL":
                line += f" ; prévu {euros(doc.total(sect, sens, field='BGT_MTPREV'))}"
            print(line + "]")
    dep = doc.total("fonctionnement", "dépense") + doc.total("investissement", "dépense")
    rec = doc.total("fonctionnement", "recette") + doc.total("investissement", "recette")
    print(f"  total des dépenses réelles : {euros(dep)} ; total des recettes réelles : {euros(rec)}")
    for r in doc.rows:
        if r["BGT_NATURE"] in ("001", "002"):
            label = f"{r['BGT_NATURE']} {r['BGT_NATURE_LABEL']} ({r['BGT_CODRD']})"
            print(f"  à part : {label} {euros(doc.value(r))}")
    if principal:
        for chap, sens in (("011", "dépense"), ("012", "dépense"), ("65", "dépense"), ("66", "dépense"),
                           ("16", "dépense"), ("21", "dépense"), ("70", "recette"), ("731", "recette"),
                           ("73", "recette"), ("74", "recette"), ("13", "recette")):
            print(f"  chapitre {chap:4} {sens:8} {euros(doc.chapter_total(chap, sens)):>16}")
    accounts = [("60612", "dépense"), ("60622", "dépense"), ("65311", "dépense"), ("6553", "dépense"),
                ("65748", "dépense"), ("66111", "dépense"), ("1641", "dépense"), ("1641", "recette"),
                ("73111", "recette"), ("74111", "recette"), ("741121", "recette"), ("7022", "recette"),
                ("70611", "recette"), ("21532", "dépense")]
    for nat, sens in accounts:
        v = doc.account(nat, sens)
        if any(r["BGT_NATURE"] == nat and r["BGT_CODRD"] == sens for r in doc.rows):
            extra = ""
            if doc.field == "BGT_MTREAL":
                prev = sum((amount(r["BGT_MTPREV"]) for r in doc.rows if r["BGT_NATURE"] == nat
                            and r["BGT_CODRD"] == sens and r["BGT_OPBUDG"] == "réel"), Decimal(0))
                extra = f"   [prévu : {euros(prev)}]"
            print(f"  compte {nat:7} {sens:8} {euros(v):>16}{extra}")


def main():
    siret = read_profile_siret()
    docs = []
    for name in sorted(os.listdir(FILES)):
        path = os.path.join(FILES, name)
        if not name.endswith(".csv"):
            continue
        with open(path, "rb") as f:
            first = f.readline()
        if b"BGT_NATDEC" in first:
            docs.append(Document(path))
    print("SIRET du profil (budget principal) :", siret)
    for doc in sorted(docs, key=lambda d: (d.siret != siret, d.annee, d.natdec)):
        report(doc, doc.siret == siret)
    years = sorted({(d.siret, d.annee, d.natdec) for d in docs})
    print("\nDocuments publiés :", years)


if __name__ == "__main__":
    main()
