"""PDF arrêtés with a text layer, as villages publish them: number, dates, object and places read from text.

The @ctes stamp « ID : 001-210102521-20250315-2025_012-AR » is the most reliable source (département,
SIREN, transmission date, number); the title and « Fait à …, le … » fill in when it is absent.
"""

from __future__ import annotations

import io
import logging
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from ..textnorm import MONTHS, WEEKDAYS, fold
from . import arretes_pdf_layout as layout
from .arretes import make_record, store, unnumbered
from .arretes_merge import PDF_ONLY, disagreements, merge, note, own_values, save_fields
from .arretes_pdf_dates import Validity, validity
from .arretes_pdf_places import places
from .base import Context, ImportReport, remove_missing
from .csvread import FieldError, FileRejected

_MONTH_RE = "|".join(fold(m) for m in MONTHS)
_DAYNAMES = rf"(?:(?:{'|'.join(WEEKDAYS)})\s+)?"
_DATE = rf"{_DAYNAMES}(\d{{1,2}})(?:er)?\s+({_MONTH_RE})(?:\s+(\d{{4}}))?"

STAMP = re.compile(r"(?:ID\s*:\s*|^)(\d{3})-(\d{9})-(\d{8})-([A-Za-z0-9_.\-]+?)-([A-Z]{2})\b", re.M)
NUMBER = re.compile(
    r"arrete\s+(?:municipal\s+)?(?:temporaire\s+|permanent\s+)?n\s*(?:o|°)?\s*\.?\s*:?\s*"
    r"([a-z0-9][a-z0-9_\-/.]*[a-z0-9])",
    re.I,
)
SIGNED = re.compile(rf"fait\s+a\s+[^,\n]+,?\s+le\s+{_DATE}")
OBJET = re.compile(r"^\s*objet\s*:\s*(.*)$", re.I | re.M)
RECEIVED = re.compile(
    r"(?:date de reception(?: en)? prefecture|recue? (?:en|a la) prefecture le)\s*:?\s*"
    r"(\d{1,2})/(\d{1,2})/(\d{4})"
)
"""When the prefecture received the act (« Date de réception préfecture : 14/04/2026 », « Reçu en
préfecture le 04/04/2025 »): the stamp's PREF_DATE. Matched on folded text."""


# A damaged file is refused in French (« PDF illisible »): pypdf's own warnings (« EOF marker not found »),
# in English and for programmers, are not shown to the clerk.
logging.getLogger("pypdf").setLevel(logging.ERROR)


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
        if not folded or layout.PREAMBLE_START.match(folded) or OBJET.match(line):
            break
        if layout.NOISE.match(folded):
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
    starts = (i for i, line in enumerate(lines) if layout.PREAMBLE_START.match(fold(line.strip())))
    head = next(starts, len(lines))
    for i, line in enumerate(lines[:head]):
        folded = fold(line.strip())
        title = _TITLE_START.match(folded)
        if folded.startswith("arrete") and title and not layout.NOISE.match(folded):
            objet = _continuation(lines, i, line.strip()[title.end() :].strip())
            if objet:
                return _tidy(objet)
    for part in (lines[:head], lines):
        for line in part:
            folded = fold(line.strip())
            if _GUESS.search(folded) and not layout.NOISE.match(folded):
                return _tidy(line.strip())
    meaningful = [line for line in lines if line.strip() and not layout.NOISE.match(fold(line.strip()))]
    return _tidy((meaningful or lines or [""])[0][:200])


_GUESS = re.compile(r"\b(?:portant|reglementant|reglementation|relatif|relative|interdisant|instaurant)\b")


_NUMBER_ALONE = re.compile(r"^\s*n\s*(?:o|°)?\s*\.?\s*:?\s*([0-9][a-z0-9_\-/.]*[a-z0-9])\s*$", re.M)
_CITES = re.compile(r"^\s*(?:vu|considerant)\b")


