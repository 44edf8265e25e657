"""Vérifie commune-s : questions.yml, colonnes des fichiers (FORMATS.md), présence de chaque `must` dans les
fichiers (ou montant calculé par expected_budget.py, ou date ISO des fichiers écrite « J mois »)."""
import csv, datetime, json, pathlib, re, sys
import yaml
from pypdf import PdfReader
import expected_budget as eb

HERE = pathlib.Path(__file__).parent
FILES = HERE / "files"
SCHEMAS = pathlib.Path("/work/shared/data/schemas")
ok = True


def fail(msg):
    global ok
    ok = False
    print("ERREUR:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


# --- commune.yml
prof = yaml.safe_load(open(FILES / "commune.yml", encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof:
        fail(f"commune.yml: {k} manquant")
assert len(prof["code_insee"]) == 5 and isinstance(prof["code_insee"], str)
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in prof["mairie"]:
        fail(f"commune.yml: mairie.{k} manquant")

# --- CSV columns
def header(name):
    with open(FILES / name, encoding="utf-8", newline="") as f:
        r = list(csv.reader(f))
    h = r[0]
    for i, row in enumerate(r[1:], 2):
        if len(row) != len(h):
            fail(f"{name} ligne {i}: {len(row)} cellules au lieu de {len(h)}")
    return h, [dict(zip(h, row)) for row in r[1:]]

EXPECTED_COLS = {
 "fiches.csv": (["question", "reponse"], ["question", "reponse", "variantes", "theme", "lien"]),
 "arretes.csv": (["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"], ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE",
                 "ARR_MATIERE_CODE", "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "PREF_ID", "PREF_DATE", "ARR_URL"]),
 "annuaire.csv": (["nom", "categorie"], ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]),
}
schema_fields = lambda f: [x["name"] for x in json.load(open(SCHEMAS / f))["fields"]]
DELIB_FIELDS = schema_fields("scdl-deliberations-2.1.5.schema.json")
BGT_FIELDS = schema_fields("scdl-budget-0.8.3.schema.json")
EXPECTED_COLS["deliberations.csv"] = ([x for x in DELIB_FIELDS], DELIB_FIELDS)
for b in (eb.BP, eb.CA, eb.CAMP):
    EXPECTED_COLS[b] = (BGT_FIELDS, BGT_FIELDS)

tables = {}
for name, (req, allowed) in EXPECTED_COLS.items():
    h, rows = header(name)
    tables[name] = rows
    for c in req:
        if c not in h:
            fail(f"{name}: colonne obligatoire {c} absente")
    for c in h:
        if c not in allowed:
            fail(f"{name}: colonne inattendue {c}")

def isodate(s):
    datetime.date.fromisoformat(s)

for r in tables["arretes.csv"]:
    isodate(r["ARR_DATE"])
    for c in ("ARR_DEBUT", "ARR_FIN"):
        if r[c]:
            isodate(r[c])
    if r["ARR_DEBUT"] and r["ARR_FIN"] and r["ARR_FIN"] < r["ARR_DEBUT"]:
        fail(f"arrêté {r['ARR_ID']}: fin avant début")
    if r["ARR_TYPE"] not in ("temporaire", "permanent"):
        fail(f"arrêté {r['ARR_ID']}: type")
ids = [r["ARR_ID"] for r in tables["arretes.csv"]]
if len(ids) != len(set(ids)):
    fail("ARR_ID en double")

# délibérations : contraintes du schéma
for r in tables["deliberations.csv"]:
    isodate(r["DELIB_DATE"]); isodate(r["PREF_DATE"])
    if not re.fullmatch(r"\d\.\d{1,2}", r["DELIB_MATIERE_CODE"]) or not re.fullmatch(r"\d{14}", r["COLL_SIRET"]):
        fail(f"délibération {r['DELIB_ID']}: code matière ou SIRET")
    if r["BUDGET_ANNEE"] and not re.fullmatch(r"[0-9]{4}(/[0-9]{4})?", r["BUDGET_ANNEE"]):
        fail(f"délibération {r['DELIB_ID']}: BUDGET_ANNEE")
    v = [int(r[k]) for k in ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")]
    if v[2] + v[3] + v[4] != v[1] or v[1] > v[0]:
        fail(f"délibération {r['DELIB_ID']}: votes")

# budgets : enums du schéma
bgt_schema = {x["name"]: x for x in json.load(open(SCHEMAS / "scdl-budget-0.8.3.schema.json"))["fields"]}
for b in (eb.BP, eb.CA, eb.CAMP):
    for i, r in enumerate(tables[b], 2):
        for k, fdef in bgt_schema.items():
            c = fdef.get("constraints", {})
            v = r[k]
            if c.get("required") and v == "" and k not in ("BGT_MTREAL",):
                fail(f"{b} ligne {i}: {k} vide")
            if v and "enum" in c and v not in c["enum"]:
                fail(f"{b} ligne {i}: {k}={v}")
            if v and "pattern" in c and not re.fullmatch(c["pattern"], v):
                fail(f"{b} ligne {i}: {k}={v}")
            if v and fdef["type"] == "number":
                float(v)
    docs = {(r["BGT_NATDEC"], r["BGT_ANNEE"], r["BGT_SIRET"]) for r in tables[b]}
    if len(docs) != 1:
        fail(f"{b}: plusieurs documents")

# --- texte publié
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
corpus = [(FILES / "commune.yml").read_text(encoding="utf-8")]
for name in tables:
    corpus.append((FILES / name).read_text(encoding="utf-8"))
for pdf in sorted(FILES.glob("*.pdf")):
    corpus.append("\n".join(p.extract_text() for p in PdfReader(pdf).pages))
dates = set()
for t in corpus:
    for y, m, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", t):
        if 1 <= int(m) <= 12:
            dates.add(f"{int(d)} {MOIS[int(m) - 1]}")
            dates.add(f"{int(d)} {MOIS[int(m) - 1]} {y}")
text = norm("\n".join(corpus))
amounts = {norm(eb.fr(v)) for v in list(eb.EXPECTED.values()) + list(eb.TRAPS.values())}
amount_ints = {norm(eb.fr(v)).replace(" €", "") for v in list(eb.EXPECTED.values()) + list(eb.TRAPS.values()) if eb.fr(v).endswith(" €") and "," not in eb.fr(v)}

# --- questions
qs = yaml.safe_load(open(HERE / "questions.yml", encoding="utf-8"))
seen, kinds = set(), {}
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
for q in qs:
    if q["id"] in seen:
        fail(f"id en double {q['id']}")
    seen.add(q["id"])
    if q["kind"] not in KINDS:
        fail(f"{q['id']}: kind {q['kind']}")
    kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    if "today" not in q:
        fail(f"{q['id']}: today manquant")
    turns = q["turns"] if q.get("session") else [q]
    for t in turns:
        if not t.get("question"):
            fail(f"{q['id']}: question vide")
        if t.get("fallback"):
            if t.get("must"):
                fail(f"{q['id']}: fallback avec must")
            continue
        if not t.get("must") and not q.get("starts_with"):
            fail(f"{q['id']}: ni must ni starts_with")
        for m in t.get("must", []) + t.get("must_not", []):
            nm = norm(m)
            where = ("fichiers" if nm in text else "montant calculé" if nm in amounts or nm in amount_ints
                     else "date" if m in dates else None)
            if where is None:
                fail(f"{q['id']}: « {m} » introuvable")
print(f"{len(qs)} cas, {sum(len(q['turns']) if q.get('session') else 1 for q in qs)} questions ; par kind : {kinds}")
print("sessions :", sum(1 for q in qs if q.get("session")), "; fallback :", sum(1 for q in qs if q.get("fallback")))
print("OK" if ok else "ÉCHEC")
sys.exit(0 if ok else 1)
