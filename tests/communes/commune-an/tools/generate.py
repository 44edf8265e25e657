"""Generate files/ and questions.yml of commune-an from tools/data.py.

    cd tests/communes/commune-an && ../../../.venv/bin/python tools/generate.py
"""
import csv
import io
import sys
from pathlib import Path

import yaml
from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).parent))
from data import *  # noqa: E402,F401,F403
import data as D  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "files"
FILES.mkdir(exist_ok=True)


def fr_amount(x):
    s = "{:,.2f}".format(x).replace(",", " ").replace(".", ",")
    return s + " €"


def write_csv(name, header, rows, encoding="utf-8", delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if encoding == "cp1252" else "\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    (FILES / name).write_bytes(buf.getvalue().encode(encoding))


# ------------------------------------------------------------------ commune.yml
c = D.COMMUNE
(FILES / "commune.yml").write_text(f"""# Profil de la commune de Villebrune-sur-Oise (fictive)
nom: {c['nom']}
code_insee: "{c['code_insee']}"
siret: "{c['siret']}"
population: {c['population']}
site_web: {c['site_web']}
maire: {c['maire']}
description: "{c['description']}"
mairie:
  adresse: "{c['adresse']}"
  telephone: "{c['telephone']}"
  email: {c['email']}
  horaires: "{c['horaires']}"
""", encoding="utf-8")

# ------------------------------------------------------------------ fiches
write_csv("fiches-pratiques.csv", ["question", "reponse", "variantes", "theme", "lien"], D.FICHES)

# ------------------------------------------------------------------ arrêtés CSV (Windows-1252, ;)
rows = []
for (aid, date, typ, mc, mn, objet, deb, fin, lieu) in D.ARRETES:
    url = "https://www.villebrune95.fr/actes/arrete-%s.pdf" % aid
    rows.append([c["nom"], c["siret"], aid, date, typ, mc, mn, objet, deb, fin, lieu, url])
write_csv("arretes-municipaux.csv", ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
                                     "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"],
          rows, encoding="cp1252", delimiter=";")
assert len({r[2] for r in rows}) == len(rows)


# ------------------------------------------------------------------ arrêtés PDF
class ArretePDF(FPDF):
    def header(self):
        self.set_font("helvetica", "I", 8)
        self.cell(0, 5, D.PDF_HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(15, 17, 195, 17)
        self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "I", 8)
        self.cell(0, 5, D.PDF_FOOTER + " - Page %d/{nb}" % self.page_no(), align="C")


