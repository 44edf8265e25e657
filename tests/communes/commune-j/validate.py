"""Vérifie le dossier : questions.yml se lit, ids uniques, fichiers bien formés (colonnes de FORMATS.md),
et chaque `must` se trouve dans les fichiers publiés, ou est un montant recalculé par expected_budget.py,
ou une date des fichiers écrite « 18 décembre ».
Lancer : /work/main/.venv/bin/python validate.py   (yaml et pypdf requis)
"""
import csv
import datetime as dt
import io
import re
import sys
from pathlib import Path

import yaml
from pypdf import PdfReader

import expected_budget as eb

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
errors = []


def err(msg):
    errors.append(msg)
    print("ERREUR", msg)


def norm(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


def read_csv(name, encoding, delimiter):
    raw = (FILES / name).read_bytes()
    text = raw.decode(encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return text, rows


# ----------------------------------------------------------------------------- fichiers
corpus = []
profile = yaml.safe_load((FILES / "commune.yml").read_text(encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    if k not in profile:
        err(f"commune.yml : clé {k} manquante")
if len(str(profile["code_insee"])) != 5:
    err("code_insee pas sur 5 caractères")
for k in ("adresse", "telephone", "email", "horaires"):
    if k not in profile["mairie"]:
        err(f"commune.yml : mairie.{k} manquant")
corpus.append((FILES / "commune.yml").read_text(encoding="utf-8"))
corpus.append(str(profile.get("population")))

SPECS = {
    "fiches.csv": ("utf-8-sig", ";", ["question", "reponse", "variantes", "theme", "lien"], ["question", "reponse"]),
    "arretes.csv": ("cp1252", ";", None, ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"]),
    "deliberations.csv": ("utf-8", ",",
                          ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                           "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE",
                           "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"],
                          ["DELIB_ID", "DELIB_DATE", "DELIB_OBJET"]),
    "annuaire.csv": ("cp1252", ";", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires",
                                     "description"], ["nom", "categorie"]),
    "budget_primitif_2026.csv": ("utf-8", ";", eb_header := None, ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET"]),
    "compte_administratif_2025.csv": ("utf-8-sig", ";", None, ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET"]),
}
import make_budget  # noqa: E402  (en-tête SCDL budget)

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FRD = re.compile(r"^\d{2}/\d{2}/\d{4}$")
all_dates = set()
for name, (enc, sep, header, required) in SPECS.items():
    text, rows = read_csv(name, enc, sep)
    corpus.append(text)
    head = rows[0]
    if name.startswith(("budget", "compte")):
        header = make_budget.HEADER
    if header and head != header:
        err(f"{name} : en-tête {head} != {header}")
    for c in required:
        if c not in head:
            err(f"{name} : colonne obligatoire {c} absente")
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(head):
            err(f"{name} ligne {i} : {len(r)} cellules pour {len(head)} colonnes")
        d = dict(zip(head, r))
        for c in required:
            if not d.get(c, "").strip():
                err(f"{name} ligne {i} : {c} vide")
        for c, v in d.items():
            if ("DATE" in c or c in ("ARR_DEBUT", "ARR_FIN")) and v:
                if ISO.match(v):
                    all_dates.add(dt.date.fromisoformat(v))
                elif FRD.match(v):
                    all_dates.add(dt.datetime.strptime(v, "%d/%m/%Y").date())
                else:
                    err(f"{name} ligne {i} : date illisible {c}={v}")
        if name == "arretes.csv" and d["ARR_TYPE"] not in ("temporaire", "permanent"):
            err(f"{name} ligne {i} : ARR_TYPE {d['ARR_TYPE']}")
        if name == "deliberations.csv":
            if not re.match(r"^\d{14}$", d["COLL_SIRET"]) or not re.match(r"^\d\.\d{1,2}$", d["DELIB_MATIERE_CODE"]):
                err(f"{name} ligne {i} : SIRET ou matière")
            p, c_, a, reel = (int(d[k]) for k in ("VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "VOTE_REEL"))
            if p + c_ + a != reel or reel > int(d["VOTE_EFFECTIF"]):
                err(f"{name} ligne {i} : votes incohérents")
        if name.startswith(("budget", "compte")):
            if d["BGT_NATDEC"] not in ("budget primitif", "compte administratif"):
                err(f"{name} ligne {i} : BGT_NATDEC")
            if d["BGT_SECTION"] not in ("investissement", "fonctionnement") or d["BGT_OPBUDG"] not in ("réel", "ordre") \
                    or d["BGT_CODRD"] not in ("recette", "dépense"):
                err(f"{name} ligne {i} : énumération")
            if d["BGT_SIRET"] != profile["siret"]:
                err(f"{name} ligne {i} : SIRET différent du profil")
            for c in ("BGT_MTREAL", "BGT_MTPREV", "BGT_CREDOUV"):
                if d[c] and not re.match(r"^\d+([.,]\d{1,2})?$", d[c]):
                    err(f"{name} ligne {i} : montant {c}={d[c]}")
    print(f"ok {name}: {len(rows) - 1} lignes, {len(head)} colonnes, {enc}, séparateur {sep!r}")

# équilibre du BP
bp = eb.load("budget_primitif_2026.csv", "BGT_MTPREV")
for sec in ("fonctionnement", "investissement"):
    dep = sum(r["mt"] for r in bp if r["section"] == sec and r["codrd"] == "dépense")
    rec = sum(r["mt"] for r in bp if r["section"] == sec and r["codrd"] == "recette")
    if dep != rec:
        err(f"BP 2026 {sec} déséquilibré {dep} != {rec}")

for pdf in sorted(FILES.glob("*.pdf")):
    reader = PdfReader(str(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    corpus.append(text)
    print(f"ok {pdf.name}: {len(reader.pages)} pages")
corpus.append((FILES / "vocabulaire.txt").read_text(encoding="utf-8"))
big = norm("\n".join(corpus))

# montants recalculés
amounts = set()
for name, col in (("budget_primitif_2026.csv", "BGT_MTPREV"), ("compte_administratif_2025.csv", "BGT_MTREAL")):
    rows = eb.load(name, col)
    tot, chap = eb.report(name, rows) if False else (None, None)
    from collections import defaultdict
    t = defaultdict(lambda: 0)
    for r in rows:
        amounts.add(eb.fr(r["mt"]))
        if r["op"] == "réel" and r["nature"] not in ("001", "002"):
            t[(r["section"], r["codrd"])] += r["mt"]
            t[(r["section"], r["codrd"], r["chap"])] += r["mt"]
    amounts |= {eb.fr(v) for v in t.values()}
amounts = {norm(a) for a in amounts}

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
# dates écrites en toutes lettres dans les PDF aussi
dates = {f"{d.day} {MOIS[d.month - 1]}" for d in all_dates} | {f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]}"
                                                               for d in all_dates}


def where(m):
    n = norm(m)
    if n in big:
        return "fichiers"
    if any(a.startswith(n) or a == n for a in amounts):
        return "montant calculé"
    if n in dates:
        return "date"
    return None


# ----------------------------------------------------------------------------- questions
cases = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
ids = [c["id"] for c in cases]
if len(ids) != len(set(ids)):
    err("ids en double : " + str({i for i in ids if ids.count(i) > 1}))
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
from collections import Counter
count = Counter()
for c in cases:
    count[c["kind"]] += 1
    if c["kind"] not in KINDS:
        err(f"{c['id']} : kind {c['kind']}")
    if "today" not in c:
        err(f"{c['id']} : pas de today")
    else:
        dt.date.fromisoformat(c["today"])
    turns = c["turns"] if c.get("session") else [c]
    if c.get("session") and len(turns) < 2:
        err(f"{c['id']} : session d'un seul tour")
    for t in turns:
        if not t.get("question"):
            err(f"{c['id']} : question vide")
        if t.get("fallback"):
            if t.get("must"):
                err(f"{c['id']} : fallback avec must")
        for m in t.get("must") or []:
            w = where(m)
            if not w:
                err(f"{c['id']} : must introuvable {m!r}")
            elif w != "fichiers":
                print(f"  {c['id']}: {m!r} -> {w}")
        for s in t.get("starts_with") or []:
            if s not in ("oui", "non"):
                err(f"{c['id']} : starts_with {s}")
print("\nquestions :", len(cases), dict(count), "sessions :", sum(1 for c in cases if c.get("session")),
      "fallback :", sum(1 for c in cases if c.get("fallback")))
print("ERREURS :", len(errors))
sys.exit(1 if errors else 0)
