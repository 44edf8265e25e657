#!/usr/bin/env python3
"""Vérifications de commune-r : questions.yml, colonnes des fichiers, chaque `must` présent dans les fichiers
(ou montant calculé par expected_budget.py, ou date tirée d'un champ ARR_DEBUT/ARR_FIN écrite « 7 décembre »)."""
import csv, datetime, re, sys
from pathlib import Path
import yaml
sys.path.insert(0, str(Path(__file__).parent))
import expected_budget as eb

F = Path(__file__).parent / "files"
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ok = True
def err(*a):
    global ok; ok = False; print("ERREUR", *a)

def rows(name, sep):
    with open(F / name, encoding="utf-8", newline="") as f:
        r = list(csv.reader(f, delimiter=sep))
    h = r[0]
    for i, row in enumerate(r[1:], 2):
        if len(row) != len(h): err(name, "ligne", i, "colonnes", len(row), "au lieu de", len(h))
    return h, [dict(zip(h, x)) for x in r[1:]]

need = {
    "fiches.csv": (";", ["question", "reponse"]),
    "arretes.csv": (";", ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"]),
    "deliberations.csv": (";", ["COLL_NOM","COLL_SIRET","DELIB_ID","DELIB_DATE","DELIB_MATIERE_CODE","DELIB_MATIERE_NOM","DELIB_OBJET"]),
    "annuaire.csv": (";", ["nom", "categorie"]),
    "budget-primitif-2026.csv": (",", ["BGT_NATDEC","BGT_ANNEE","BGT_SIRET","BGT_NOM","BGT_NATURE","BGT_SECTION","BGT_OPBUDG","BGT_CODRD","BGT_MTPREV"]),
    "compte-administratif-2025.csv": (";", ["BGT_NATDEC","BGT_ANNEE","BGT_SIRET","BGT_NOM","BGT_NATURE","BGT_SECTION","BGT_OPBUDG","BGT_CODRD","BGT_MTREAL"]),
}
text = []
data = {}
for name, (sep, req) in need.items():
    h, rs = rows(name, sep)
    for c in req:
        if c not in h: err(name, "colonne manquante", c)
    data[name] = rs
    for r in rs: text.extend(r.values())
# dates and enums
for r in data["arretes.csv"]:
    for c in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN"):
        if r[c]: datetime.date.fromisoformat(r[c])
    if r["ARR_TYPE"] not in ("temporaire", "permanent"): err("ARR_TYPE", r["ARR_ID"])
    if r["ARR_DEBUT"] and r["ARR_FIN"] and r["ARR_DEBUT"] > r["ARR_FIN"]: err("dates", r["ARR_ID"])
for r in data["deliberations.csv"]:
    datetime.date.fromisoformat(r["DELIB_DATE"])
    if int(r["VOTE_POUR"]) + int(r["VOTE_CONTRE"]) + int(r["VOTE_ABSTENTION"]) != int(r["VOTE_REEL"]): err("votes", r["DELIB_ID"])
for n in ("budget-primitif-2026.csv", "compte-administratif-2025.csv"):
    for r in data[n]:
        if r["BGT_OPBUDG"] not in ("réel", "ordre") or r["BGT_CODRD"] not in ("recette", "dépense") \
           or r["BGT_SECTION"] not in ("investissement", "fonctionnement"): err(n, r["BGT_NATURE"])
for k in ("ARR_ID",): 
    ids = [r[k] for r in data["arretes.csv"]]; assert len(ids) == len(set(ids))
prof = yaml.safe_load(open(F / "commune.yml", encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof: err("commune.yml", k)
assert len(prof["code_insee"]) == 5
text += [str(v) for v in prof["mairie"].values()] + [str(prof[k]) for k in prof if k != "mairie"]
text.append(open(F / "vocabulaire.txt", encoding="utf-8").read())
norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()
blob = norm("\n".join(text))

# computed facts and dates
computed = {norm(eb.fr(v)) for v in eb.facts().values()}
computed |= {norm(eb.fr(v).replace(" €", "")) for v in eb.facts().values()}
dates = set()
for r in data["arretes.csv"]:
    for c in ("ARR_DEBUT", "ARR_FIN"):
        if r[c]:
            d = datetime.date.fromisoformat(r[c])
            j = "1er" if d.day == 1 else str(d.day)
            dates |= {norm(f"{j} {MOIS[d.month-1]}"), norm(f"{j} {MOIS[d.month-1]} {d.year}")}

Q = yaml.safe_load(open(Path(__file__).parent / "questions.yml", encoding="utf-8"))
ids = [q["id"] for q in Q]
if len(ids) != len(set(ids)): err("ids en double")
from collections import Counter
for q in Q:
    for k in ("id", "kind", "today"):
        if k not in q: err(q.get("id"), "sans", k)
    turns = q["turns"] if q.get("session") else [q]
    if q.get("session") is None and "question" not in q: err(q["id"], "sans question")
    for t in turns:
        if not t.get("fallback") and not t.get("must") and not t.get("starts_with"): err(q["id"], "ni must ni starts_with")
        for m in t.get("must", []):
            n = norm(m)
            how = "fichiers" if n in blob else "calcul budget" if n in computed else "date d'arrêté" if n in dates else None
            if how is None: err(q["id"], "must introuvable:", m)
            elif how != "fichiers": print(f"  {q['id']}: « {m} » -> {how}")
print(len(Q), "cas ;", dict(Counter(q["kind"] for q in Q)), "; sessions :", sum(1 for q in Q if q.get("session")),
      "; repli :", sum(1 for q in Q if q.get("fallback")))
print("OK" if ok else "ÉCHEC")
sys.exit(0 if ok else 1)
