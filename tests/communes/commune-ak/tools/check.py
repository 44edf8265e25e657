"""Check questions.yml of commune-ak against the published files.

    /work/main/.venv/bin/python tests/communes/commune-ak/tools/check.py

- the YAML loads, ids are unique, every case (and session) has `today`, known kinds, yes/no prefixes;
- every `must` fact of a non-budget case is written verbatim (case-insensitive, spaces normalised) in a
  published file (CSV, YAML, TXT or the text layer of the PDFs);
- every budget amount is a sum of `réel` lines of one published document (one nature, one chapter or one
  section total without 001/002), read back from the CSV files themselves;
- fallback cases expect nothing, and the things they ask about appear in no published file.
"""
import csv
import io
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "files"
KINDS = {"fiche", "arrete", "deliberation", "budget", "annuaire", "mairie", "hors_sujet"}
# what the hors-sujet cases ask about: none of it may be published by the commune
ABSENT = ["piscine", "cinéma", "train", "distributeur", "dentiste", "camping", "crèche", "fibre",
          "rugby", "clafoutis", "tennis", "kiné", "euromillions", "laverie", "vélo", "ostéopathe",
          "météo", "maths"]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def read_text(path):
    raw = path.read_bytes()
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(path)


def budget_sums():
    """All amounts a resident could be told: per document and column, sums of réel lines."""
    sums = set()
    for path in FILES.glob("*.csv"):
        text = read_text(path)
        if not text.startswith("BGT_"):
            continue
        rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
        for col in ("BGT_MTPREV", "BGT_MTREAL"):
            groups = defaultdict(Decimal)
            for r in rows:
                if r["BGT_OPBUDG"] != "réel" or not r[col]:
                    continue
                v = Decimal(r[col].replace(",", "."))
                key = (r["BGT_CODRD"],)
                groups[key + ("nature", r["BGT_NATURE"])] += v
                groups[key + ("chap", r["BGT_CONTNAT"])] += v
                if r["BGT_NATURE"] not in ("001", "002"):
                    groups[key + ("section", r["BGT_SECTION"])] += v
            sums.update(groups.values())
    return sums


def fr(x):
    ent, dec = f"{x:.2f}".split(".")
    g = []
    while ent:
        g.insert(0, ent[-3:])
        ent = ent[:-3]
    return " ".join(g) + "," + dec + " €"


def main():
    errors = []
    cases = yaml.safe_load((ROOT / "questions.yml").read_text(encoding="utf-8"))
    corpus = norm("\n".join(read_text(p) for p in sorted(FILES.iterdir()) if p.is_file()))
    amounts = {norm(fr(s)) for s in budget_sums()}

    ids = Counter(c["id"] for c in cases)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    kinds = Counter()
    for c in cases:
        cid = c["id"]
        if "today" not in c or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(c["today"])):
            errors.append(f"{cid}: no valid today")
        if c.get("kind") not in KINDS:
            errors.append(f"{cid}: unknown kind {c.get('kind')}")
        kinds["session" if c.get("session") else c["kind"]] += 1
        turns = c["turns"] if c.get("session") else [c]
        if c.get("session") and len(turns) < 2:
            errors.append(f"{cid}: a session needs two turns at least")
        for t in turns:
            if not t.get("question", "").strip():
                errors.append(f"{cid}: empty question")
            for s in c.get("starts_with", []):
                if s not in ("oui", "non"):
                    errors.append(f"{cid}: starts_with {s}")
            if t.get("fallback"):
                if t.get("must"):
                    errors.append(f"{cid}: a fallback case expects no fact")
                continue
            if not t.get("must") and not c.get("starts_with"):
                errors.append(f"{cid}: nothing to check (no must, no starts_with)")
            for fact in t.get("must", []):
                if c["kind"] == "budget" or re.fullmatch(r"[\d ]+,\d\d €", fact):
                    if c["kind"] == "budget":
                        if norm(fact) not in amounts:
                            errors.append(f"{cid}: budget amount {fact!r} is no sum of réel lines")
                        continue
                if norm(fact) not in corpus:
                    errors.append(f"{cid}: fact {fact!r} is in no published file")
    for word in ABSENT:
        if re.search(r"\b" + re.escape(word), corpus):
            errors.append(f"hors-sujet topic {word!r} appears in a published file")

    print(f"{len(cases)} cases: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"files: {sum(1 for p in FILES.iterdir() if p.is_file())}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK: ids unique, every case dated, every fact published, every budget amount a sum of réel lines")


if __name__ == "__main__":
    main()
