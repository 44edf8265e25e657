#!/usr/bin/env python3
"""Vérifie le dossier : questions.yml lisible, ids uniques, fichiers bien formés, chaque `must` présent
dans les fichiers (ou montant calculé par expected_budget.py, ou date d'un arrêté écrite en lettres).

    /work/main/.venv/bin/python validate.py
"""
import csv
import datetime as dt
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
sys.path.insert(0, str(HERE))
import expected_budget as eb  # noqa: E402

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
errors = []


def norm(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ")).strip().casefold()


def read_csv(name):
    raw = (FILES / name).read_bytes().decode("utf-8-sig")
    delim = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
    rows = list(csv.reader(raw.splitlines(), delimiter=delim))
    header = [h.strip() for h in rows[0]]
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            errors.append(f"{name}:{i}: {len(r)} colonnes au lieu de {len(header)}")
    return header, [dict(zip(header, r)) for r in rows[1:]]


def need(name, header, required):
    for c in required:
        if c not in header:
            errors.append(f"{name}: colonne obligatoire absente : {c}")


def isodate(v, where):
    if v:
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            errors.append(f"{where}: date invalide {v!r}")


def longdate(d):
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


# ---- profil
prof = yaml.safe_load((FILES / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof:
        errors.append(f"commune.yml: clé {k} absente")
assert len(str(prof["code_insee"])) == 5
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in prof["mairie"]:
        errors.append(f"commune.yml: mairie.{k} absente")

corpus = [yaml.safe_dump(prof, allow_unicode=True)]
dates = set()

h, fiches = read_csv("fiches.csv")
need("fiches.csv", h, ["question", "reponse"])
corpus += [" ".join(r.values()) for r in fiches]

h, arr = read_csv("arretes.csv")
need("arretes.csv", h, ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"])
ids = Counter(r["ARR_ID"] for r in arr)
errors += [f"arretes.csv: ARR_ID en double {k}" for k, n in ids.items() if n > 1]
for r in arr:
    if r["ARR_TYPE"] not in ("temporaire", "permanent", "individuel", "réglementaire"):
        errors.append(f"arretes.csv: ARR_TYPE {r['ARR_TYPE']}")
    for c in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN"):
        d = isodate(r[c], f"arretes.csv {r['ARR_ID']} {c}")
        if d:
            dates.add(longdate(d))
    if r["ARR_DEBUT"] and r["ARR_FIN"] and r["ARR_DEBUT"] > r["ARR_FIN"]:
        errors.append(f"arretes.csv {r['ARR_ID']}: début après fin")
corpus += [" ".join(r.values()) for r in arr]

h, dels = read_csv("deliberations.csv")
need("deliberations.csv", h, ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                              "DELIB_MATIERE_NOM", "DELIB_OBJET"])
ids = Counter(r["DELIB_ID"] for r in dels)
errors += [f"deliberations.csv: DELIB_ID en double {k}" for k, n in ids.items() if n > 1]
for r in dels:
    isodate(r["DELIB_DATE"], f"deliberations.csv {r['DELIB_ID']}")
    if not re.fullmatch(r"\d\.\d{1,2}", r["DELIB_MATIERE_CODE"]):
        errors.append(f"deliberations.csv {r['DELIB_ID']}: matière {r['DELIB_MATIERE_CODE']}")
    if not re.fullmatch(r"\d{14}", r["COLL_SIRET"]):
        errors.append("deliberations.csv: SIRET")
    if int(r["VOTE_POUR"]) + int(r["VOTE_CONTRE"]) + int(r["VOTE_ABSTENTION"]) != int(r["VOTE_REEL"]):
        errors.append(f"deliberations.csv {r['DELIB_ID']}: votes")
corpus += [" ".join(r.values()) for r in dels]

BGT_REQ = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
           "BGT_NATURE_LABEL", "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD"]
for name in ("budget-primitif-2026.csv", "compte-administratif-2025.csv"):
    h, rows = read_csv(name)
    need(name, h, BGT_REQ + ["BGT_MTPREV", "BGT_MTREAL"])
    docs = {(r["BGT_SIRET"], r["BGT_ANNEE"], r["BGT_NATDEC"]) for r in rows}
    if len(docs) != 1:
        errors.append(f"{name}: plusieurs documents {docs}")
    keys = Counter((r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_NATURE"], r["BGT_OPBUDG"]) for r in rows)
    errors += [f"{name}: ligne en double {k}" for k, n in keys.items() if n > 1]
    for r in rows:
        if r["BGT_SECTION"] not in ("fonctionnement", "investissement") or r["BGT_OPBUDG"] not in ("réel", "ordre") \
                or r["BGT_CODRD"] not in ("recette", "dépense"):
            errors.append(f"{name}: enum {r}")
        sec = {"6": "fonctionnement", "7": "fonctionnement", "1": "investissement", "2": "investissement"}
        n = r["BGT_NATURE"]
        if n[0] in sec and sec[n[0]] != r["BGT_SECTION"]:
            errors.append(f"{name}: section de {n}")
    if "primitif" in name:  # le budget primitif est voté en équilibre, par section
        for s in ("fonctionnement", "investissement"):
            tot = {c: sum(Decimal(r["BGT_MTPREV"] or 0) for r in rows if r["BGT_SECTION"] == s and r["BGT_CODRD"] == c)
                   for c in ("dépense", "recette")}
            if tot["dépense"] != tot["recette"]:
                errors.append(f"{name}: {s} non équilibrée {tot}")

h, ann = read_csv("annuaire.csv")
need("annuaire.csv", h, ["nom", "categorie"])
if len(ann) != 25:
    errors.append(f"annuaire.csv: {len(ann)} entrées")
keys = Counter((r["nom"], r["adresse"]) for r in ann)
errors += [f"annuaire.csv: doublon {k}" for k, n in keys.items() if n > 1]
corpus += [" ".join(r.values()) for r in ann]

from pypdf import PdfReader  # noqa: E402
for pdf in FILES.glob("*.pdf"):
    txt = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    corpus.append(txt)
    if "Objet :" not in txt or "2026-079" not in txt:
        errors.append(f"{pdf.name}: objet ou numéro illisible")
    for m in re.finditer(r"(\d{1,2}) (" + "|".join(MOIS) + r") (\d{4})", txt):
        dates.add(m.group(0))
    if any(r["ARR_ID"] == "2026-079" for r in arr):
        errors.append("l'arrêté 2026-079 devait n'être publié qu'en PDF")

# ---- montants calculés
computed = set()
for fname, col in (("budget-primitif-2026.csv", "BGT_MTPREV"), ("compte-administratif-2025.csv", "BGT_MTREAL")):
    chap, tot, nat = eb.summary(fname, col)
    computed |= {eb.fr(v) for v in list(chap.values()) + list(tot.values()) + list(nat.values())}
    # les montants « prévus » du CA servent aux must_not
    if col == "BGT_MTREAL":
        c2, t2, n2 = eb.summary(fname, "BGT_MTPREV")
        computed |= {eb.fr(v) for v in list(n2.values())}
# montants d'ordre inclus, pour les must_not (ce qu'il ne faut PAS dire)
for fname in ("budget-primitif-2026.csv",):
    _, rows = read_csv(fname)
    for s in ("fonctionnement", "investissement"):
        computed.add(eb.fr(sum(Decimal(r["BGT_MTPREV"] or 0) for r in rows if r["BGT_SECTION"] == s
                               and r["BGT_CODRD"] == "dépense" and r["BGT_NATURE"] not in ("001", "002"))))
        computed.add(eb.fr(sum(Decimal(r["BGT_MTPREV"] or 0) for r in rows if r["BGT_SECTION"] == s
                               and r["BGT_CODRD"] == "dépense")))

big = norm("\n".join(corpus))

# ---- questions
qs = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
ids = Counter(q["id"] for q in qs)
errors += [f"questions.yml: id en double {k}" for k, n in ids.items() if n > 1]
kinds = Counter()
turns_total = 0
for q in qs:
    kinds[q["kind"]] += 1
    if "today" not in q:
        errors.append(f"{q['id']}: pas de today")
    else:
        dt.date.fromisoformat(q["today"])
    steps = q["turns"] if q.get("session") else [q]
    if q.get("session"):
        turns_total += len(steps)
        if len(steps) < 2:
            errors.append(f"{q['id']}: session d'un seul tour")
    for t in steps:
        if not t.get("question"):
            errors.append(f"{q['id']}: question vide")
        if t.get("fallback") and t.get("must"):
            errors.append(f"{q['id']}: fallback avec must")
        if not t.get("fallback") and not t.get("must") and not q.get("starts_with"):
            errors.append(f"{q['id']}: ni must, ni starts_with, ni fallback")
        for m in t.get("must", []) + t.get("must_not", []):
            m = str(m)
            how = None
            if norm(m) in big:
                how = "fichiers"
            elif m in computed:
                how = "calcul"
            elif m in dates:
                how = "date"
            if how is None:
                errors.append(f"{q['id']}: « {m} » introuvable")
    if q.get("starts_with") and not set(q["starts_with"]) <= {"oui", "non"}:
        errors.append(f"{q['id']}: starts_with")

print("cas :", len(qs), "— tours de session :", turns_total)
print("par sorte :", dict(kinds))
print("fallback :", sum(1 for q in qs if q.get("fallback")))
if errors:
    print("\n".join("ERREUR " + e for e in errors))
    sys.exit(1)
print("OK : tout est bien formé et chaque must est retrouvé")
