"""An arrêté both in the CSV and as a signed PDF: the CSV's fields win, the PDF adds its text and fills gaps.

Why: the clerk's CSV says what the mairie decided (type, dates, places as residents name them); a PDF
read by patterns is a good guess, never a better one. The PDF's text makes the arrêté searchable, and
its reading fills what the CSV left empty — often the dates or the places. The fields the PDF filled
are stored (arretes.pdf_fields), so that the CSV and the PDF can each be imported again, in any order,
with the same result: a CSV import completes its rows from the stored PDF text; a PDF import completes
the CSV's values (the stored ones, less what an earlier PDF filled).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from ..textnorm import french_date
from .arretes import COLUMNS, is_unnumbered, period
from .base import ImportReport, fingerprints, shorten_list

Record = dict[str, Any]  # an arrêté as make_record builds it: COLUMNS → value (ISO days as text)
Row = tuple[tuple[Any, ...], str]  # COLUMNS values and their fingerprint, as store_rows takes them

PDF_ONLY = "numero date type objet debut fin lieux text pref_id pref_date"
"""pdf_fields of an arrêté known only from its PDF: every field is the PDF's."""


def merge(own: Record, reading: Record) -> tuple[Record, list[str]]:
    """The CSV's arrêté (`own`) completed by its PDF's reading; and the fields the PDF supplied.

    The PDF always gives the text (the signed act is the arrêté's text, the export's ARR_TEXTE column
    included); places and the prefecture's reference and date only where the CSV has none; dates as
    `_dates` says.
    """
    merged = dict(own)
    filled = ["text"]
    merged["text"] = reading["text"]
    for field in ("lieux", "pref_id", "pref_date"):
        if not own[field] and reading[field]:
            merged[field] = reading[field]
            filled.append(field)
    merged["debut"], merged["fin"] = _dates(own, reading)
    filled += [f for f in ("debut", "fin") if merged[f] != own[f]]
    merged["start_day"], merged["end_day"] = period(
        merged["type"], date.fromisoformat(merged["date"]), _day(merged["debut"]), _day(merged["fin"])
    )
    return merged, filled


def _dates(own: Record, reading: Record) -> tuple[str | None, str | None]:
    """The CSV's start and end, each completed by the PDF's where the CSV has none and they agree.

    Never an end for an arrêté the CSV calls permanent, nor a dated event's start (only an open-ended
    « à compter du »); never an end before the start.
    """
    debut, fin = own["debut"], own["fin"]
    permanent = own["type"] == "permanent"
    start, end = reading["debut"], reading["fin"]
    if debut is None and start and (not permanent or end is None) and (fin is None or start <= fin):
        debut = start
    if fin is None and end and not permanent and end >= (debut or own["date"]):
        fin = end
    return debut, fin


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def own_values(row: sqlite3.Row) -> Record:
    """A stored arrêté's values as its CSV gave them: what an earlier PDF filled is emptied again."""
    own = {column: row[column] for column in COLUMNS}
    for field in (row["pdf_fields"] or "").split():
        if field in ("text", "debut", "fin", "pref_id", "pref_date"):
            own[field] = None
        elif field == "lieux":
            own[field] = ""
    return own


def disagreements(own: Record, reading: Record) -> list[str]:
    """Where the PDF says otherwise than the CSV (the CSV is kept): worth the clerk's look."""
    label = _label(own)
    out = []
    if reading["date"] != own["date"]:
        out.append(
            f"{label} : le PDF est daté du {_french(reading['date'])}, le CSV du {_french(own['date'])} ; "
            "la date du CSV est gardée."
        )
    if own["debut"] and own["fin"] and reading["debut"] and reading["fin"]:
        if (own["debut"], own["fin"]) != (reading["debut"], reading["fin"]):
            out.append(
                f"{label} : le PDF s'applique {_period_words(reading)}, le CSV {_period_words(own)} ; "
                "les dates du CSV sont gardées."
            )
    elif own["type"] == "permanent" and reading["fin"]:
        out.append(
            f"{label} : le PDF donne des dates d'application ({_period_words(reading)}) mais le CSV le dit "
            "permanent ; le CSV est gardé (corrigez ARR_TYPE, ARR_DEBUT et ARR_FIN si le PDF a raison)."
        )
    return out


