#!/usr/bin/env python3
"""Vérifie le dossier : questions.yml, fichiers bien formés (FORMATS.md), chaque `must` présent dans les
fichiers, ou montant calculé par expected_budget.py, ou date écrite « 11 décembre 2026 » tirée d'un fichier."""
import csv, io, json, re, sys, datetime
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SCHEMAS = Path("/work/shared/data/schemas")
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

def read(name, enc="utf-8"):
    raw = (FILES / name).read_bytes()
    return raw.decode(enc)

def rows(name, enc="utf-8", delim=","):
    return list(csv.DictReader(io.StringIO(read(name, enc), newline=""), delimiter=delim))

# --- commune.yml
prof = yaml.safe_load(read("commune.yml"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof: err("commune.yml sans", k)
assert len(str(prof["code_insee"])) == 5
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in prof["mairie"]: err("mairie sans", k)

OSM = re.compile(r"^(((Mo|Tu|We|Th|Fr|Sa|Su)([-,](Mo|Tu|We|Th|Fr|Sa|Su))*|PH) (off|\d\d:\d\d-\d\d:\d\d(,\d\d:\d\d-\d\d:\d\d)*))(; ((Mo|Tu|We|Th|Fr|Sa|Su)([-,](Mo|Tu|We|Th|Fr|Sa|Su))*|PH) (off|\d\d:\d\d-\d\d:\d\d(,\d\d:\d\d-\d\d:\d\d)*))*$")
if not OSM.match(prof["mairie"]["horaires"]): err("horaires mairie", prof["mairie"]["horaires"])

# --- fiches
fi = rows("fiches.csv", delim=";")
assert list(fi[0].keys()) == ["question", "reponse", "variantes", "theme", "lien"]
for r in fi:
    if not r["question"].strip() or not r["reponse"].strip(): err("fiche vide", r)
if len({r["question"] for r in fi}) != len(fi): err("fiches en double")

# --- annuaire
an = rows("annuaire.csv")
for r in an:
    if not r["nom"] or not r["categorie"]: err("acteur sans nom/categorie", r)
    if r["horaires"] and not OSM.match(r["horaires"]): err("horaires OSM", r["nom"], r["horaires"])
if len({(r["nom"], r["adresse"]) for r in an}) != len(an): err("acteurs en double")

# --- délibérations (schéma SCDL 2.1.5)
sch = json.load(open(SCHEMAS / "scdl-deliberations-2.1.5.schema.json"))
de = rows("deliberations.csv")
cols = [f["name"] for f in sch["fields"]]
if list(de[0].keys()) != cols: err("colonnes délibérations", list(de[0].keys()))
for r in de:
    for f in sch["fields"]:
        v = r[f["name"]]; c = f.get("constraints", {})
        if c.get("required") and not v: err("délib", r["DELIB_ID"], "manque", f["name"])
        if v and c.get("pattern") and not re.match(c["pattern"], v): err("délib", r["DELIB_ID"], f["name"], v)
        if v and f["type"] == "date": datetime.date.fromisoformat(v)
    p, c_, a, reel = (int(r[k]) for k in ("VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "VOTE_REEL"))
    if p + c_ + a != reel or reel > int(r["VOTE_EFFECTIF"]): err("votes", r["DELIB_ID"])
if len({r["DELIB_ID"] for r in de}) != len(de): err("DELIB_ID en double")

# --- arrêtés (Windows-1252, ;)
ar = [r for r in rows("arretes.csv", "cp1252", ";") if any(v.strip() for v in r.values())]
for k in ("ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"):
    if k not in ar[0]: err("arrêtés sans", k)
def dmy(s): return datetime.datetime.strptime(s, "%d/%m/%Y").date()
for r in ar:
    dmy(r["ARR_DATE"])
    if r["ARR_TYPE"] not in ("temporaire", "permanent"): err("ARR_TYPE", r)
    if r["ARR_TYPE"] == "temporaire":
        if not (dmy(r["ARR_DATE"]) <= dmy(r["ARR_DEBUT"]) <= dmy(r["ARR_FIN"])): err("dates arrêté", r["ARR_ID"])
if len({r["ARR_ID"] for r in ar}) != len(ar): err("ARR_ID en double")
try:
    read("arretes.csv")
    err("arretes.csv devrait être en Windows-1252 (non UTF-8)")
except UnicodeDecodeError:
    pass

# --- budgets (schéma SCDL 0.8.3)
bs = json.load(open(SCHEMAS / "scdl-budget-0.8.3.schema.json"))
for name in ("budget-primitif-2026.csv", "compte-administratif-2025.csv"):
    b = rows(name)
    if list(b[0].keys()) != [f["name"] for f in bs["fields"]]: err("colonnes budget", name)
    keys = set()
    for r in b:
        for f in bs["fields"]:
            v = r[f["name"]]; c = f.get("constraints", {})
            if c.get("required") and not v: err(name, "manque", f["name"], r["BGT_CONTNAT"])
            if v and "enum" in c and v not in c["enum"]: err(name, f["name"], v)
            if v and c.get("pattern") and not re.match(c["pattern"], v): err(name, f["name"], v)
            if v and f["type"] == "number": float(v)
        k = (r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_OPBUDG"], r["BGT_CONTNAT"], r["BGT_FONCTION"], r["BGT_OPERATION"])
        if k in keys: err(name, "ligne en double", k)
        keys.add(k)
        cls = r["BGT_CONTNAT"][0]
        want = "fonctionnement" if cls in "67" else "investissement" if cls in "12" else None
        if want and r["BGT_SECTION"] != want: err(name, "section", r["BGT_CONTNAT"])
    print(name, len(b), "lignes")

# --- questions
qs = yaml.safe_load(open(HERE / "questions.yml", encoding="utf-8"))
ids = [q["id"] for q in qs]
if len(ids) != len(set(ids)): err("ids en double")

def norm(s): return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).lower()
corpus = norm(" ".join(read(n) for n in ("commune.yml", "fiches.csv", "annuaire.csv", "deliberations.csv",
                                          "budget-primitif-2026.csv", "compte-administratif-2025.csv"))
              + read("arretes.csv", "cp1252"))
# montants calculés par expected_budget.py
import subprocess
computed = norm(subprocess.run([sys.executable, str(HERE / "expected_budget.py")], capture_output=True, text=True).stdout)
# dates des fichiers écrites en toutes lettres
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
dates = set()
for m in re.finditer(r"(\d\d)/(\d\d)/(\d{4})", read("arretes.csv", "cp1252")):
    dates.add(f"{int(m[1])} {MOIS[int(m[2]) - 1]} {m[3]}")
for m in re.finditer(r"(\d{4})-(\d\d)-(\d\d)", read("deliberations.csv")):
    dates.add(f"{int(m[3])} {MOIS[int(m[2]) - 1]} {m[1]}")

ALLOWED_KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
n_must = 0
for q in qs:
    if q["kind"] not in ALLOWED_KINDS: err("kind", q["id"])
    datetime.date.fromisoformat(q.get("today", "2026-12-05"))
    turns = q["turns"] if q.get("session") else [q]
    for t in turns:
        assert t.get("question"), q["id"]
        if not t.get("must"): err("pas de must", q["id"])
        for m in t.get("must", []):
            n_must += 1
            nm = norm(m)
            if q["kind"] == "hors_sujet" and nm == norm(prof["mairie"]["telephone"]):
                continue
            if q["kind"] == "budget":
                if nm not in computed: err("montant non calculé", q["id"], m)
                continue
            if nm in corpus: continue
            if nm in dates: continue
            err("must introuvable", q["id"], repr(m))
        for m in t.get("must_not", []):
            pass
        if t.get("starts_with"):
            assert all(s in ("oui", "non") for s in t["starts_with"]), q["id"]
print(len(qs), "cas,", n_must, "must vérifiés")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
