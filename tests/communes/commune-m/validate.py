# -*- coding: utf-8 -*-
"""Vérifie le dossier commune-m sans lancer le bot :
- questions.yml se lit, ids uniques, champs connus, kinds attendus ;
- chaque fichier de files/ est bien formé (colonnes de FORMATS.md, encodage, dates, montants) ;
- chaque chaîne `must` se trouve dans les fichiers (texte des PDF compris) ou est un montant calculé par
  expected_budget.py.
Lancer : /work/main/.venv/bin/python validate.py   (yaml et pypdf nécessaires)
"""
import csv
import io
import os
import re
import sys
from collections import Counter
from datetime import date

import yaml
import pypdf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expected_budget  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def read_csv(name, encoding):
    raw = open(os.path.join(FILES, name), "rb").read()
    text = raw.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    delim = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    return rows[0], rows[1:], text


def check_cols(name, header, required, allowed=None):
    h = [c.strip().lower() for c in header]
    for c in required:
        if c.lower() not in h:
            err("%s : colonne obligatoire absente %s" % (name, c))
    if allowed:
        extra = [c for c in header if c not in allowed]
        if extra:
            print("  (info) %s : colonnes en plus %s" % (name, extra))


def is_date(s):
    if not s:
        return True
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    try:
        if m:
            date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        else:
            date.fromisoformat(s)
        return True
    except ValueError:
        return False


corpus = []

