"""Vérifie le dossier commune-k : fichiers bien formés (FORMATS.md) et faits attendus présents.

    /work/main/.venv/bin/python validate.py      (pyyaml requis ; pypdf facultatif pour lire les PDF)
"""
import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, encoding):
    raw = (FILES / name).read_bytes()
    text = raw.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    sep = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    head = [h.strip() for h in rows[0]]
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            err(f"{name}:{i}: {len(r)} cellules pour {len(head)} colonnes")
    return head, [dict(zip(head, r)) for r in rows[1:]], text


def date_ok(v):
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


# ---- commune.yml
prof = yaml.safe_load((FILES / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof:
        err(f"commune.yml : clé {k} manquante")
if len(str(prof["code_insee"])) != 5:
    err("commune.yml : code_insee pas sur 5 caractères")
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in prof["mairie"]:
        err(f"commune.yml : mairie.{k} manquant")

OSM = re.compile(r"^((Mo|Tu|We|Th|Fr|Sa|Su)([-,](Mo|Tu|We|Th|Fr|Sa|Su))* \d\d:\d\d-\d\d:\d\d(,\d\d:\d\d-\d\d:\d\d)*|PH off)$")


def osm_ok(h):
    return all(OSM.match(p.strip()) for p in h.split(";"))


if not osm_ok(prof["mairie"]["horaires"]):
    err("commune.yml : horaires pas au format OpenStreetMap")

# ---- fiches
head, fiches, fiches_text = read_csv("fiches.csv", "utf-8")
assert head == ["question", "reponse", "variantes", "theme", "lien"], head
for i, f in enumerate(fiches, 2):
    if not f["question"].strip() or not f["reponse"].strip():
        err(f"fiches.csv:{i}: question ou réponse vide")
if len({f["question"] for f in fiches}) != len(fiches):
    err("fiches.csv : questions en double (clé)")

# ---- arrêtés CSV
ARR_COLS = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
            "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "PREF_ID", "PREF_DATE", "ARR_URL"]
head, arretes, arr_text = read_csv("arretes.csv", "utf-8")
for h in head:
    if h not in ARR_COLS:
        err(f"arretes.csv : colonne inconnue {h}")
for i, a in enumerate(arretes, 2):
    for k in ("ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"):
        if not a[k].strip():
            err(f"arretes.csv:{i}: {k} vide")
    if a["ARR_TYPE"] not in ("temporaire", "permanent"):
        err(f"arretes.csv:{i}: ARR_TYPE {a['ARR_TYPE']}")
    for k in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN"):
        if a[k] and not date_ok(a[k]):
            err(f"arretes.csv:{i}: date {k}={a[k]}")
    if a["ARR_DEBUT"] and a["ARR_FIN"] and a["ARR_DEBUT"] > a["ARR_FIN"]:
        err(f"arretes.csv:{i}: début après fin")
    if a["ARR_TYPE"] == "temporaire" and not (a["ARR_DEBUT"] and a["ARR_FIN"]):
        err(f"arretes.csv:{i}: arrêté temporaire sans dates")
    if not re.fullmatch(r"\d{14}", a["COLL_SIRET"]):
        err(f"arretes.csv:{i}: SIRET")
if len({a["ARR_ID"] for a in arretes}) != len(arretes):
    err("arretes.csv : ARR_ID en double")

# ---- délibérations (SCDL 2.1.5)
schema = json.loads(Path("/work/shared/data/schemas/scdl-deliberations-2.1.5.schema.json").read_text())
DEL_COLS = [f["name"] for f in schema["fields"]]
head, delibs, del_text = read_csv("deliberations.csv", "utf-8")
if head != DEL_COLS:
    err(f"deliberations.csv : colonnes {head} != schéma")
for i, d in enumerate(delibs, 2):
    for f in schema["fields"]:
        v, cons = d[f["name"]], f.get("constraints", {})
        if cons.get("required") and not v:
            err(f"deliberations.csv:{i}: {f['name']} requis")
        if v and "pattern" in cons and not re.fullmatch(cons["pattern"], v):
            err(f"deliberations.csv:{i}: {f['name']}={v} ne suit pas {cons['pattern']}")
        if v and f["type"] == "date" and not date_ok(v):
            err(f"deliberations.csv:{i}: date {v}")
        if v and f["type"] == "integer" and not v.isdigit():
            err(f"deliberations.csv:{i}: entier {v}")
    n = [int(d[k]) for k in ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")]
    if n[2] + n[3] + n[4] != n[1] or n[1] > n[0]:
        err(f"deliberations.csv:{i}: votes incohérents {n}")
if len({d["DELIB_ID"] for d in delibs}) != len(delibs):
    err("deliberations.csv : DELIB_ID en double")

# ---- budget (SCDL 0.8.3)
schema = json.loads(Path("/work/shared/data/schemas/scdl-budget-0.8.3.schema.json").read_text())
BGT_COLS = [f["name"] for f in schema["fields"]]
head, budget, bgt_text = read_csv("budget-principal-ca-2025.csv", "utf-8")
if head != BGT_COLS:
    err(f"budget : colonnes {head} != schéma")
for i, b in enumerate(budget, 2):
    for f in schema["fields"]:
        v, cons = b[f["name"]], f.get("constraints", {})
        if cons.get("required") and not v:
            err(f"budget:{i}: {f['name']} requis")
        if v and "enum" in cons and v not in cons["enum"]:
            err(f"budget:{i}: {f['name']}={v} hors énumération")
        if v and "pattern" in cons and not re.fullmatch(cons["pattern"], v):
            err(f"budget:{i}: {f['name']}={v}")
        if v and "maxLength" in cons and len(v) > cons["maxLength"]:
            err(f"budget:{i}: {f['name']} trop long")
        if v and f["type"] == "number":
            float(v)
    cls = b["BGT_CONTNAT"][0]
    want = {"6": "fonctionnement", "7": "fonctionnement", "1": "investissement", "2": "investissement"}.get(cls)
    if b["BGT_CONTNAT"] == "002":
        want = "fonctionnement"
    if b["BGT_CONTNAT"] == "001":
        want = "investissement"
    if want != b["BGT_SECTION"]:
        err(f"budget:{i}: section {b['BGT_SECTION']} pour le compte {b['BGT_CONTNAT']}")
    if b["BGT_SIRET"] != prof["siret"]:
        err(f"budget:{i}: SIRET différent du profil")
keys = [(b["BGT_SECTION"], b["BGT_CODRD"], b["BGT_OPBUDG"], b["BGT_CONTNAT"]) for b in budget]
if len(set(keys)) != len(keys):
    err("budget : lignes en double")

# ---- annuaire
head, acteurs, ann_text = read_csv("annuaire.csv", "cp1252")
if head != ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]:
    err(f"annuaire.csv : colonnes {head}")
for i, a in enumerate(acteurs, 2):
    if not a["nom"] or not a["categorie"]:
        err(f"annuaire.csv:{i}: nom/catégorie vide")
    if a["horaires"] and not osm_ok(a["horaires"]):
        err(f"annuaire.csv:{i}: horaires {a['horaires']!r}")

# ---- PDF
pdf_text = ""
try:
    import pypdf
    for p in sorted(FILES.glob("*.pdf")):
        t = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
        if "ARRÊTÉ MUNICIPAL N°" not in t or "Objet :" not in t:
            err(f"{p.name} : texte illisible")
        pdf_text += t + "\n"
except ImportError:
    print("pypdf absent : texte des PDF non vérifié (les faits tirés des PDF seront signalés)")

voc = (FILES / "vocabulaire.txt").read_text(encoding="utf-8")

# ---- corpus des faits
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def long_date(iso):
    d = dt.date.fromisoformat(iso)
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


dates = [long_date(a[k]) for a in arretes for k in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN") if a[k]]
dates += [long_date(d["DELIB_DATE"]) for d in delibs]
amounts = json.loads(subprocess.run([sys.executable, str(HERE / "expected_budget.py"), "--json"],
                                    capture_output=True, text=True, check=True).stdout)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


corpus = norm("\n".join([fiches_text, arr_text, del_text, ann_text, pdf_text,
                         (FILES / "commune.yml").read_text(encoding="utf-8"), "\n".join(dates)]))
computed = [norm(v) for v in amounts.values()]


def found(m):
    m = norm(m)
    return m in corpus or any(m == c or m in c for c in computed)


# ---- questions.yml
qs = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
SRC = {"fiche", "arrete", "deliberation", "budget", "acteur", "annuaire", "commune", "mairie"}
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    err("questions.yml : id en double")
nq = 0
for q in qs:
    if q["kind"] not in KINDS:
        err(f"{q['id']} : kind {q['kind']}")
    if not date_ok(str(q.get("today", ""))):
        err(f"{q['id']} : today manquant ou invalide")
    if q.get("source_kind") and q["source_kind"] not in SRC:
        err(f"{q['id']} : source_kind {q['source_kind']}")
    turns = q["turns"] if q.get("session") else [q]
    if q.get("session") and len(turns) < 2:
        err(f"{q['id']} : session d'un seul tour")
    for t in turns:
        nq += 1
        if not t.get("question"):
            err(f"{q['id']} : question vide")
        if not t.get("must") and not t.get("starts_with") and not t.get("fallback"):
            err(f"{q['id']} : ni must, ni starts_with, ni fallback")
        if t.get("fallback") and t.get("must"):
            err(f"{q['id']} : fallback avec must")
        for m in t.get("must", []):
            if not found(m):
                err(f"{q['id']} : must {m!r} introuvable dans les fichiers ni calculé")
        for s in t.get("starts_with", []):
            if s not in ("oui", "non"):
                err(f"{q['id']} : starts_with {s}")

if errors:
    print("\n".join(errors))
    sys.exit(1)
from collections import Counter
print(f"OK : {len(qs)} cas ({nq} questions), {dict(Counter(q['kind'] for q in qs))}")
print(f"fichiers : {len(fiches)} fiches, {len(arretes)} arrêtés CSV + {len(list(FILES.glob('*.pdf')))} PDF, "
      f"{len(delibs)} délibérations, {len(budget)} lignes de budget, {len(acteurs)} acteurs")