def note(merged: Record, filled: list[str], csv_side: bool) -> str:
    """One French line saying what the PDF added to an arrêté known from the CSV."""
    parts = []
    if "text" in filled:
        parts.append("son texte intégral (cherchable)")
    if "debut" in filled or "fin" in filled:
        parts.append(f"ses dates d'application ({_period_words(merged)})")
    if "lieux" in filled:
        parts.append(f"ses lieux ({shorten_list(merged['lieux'].split('; '), shown=5)})")
    if "pref_id" in filled:
        parts.append(f"sa référence @ctes ({merged['pref_id']})")
    if "pref_date" in filled:
        parts.append(f"sa date de réception en préfecture ({_french(merged['pref_date'])})")
    what = ", ".join(parts)
    if csv_side:
        return f"{_label(merged)} : complété par son PDF déjà importé, {what} ; le reste vient de ce fichier."
    return f"{_label(merged)}, déjà connu par le CSV : le PDF ajoute {what} ; le reste vient du CSV."


def _label(record: Record) -> str:
    if is_unnumbered(record["numero"]):
        return f"arrêté du {_french(record['date'])}"
    return f"arrêté n° {record['numero']}"


def _french(iso: str) -> str:
    return french_date(date.fromisoformat(iso))


def _period_words(record: Record) -> str:
    """« le 10 mai 2026 », « du 15 juin 2026 au 26 juin 2026 », « à partir du … », « jusqu'au … »."""
    debut, fin = record["debut"], record["fin"]
    if debut and fin:
        return f"le {_french(debut)}" if debut == fin else f"du {_french(debut)} au {_french(fin)}"
    if debut:
        return f"à partir du {_french(debut)}"
    return f"jusqu'au {_french(fin)}" if fin else "sans date"


def complete_rows(
    conn: sqlite3.Connection,
    report: ImportReport,
    rows: list[Row],
    read: Callable[[str], Record | None],
) -> dict[str, str]:
    """CSV rows of arrêtés that also have a PDF, completed in place by the stored PDF text's reading.

    Returns number key → pdf_fields for those rows (store_rows writes them once the rows are stored).
    Notes and disagreements are reported only for rows this import changes: a re-import stays quiet.
    """
    known = {
        k: (text, row_hash)
        for k, text, row_hash in conn.execute(
            "SELECT numero_key, text, row_hash FROM arretes WHERE pdf_fields != '' AND text IS NOT NULL"
        )
    }
    fields: dict[str, str] = {}
    for i, (values, _) in enumerate(rows) if known else ():
        stored = known.get(values[0])
        if stored is None:
            continue
        own = dict(zip(COLUMNS, values, strict=True))
        reading = read(stored[0])
        if reading is None:  # the stored text no longer reads (it did when imported): keep it searchable
            reading = {**own, "text": stored[0], "lieux": "", "pref_id": None, "pref_date": None}
        merged, filled = merge(own, reading)
        values = tuple(merged[c] for c in COLUMNS)
        rows[i] = (values, fingerprints([values], len(COLUMNS))[0])
        fields[values[0]] = " ".join(filled)
        if rows[i][1] != stored[1]:
            report.warnings.extend(disagreements(own, reading))
            report.notes.append(note(merged, filled, csv_side=True))
    return fields


def save_fields(conn: sqlite3.Connection, fields: dict[str, str]) -> None:
    """Remember which fields each arrêté's PDF supplied (number key → space-separated columns)."""
    conn.executemany(
        "UPDATE arretes SET pdf_fields = ? WHERE numero_key = ?", [(f, k) for k, f in fields.items()]
    )
