"""An arrêtés CSV read in chunks of rows ready to store, a column at a time when a chunk is regular.

Why: a million-row file spent ≈ 15 µs per row in per-row Python (a call with fifteen cells, a dict,
four dates, a number key, a fingerprint). Published files are regular — one line per arrêté, every
cell where the header says — so a chunk is checked and converted column by column with builtins
(`zip`, `map`, sets, dicts of the few distinct dates, types and places). Any irregularity in a chunk
(a missing or bad cell, a duplicate number, a ragged or blank row) sends that chunk through the
row-by-row reader, which finds and words the errors exactly as before: both give the same rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Any

from . import base
from .arretes import COLUMNS, FIELDS, TYPES, _day, _numero_key, _record, normalise_type, split_lieux
from .csvread import _PLACEHOLDER_SPELLINGS, CsvTable, FieldError, RowError

CHUNK_ROWS = 20_000
Row = tuple[tuple[Any, ...], str]  # values in COLUMNS order, fingerprint (as sync() computes it)


@dataclass
class Chunk:
    rows: list[Row]
    errors: list[RowError] = field(default_factory=list)
    lines: int = 0  # last line read, for progress


class _Irregular(Exception):
    """This chunk needs the row-by-row reader."""


def chunks(table: CsvTable, size: int = CHUNK_ROWS) -> Iterator[Chunk]:
    """Every data row of the file, in order, as stored rows and row errors (duplicates across chunks too)."""
    seen: dict[str, int] = {}  # number key → line of its first row
    positions = table.positions(FIELDS)
    for raw, starts in table.raw_chunks(size):
        last = starts[-1] + sum(c.count("\n") for c in raw[-1])  # progress only
        try:
            yield Chunk(_by_columns(table, raw, starts, positions, seen), [], last)
        except _Irregular:
            yield _by_rows(table, raw, starts, seen, last)


def _fingerprinted(values: list[tuple[Any, ...]]) -> list[Row]:
    return list(zip(values, base.fingerprints(values, len(COLUMNS)), strict=True))


_PLAIN_NUMEROS = re.compile(r"[0-9]+(?:[-_/. ][0-9]+)*(?:\n[0-9]+(?:[-_/. ][0-9]+)*)*")
_SEPARATOR = re.compile(r"[_/. ]")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def _numero_keys(numeros: list[str]) -> list[str]:
    """_numero_key of each number; all-digit numbers (« 2025-0017 ») in three regex passes over the column."""
    joined = "\n".join(numeros)
    if joined.count("\n") != len(numeros) - 1 or not _PLAIN_NUMEROS.fullmatch(joined):
        return list(map(_numero_key, numeros))  # a number with a line break, letters or « n° »
    return _LEADING_ZEROS.sub("", _SEPARATOR.sub("-", joined)).split("\n")


def _by_rows(
    table: CsvTable, raw: list[list[str]], starts: Sequence[int], seen: dict[str, int], last: int
) -> Chunk:
    pick = table.picker(FIELDS)
    getter = itemgetter(*COLUMNS)
    values: list[tuple[Any, ...]] = []
    errors: list[RowError] = []
    for line, cells in zip(starts, raw, strict=True):
        cleaned = table.clean_cells(cells)
        if cleaned is None:
            continue
        try:
            if isinstance(cleaned, FieldError):
                raise cleaned
            record = _record(*pick(cleaned))
        except FieldError as exc:
            errors.append(RowError(table.path, line, exc.column, exc.value, exc.message, tuple(cells)))
            continue
        key = record["numero_key"]
        if key in seen:
            errors.append(
                base.duplicate_key(table.path, line, "ARR_ID", record["_display_key"], seen[key], cells)
            )
            continue
        seen[key] = line
        values.append(getter(record))
    return Chunk(_fingerprinted(values), errors, last)


def _by_columns(
    table: CsvTable,
    raw: list[list[str]],
    starts: Sequence[int],
    positions: list[int | None],
    seen: dict[str, int],
) -> list[Row]:
    """The same rows as _by_rows for a regular chunk; raises _Irregular at the first doubt."""
    width = len(table.keys)
    if any(len(r) != width for r in raw):
        raise _Irregular
    n = len(raw)
    columns = list(zip(*raw, strict=True))
    placeholders = _PLACEHOLDER_SPELLINGS
    strip = str.strip

    def cells(i: int | None) -> list[Any]:
        if i is None:
            return [None] * n
        col = list(map(strip, columns[i]))
        if not placeholders.isdisjoint(col):
            col = [None if v in placeholders else v for v in col]
        return col

    (numeros, signed, kinds, objets, debuts, fins, mcodes, matieres, lieux, urls, texts, colls, sirets,
     pref_ids, pref_dates) = map(cells, positions)  # fmt: skip
    if None in numeros or None in objets:
        raise _Irregular
    try:
        signed = _days(signed, "ARR_DATE")
        debuts = _days(debuts, "ARR_DEBUT")
        fins = _days(fins, "ARR_FIN")
        pref_dates = _days(pref_dates, "PREF_DATE")
        kind_of = {k: TYPES[k] if k in TYPES else normalise_type(k) for k in set(kinds)}
    except FieldError:
        raise _Irregular from None
    if None in signed:
        raise _Irregular
    kinds = list(map(kind_of.__getitem__, kinds))
    place_of = {c: _places(c) for c in set(lieux)}
    lieux = list(map(place_of.__getitem__, lieux))
    keys = _numero_keys(numeros)
    if "" in keys or len(set(keys)) != n or not seen.keys().isdisjoint(keys):
        raise _Irregular
    if any(d is not None and f is not None and f < d for d, f in zip(debuts, fins, strict=True)):
        raise _Irregular
    start_days = [d or s for d, s in zip(debuts, signed, strict=True)]
    end_days = [
        f if f is not None else (s if k == "temporaire" else None)
        for f, s, k in zip(fins, start_days, kinds, strict=True)
    ]
    seen.update(zip(keys, starts, strict=True))
    values = list(
        zip(
            keys, numeros, signed, kinds, objets, debuts, fins, mcodes, matieres, lieux, urls, texts, colls,
            sirets, pref_ids, pref_dates, start_days, end_days, repeat("csv", n), strict=True,
        )
    )  # fmt: skip
    return _fingerprinted(values)


def _days(col: list[str | None], column: str) -> list[str | None]:
    """ISO day of each date cell (same memo and errors as _day), each distinct cell parsed once."""
    day_of = {v: _day(v, column) for v in set(col)}
    return list(map(day_of.__getitem__, col))


def _places(cell: str | None) -> str:
    """ARR_LIEU as _record stores it."""
    if cell and ";" not in cell and "|" not in cell:
        return " ".join(cell.split())
    return "; ".join(split_lieux(cell))
