#!/usr/bin/env python3
"""Vérifie le dossier : questions.yml, fichiers bien formés, chaque `must` présent dans les fichiers.
Lancer avec /work/main/.venv/bin/python validate.py (pyyaml et pypdf requis)."""
import csv, io, re, sys, json
from collections import Counter
from pathlib import Path
import yaml
from pypdf import PdfReader
sys.path.insert(0, str(Path(__file__).parent))
import expected_budget

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
errors = []

def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"\s+", " ", s).strip().lower()

def read_csv(name, enc):
    raw = (FILES / name).read_bytes().decode(enc)
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    delim = ";" if raw.split("\n", 1)[0].count(";") > raw.split("\n", 1)[0].count(",") else ","
    rows = list(csv.DictReader(io.StringIO(raw, newline=""), delimiter=delim))
    return rows, raw

# --- CSV formats
schema = {
    "fiches.csv": ("cp1252", ["question", "reponse", "variantes", "theme", "lien"], ["question", "reponse"]),
    "arretes.csv": ("utf-8", None, ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"]),
    "deliberations.csv": ("utf-8", None, ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                                          "DELIB_MATIERE_NOM", "DELIB_OBJET"]),
    "budget_principal_CA_2025.csv": ("utf-8", None, ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_NATURE",
                                                     "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD"]),
    "budget_camping_CA_2025.csv": ("utf-8", None, ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_NATURE",
                                                   "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD"]),
    "annuaire.csv": ("utf-8", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires",
                               "description"], ["nom", "categorie"]),
}
corpus = []
for name, (enc, cols, required) in schema.items():
    rows, raw = read_csv(name, enc)
    corpus.append(raw)
    header = list(rows[0].keys())
    if cols and header != cols:
        errors.append(f"{name}: colonnes {header}")
    for i, r in enumerate(rows, 2):
        if None in r or any(v is None for v in r.values()):
            errors.append(f"{name}:{i}: nombre de colonnes")
        for c in required:
            if not (r.get(c) or "").strip():
                errors.append(f"{name}:{i}: {c} vide")
    if name.startswith("budget"):
        bs = json.load(open("/work/shared/data/schemas/scdl-budget-0.8.3.schema.json"))
        for f in bs["fields"]:
            if f["name"] not in header:
                errors.append(f"{name}: colonne SCDL manquante {f['name']}")
            enum = f.get("constraints", {}).get("enum")
            if enum:
                for i, r in enumerate(rows, 2):
                    if r[f["name"]] and r[f["name"]] not in enum:
                        errors.append(f"{name}:{i}: {f['name']}={r[f['name']]!r} hors enum")
            pat = f.get("constraints", {}).get("pattern")
            if pat:
                for i, r in enumerate(rows, 2):
                    if r[f["name"]] and not re.fullmatch(pat, r[f["name"]]):
                        errors.append(f"{name}:{i}: {f['name']} motif")
    if name == "deliberations.csv":
        ds = json.load(open("/work/shared/data/schemas/scdl-deliberations-2.1.5.schema.json"))
        if header != [f["name"] for f in ds["fields"]]:
            errors.append("deliberations.csv: colonnes différentes du schéma")
        for i, r in enumerate(rows, 2):
            for f in ds["fields"]:
                pat = f.get("constraints", {}).get("pattern")
                if pat and r[f["name"]] and not re.fullmatch(pat, r[f["name"]]):
                    errors.append(f"deliberations.csv:{i}: {f['name']} motif")
            if int(r["VOTE_POUR"]) + int(r["VOTE_CONTRE"]) + int(r["VOTE_ABSTENTION"]) != int(r["VOTE_REEL"]):
                errors.append(f"deliberations.csv:{i}: votes incohérents")
    if name == "arretes.csv":
        for i, r in enumerate(rows, 2):
            for c in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN"):
                if r[c] and not re.fullmatch(r"\d\d/\d\d/\d{4}", r[c]):
                    errors.append(f"arretes.csv:{i}: {c}")

com = yaml.safe_load((FILES / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    assert k in com, k
assert len(str(com["code_insee"])) == 5
corpus.append((FILES / "commune.yml").read_text(encoding="utf-8"))
corpus.append((FILES / "vocabulaire.txt").read_text(encoding="utf-8"))
pdf_text = {}
for pdf in sorted(FILES.glob("*.pdf")):
    t = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    pdf_text[pdf.name] = t
    corpus.append(t)
    if "objet :" not in norm(t):
        errors.append(f"{pdf.name}: pas d'Objet")
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
for d, m, y in re.findall(r"(\d\d)/(\d\d)/(\d{4})", "\n".join(corpus)):
    corpus.append(f"{int(d)} {MOIS[int(m) - 1]} {y}")   # dates des CSV, écrites comme le bot les dit
big = norm("\n".join(corpus))
budget_amounts = {norm(expected_budget.fr(v)) for v in expected_budget.facts().values()}
budget_ints = {norm(expected_budget.fr(v).split(",")[0]) for v in expected_budget.facts().values()}

# --- questions
qs = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
ids = [q["id"] for q in qs]
dup = [i for i, n in Counter(ids).items() if n > 1]
if dup:
    errors.append(f"ids en double : {dup}")
allowed = {"id", "kind", "today", "now", "question", "must", "must_not", "starts_with", "fallback", "source_kind",
           "note", "session", "turns"}
questions_seen = []
def check_must(qid, kind, s):
    n = norm(s)
    if kind == "budget":
        if n in budget_amounts or n in budget_ints:
            return
        errors.append(f"{qid}: montant budget {s!r} non calculé par expected_budget.py")
    elif n not in big:
        errors.append(f"{qid}: must {s!r} absent des fichiers")

for q in qs:
    extra = set(q) - allowed
    if extra:
        errors.append(f"{q['id']}: clés inconnues {extra}")
    if "today" in q:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", q["today"]), q["id"]
    turns = q["turns"] if q.get("session") else [q]
    for t in turns:
        questions_seen.append(norm(t["question"]))
        for s in t.get("must", []) or []:
            check_must(q["id"], q["kind"], s)
        if t.get("fallback") and t.get("must"):
            errors.append(f"{q['id']}: fallback avec must")
    for sw in q.get("starts_with", []) or []:
        assert sw in ("oui", "non"), q["id"]
dupq = [k for k, n in Counter(questions_seen).items() if n > 1]
if dupq:
    errors.append(f"questions en double : {dupq}")

# hors sujet : le sujet ne doit pas être dans les fichiers
for word in ["piscine", "cinéma", "skate", "gare", "gares", "office de tourisme", "marée basse", "garo", "météo",
             "permis bateau", "traversée", "train"]:
    if re.search(r"\b" + re.escape(norm(word)) + r"\b", big):
        errors.append(f"hors sujet : {word!r} trouvé dans les fichiers")

kinds = Counter(q["kind"] + (" (session)" if q.get("session") else "") for q in qs)
print("cas :", len(qs), dict(kinds))
print("fallback :", sum(1 for q in qs if q.get("fallback")) + sum(1 for q in qs if q.get("session")
      for t in q["turns"] if t.get("fallback")))
print("\n".join(errors) if errors else "OK : aucune erreur")
sys.exit(1 if errors else 0)
