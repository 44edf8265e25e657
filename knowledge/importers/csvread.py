"""Reading the CSV files communes publish: encodings, separators, French dates and amounts, placeholders.

Every value error carries the file, line, column and value so a clerk can fix the cell in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from pathlib import Path

from ..textnorm import fold

PLACEHOLDERS = frozenset({"", "nc", "na", "n/a", "-", "n.c.", "n.a.", "null", "none"})
_BOMS = (b"\xef\xbb\xbf",)


def _spellings(word: str) -> set[str]:
    out = {""}
    for ch in word:
        out = {w + c for w in out for c in {ch.lower(), ch.upper()}}
    return out


_PLACEHOLDER_SPELLINGS = frozenset(s for p in PLACEHOLDERS for s in _spellings(p))


@dataclass(frozen=True)
class RowError:
    """One rejected row (or a whole-file problem when `line` is None)."""

    path: str
    line: int | None
    column: str | None
    value: str | None
    message: str
    # The rejected row's cells as read (header order), for the rejected-rows file; None for file errors.
    cells: tuple[str, ...] | None = None

    def __str__(self) -> str:
        where = Path(self.path).name
        if self.line is not None:
            where += f", ligne {self.line}"
        if self.column:
            where += f", colonne « {self.column} »"
        if self.value is not None:
            shown = self.value if len(self.value) <= 60 else self.value[:57] + "…"
            where += f", valeur « {shown} »"
        return f"{where} : {self.message}"


class FieldError(ValueError):
    """A cell that cannot be read; the caller adds file and line."""

    def __init__(self, column: str | None, value: str | None, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.value = value
        self.message = message


class FileRejected(Exception):
    """The whole file cannot be imported (unreadable, empty, missing column…)."""

    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.column = column


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, name: str = "") -> Decoded:
    """Decode UTF-8 (with or without BOM) or Windows-1252, line by line when a file mixes both."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (« Unicode text » from Excel)
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise FileRejected("le fichier se dit UTF-16 mais ne l'est pas.") from None
    if b"\x00" in data[:65536]:
        raise FileRejected(
            "le fichier est binaire (octets nuls) : ce n'est pas un fichier texte CSV ou YAML."
        )
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    out: list[str] = []
    legacy = 0
    for raw in lines:
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            legacy += 1
            out.append(raw.decode("cp1252", errors="replace"))
    if legacy == len([x for x in lines if x]):
        return Decoded("\n".join(out), "windows-1252")
    return Decoded(
        "\n".join(out),
        "mixte",
        [f"encodage mixte : {legacy} ligne(s) en Windows-1252, les autres en UTF-8 (accents rétablis)."],
    )


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\r\n\t") or ch == "\ufffd")
    return bad / len(sample)


def sniff_separator(header_line: str) -> str:
    """`;`, `,` or tab: whichever is most frequent outside quotes in the header line."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def norm_header(name: str) -> str:
    """Header matching key: case, accents and surrounding spaces ignored (« Réponse » → « reponse »)."""
    return fold(name.replace("\ufeff", "")).strip().strip('"').strip().replace(" ", "_")


@dataclass
class CsvTable:
    """A decoded CSV file: normalised header and an iterator over (line number, cells by column)."""

    path: str
    header: list[str]
    keys: list[str]
    separator: str
    encoding: str
    text: str
    warnings: list[str] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[int, dict[str, str | None] | FieldError]]:
        """Data rows with the line where each starts; a malformed row comes as a FieldError."""
        keys = self.keys
        for start, values in self.cells():
            if isinstance(values, FieldError):
                yield start, values
            else:
                yield start, dict(zip(keys, values, strict=False))

    def cells(self) -> Iterator[tuple[int, list[str | None] | FieldError]]:
        """rows() without a dict per row: the cells in header order, padded to the header's width."""
        for start, values, _ in self.entries():
            yield start, values

    def entries(self) -> Iterator[tuple[int, list[str | None] | FieldError, list[str]]]:
        """cells() with each row's cells as read, so a rejected row can be written back as it was."""
        for raw, starts in self.raw_chunks(1024):
            for start, cells in zip(starts, raw, strict=True):
                values = self.clean_cells(cells)
                if values is not None:
                    yield start, values, cells

    def raw_chunks(self, size: int) -> Iterator[tuple[list[list[str]], Sequence[int]]]:
        """The csv module's rows, `size` at a time, with the line each starts on.

        When every row of a chunk is one line (the usual case) the lines are a range; otherwise the
        chunk's text is read again row by row to number them. Big importers read a regular chunk
        column by column (see arretes_rows) and fall back to clean_cells() row by row.
        """
        source = io.StringIO(self.text, newline="")
        reader = csv.reader(source, delimiter=self.separator, skipinitialspace=True)
        next(reader, None)
        while True:
            offset, before = source.tell(), reader.line_num
            raw = list(islice(reader, size))
            if not raw:
                return
            after = reader.line_num
            if after - before == len(raw):
                yield raw, range(before + 1, after + 1)
                continue
            again = csv.reader(
                io.StringIO(self.text[offset : source.tell()], newline=""),
                delimiter=self.separator,
                skipinitialspace=True,
            )
            starts, line = [], before
            for _ in again:
                starts.append(line + 1)
                line = before + again.line_num
            yield raw, starts

    def clean_cells(self, cells: list[str]) -> list[str | None] | FieldError | None:
        """One csv row → its cells stripped, placeholders as None, padded to the header's width.

        None for a blank row; a FieldError when the row has more non-empty cells than the header.
        """
        width = len(self.keys)
        # Every upper/lower-case spelling of the placeholders: one set lookup per cell, no lower().
        values: list[str | None] = [None if v in _PLACEHOLDER_SPELLINGS else v for v in map(str.strip, cells)]
        if not any(values) and not "".join(cells).strip():
            return None
        if len(cells) != width:
            if len(cells) > width and "".join(cells[width:]).strip():
                extra = self.separator.join(cells[width:])
                return FieldError(None, extra, f"{len(cells)} cellules pour {width} colonnes d'en-tête")
            del values[width:]
            if len(values) < width:
                values.extend([None] * (width - len(values)))
        return values

    def positions(self, names: list[str]) -> list[int | None]:
        """Index of each column in a row (the last one when a header repeats it), None when absent."""
        position = {k: i for i, k in enumerate(self.keys)}
        return [position.get(n) for n in names]

    def picker(self, names: list[str]) -> Callable[[list[str | None]], tuple[str | None, ...]]:
        """cells() row → the values of `names` in that order (None for a column the file lacks).

        Same choice as the dict of rows() when a header repeats a column: the last one wins.
        """
        width = len(self.keys)
        indexes = [width if i is None else i for i in self.positions(names)]
        if len(indexes) > 1 and width not in indexes:
            return itemgetter(*indexes)  # the usual case: one C call per row
        get = itemgetter(*indexes, width)  # read from the row plus one None cell: always a tuple
        count = len(indexes)
        return lambda values: get([*values, None])[:count]

    def count_lines(self) -> int:
        return self.text.count("\n")


