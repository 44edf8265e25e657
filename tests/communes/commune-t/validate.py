"""Vérifie le dossier : questions.yml, fichiers bien formés (FORMATS.md), et chaque `must` présent dans les
fichiers, ou montant calculé par expected_budget.py, ou date d'un champ de date écrite « 18 décembre »."""
import csv, datetime, pathlib, re, sys, yaml, json
HERE = pathlib.Path(__file__).resolve().parent
FILES = HERE / "files"
sys.path.insert(0, str(HERE))
import expected_budget
err = []
def norm(s): return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
def fr(d):
    j = "1er" if d.day == 1 else str(d.day)
    return f"{j} {MOIS[d.month-1]}", f"{j} {MOIS[d.month-1]} {d.year}"
def date(v, where):
    if not v: return None
    try: return datetime.date.fromisoformat(v)
    except ValueError: err.append(f"{where}: date invalide {v!r}")

def rows(name, required, delim=None):
    text = (FILES / name).read_text(encoding="utf-8")
    rd = csv.DictReader(text.splitlines(), delimiter=delim or ("," if text.split("\n")[0].count(",") > text.split("\n")[0].count(";") else ";"))
    for col in required:
        if col not in rd.fieldnames: err.append(f"{name}: colonne {col} absente")
    out = list(rd)
    for i, r in enumerate(out, 2):
        if None in r or any(v is None for v in r.values()): err.append(f"{name}:{i}: nombre de colonnes")
        for col in required:
            if not (r.get(col) or "").strip(): err.append(f"{name}:{i}: {col} vide")
    return out, text

