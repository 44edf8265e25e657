"""Vérifie le dossier : questions.yml lisible, ids uniques, fichiers bien formés (FORMATS.md),
chaque `must` présent dans les fichiers (ou montant calculé par expected_budget.py, ou date écrite
« 23 janvier 2027 » tirée d'une date des fichiers).

Lancer avec /work/main/.venv/bin/python validate.py (PyYAML et pypdf y sont importables).
"""
import csv
import datetime as dt
import io
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import yaml
from pypdf import PdfReader

HERE = Path(__file__).parent
FILES = HERE / "files"
SCHEMAS = Path("/work/shared/data/schemas")
sys.path.insert(0, str(HERE))
import expected_budget  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, encoding):
    raw = (FILES / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode(encoding)  # strict : échoue si l'encodage annoncé est faux
    delim = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    header = [h.strip() for h in rows[0]]
    for n, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name}:{n}: {len(r)} cellules pour {len(header)} colonnes")
    return text, header, [dict(zip(header, r)) for r in rows[1:]]


def parse_date(s):
    s = s.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s)
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    raise ValueError(s)


corpus = []

# --- commune.yml
prof = yaml.safe_load((FILES / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof:
        err(f"commune.yml : clé {k} manquante")
if not (isinstance(prof["code_insee"], str) and len(prof["code_insee"]) == 5):
    err("commune.yml : code_insee")
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in prof["mairie"]:
        err(f"commune.yml : mairie.{k} manquant")
corpus.append((FILES / "commune.yml").read_text(encoding="utf-8"))

# --- fiches (Windows-1252, ;)
text, header, rows = read_csv("fiches.csv", "cp1252")
if header != ["question", "reponse", "variantes", "theme", "lien"]:
    err(f"fiches.csv : en-tête {header}")
for r in rows:
    if not r["question"].strip() or not r["reponse"].strip():
        err(f"fiches.csv : question ou réponse vide {r}")
if len({r['question'] for r in rows}) != len(rows):
    err("fiches.csv : questions en double")
corpus.append(text)
print(f"fiches.csv : {len(rows)} fiches")

# --- arrêtés (Windows-1252, ;)
text, header, rows = read_csv("arretes.csv", "cp1252")
for c in ("ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"):
    if c not in header:
        err(f"arretes.csv : colonne {c} manquante")
all_dates = set()
for r in rows:
    if r["ARR_TYPE"] not in ("temporaire", "permanent", "individuel", "réglementaire"):
        err(f"arretes.csv : ARR_TYPE {r['ARR_TYPE']}")
    for c in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN"):
        if r[c]:
            all_dates.add(parse_date(r[c]))
    if r["ARR_DEBUT"] and r["ARR_FIN"] and parse_date(r["ARR_FIN"]) < parse_date(r["ARR_DEBUT"]):
        err(f"arretes.csv : fin avant début {r['ARR_ID']}")
if len({r['ARR_ID'] for r in rows}) != len(rows):
    err("arretes.csv : ARR_ID en double")
corpus.append(text)
print(f"arretes.csv : {len(rows)} arrêtés")

# --- délibérations (SCDL 2.1.5)
schema = json.loads((SCHEMAS / "scdl-deliberations-2.1.5.schema.json").read_text())
text, header, rows = read_csv("deliberations.csv", "utf-8")
if header != [f["name"] for f in schema["fields"]]:
    err(f"deliberations.csv : en-tête différent du schéma {header}")
for n, r in enumerate(rows, start=2):
    for f in schema["fields"]:
        v = r[f["name"]]
        c = f.get("constraints", {})
        if c.get("required") and not v:
            err(f"deliberations.csv:{n}: {f['name']} vide")
        if v and c.get("pattern") and not re.fullmatch(c["pattern"], v):
            err(f"deliberations.csv:{n}: {f['name']}={v} ne suit pas {c['pattern']}")
        if v and f["type"] == "integer":
            int(v)
        if v and f["type"] == "date":
            all_dates.add(dt.date.fromisoformat(v))
    if int(r["VOTE_POUR"]) + int(r["VOTE_CONTRE"]) + int(r["VOTE_ABSTENTION"]) != int(r["VOTE_REEL"]):
        err(f"deliberations.csv:{n}: pour+contre+abstention != votants")
corpus.append(text)
print(f"deliberations.csv : {len(rows)} délibérations")

# --- budgets (SCDL 0.8.3)
schema = json.loads((SCHEMAS / "scdl-budget-0.8.3.schema.json").read_text())
budget_amounts = set()
for name, natdec in (("budget-ca-2025-m14.csv", "compte administratif"), ("budget-bp-2026-m57.csv", "budget primitif")):
    text, header, rows = read_csv(name, "utf-8")
    if header != [f["name"] for f in schema["fields"]]:
        err(f"{name} : en-tête différent du schéma")
    for n, r in enumerate(rows, start=2):
        for f in schema["fields"]:
            v = r[f["name"]]
            c = f.get("constraints", {})
            if c.get("required") and not v:
                err(f"{name}:{n}: {f['name']} vide")
            if v and c.get("enum") and v not in c["enum"]:
                err(f"{name}:{n}: {f['name']}={v} hors enum")
            if v and c.get("pattern") and not re.fullmatch(c["pattern"], v):
                err(f"{name}:{n}: {f['name']}={v} motif")
            if v and f["type"] == "number":
                budget_amounts.add(Decimal(v.replace(",", ".")))
        if r["BGT_NATDEC"] != natdec:
            err(f"{name}:{n}: BGT_NATDEC {r['BGT_NATDEC']}")
    print(f"{name} : {len(rows)} lignes")
computed = expected_budget.main()
amount_strings = set(computed.values()) | {expected_budget.fr(a) for a in budget_amounts}
amount_ok = set()
for a in amount_strings:
    amount_ok.add(a)
    amount_ok.add(a.replace(" €", ""))
    if a.endswith(",00 €"):
        amount_ok.add(a[:-5])

# --- annuaire
text, header, rows = read_csv("annuaire.csv", "utf-8")
if header != ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]:
    err(f"annuaire.csv : en-tête {header}")
for r in rows:
    if not r["nom"] or not r["categorie"]:
        err(f"annuaire.csv : nom ou catégorie vide {r}")
if len({(r['nom'], r['adresse']) for r in rows}) != len(rows):
    err("annuaire.csv : doublon (nom, adresse)")
corpus.append(text)
print(f"annuaire.csv : {len(rows)} acteurs")

corpus.append((FILES / "vocabulaire.txt").read_text(encoding="utf-8"))

# --- PDF
for pdf in sorted(FILES.glob("*.pdf")):
    t = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    if "Objet :" not in t or "ID : 021-" not in t:
        err(f"{pdf.name} : objet ou tampon @ctes absent")
    corpus.append(t)
    print(f"{pdf.name} : {len(PdfReader(pdf).pages)} page(s), {len(t)} caractères de texte")

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
date_strings = set()
for d in all_dates:
    j = "1er" if d.day == 1 else str(d.day)
    date_strings.add(f"{j} {MOIS[d.month - 1]} {d.year}")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


big = norm("\n".join(corpus))

# --- questions
cases = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
ids = [c["id"] for c in cases]
dups = {i for i in ids if ids.count(i) > 1}
if dups:
    err(f"ids en double : {dups}")
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
SOURCES = {"fiche", "arrete", "deliberation", "budget", "acteur", "annuaire", "commune", "mairie"}
counts = {}
for c in cases:
    counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    if c["kind"] not in KINDS:
        err(f"{c['id']} : kind {c['kind']}")
    dt.date.fromisoformat(c["today"])
    if c.get("source_kind") and c["source_kind"] not in SOURCES:
        err(f"{c['id']} : source_kind")
    turns = c["turns"] if c.get("session") else [c]
    if c.get("session") and len(turns) < 2:
        err(f"{c['id']} : session d'un seul tour")
    for t in turns:
        if not t.get("question"):
            err(f"{c['id']} : question vide")
        if t.get("fallback"):
            if t.get("must"):
                err(f"{c['id']} : repli avec must")
            continue
        if not t.get("must") and not t.get("starts_with"):
            err(f"{c['id']} : ni must ni starts_with")
        for m in t.get("must", []):
            if c["kind"] == "budget":
                if m not in amount_ok:
                    err(f"{c['id']} : montant {m!r} ni calculé ni ligne de budget")
            elif norm(m) not in big and m not in date_strings:
                err(f"{c['id']} : must {m!r} absent des fichiers")
        for s in c.get("starts_with", []) or []:
            if s not in ("oui", "non"):
                err(f"{c['id']} : starts_with {s}")
n_sessions = sum(1 for c in cases if c.get("session"))
n_fallback = sum(1 for c in cases if c.get("fallback"))
print(f"\n{len(cases)} cas ({n_sessions} conversations à plusieurs tours, {n_fallback} hors sujet) :", counts)
if errors:
    print("\nERREURS :")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK : tout est valide.")
