"""Vérifie le dossier : questions.yml se lit, ids uniques, CSV conformes à FORMATS.md, chaque `must`
présent dans les fichiers (ou montant calculé par expected_budget.py, ou date AAAA-MM-JJ des fichiers
écrite « J mois »)."""
import collections
import csv
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
sys.path.insert(0, str(HERE))
from expected_budget import FACTS, fr  # noqa: E402

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
REQUIRED = {
    "fiches.csv": ["question", "reponse"],
    "arretes.csv": ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"],
    "deliberations.csv": ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                          "DELIB_MATIERE_NOM", "DELIB_OBJET"],
    "annuaire.csv": ["nom", "categorie"],
}
BUDGET_COLS = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
               "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTPREV"]
errors = []


def norm(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ")).strip().lower()


corpus = []
derived = set()
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^-?\d+(,\d{2})?$")
for path in sorted(FILES.iterdir()):
    text = path.read_text(encoding="utf-8")
    corpus.append(text)
    if path.suffix != ".csv":
        continue
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header = rows[0]
    if len(set(header)) != len(header):
        errors.append(f"{path.name}: colonnes en double")
    need = REQUIRED.get(path.name, BUDGET_COLS if path.name.startswith(("budget", "compte", "decision")) else [])
    for col in need:
        if col not in header:
            errors.append(f"{path.name}: colonne {col} absente")
    keys = collections.Counter()
    for n, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            errors.append(f"{path.name}:{n}: {len(r)} cellules pour {len(header)} colonnes")
        d = dict(zip(header, r))
        for col in need:
            if not d.get(col, "").strip():
                errors.append(f"{path.name}:{n}: {col} vide")
        for k, v in d.items():
            if ISO.match(v):
                y, m, j = map(int, v.split("-"))
                derived.add(norm(f"{j} {MOIS[m - 1]}"))
                derived.add(norm(f"{j} {MOIS[m - 1]} {y}"))
            if k.startswith(("ARR_DATE", "DELIB_DATE", "ARR_DEBUT", "ARR_FIN")) and v and not ISO.match(v):
                errors.append(f"{path.name}:{n}: date {k}={v!r}")
            if k.startswith("BGT_MT") and v and not AMOUNT.match(v):
                errors.append(f"{path.name}:{n}: montant {k}={v!r}")
        if path.name == "arretes.csv":
            keys[d["ARR_ID"]] += 1
            if d["ARR_TYPE"] not in ("temporaire", "permanent"):
                errors.append(f"arretes.csv:{n}: ARR_TYPE {d['ARR_TYPE']}")
            if d["ARR_TYPE"] == "temporaire" and not (d["ARR_DEBUT"] and d["ARR_FIN"]):
                errors.append(f"arretes.csv:{n}: temporaire sans dates")
        elif path.name == "deliberations.csv":
            keys[d["DELIB_ID"]] += 1
            pour, contre, abst, reel = (int(d[c]) for c in ("VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "VOTE_REEL"))
            if pour + contre + abst != reel or reel > int(d["VOTE_EFFECTIF"]):
                errors.append(f"deliberations.csv:{n}: votes incohérents")
        elif path.name == "fiches.csv":
            keys[d["question"]] += 1
        elif path.name == "annuaire.csv":
            keys[(d["nom"], d["adresse"])] += 1
        elif path.name.startswith(("budget", "compte", "decision")):
            if d["BGT_OPBUDG"] not in ("réel", "ordre") or d["BGT_CODRD"] not in ("recette", "dépense"):
                errors.append(f"{path.name}:{n}: OPBUDG/CODRD")
    for k, c in keys.items():
        if c > 1:
            errors.append(f"{path.name}: clé en double {k}")
    print(f"{path.name}: {len(rows) - 1} lignes")

prof = yaml.safe_load((FILES / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof:
        errors.append(f"commune.yml: {k} absent")
if len(str(prof["code_insee"])) != 5:
    errors.append("commune.yml: code_insee")

for v in FACTS.values():
    derived.add(norm(fr(v)))
    derived.add(norm(fr(v)[:-5]))  # partie entière (montant rond)
big = norm("\n".join(corpus))

cases = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
ids = collections.Counter(c["id"] for c in cases)
for i, c in ids.items():
    if c > 1:
        errors.append(f"id en double : {i}")
kinds = collections.Counter()
nq = 0
for c in cases:
    kinds[c["kind"]] += 1
    if "today" not in c:
        errors.append(f"{c['id']}: today absent")
    turns = c["turns"] if c.get("session") else [c]
    for t in turns:
        nq += 1
        if not t.get("question"):
            errors.append(f"{c['id']}: question vide")
        if t.get("fallback"):
            if t.get("must"):
                errors.append(f"{c['id']}: fallback avec must")
            continue
        if not t.get("must") and not c.get("starts_with"):
            errors.append(f"{c['id']}: ni must ni starts_with")
        for m in t.get("must") or []:
            nm = norm(m)
            if nm in derived:
                continue
            if nm not in big:
                errors.append(f"{c['id']}: must {m!r} introuvable dans les fichiers")
print(f"{len(cases)} cas, {nq} questions :", dict(kinds))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
