"""Check questions.yml of commune-an: YAML loads, ids unique, every case has `today`, and every non-budget
`must` fact is written verbatim (case-insensitive, spaces normalised) in a published file of files/.

    cd tests/communes/commune-an && ../../../.venv/bin/python tools/check.py
"""
import re
import sys
from pathlib import Path

import yaml
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "files"


def norm(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


texts = []
for p in sorted(FILES.iterdir()):
    if p.suffix == ".pdf":
        texts.append("\n".join(page.extract_text() or "" for page in PdfReader(p).pages))
    else:
        raw = p.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252"))
corpus = norm("\n".join(texts))

cases = yaml.safe_load((ROOT / "questions.yml").read_text(encoding="utf-8"))
errors = []
ids = [c["id"] for c in cases]
dups = {i for i in ids if ids.count(i) > 1}
if dups:
    errors.append("duplicate ids: %s" % sorted(dups))
amount = re.compile(r"^-?\d{1,3}( \d{3})*,\d{2} €$")
kinds = {}
for c in cases:
    kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    if "today" not in c:
        errors.append("%s: no today" % c["id"])
    turns = c["turns"] if c.get("session") else [c]
    for t in turns:
        if not t.get("question"):
            errors.append("%s: empty question" % c["id"])
        if t.get("fallback") and t.get("must"):
            errors.append("%s: fallback with must" % c["id"])
        if not t.get("fallback") and not t.get("must") and not c.get("starts_with"):
            errors.append("%s: nothing to check" % c["id"])
        for m in t.get("must", []):
            if c["kind"] == "budget":
                if not amount.match(m):
                    errors.append("%s: budget amount not in French format: %r" % (c["id"], m))
            elif norm(m) not in corpus:
                errors.append("%s: must %r not found in files/" % (c["id"], m))
        for m in t.get("must_not", []):
            if norm(m) in [norm(x) for x in t.get("must", [])]:
                errors.append("%s: %r both in must and must_not" % (c["id"], m))
    for s in c.get("starts_with", []) or []:
        if s not in ("oui", "non"):
            errors.append("%s: starts_with %r" % (c["id"], s))

print("%d cases (%d sessions); by kind: %s" % (len(cases), sum(1 for c in cases if c.get("session")),
                                                 ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
