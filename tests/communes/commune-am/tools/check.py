"""Check commune-am's questions.yml against its published files.

    .venv/bin/python tests/communes/commune-am/tools/check.py

- the YAML loads, every case has an id (unique), a kind, a `today` and a question (or turns);
- every `must` fact of a non-budget case is written verbatim (case-insensitive, spaces normalised) in
  at least one published file of files/ (PDF text read with pypdf);
- every budget `must` fact is an amount « 12 345,67 € » (the sums come from tools/generate.py).
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "files"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


def corpus() -> str:
    parts = []
    for f in sorted(FILES.iterdir()):
        if f.suffix == ".pdf":
            from pypdf import PdfReader

            parts.append(" ".join(p.extract_text() or "" for p in PdfReader(str(f)).pages))
        else:
            parts.append(f.read_bytes().decode("utf-8-sig"))
    return norm("\n".join(parts))


def main() -> int:
    cases = yaml.safe_load((ROOT / "questions.yml").read_text(encoding="utf-8"))
    text = corpus()
    errors = []
    ids = collections.Counter(c.get("id") for c in cases)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1 or not i]
    kinds = collections.Counter()
    money = re.compile(r"^\d{1,3}( \d{3})*,\d{2} €$")
    for c in cases:
        cid = c.get("id")
        kinds["session" if c.get("session") else c.get("kind")] += 1
        if not c.get("today") or not re.match(r"^\d{4}-\d{2}-\d{2}$", str(c["today"])):
            errors.append(f"{cid}: no today")
        turns = c["turns"] if c.get("session") else [c]
        for t in turns:
            if not t.get("question"):
                errors.append(f"{cid}: no question")
            if t.get("fallback") and t.get("must"):
                errors.append(f"{cid}: fallback case with must facts")
            for fact in t.get("must") or []:
                if money.match(str(fact)) and c.get("kind") == "budget":
                    continue
                if c.get("kind") == "budget":
                    errors.append(f"{cid}: budget fact not an amount: {fact!r}")
                elif norm(fact) not in text:
                    errors.append(f"{cid}: must fact not in the published files: {fact!r}")
            for fact in t.get("starts_with") or []:
                if fact not in ("oui", "non"):
                    errors.append(f"{cid}: starts_with {fact!r}")
    for e in errors:
        print("ERREUR", e)
    print(f"{len(cases)} cases, ids unique: {all(n == 1 for n in ids.values())}; by kind: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
