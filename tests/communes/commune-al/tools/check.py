"""Check questions.yml against the published files of commune-al.

    cd tests/communes/commune-al && ../../../.venv/bin/python tools/check.py

- the YAML loads, is a list of cases, ids are unique, every case has `today` (YYYY-MM-DD);
- every `must` fact of a non-budget case (sessions included) is written verbatim in a published file
  (case-insensitive, spaces normalised; PDFs are read through their text layer);
- budget facts are French amounts (« 12 345,67 € ») and are re-computed from the published budget CSVs;
- `must` and `must_not` never share a fact; `starts_with` is [oui] or [non]; fallback cases have no `must`.
"""
import collections
import csv
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "files"
AMOUNT = re.compile(r"^-?\d{1,3}( \d{3})*,\d{2} €$")


def norm(s):
    s = unicodedata.normalize("NFC", str(s)).replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("’", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def published_text():
    parts = []
    for p in sorted(FILES.iterdir()):
        if p.suffix.lower() == ".pdf":
            from pypdf import PdfReader
            parts.extend(page.extract_text() or "" for page in PdfReader(str(p)).pages)
        else:
            parts.append(p.read_text(encoding="utf-8-sig"))
    return norm("\n".join(parts))


def budget_values():
    """Every sum a budget question may ask for: per document/budget, by nature (+ direction) and by chapter."""
    sums = collections.defaultdict(Decimal)
    for p in FILES.glob("*.csv"):
        with open(p, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        if not rows or "BGT_NATDEC" not in rows[0]:
            continue
        for r in rows:
            if r["BGT_OPBUDG"] != "réel":
                continue
            doc = (r["BGT_NATDEC"], r["BGT_ANNEE"], r["BGT_SIRET"])
            col = "BGT_MTREAL" if r["BGT_NATDEC"] == "compte administratif" else "BGT_MTPREV"
            v = Decimal(r[col] or "0")
            sums[doc + ("nature", r["BGT_NATURE"], r["BGT_CODRD"])] += v
            if r["BGT_NATURE"] not in ("001", "002"):
                sums[doc + ("chap", r["BGT_CONTNAT"], r["BGT_CODRD"])] += v
                sums[doc + ("section", r["BGT_SECTION"], r["BGT_CODRD"])] += v
    return sums


def fr(x):
    s = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if x < 0 else "") + s + " €"


def main():
    cases = yaml.safe_load((ROOT / "questions.yml").read_text(encoding="utf-8"))
    assert isinstance(cases, list), "questions.yml must be a YAML list"
    text = published_text()
    amounts = {fr(v) for v in budget_values().values()}
    errors = []
    ids = collections.Counter(c.get("id") for c in cases)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    kinds = collections.Counter()
    n_questions = 0
    for c in cases:
        cid = c.get("id")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(c.get("today", ""))):
            errors.append(f"{cid}: missing or bad today")
        kinds[c["kind"] + (" (session)" if c.get("session") else "")] += 1
        turns = c["turns"] if c.get("session") else [c]
        for t in turns:
            n_questions += 1
            if not t.get("question"):
                errors.append(f"{cid}: empty question")
            must, must_not = t.get("must") or [], t.get("must_not") or []
            if set(map(norm, must)) & set(map(norm, must_not)):
                errors.append(f"{cid}: a fact is both in must and must_not")
            if t.get("fallback") and must:
                errors.append(f"{cid}: a fallback case cannot require facts")
            sw = t.get("starts_with")
            if sw is not None and sw not in (["oui"], ["non"]):
                errors.append(f"{cid}: starts_with {sw}")
            for fact in must:
                if c["kind"] == "budget":
                    if not AMOUNT.match(fact):
                        errors.append(f"{cid}: budget fact not in French format: {fact!r}")
                    elif fact not in amounts:
                        errors.append(f"{cid}: budget amount {fact} is no sum of the published réel lines")
                elif norm(fact) not in text:
                    errors.append(f"{cid}: fact not in any published file: {fact!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(cases)} cases, {n_questions} questions; by kind: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"{sum(1 for c in cases if c.get('fallback'))} fallback cases")
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