PDF_TEXT = {}
for fname, p in D.PDFS.items():
    pdf = ArretePDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 8, "ARRÊTÉ N° %s" % p["numero"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.multi_cell(0, 6, p["titre"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Objet : " + p["objet"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 10.5)
    pdf.multi_cell(0, 5.5, "La Maire de Villebrune-sur-Oise,", new_x="LMARGIN", new_y="NEXT")
    for v in p["vus"]:
        pdf.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 7, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10.5)
    for a in p["articles"]:
        if a == "PAGE":
            pdf.add_page()
            continue
        pdf.multi_cell(0, 5.5, a, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(4)
    pdf.multi_cell(0, 5.5, "Fait à Villebrune-sur-Oise, le %s.\nLa Maire,\nNathalie Ferrand-Oukil" % p["date"],
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "I", 8)
    pdf.multi_cell(0, 4.5, "Accusé de réception en préfecture - ID : %s - Publié le %s" % (p["stamp"], p["date"]),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(FILES / fname))

# ------------------------------------------------------------------ budget
G = {2025: 0.965, 2024: 0.93}


def line(sec, sens, nat, lab, chap, fon, op, prev, real):
    return dict(sec=sec, sens=sens, nat=nat, lab=lab, chap=chap, fon=fon, op=op, prev=prev, real=real)


def budget(year, kind):
    L = []
    ca = kind == "CA"
    g = 1.0 if not ca else G[year]

    def amounts(base, nat, fon, lo, hi):
        prev = round(base * g, -2) if ca else float(base)
        real = round(prev * (lo + (hi - lo) * D.h(nat, fon, year)), 2) if ca else None
        return prev, real

    for nat, lab, chap, fon, base in D.FD:
        L.append(line("fonctionnement", "dépense", nat, lab, chap, fon, "réel", *amounts(base, nat, fon, 0.90, 1.0)))
    for nat, lab, chap, fon, base in D.FR:
        L.append(line("fonctionnement", "recette", nat, lab, chap, fon, "réel", *amounts(base, nat, fon, 0.97, 1.05)))
    for nat, lab, chap, fon, base in D.ID:
        lo, hi = (0.995, 1.0) if nat == "1641" else (0.55, 0.95)
        L.append(line("investissement", "dépense", nat, lab, chap, fon, "réel", *amounts(base, nat, fon, lo, hi)))
    for nat, lab, chap, fon, base in D.IR:
        if nat == "1641":
            if kind == "BP":
                L.append(line("investissement", "recette", nat, lab, chap, fon, "réel", base, None))
            elif year == 2024:
                L.append(line("investissement", "recette", nat, lab, chap, fon, "réel", 1800000.0, 1800000.0))
            continue
        if nat == "1068" and ca:
            v = {2025: 1180000.0, 2024: 960000.0}[year]
            L.append(line("investissement", "recette", nat, lab, chap, fon, "réel", v, v))
            continue
        L.append(line("investissement", "recette", nat, lab, chap, fon, "réel", *amounts(base, nat, fon, 0.60, 1.0)))
    if ca and year == 2025:
        L.append(line("fonctionnement", "recette", "7751", "Produits des cessions d'immobilisations (hors ASA)", "77", "",
                      "réel", 0.0, 340000.0))
    # amortissements (ordre)
    for nat, lab, base in D.AMORT:
        prev, _ = amounts(base, nat, "", 1, 1)
        L.append(line("investissement", "recette", nat, lab, "040", "", "ordre", prev, prev if ca else None))
    tot_amort = sum(l["prev"] for l in L if l["chap"] == "040")
    L.append(line("fonctionnement", "dépense", "681",
                  "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement",
                  "042", "", "ordre", tot_amort, tot_amort if ca else None))
    # reported results
    r002 = {("BP", 2026): 1420000.0, ("CA", 2025): 1310000.0, ("CA", 2024): 1165000.0}[(kind, year)]
    r001 = {("BP", 2026): 640000.0, ("CA", 2025): 812000.0, ("CA", 2024): 455000.0}[(kind, year)]
    L.append(line("fonctionnement", "recette", "002", "Résultat de fonctionnement reporté", "002", "", "réel",
                  r002, r002 if ca else None))
    L.append(line("investissement", "dépense", "001", "Solde d'exécution de la section d'investissement reporté", "001",
                  "", "réel", r001, r001 if ca else None))
    # virement and 231 (balance of the voted budget)
    sumP = lambda sec, sens, op="réel": sum(l["prev"] for l in L if l["sec"] == sec and l["sens"] == sens and l["op"] == op)
    vir = round(sumP("fonctionnement", "recette") - sumP("fonctionnement", "dépense") - tot_amort, 2)
    assert vir > 0, vir
    L.append(line("fonctionnement", "dépense", "023", "Virement à la section d'investissement", "023", "", "ordre",
                  vir, 0.0 if ca else None))
    L.append(line("investissement", "recette", "021", "Virement de la section de fonctionnement", "021", "", "ordre",
                  vir, 0.0 if ca else None))
    if ca:  # credits of the year as voted then (not re-balanced here)
        b231 = {2025: 1650000.0, 2024: 2100000.0}[year]
    else:
        b231 = round(sumP("investissement", "recette") + vir + tot_amort - sumP("investissement", "dépense"), 2)
    assert b231 > 0, b231
    real231 = round(b231 * (0.45 + 0.3 * D.h("231", year)), 2) if ca else None
    L.append(line("investissement", "dépense", "231", "Immobilisations corporelles en cours", "23", "", "réel",
                  b231, real231))
    return L


DOCS = {("BP", 2026): budget(2026, "BP"), ("CA", 2025): budget(2025, "CA"), ("CA", 2024): budget(2024, "CA")}
HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
          "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
          "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]
NATDEC = {"BP": "budget primitif", "CA": "compte administratif"}
FNAME = {("BP", 2026): "budget-primitif-2026.csv", ("CA", 2025): "compte-administratif-2025.csv",
         ("CA", 2024): "compte-administratif-2024.csv"}
num = lambda v: "" if v is None else ("%.2f" % v)
for key, L in DOCS.items():
    kind, year = key
    rows = []
    for l in L:
        rows.append([NATDEC[kind], year, c["siret"], D.BGT_NOM, l["chap"], D.CH[l["chap"]], l["nat"], l["lab"],
                     l["fon"], D.FONCTIONS.get(l["fon"], ""), "", l["sec"], l["op"], l["sens"],
                     num(l["real"]) if kind == "CA" else "", "", "",
                     num(l["prev"]) if kind == "BP" else "", num(l["prev"]),
                     num(l["prev"]) if kind == "CA" else "", "", "non spécialisé"])
    write_csv(FNAME[key], HEADER, rows)


def total(key, pred):
    kind, _ = key
    f = "real" if kind == "CA" else "prev"
    return round(sum((l[f] or 0) for l in DOCS[key] if l["op"] == "réel" and pred(l)), 2)


BP = DOCS[("BP", 2026)]
tot_f_bp = sum(l["prev"] for l in BP if l["sec"] == "fonctionnement" and l["sens"] == "recette")
tot_i_bp = sum(l["prev"] for l in BP if l["sec"] == "investissement" and l["sens"] == "recette")

# ------------------------------------------------------------------ délibérations
delibs = list(D.DELIBS_STATIC)
delibs.insert(5, ("2026-022", "2026-03-26", "7.1", "Finances locales/Décisions budgétaires",
                  "Adoption du budget primitif 2026 du budget principal, voté par nature et par chapitre : section de "
                  "fonctionnement équilibrée à %s en dépenses et en recettes, section d'investissement équilibrée à %s"
                  % (fr_amount(tot_f_bp), fr_amount(tot_i_bp)), "2026", 33, 33, 26, 5, 2))
rows = []
for (did, date, code, nom, objet, an, eff, reel, pour, contre, abst) in delibs:
    pref = date.replace("-", "")
    rows.append([c["nom"], c["siret"], did, date, code, nom, objet, an, D.BGT_NOM if an else "",
                 "095-%s-%s-%s-DE" % (D.SIREN, pref, did.replace("-", "_")), date, eff, reel, pour, contre, abst,
                 "https://www.villebrune95.fr/deliberations/%s.pdf" % did])
write_csv("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                                "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
                                "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
                                "VOTE_ABSTENTION", "DELIB_URL"], rows)
assert len({r[2] for r in rows}) == len(rows)

# ------------------------------------------------------------------ annuaire, vocabulaire
write_csv("annuaire-acteurs-locaux.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires",
                                          "description"], D.ANNUAIRE)
(FILES / "vocabulaire.txt").write_text(D.VOCABULAIRE, encoding="utf-8")

# ------------------------------------------------------------------ questions
sys.path.insert(0, str(Path(__file__).parent))
from questions import build  # noqa: E402

cases = build(total=total, fr=fr_amount, tot_f_bp=tot_f_bp, tot_i_bp=tot_i_bp)
(ROOT / "questions.yml").write_text(
    "# commune-an (Villebrune-sur-Oise, fictive) - generated by tools/generate.py, do not edit by hand\n"
    + yaml.safe_dump(cases, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
print("files:", sorted(p.name for p in FILES.iterdir()))
print("fiches", len(D.FICHES), "arretes csv", len(D.ARRETES), "pdf", len(D.PDFS), "delibs", len(delibs),
      "annuaire", len(D.ANNUAIRE), "cases", len(cases))
