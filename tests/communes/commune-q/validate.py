"""Vérifie le dossier : questions.yml se lit, ids uniques, fichiers bien formés (colonnes FORMATS.md),
chaque `must` présent dans les fichiers (texte des PDF compris) ou dans les montants de expected_budget.py.
À lancer avec /work/main/.venv/bin/python (pypdf, yaml)."""
import csv, io, re, subprocess, sys, glob, os
import yaml
from pypdf import PdfReader

os.chdir(os.path.dirname(os.path.abspath(__file__)))
ok = True


def fail(msg):
    global ok
    ok = False
    print("ERREUR:", msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def read_csv(path, enc, sep):
    with open(path, encoding=enc, newline="") as f:
        text = f.read()
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    head, body = rows[0], rows[1:]
    for i, r in enumerate(body, 2):
        if len(r) != len(head):
            fail(f"{path}:{i} {len(r)} colonnes au lieu de {len(head)}")
    return head, [dict(zip(head, r)) for r in body], text


corpus = []
# commune.yml
prof = yaml.safe_load(open("files/commune.yml", encoding="utf-8"))
for k in ("nom", "code_insee", "mairie"):
    assert k in prof, k
assert len(prof["code_insee"]) == 5
for k in ("adresse", "telephone", "email", "horaires"):
    assert k in prof["mairie"], k
corpus.append(open("files/commune.yml", encoding="utf-8").read())

h, rows, t = read_csv("files/fiches.csv", "utf-8", ",")
assert h == ["question", "reponse", "variantes", "theme", "lien"]
assert all(r["question"] and r["reponse"] for r in rows)
corpus.append(t)
print(len(rows), "fiches")

raw = open("files/arretes.csv", "rb").read()
try:
    raw.decode("utf-8"); fail("arretes.csv devrait être en Windows-1252")
except UnicodeDecodeError:
    pass
h, rows, t = read_csv("files/arretes.csv", "cp1252", ";")
for c in ("ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET"):
    assert c in h
for r in rows:
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", r["ARR_DATE"]), r
    assert r["ARR_TYPE"] in ("temporaire", "permanent")
    for c in ("ARR_DEBUT", "ARR_FIN"):
        assert r[c] == "" or re.fullmatch(r"\d\d/\d\d/\d{4}", r[c]), r
arr_ids = {r["ARR_ID"] for r in rows}
corpus.append(t)
print(len(rows), "arrêtés CSV")

pdf_ids = set()
for p in sorted(glob.glob("files/*.pdf")):
    txt = "\n".join(pg.extract_text() for pg in PdfReader(p).pages)
    m = re.search(r"N° (\d{4}-\d{3})", txt)
    assert m and "Objet :" in txt, p
    pdf_ids.add(m.group(1))
    corpus.append(txt)
print(len(pdf_ids), "PDF ;", len(arr_ids | pdf_ids), "arrêtés en tout ;", len(pdf_ids - arr_ids), "seulement en PDF")

h, rows, t = read_csv("files/deliberations.csv", "utf-8", ",")
assert h == ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
             "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
             "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
for r in rows:
    assert re.fullmatch(r"\d\.\d{1,2}", r["DELIB_MATIERE_CODE"]) and re.fullmatch(r"\d{14}", r["COLL_SIRET"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["DELIB_DATE"])
corpus.append(t)
print(len(rows), "délibérations")

BCOLS = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
         "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
         "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
         "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]
for p, enc in (("files/budget-primitif-2026.csv", "utf-8"), ("files/compte-administratif-2025.csv", "utf-8-sig")):
    h, rows, t = read_csv(p, enc, ";")
    assert h == BCOLS, p
    docs = {(r["BGT_SIRET"], r["BGT_ANNEE"], r["BGT_NATDEC"]) for r in rows}
    assert len(docs) == 1, docs
    for r in rows:
        assert r["BGT_OPBUDG"] in ("réel", "ordre") and r["BGT_CODRD"] in ("recette", "dépense")
        assert r["BGT_SECTION"] in ("fonctionnement", "investissement")
    corpus.append(t)
    print(p, len(rows), "lignes", docs)

h, rows, t = read_csv("files/annuaire.csv", "utf-8", ",")
assert h[:2] == ["nom", "categorie"] and all(r["nom"] and r["categorie"] for r in rows)
keys = {(r["nom"], r["adresse"]) for r in rows}
assert len(keys) == len(rows)
corpus.append(t)
print(len(rows), "acteurs")
corpus.append(open("files/vocabulaire.txt", encoding="utf-8").read())

budget_out = subprocess.run([sys.executable, "expected_budget.py"], capture_output=True, text=True).stdout
C = norm("\n".join(corpus))
B = norm(budget_out)

Q = yaml.safe_load(open("questions.yml", encoding="utf-8"))
ids = [c["id"] for c in Q]
assert len(ids) == len(set(ids)), "ids en double"
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
for c in Q:
    assert c["kind"] in KINDS and re.fullmatch(r"\d{4}-\d\d-\d\d", c["today"]), c["id"]
    turns = c["turns"] if c.get("session") else [c]
    for t in turns:
        assert t["question"].strip()
        if t.get("fallback"):
            assert not t.get("must"), c["id"]
        for m in t.get("must", []):
            n = norm(m)
            if c["kind"] == "budget":
                if n not in B:
                    fail(f"{c['id']}: montant « {m} » absent de expected_budget.py")
            elif n not in C:
                fail(f"{c['id']}: « {m} » absent des fichiers")
        for m in t.get("must_not", []):
            pass
from collections import Counter
print(len(Q), "cas", dict(Counter(c["kind"] for c in Q)), sum(1 for c in Q if c.get("session")), "sessions")
print("OK" if ok else "ÉCHEC")
sys.exit(0 if ok else 1)
