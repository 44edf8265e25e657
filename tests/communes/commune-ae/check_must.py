"""Vérifie que chaque fait de `must` figure dans les fichiers publiés (texte, ou montant du budget au format français)."""
import csv, io, re, sys
from decimal import Decimal
from pathlib import Path
import yaml, pypdf

HERE = Path(__file__).resolve().parent
F = HERE / "files"
texts = []
for p in F.iterdir():
    if p.suffix == ".pdf":
        texts.append(" ".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages))
    else:
        raw = p.read_bytes()
        try:
            texts.append(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252"))
texts.append((HERE / "totaux.txt").read_text())

def fr(x):
    q = Decimal(x).quantize(Decimal("0.01")); e, d = f"{q:.2f}".split(".")
    g = []
    while e: g.insert(0, e[-3:]); e = e[:-3]
    return " ".join(g) + "," + d
for p in (F / "budget-ca-2025.csv",):
    for r in csv.DictReader(open(p, encoding="utf-8")):
        texts.append(fr(r["BGT_MTREAL"]) + " " + fr(r["BGT_MTPREV"]))
blob = re.sub(r"\s+", " ", "\n".join(texts)).lower()
cases = yaml.safe_load(open(HERE / "questions.yml"))
bad = 0
for c in cases:
    for t in c.get("turns", [c]):
        for m in t.get("must", []):
            if re.sub(r"\s+", " ", m).lower() not in blob:
                print("ABSENT", c["id"], m); bad += 1
print("ok" if not bad else f"{bad} absents")
