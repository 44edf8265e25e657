"""Checks questions.yml: YAML loads, ids unique, every non-budget `must` appears in some published file."""
import re
from pathlib import Path

import yaml
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent.parent
texts = []
for f in (HERE / "files").iterdir():
    if f.suffix == ".pdf":
        texts.append(" ".join(p.extract_text() for p in PdfReader(f).pages))
    else:
        raw = f.read_bytes()
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252"))
norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()
corpus = norm(" ".join(texts))
cases = yaml.safe_load((HERE / "questions.yml").read_text(encoding="utf-8"))
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
missing = 0
for c in cases:
    turns = c.get("turns") or [c]
    for t in turns:
        for m in t.get("must", []):
            if c["kind"] == "budget":
                continue
            if norm(m) not in corpus:
                missing += 1
                print("NOT IN FILES:", c["id"], repr(m))
print(len(cases), "cases,", len(set(ids)), "unique ids,", missing, "must facts not found verbatim")
