"""Vérifie commune-n : YAML, identifiants, CSV conformes à FORMATS.md, chaque `must` présent dans les
fichiers (ou montant calculé par expected_budget.py, ou date ISO des fichiers écrite « 13 décembre »).
Lancer avec /work/main/.venv/bin/python validate.py (pypdf pour lire le PDF)."""
import csv
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
F = HERE / "files"
sys.path.insert(0, str(HERE))
import expected_budget as eb  # noqa: E402

errors = []
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def check_csv(name, required, allowed, encoding="utf-8", sep=";"):
    raw = (F / name).read_bytes()
    if encoding == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: pas de BOM")
    rows = list(csv.reader(raw.decode(encoding).splitlines(), delimiter=sep))
    head = rows[0]
    for r in required:
        if r not in head:
            errors.append(f"{name}: colonne obligatoire {r} absente")
    for h in head:
        if h not in allowed:
            errors.append(f"{name}: colonne inattendue {h}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            errors.append(f"{name}:{i}: {len(r)} cellules au lieu de {len(head)}")
        d = dict(zip(head, r))
        for k in required:
            if not d.get(k, "").strip():
                errors.append(f"{name}:{i}: {k} vide")
        for k, v in d.items():
            if ("DATE" in k or k in ("ARR_DEBUT", "ARR_FIN")) and v and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                errors.append(f"{name}:{i}: date {k}={v}")
    return [dict(zip(head, r)) for r in rows[1:]]


fiches = check_csv("fiches.csv", ["question", "reponse"], ["question", "reponse", "variantes", "theme", "lien"])
ARR = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
       "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "PREF_ID", "PREF_DATE", "ARR_URL"]
arr = check_csv("arretes.csv", ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"], ARR, "utf-8-sig", ",")
for a in arr:
    if a["ARR_TYPE"] not in ("temporaire", "permanent"):
        errors.append(f"arrêté {a['ARR_ID']}: type {a['ARR_TYPE']}")
DEL = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
       "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR",
       "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
dl = check_csv("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                                     "DELIB_MATIERE_NOM", "DELIB_OBJET"], DEL)
for d in dl:
    if int(d["VOTE_POUR"]) + int(d["VOTE_CONTRE"]) + int(d["VOTE_ABSTENTION"]) != int(d["VOTE_REEL"]):
        errors.append(f"délibération {d['DELIB_ID']}: votes incohérents")
    if not re.fullmatch(r"\d\.\d{1,2}", d["DELIB_MATIERE_CODE"]):
        errors.append(f"délibération {d['DELIB_ID']}: code matière")
ANN = ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]
ann = check_csv("annuaire.csv", ["nom", "categorie"], ANN)
BGT = eb.csv.DictReader  # noqa
import json  # noqa: E402
schema = json.load(open("/work/shared/data/schemas/scdl-budget-0.8.3.schema.json"))
bfields = [f["name"] for f in schema["fields"]]
for name in ("budget-primitif-2026.csv", "budget-ca-2025.csv"):
    req = [f["name"] for f in schema["fields"] if f.get("constraints", {}).get("required")]
    rows = check_csv(name, req, bfields)
    for f in schema["fields"]:
        enum = f.get("constraints", {}).get("enum")
        if enum:
            for r in rows:
                if r[f["name"]] and r[f["name"]] not in enum:
                    errors.append(f"{name}: {f['name']}={r[f['name']]}")
yml = yaml.safe_load((F / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    assert k in yml
assert len(yml["code_insee"]) == 5

# ---- corpus des faits
texts = [p.read_text(encoding="utf-8-sig") for p in F.iterdir() if p.suffix in (".csv", ".yml", ".txt")]
try:
    import pypdf
    for p in F.glob("*.pdf"):
        texts.append("\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages))
except ImportError:
    errors.append("pypdf absent : PDF non vérifié")
corpus = "\n".join(texts)
for iso in set(re.findall(r"\d{4}-\d{2}-\d{2}", corpus)):
    y, m, d = map(int, iso.split("-"))
    if 1 <= m <= 12:
        corpus += f"\n{d} {MOIS[m - 1]} {y}"
corpus += "\n" + "\n".join(eb.fr(v) for v in [*eb.ALL.values(), *eb.TRAPS.values()])


def norm(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


C = norm(corpus)
cases = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
ids = [c["id"] for c in cases]
if len(ids) != len(set(ids)):
    errors.append("identifiants en double")
n = 0
for c in cases:
    for k in ("id", "kind", "today"):
        if k not in c:
            errors.append(f"{c.get('id')}: {k} manquant")
    turns = c["turns"] if c.get("session") else [c]
    for t in turns:
        if "question" not in t:
            errors.append(f"{c['id']}: question manquante")
        if t.get("fallback"):
            if t.get("must"):
                errors.append(f"{c['id']}: fallback avec must")
            continue
        if not t.get("must") and not t.get("starts_with"):
            errors.append(f"{c['id']}: ni must ni starts_with")
        for m in t.get("must", []) + t.get("must_not", []):
            n += 1
            if norm(m) not in C:
                errors.append(f"{c['id']}: « {m} » introuvable dans les fichiers")
        for sw in t.get("starts_with", []):
            if sw not in ("oui", "non"):
                errors.append(f"{c['id']}: starts_with {sw}")
print(len(cases), "cas,", n, "faits vérifiés,", len(fiches), "fiches,", len(arr), "arrêtés CSV,", len(dl),
      "délibérations,", len(ann), "acteurs")
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