# commune.yml
prof = yaml.safe_load(open(os.path.join(FILES, "commune.yml"), encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof:
        err("commune.yml : %s manque" % k)
assert len(str(prof["code_insee"])) == 5
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in prof["mairie"]:
        err("commune.yml : mairie.%s manque" % k)
corpus.append(open(os.path.join(FILES, "commune.yml"), encoding="utf-8").read())

# fiches
h, rows, text = read_csv("fiches.csv", "utf-8")
check_cols("fiches.csv", h, ["question", "reponse"], ["question", "reponse", "variantes", "theme", "lien"])
assert all(len(r) == len(h) for r in rows)
assert len({r[0] for r in rows}) == len(rows), "questions de fiches en double"
corpus.append(text)
print("fiches :", len(rows))

# arrêtés (Windows-1252)
raw = open(os.path.join(FILES, "arretes.csv"), "rb").read()
try:
    raw.decode("utf-8")
    err("arretes.csv devrait être en Windows-1252 (il se lit en UTF-8)")
except UnicodeDecodeError:
    pass
h, rows, text = read_csv("arretes.csv", "cp1252")
check_cols("arretes.csv", h, ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"])
idx = {c: i for i, c in enumerate(h)}
for r in rows:
    assert len(r) == len(h), r
    for c in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN", "PREF_DATE"):
        if not is_date(r[idx[c]]):
            err("arretes.csv %s date invalide %s" % (r[idx["ARR_ID"]], r[idx[c]]))
    if r[idx["ARR_TYPE"]] not in ("temporaire", "permanent"):
        err("ARR_TYPE " + r[idx["ARR_TYPE"]])
    if not re.fullmatch(r"\d{14}", r[idx["COLL_SIRET"]]):
        err("siret arrêtés")
assert len({r[idx["ARR_ID"]] for r in rows}) == len(rows)
corpus.append(text)
print("arrêtés CSV :", len(rows), [r[idx["ARR_ID"]] for r in rows])

# PDF
for name in sorted(os.listdir(FILES)):
    if name.endswith(".pdf"):
        t = "\n".join(p.extract_text() for p in pypdf.PdfReader(os.path.join(FILES, name)).pages)
        if "Objet :" not in t or "ID : 073-217339901-" not in t:
            err(name + " : objet ou tampon introuvable")
        corpus.append(t)
        print("PDF :", name, len(t), "caractères")

# délibérations (SCDL 2.1.5)
import json  # noqa: E402
schema = json.load(open("/work/shared/data/schemas/scdl-deliberations-2.1.5.schema.json"))
names = [f["name"] for f in schema["fields"]]
h, rows, text = read_csv("deliberations.csv", "utf-8")
if h != names:
    err("deliberations.csv : en-tête différent du schéma %s" % h)
for r in rows:
    d = dict(zip(h, r))
    for f in schema["fields"]:
        v = d[f["name"]]
        c = f.get("constraints") or {}
        if c.get("required") and not v:
            err("délib %s : %s vide" % (d["DELIB_ID"], f["name"]))
        if v and c.get("pattern") and not re.fullmatch(c["pattern"], v):
            err("délib %s : %s=%r hors motif" % (d["DELIB_ID"], f["name"], v))
        if v and f.get("type") == "date":
            date.fromisoformat(v)
        if v and f.get("type") == "integer":
            int(v)
    if int(d["VOTE_POUR"]) + int(d["VOTE_CONTRE"]) + int(d["VOTE_ABSTENTION"]) != int(d["VOTE_REEL"]):
        err("délib %s : votes incohérents" % d["DELIB_ID"])
assert len({r[2] for r in rows}) == len(rows)
corpus.append(text)
print("délibérations :", len(rows))

# budgets (SCDL 0.8.3)
schema = json.load(open("/work/shared/data/schemas/scdl-budget-0.8.3.schema.json"))
names = [f["name"] for f in schema["fields"]]
for name in ("budget-primitif-2026.csv", "compte-administratif-2025.csv"):
    h, rows, text = read_csv(name, "utf-8")
    if h != names:
        err(name + " : en-tête différent du schéma")
    for r in rows:
        d = dict(zip(h, r))
        for f in schema["fields"]:
            v = d[f["name"]]
            c = f.get("constraints") or {}
            if c.get("required") and not v:
                err("%s : %s vide (%s)" % (name, f["name"], d["BGT_CONTNAT"]))
            if v and "enum" in c and v not in c["enum"]:
                err("%s : %s=%r hors liste" % (name, f["name"], v))
            if v and c.get("pattern") and not re.fullmatch(c["pattern"], v):
                err("%s : %s motif" % (name, f["name"]))
            if v and f.get("type") == "number":
                float(v.replace(",", "."))
        sec = d["BGT_SECTION"]
        acct = d["BGT_CONTNAT"]
        exp = "fonctionnement" if acct[0] in "67" or acct in ("002", "023") else "investissement"
        if sec != exp:
            err("%s : section de %s" % (name, acct))
    print("budget :", name, len(rows), "lignes")

# annuaire
h, rows, text = read_csv("annuaire.csv", "utf-8")
check_cols("annuaire.csv", h, ["nom", "categorie"],
           ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"])
assert all(len(r) == len(h) for r in rows)
assert len({(r[0], r[2]) for r in rows}) == len(rows)
corpus.append(text)
print("annuaire :", len(rows))

corpus.append(open(os.path.join(FILES, "vocabulaire.txt"), encoding="utf-8").read())
big = norm("\n".join(corpus))
computed = set()
import contextlib  # noqa: E402
with contextlib.redirect_stdout(io.StringIO()):
    facts = expected_budget.main()
for v in facts.values():
    computed.add(norm(v))
    computed.add(norm(v.split(",")[0]))  # partie entière pour les montants ronds

# questions
qs = yaml.safe_load(open(os.path.join(HERE, "questions.yml"), encoding="utf-8"))
ids = [q["id"] for q in qs]
dup = [i for i, n in Counter(ids).items() if n > 1]
if dup:
    err("ids en double %s" % dup)
KNOWN = {"id", "kind", "today", "now", "question", "must", "must_not", "starts_with", "fallback", "source_kind",
         "note", "session", "turns"}
kinds = Counter()
for q in qs:
    if set(q) - KNOWN:
        err("%s : champs inconnus %s" % (q["id"], set(q) - KNOWN))
    date.fromisoformat(q["today"])
    kinds[q["kind"]] += 1
    turns = q["turns"] if q.get("session") else [q]
    for t in turns:
        assert isinstance(t["question"], str) and t["question"].strip(), q["id"]
        if t.get("fallback"):
            assert not t.get("must"), q["id"]
        elif not t.get("must") and not t.get("starts_with"):
            err("%s : ni must ni starts_with" % q["id"])
        for m in t.get("must") or []:
            n = norm(m)
            if q["kind"] == "budget":
                if n not in computed:
                    err("%s : montant %r non calculé par expected_budget.py" % (q["id"], m))
            elif n not in big:
                err("%s : %r absent des fichiers" % (q["id"], m))
        for s in t.get("starts_with") or []:
            assert s in ("oui", "non"), q["id"]
print("questions :", len(qs), dict(kinds), "dont", sum(1 for q in qs if q.get("session")), "sessions,",
      sum(1 for q in qs if q.get("fallback")), "repli attendu")
if errors:
    print("\nERREURS :")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