corpus = []
dates = set()
# commune.yml
prof = yaml.safe_load((FILES / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in prof: err.append(f"commune.yml: {k} manquant")
assert len(prof["code_insee"]) == 5 and len(prof["siret"]) == 14
corpus.append(json.dumps(prof, ensure_ascii=False))
# fiches
fi, t = rows("fiches.csv", ["question", "reponse"]); corpus.append(t)
# arrêtés
ar, t = rows("arretes.csv", ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"], ";"); corpus.append(t)
ids = [r["ARR_ID"] for r in ar]
if len(ids) != len(set(ids)): err.append("arretes.csv: ARR_ID en double")
JOURS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
for r in ar:
    d0, d1 = date(r["ARR_DEBUT"], r["ARR_ID"]), date(r["ARR_FIN"], r["ARR_ID"])
    date(r["ARR_DATE"], r["ARR_ID"])
    if r["ARR_TYPE"] not in ("temporaire", "permanent", "individuel", "réglementaire"): err.append(f"{r['ARR_ID']}: type")
    if d0 and d1 and d1 < d0: err.append(f"{r['ARR_ID']}: fin avant début")
    for d in (d0, d1):
        if d: dates.update(fr(d))
    for m in re.finditer(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (\d+)(?:er)? (\w+) (\d{4})", r["ARR_OBJET"]):
        dd = datetime.date(int(m[4]), MOIS.index(m[3]) + 1, int(m[2]))
        if JOURS[dd.weekday()] != m[1]: err.append(f"{r['ARR_ID']}: {m[0]} est un {JOURS[dd.weekday()]}")
        if d0 and not (d0 <= dd <= (d1 or d0)): err.append(f"{r['ARR_ID']}: {m[0]} hors des dates")
# délibérations
DCOLS = "COLL_NOM COLL_SIRET DELIB_ID DELIB_DATE DELIB_MATIERE_CODE DELIB_MATIERE_NOM DELIB_OBJET BUDGET_ANNEE BUDGET_NOM PREF_ID PREF_DATE VOTE_EFFECTIF VOTE_REEL VOTE_POUR VOTE_CONTRE VOTE_ABSTENTION DELIB_URL".split()
de, t = rows("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET"], ","); corpus.append(t)
if list(de[0].keys()) != DCOLS: err.append("deliberations.csv: colonnes SCDL")
for r in de:
    date(r["DELIB_DATE"], r["DELIB_ID"]); date(r["PREF_DATE"], r["DELIB_ID"])
    if not re.fullmatch(r"\d\.\d{1,2}", r["DELIB_MATIERE_CODE"]): err.append(f"{r['DELIB_ID']}: matière")
    if int(r["VOTE_POUR"]) + int(r["VOTE_CONTRE"]) + int(r["VOTE_ABSTENTION"]) != int(r["VOTE_REEL"]): err.append(f"{r['DELIB_ID']}: votes")
    if int(r["VOTE_REEL"]) > int(r["VOTE_EFFECTIF"]): err.append(f"{r['DELIB_ID']}: votants")
# budgets
BCOLS = "BGT_NATDEC BGT_ANNEE BGT_SIRET BGT_NOM BGT_CONTNAT BGT_CONTNAT_LABEL BGT_NATURE BGT_NATURE_LABEL BGT_FONCTION BGT_FONCTION_LABEL BGT_OPERATION BGT_SECTION BGT_OPBUDG BGT_CODRD BGT_MTREAL BGT_MTBUDGPREC BGT_MTRARPREC BGT_MTPROPNOUV BGT_MTPREV BGT_CREDOUV BGT_MTRAR3112 BGT_ARTSPE".split()
for name in ("budget-principal.csv", "budget-assainissement.csv"):
    bu, t = rows(name, ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_NATURE", "BGT_OPBUDG", "BGT_CODRD", "BGT_SECTION"], ",")
    if list(bu[0].keys()) != BCOLS: err.append(f"{name}: colonnes SCDL")
    keys = set()
    for i, r in enumerate(bu, 2):
        if r["BGT_NATDEC"] not in ("budget primitif", "budget supplémentaire", "décision modificative", "compte administratif"): err.append(f"{name}:{i} natdec")
        if r["BGT_OPBUDG"] not in ("réel", "ordre") or r["BGT_CODRD"] not in ("recette", "dépense") or r["BGT_SECTION"] not in ("fonctionnement", "investissement"): err.append(f"{name}:{i} enum")
        if not re.fullmatch(r"\d{14}", r["BGT_SIRET"]): err.append(f"{name}:{i} siret")
        sec = {"6": "fonctionnement", "7": "fonctionnement", "1": "investissement", "2": "investissement"}.get(r["BGT_NATURE"][0])
        if sec and sec != r["BGT_SECTION"]: err.append(f"{name}:{i} section de {r['BGT_NATURE']}")
        k = (r["BGT_NATDEC"], r["BGT_ANNEE"], r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_OPBUDG"], r["BGT_NATURE"])
        if k in keys: err.append(f"{name}:{i} ligne en double {k}")
        keys.add(k)
        for col in ("BGT_MTREAL", "BGT_MTPREV"):
            if r[col]: float(r[col])
# annuaire
an, t = rows("annuaire.csv", ["nom", "categorie"], ","); corpus.append(t)
if len({(r["nom"], r["adresse"]) for r in an}) != len(an): err.append("annuaire: doublon")
for r in an:
    h = r["horaires"]
    if h and not re.fullmatch(r"(?:(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:[-,](?:Mo|Tu|We|Th|Fr|Sa|Su))* \d\d:\d\d-\d\d:\d\d(?:,\d\d:\d\d-\d\d:\d\d)*(?:; )?)+", h):
        err.append(f"annuaire: horaires {r['nom']}: {h}")
for d in de: dates.update(fr(datetime.date.fromisoformat(d["DELIB_DATE"])))
C = norm("\n".join(corpus))
amounts = {expected_budget.eur(v) for v in expected_budget.facts().values()}
amount_ints = {a.split(",")[0] for a in amounts}
# questions
Q = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
idsq = [q["id"] for q in Q]
if len(idsq) != len(set(idsq)): err.append("questions: id en double")
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
for q in Q:
    if q["kind"] not in KINDS: err.append(f"{q['id']}: kind")
    datetime.date.fromisoformat(q["today"])
    turns = q["turns"] if q.get("session") else [q]
    for ti, t in enumerate(turns, 1):
        key = f"{q['id']}#{ti}" if q.get("session") else q["id"]
        if q["kind"] == "budget":
            want = expected_budget.eur(expected_budget.facts()[expected_budget.EXPECTED[key]])
            if not any(m == want or (want.endswith(",00 €") and m == want[:-5]) for m in t.get("must", [])):
                err.append(f"{key}: aucun must n'est le montant attendu {want}")
        if not t.get("question"): err.append(f"{q['id']}: question vide")
        if t.get("fallback") and t.get("must"): err.append(f"{q['id']}: fallback avec must")
        if not t.get("fallback") and not t.get("must") and not t.get("starts_with"): err.append(f"{q['id']}: rien à vérifier")
        for m in t.get("must", []):
            n = norm(m)
            if q["kind"] == "budget":
                if not (m in amounts or m in amount_ints): err.append(f"{q['id']}: montant {m!r} non calculé par expected_budget.py")
            elif n in C: pass
            elif n in {norm(x) for x in dates}: pass
            else: err.append(f"{q['id']}: must {m!r} absent des fichiers")
print("\n".join(err) if err else "OK")
from collections import Counter
print(len(Q), "cas ;", dict(Counter(q["kind"] for q in Q)), "; sessions :", sum(1 for q in Q if q.get("session")))
sys.exit(1 if err else 0)
