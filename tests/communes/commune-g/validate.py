"""Vérifie le dossier : questions.yml lisible, ids uniques, fichiers bien formés (colonnes de FORMATS.md et
des schémas SCDL), et chaque `must` présent dans les fichiers, ou montant calculé par expected_budget.py,
ou date d'un fichier écrite « 14 mai 2027 »."""
import csv, datetime, json, re, sys, unicodedata
from pathlib import Path
import yaml
import expected_budget as eb

ROOT = Path(__file__).parent
F = ROOT / "files"
errors = []
def err(m): errors.append(m)

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ").lower()
    return re.sub(r"\s+", " ", s)

def rows(name):
    with open(F / name, encoding="utf-8-sig", newline="") as f:
        sample = f.read(4096); f.seek(0)
        delim = ";" if sample.count(";") > sample.count(",") else ","
        r = csv.DictReader(f, delimiter=delim)
        data = list(r)
        return r.fieldnames, data

# ---- commune.yml
prof = yaml.safe_load((F / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof: err(f"commune.yml: {k} manque")
if len(str(prof["code_insee"])) != 5: err("code_insee")
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in prof["mairie"]: err(f"commune.yml: mairie.{k} manque")

# ---- CSV
def need(name, required, allowed=None):
    cols, data = rows(name)
    low = [c.strip().lower() for c in cols]
    for c in required:
        if c.lower() not in low: err(f"{name}: colonne {c} manque")
    if allowed:
        for c in cols:
            if c not in allowed: err(f"{name}: colonne inattendue {c}")
    for i, d in enumerate(data, 2):
        if None in d or any(v is None for v in d.values()): err(f"{name}:{i}: mauvais nombre de colonnes")
        for c in required:
            if not (d.get(c) or "").strip(): err(f"{name}:{i}: {c} vide")
    return data

fiches = need("fiches.csv", ["question", "reponse"], ["question", "reponse", "variantes", "theme", "lien"])
arr = need("arretes.csv", ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"],
           ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
            "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"])
if len({a["ARR_ID"] for a in arr}) != len(arr): err("arretes: ARR_ID en double")
for a in arr:
    if a["ARR_TYPE"] not in ("temporaire", "permanent", "individuel", "réglementaire"): err(f"ARR_TYPE {a['ARR_TYPE']}")
    for c in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN"):
        if a[c]: datetime.datetime.strptime(a[c], "%d/%m/%Y")
    if a["ARR_DEBUT"] and a["ARR_FIN"]:
        if datetime.datetime.strptime(a["ARR_DEBUT"], "%d/%m/%Y") > datetime.datetime.strptime(a["ARR_FIN"], "%d/%m/%Y"):
            err(f"{a['ARR_ID']}: début après fin")

def schema_check(name, schema):
    sch = json.load(open(f"/work/shared/data/schemas/{schema}"))
    fields = {x["name"]: x for x in sch["fields"]}
    cols, data = rows(name)
    if cols != list(fields): err(f"{name}: colonnes {cols} != schéma")
    for i, d in enumerate(data, 2):
        for n, fd in fields.items():
            v = d[n]; c = fd.get("constraints", {})
            if c.get("required") and v == "": err(f"{name}:{i}: {n} requis")
            if v == "": continue
            if "enum" in c and v not in c["enum"]: err(f"{name}:{i}: {n}={v} hors enum")
            if "pattern" in c and not re.fullmatch(c["pattern"], v): err(f"{name}:{i}: {n}={v} motif")
            if fd["type"] == "number": float(v)
            if fd["type"] == "integer": int(v)
            if fd["type"] == "date": datetime.date.fromisoformat(v)
    return data

delibs = schema_check("deliberations.csv", "scdl-deliberations-2.1.5.schema.json")
for d in delibs:
    if int(d["VOTE_POUR"]) + int(d["VOTE_CONTRE"]) + int(d["VOTE_ABSTENTION"]) != int(d["VOTE_REEL"]):
        err(f"délib {d['DELIB_ID']}: votes incohérents")
bp = schema_check("budget_primitif_2026.csv", "scdl-budget-0.8.3.schema.json")
ca = schema_check("budget_compte_administratif_2025.csv", "scdl-budget-0.8.3.schema.json")
for data, natdec, year in ((bp, "budget primitif", "2026"), (ca, "compte administratif", "2025")):
    if {(r["BGT_NATDEC"], r["BGT_ANNEE"], r["BGT_SIRET"]) for r in data} != {(natdec, year, prof["siret"])}:
        err(f"budget {natdec}: identité")
    keys = [(r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_OPBUDG"], r["BGT_NATURE"]) for r in data]
    if len(set(keys)) != len(keys): err(f"budget {natdec}: ligne en double")
# équilibre du BP par section (réel + ordre)
for sec in ("fonctionnement", "investissement"):
    s = sum((1 if r["BGT_CODRD"] == "recette" else -1) * float(r["BGT_MTPREV"] or 0) for r in bp if r["BGT_SECTION"] == sec)
    if abs(s) > 0.005: err(f"BP 2026 {sec} non équilibré : {s}")
ann = need("annuaire.csv", ["nom", "categorie"], ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"])

# ---- questions
qs = yaml.safe_load((ROOT / "questions.yml").read_text(encoding="utf-8"))
ids = [q["id"] for q in qs]
if len(ids) != len(set(ids)): err("ids en double")
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
corpus = norm("\n".join(p.read_text(encoding="utf-8-sig") for p in F.iterdir()))
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
dates = set()
for a in arr:
    for c in ("ARR_DATE", "ARR_DEBUT", "ARR_FIN"):
        if a[c]:
            d = datetime.datetime.strptime(a[c], "%d/%m/%Y")
            dates.add(f"{d.day} {MOIS[d.month - 1]} {d.year}")
amounts = {norm(eb.fr(eb.total(doc, **kw))) for _, doc, kw, _ in eb.FACTS}
amounts |= {a.split(",")[0] for a in amounts if a.endswith(",00 €")}

def check_must(qid, m):
    if not isinstance(m, str): err(f"{qid}: must non textuel {m!r}"); return
    n = norm(m)
    if n in corpus or n in amounts or m in dates: return
    err(f"{qid}: « {m} » introuvable")

for q in qs:
    if q["kind"] not in KINDS: err(f"{q['id']}: kind {q['kind']}")
    datetime.date.fromisoformat(q.get("today", "2026-12-05"))
    turns = q["turns"] if q.get("session") else [q]
    for t in turns:
        if not t.get("question"): err(f"{q['id']}: question vide")
        if len(t["question"]) > 2000: err(f"{q['id']}: question trop longue")
        for m in t.get("must") or []: check_must(q["id"], m)
        for m in t.get("must_not") or []:
            if not isinstance(m, str): err(f"{q['id']}: must_not non textuel")
        if t.get("fallback") and t.get("must"): err(f"{q['id']}: fallback avec must")
    if q["kind"] == "hors_sujet" and not q.get("fallback"): err(f"{q['id']}: hors_sujet sans fallback")

# chaque cas de budget porte exactement le montant calculé pour lui
byid = {q["id"]: q for q in qs}
for case, doc, kw, _ in eb.FACTS:
    qid, _, turn = case.partition("/")
    if qid not in byid: continue
    t = byid[qid]["turns"][int(turn) - 1] if turn else byid[qid]
    full = eb.fr(eb.total(doc, **kw))
    want = {norm(full), norm(full.split(",")[0])} if full.endswith(",00 €") else {norm(full)}
    if not want & {norm(m) for m in t.get("must", [])}: err(f"{case}: le montant {full} n'est pas dans must")
for q in qs:
    if q["kind"] == "budget" and not q.get("session") and q["id"] not in {f[0] for f in eb.FACTS}:
        err(f"{q['id']}: pas de calcul dans expected_budget.py")

import collections
print(len(qs), "cas :", dict(collections.Counter(q["kind"] for q in qs)))
print(len(fiches), "fiches,", len(arr), "arrêtés,", len(delibs), "délibérations,", len(bp), "+", len(ca), "lignes de budget,", len(ann), "acteurs")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