def _first_line(text: str) -> str:
    """First non-blank line, without splitting a million-line file to find it."""
    size = 65536
    while True:
        head = text[:size]
        lines = head.splitlines()
        if size < len(text):
            lines = lines[:-1]  # possibly cut in the middle
        found = next((line for line in lines if line.strip()), None)
        if found is not None:
            return found
        if size >= len(text):
            return ""
        size *= 4


def read_csv(path: str | Path, data: bytes | None = None) -> CsvTable:
    """Decode and split the header of a CSV file; raises FileRejected for empty, binary or junk files."""
    path = str(path)
    if data is None:
        data = Path(path).read_bytes()
    if not data.strip():
        raise FileRejected("le fichier est vide.")
    decoded = decode(data)
    if _control_ratio(decoded.text) > 0.02:
        raise FileRejected("le fichier contient des octets illisibles : ce n'est pas un fichier CSV texte.")
    text = decoded.text
    first = _first_line(text)
    sep = sniff_separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, skipinitialspace=True)
    header = next(reader, [])
    keys = [norm_header(h) for h in header]
    if not any(keys):
        raise FileRejected("la première ligne (en-tête) est vide.")
    return CsvTable(
        path,
        [h.strip().lstrip("\ufeff").strip('"').strip() for h in header],
        keys,
        sep,
        decoded.encoding,
        text,
        list(decoded.warnings),
    )


def clean(value: str | None) -> str | None:
    """Strip a cell and map placeholders (NC, NA, N/A, -, empty) to None."""
    if value is None:
        return None
    value = value.strip()
    if value.lower() in PLACEHOLDERS:
        return None
    return value


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_FR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def parse_date(value: str | None, column: str) -> date | None:
    """AAAA-MM-JJ (a time part is ignored) or JJ/MM/AAAA; None when missing."""
    if value is None:
        return None
    return _parse_date(value, column)


@lru_cache(maxsize=20_000)
def _parse_date(value: str, column: str) -> date:
    # Dates repeat a lot in big files; errors are raised each time (lru_cache does not keep exceptions).
    m = _ISO.match(value)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _FR.match(value)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        raise FieldError(column, value, "date impossible (jour ou mois hors limites)") from None
    raise FieldError(column, value, "date illisible (attendu AAAA-MM-JJ ou JJ/MM/AAAA)")


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_amount(value: str | None, column: str) -> Decimal | None:
    """1234.56, 1234,56, 1 234,56 (space or no-break space thousands), optional € sign."""
    if value is None:
        return None
    text = _SPACES.sub("", value).replace("€", "")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        if text.count(",") > 1:
            raise FieldError(column, value, "montant illisible")
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise FieldError(column, value, "montant illisible (attendu par exemple 1 234,56)") from None
    if not amount.is_finite():
        raise FieldError(column, value, "montant illisible")
    return amount


def parse_int(value: str | None, column: str) -> int | None:
    """A whole number; « 12.0 » from a spreadsheet is accepted, « douze » is not."""
    if value is None:
        return None
    text = _SPACES.sub("", value)
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise FieldError(column, value, "nombre entier attendu") from None
    if number != number.to_integral_value():
        raise FieldError(column, value, "nombre entier attendu")
    return int(number)


def to_cents(amount: Decimal | None) -> int | None:
    """Decimal euros → integer cents, so sums are exact to the cent."""
    if amount is None:
        return None
    return int((amount * 100).to_integral_value())


def cents_to_decimal(cents: int | None) -> Decimal:
    return (Decimal(cents or 0) / 100).quantize(Decimal("0.01"))


_PHONE_DIGITS = re.compile(r"\D")


def normalise_phone(value: str | None) -> str | None:
    """French numbers as « 04 77 41 46 33 »; anything unrecognised is kept as written."""
    if value is None:
        return None
    digits = _PHONE_DIGITS.sub("", value)
    if digits.startswith("0033"):
        digits = "0" + digits[4:]
    elif digits.startswith("33") and len(digits) == 11:
        digits = "0" + digits[2:]
    if len(digits) == 10 and digits.startswith("0"):
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return value
