"""PDF arrêtés with a text layer, as villages publish them: number, dates, object and places read from text.

The @ctes stamp « ID : 001-210102521-20250315-2025_012-AR » is the most reliable source (département,
SIREN, transmission date, number); the title and « Fait à …, le … » fill in when it is absent.
"""

from __future__ import annotations

import io
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from ..textnorm import MONTHS, fold
from .arretes import make_record, store, unnumbered
from .base import Context, ImportReport
from .csvread import FieldError, FileRejected

_MONTH_RE = "|".join(fold(m) for m in MONTHS)
_DAYNAMES = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_DATE = rf"{_DAYNAMES}(\d{{1,2}})(?:er)?\s+({_MONTH_RE})(?:\s+(\d{{4}}))?"
_NUMDATE = r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})"
_HOUR = r"(?:\s*(?:a|de|des)\s*\d{1,2}\s*h\s*\d{0,2})?"

STAMP = re.compile(r"(?:ID\s*:\s*|^)(\d{3})-(\d{9})-(\d{8})-([A-Za-z0-9_.\-]+?)-([A-Z]{2})\b", re.M)
NUMBER = re.compile(
    r"arrete\s+(?:municipal\s+)?(?:temporaire\s+|permanent\s+)?n\s*(?:o|°)?\s*\.?\s*:?\s*"
    r"([a-z0-9][a-z0-9_\-/.]*[a-z0-9])",
    re.I,
)
SIGNED = re.compile(rf"fait\s+a\s+[^,\n]+,?\s+le\s+{_DATE}")
RANGE = re.compile(rf"\bdu\s+{_DATE}{_HOUR}\s+(?:au|jusqu'au)\s+{_DATE}")
# « du 10 au 14 mars 2025 »: the month and year are written once, after the second day
RANGE_SHORT = re.compile(rf"\bdu\s+{_DAYNAMES}(\d{{1,2}})(?:er)?{_HOUR}\s+au\s+{_DATE}")
RANGE_NUM = re.compile(rf"\bdu\s+{_NUMDATE}{_HOUR}\s+(?:au|jusqu'au)\s+{_NUMDATE}")
FROM_TO = re.compile(rf"a compter du\s+{_DATE}.{{0,80}}?jusqu'au\s+{_DATE}", re.S)
SINCE = re.compile(rf"a compter du\s+{_DATE}")
OBJET = re.compile(r"^\s*objet\s*:\s*(.*)$", re.I | re.M)
_STREET_TYPES = (
    r"rue|avenue|place|chemin|route|impasse|all[ée]e|boulevard|quai|square|parvis|passage|"
    r"sentier|cours|lotissement|lieu-dit|hameau|parking|esplanade|promenade|mont[ée]e|rond-point"
)
_NAME_WORD = r"[A-ZÉÈÊÀÂÎÔÛÇ0-9][\w\-'’]*"
_LINK = r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|l['’]|la|le|les|aux|au|sur|et)\s*)"
STREET_CI = re.compile(rf"\b(?i:{_STREET_TYPES})\s+{_LINK}?{_NAME_WORD}(?:[ \-]{_LINK}?{_NAME_WORD})*")


def extract_text(data: bytes) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise FileRejected("le PDF est protégé par un mot de passe.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileRejected:
        raise
    except Exception as exc:  # pypdf raises many types on corrupt files
        raise FileRejected(f"PDF illisible ({type(exc).__name__}).") from None
    text = "\n".join(pages)
    text = "\n".join(" ".join(line.split()) for line in text.splitlines())
    if len(text.strip()) < 20:
        raise FileRejected("le PDF n'a pas de couche texte (document scanné ?) : rien à lire.")
    return text.strip()


def _fr_date(day: str, month: str, year: str | None, default_year: int | None) -> date | None:
    y = int(year) if year else default_year
    if y is None:
        return None
    try:
        return date(y, [fold(m) for m in MONTHS].index(month) + 1, int(day))
    except ValueError:
        return None


_PREAMBLE_END = re.compile(r"^(?:le maire|nous,|vu |vu$|considerant|arrete\b\s*:?$|arrete$|article)", re.I)
# Lines that are never an arrêté's object: running headers and footers, letterheads, the @ctes stamp
# block, a number alone on its line. Matched on folded text (no accents, lower case).
_NOISE = re.compile(
    r"^(?:"
    r".*\bpage\s*\d+(?:\s*(?:/|sur)\s*\d+)?\s*$"  # « Arrêté n° 2025-034 – page 1/2 »
    r"|\d+\s*/\s*\d+$"  # « 1/2 »
    r"|republique francaise.*|liberte\W+egalite\W+fraternite.*"
    r"|(?:departement|arrondissement|canton|prefecture|region)\s+(?:de|du|des|d')\b.*"
    r"|(?:commune|mairie|ville)\s+(?:de|du|des|d'|d’)\s*.{0,60}$"
    r"|extrait du registre.*|registre des arretes.*"
    r"|(?:id\s*:\s*)?\d{3}-\d{9}-\d{8}-\S+$"
    r"|accuse de reception.*|date de (?:teletransmission|reception).*|recu(?:e)? (?:en|a la) prefecture.*"
    r"|(?:affiche|publie|envoye|transmis|certifie)\w* .*le \d.*"
    r"|(?:tel|telephone|fax|courriel|e-mail|email|site)\b.*"
    r"|n\s*(?:o|°)?\s*\.?\s*:?\s*[0-9][a-z0-9_\-/.]*$"  # a number alone: « N° 2025-034 »
    r")$",
    re.I,
)
# The start of a title line: « Arrêté (municipal) (temporaire) (n° 2025-034) », before its object.
_TITLE_START = re.compile(
    r"^arrete\b(?:\s+(?:municipal|du maire|temporaire|permanent|individuel|reglementaire))*"
    r"(?:\s+n\s*(?:o|°)?\s*\.?\s*:?\s*[a-z0-9][a-z0-9_\-/.]*[a-z0-9])?\s*[:\-–]?\s*",
    re.I,
)
_MAX_OBJECT_LINES = 4


def _continuation(lines: list[str], start: int, first: str) -> str:
    """`first` and the lines after `start` that carry on the same sentence (title over two lines)."""
    parts = [first] if first else []
    for line in lines[start + 1 : start + 1 + _MAX_OBJECT_LINES]:
        folded = fold(line.strip())
        if not folded or _PREAMBLE_END.match(folded) or OBJET.match(line):
            break
        if _NOISE.match(folded):
            if parts:
                break
            continue
        parts.append(line.strip())
    return " ".join(parts)


def _tidy(objet: str) -> str:
    """« portant réglementation … » → « Réglementation … »: what it orders, as a resident reads it."""
    objet = " ".join(objet.split()).strip(" .:;-–")
    if objet.isupper():  # titles are often in capitals: a resident reads a sentence
        objet = objet.lower()
    if fold(objet).startswith("portant "):
        objet = objet[len("portant ") :]
    return objet[:1].upper() + objet[1:]


def _objet(text: str) -> str:
    """The arrêté's object: « Objet : … », else its title, never a letterhead, header or stamp line.

    Communes lay their first page out in many ways: a running header (« Arrêté n° 2025-034 – page 1/2 »)
    above the letterhead (« RÉPUBLIQUE FRANÇAISE », « Département de … », « COMMUNE DE … ») and the
    @ctes stamp block; the title either carries the object after the number (« ARRÊTÉ N° 2025-034
    PORTANT … », often wrapped over two lines) or has it on the lines below; some write « Objet : ».
    """
    lines = text.splitlines()
    for i, line in enumerate(lines):
        found = OBJET.match(line)
        if found:
            objet = _continuation(lines, i, found[1].strip())
            if objet:
                return _tidy(objet)
    # The title comes before « Le Maire », « Vu », « Article »: the body quotes other arrêtés.
    head = next((i for i, line in enumerate(lines) if _PREAMBLE_END.match(fold(line.strip()))), len(lines))
    for i, line in enumerate(lines[:head]):
        folded = fold(line.strip())
        title = _TITLE_START.match(folded)
        if folded.startswith("arrete") and title and not _NOISE.match(folded):
            objet = _continuation(lines, i, line.strip()[title.end() :].strip())
            if objet:
                return _tidy(objet)
    for part in (lines[:head], lines):
        for line in part:
            folded = fold(line.strip())
            if _GUESS.search(folded) and not _NOISE.match(folded):
                return _tidy(line.strip())
    meaningful = [line for line in lines if line.strip() and not _NOISE.match(fold(line.strip()))]
    return _tidy((meaningful or lines or [""])[0][:200])


_GUESS = re.compile(r"\b(?:portant|reglementant|reglementation|relatif|relative|interdisant|instaurant)\b")


_NUMBER_ALONE = re.compile(r"^\s*n\s*(?:o|°)?\s*\.?\s*:?\s*([0-9][a-z0-9_\-/.]*[a-z0-9])\s*$", re.M)
_CITES = re.compile(r"^\s*(?:vu|considerant)\b")


def _number(folded: str) -> str | None:
    """« Arrêté n° … » (or « N° … » alone under the title) from the head of the text, else from any line
    that does not cite another act (« Vu l'arrêté n° 2019-004 … » names an older arrêté, not this one)."""
    lines = folded.splitlines()
    end = next((i for i, line in enumerate(lines) if _PREAMBLE_END.match(line.strip())), len(lines))
    head = "\n".join(lines[:end])
    found = NUMBER.search(head) or _NUMBER_ALONE.search(head)
    if found is None:
        found = NUMBER.search("\n".join(line for line in lines[end:] if not _CITES.match(line)))
    return found[1].rstrip(".") if found else None


def parse_text(text: str, file_name: str) -> dict[str, Any]:
    """Read number, dates, object, validity and places from an arrêté's text."""
    folded = fold(text)  # same length mapping is not guaranteed: use folded only for matching values
    stamp = STAMP.search(text)
    numero = signed = None
    siren = None
    if stamp:
        siren = stamp[2]
        numero = stamp[4].replace("_", "-")
        try:
            signed = date(int(stamp[3][:4]), int(stamp[3][4:6]), int(stamp[3][6:]))
        except ValueError:
            signed = None
    if not numero:
        numero = _number(folded)
    s = SIGNED.search(folded)
    if s:
        signed = _fr_date(s[1], s[2], s[3], None) or signed
    if signed is None:
        first = re.search(rf"\b{_DATE}", folded)
        signed = _fr_date(first[1], first[2], first[3], None) if first else None
    if signed is None:
        raise FieldError("date", file_name, "date de signature introuvable dans le texte")
    debut = fin = None
    short = RANGE_SHORT.search(folded)
    r = RANGE.search(folded)
    if short and (r is None or short.start() <= r.start()):
        fin = _fr_date(short[2], short[3], short[4], signed.year)
        debut = _fr_date(short[1], short[3], str(fin.year) if fin else None, signed.year)
    elif r:
        fin = _fr_date(r[4], r[5], r[6], signed.year)
        debut = _fr_date(r[1], r[2], r[3] or (str(fin.year) if fin else None), signed.year)
    else:
        r = RANGE_NUM.search(folded) or FROM_TO.search(folded)
        if r and r.re is RANGE_NUM:
            try:
                debut = date(int(r[3]), int(r[2]), int(r[1]))
                fin = date(int(r[6]), int(r[5]), int(r[4]))
            except ValueError:
                debut = fin = None
        elif r:
            fin = _fr_date(r[4], r[5], r[6], signed.year)
            debut = _fr_date(r[1], r[2], r[3] or (str(fin.year) if fin else None), signed.year)
    objet = _objet(text)
    if debut is None:
        since = SINCE.search(folded)
        if since:
            debut = _fr_date(since[1], since[2], since[3], signed.year)
    kind = "temporaire" if (debut and fin) or "temporaire" in fold(objet) else "permanent"
    lieux: list[str] = []
    seen: set[str] = set()
    for st in STREET_CI.finditer(text):
        name = " ".join(st[0].split()).rstrip(".,;")
        k = fold(name)
        if k not in seen and len(name) > 6:
            seen.add(k)
            lieux.append(name)
    return {
        "numero": numero,
        "signed": signed,
        "objet": objet,
        "debut": debut,
        "fin": fin,
        "kind": kind,
        "lieux": lieux[:20],
        "siren": siren,
    }


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    if not data.startswith(b"%PDF"):
        raise FileRejected("ce n'est pas un fichier PDF (signature %PDF absente).")
    text = extract_text(data)
    name = Path(path).name
    try:
        info = parse_text(text, name)
        if info["debut"] and info["fin"] and info["fin"] < info["debut"]:
            info["debut"], info["fin"] = info["fin"], info["debut"]
        if info["numero"] is None:
            report.warnings.append(
                "aucun numéro d'arrêté dans le texte (ni tampon @ctes, ni « Arrêté n° … ») : l'arrêté est "
                "enregistré sans numéro et sera présenté par sa date et son objet."
            )
        record = make_record(
            numero=info["numero"] or unnumbered(info["signed"], info["objet"]),
            signed=info["signed"],
            kind=info["kind"],
            objet=info["objet"],
            debut=info["debut"],
            fin=info["fin"],
            lieux=info["lieux"],
            text=text,
            url=None,
            origin="pdf",
            coll_siret=None,
        )
    except FieldError as exc:
        raise FileRejected(f"{exc.message}.", column=exc.column) from None
    if not info["lieux"]:
        report.warnings.append("aucune rue ni place reconnue dans le texte.")
    store(conn, report, [record], name)