def _number(folded: str) -> str | None:
    """« Arrêté n° … » (or « N° … » alone under the title) from the head of the text, else from any line
    that does not cite another act (« Vu l'arrêté n° 2019-004 … » names an older arrêté, not this one)."""
    lines = folded.splitlines()
    end = next((i for i, line in enumerate(lines) if layout.PREAMBLE_START.match(line.strip())), len(lines))
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
    objet = _objet(text)
    parts = layout.split(text)
    clauses = layout.clauses(parts.articles)
    title = " ".join([*(line for line in parts.head if not layout.NOISE.match(fold(line.strip()))), objet])
    kind, period = kind_and_period(validity(clauses, objet, signed), title)
    return {
        "numero": numero,
        "signed": signed,
        "objet": objet,
        "debut": period.debut,
        "fin": period.fin,
        "kind": kind,
        "lieux": places(objet, clauses),
        "siren": siren,
        "pref_id": "-".join(stamp.groups()) if stamp else None,
        "pref_date": _received(folded),
    }


def kind_and_period(found: Validity, title: str) -> tuple[str, Validity]:
    """« temporaire » when the articles give the measure an end, « permanent » otherwise.

    The title's own word wins (« Arrêté temporaire n° … », « Réglementation permanente du
    stationnement »): a permanent one applies from its first open-ended start even when an article dates
    an event; a temporary one with no end read stays temporary (import_file warns: it will be shown in
    force on its first day only).
    """
    words = fold(title)
    if re.search(r"\bpermanente?s?\b", words):
        return "permanent", Validity(found.since, None, found.since)
    if found.fin is not None or re.search(r"\btemporaires?\b", words):
        return "temporaire", found
    return "permanent", found


def _received(folded: str) -> date | None:
    """The prefecture's reception date printed with the stamp, if any."""
    found = RECEIVED.search(folded)
    if not found:
        return None
    try:
        return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None


def record_of(info: dict[str, Any], text: str) -> dict[str, Any]:
    """The arrêté a PDF's reading describes, as make_record builds it (origin « pdf »)."""
    return make_record(
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
        pref_id=info["pref_id"],
        pref_date=info["pref_date"],
    )


def reading_of(text: str) -> dict[str, Any] | None:
    """What a stored PDF text reads as, to complete a CSV row of the same arrêté; None if it no longer
    reads (it did when imported)."""
    try:
        return record_of(parse_text(text, ""), text)
    except FieldError:
        return None


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    """One signed PDF: a new arrêté, or the completion of one the CSV already gave (arretes_merge)."""
    if not data.startswith(b"%PDF"):
        raise FileRejected("ce n'est pas un fichier PDF (signature %PDF absente).")
    text = extract_text(data)
    name = Path(path).name
    try:
        info = parse_text(text, name)
        reading = record_of(info, text)
    except FieldError as exc:
        raise FileRejected(f"{exc.message}.", column=exc.column) from None
    if info["numero"] is None:
        report.warnings.append(
            "aucun numéro d'arrêté dans le texte (ni tampon @ctes, ni « Arrêté n° … ») : l'arrêté est "
            "enregistré sans numéro et sera présenté par sa date et son objet."
        )
    key = reading["numero_key"]
    known = conn.execute("SELECT * FROM arretes WHERE numero_key = ?", (key,)).fetchone()
    if known is None or known["origin"] == "pdf":
        store(conn, report, [reading], name, complete=False)
        save_fields(conn, {key: PDF_ONLY})
        stored = reading
    else:
        stored = _complete_known(conn, report, known, reading, name)
    if not stored["lieux"]:
        report.warnings.append("aucune rue ni place reconnue dans le texte.")
    if stored["type"] == "temporaire" and not (stored["debut"] or stored["fin"]):
        report.warnings.append(
            "arrêté temporaire sans dates d'application lues dans le texte : il sera présenté en vigueur le "
            "seul jour de sa signature ; donnez ses dates dans le CSV des arrêtés (ARR_DEBUT, ARR_FIN)."
        )


def _complete_known(
    conn: sqlite3.Connection, report: ImportReport, known: sqlite3.Row, reading: dict[str, Any], name: str
) -> dict[str, Any]:
    """An arrêté the CSV gave keeps the CSV's fields; the PDF adds its text and fills what is empty.

    The row stays the CSV's (its source file), so that the CSV dropping it later removes it as before.
    """
    own = own_values(known)
    merged, filled = merge(own, reading)
    updated = report.updated
    store(conn, report, [merged], known["source_file"], remove=False, complete=False)
    remove_missing(conn, report, "arretes", "numero_key", {reading["numero_key"]}, name)
    save_fields(conn, {reading["numero_key"]: " ".join(filled)})
    if report.updated > updated:
        report.warnings.extend(disagreements(own, reading))
        report.notes.append(note(merged, filled, csv_side=False))
    return merged
