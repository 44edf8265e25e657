"""Reading the CSV files communes publish: encodings, separators, French dates and amounts, placeholders.

Every value error carries the file, line, column and value so a clerk can fix the cell in a spreadsheet.
"""

from __future__ import annotations

import codecs
import contextlib
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
# Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
SAVE_AS_CSV = (
    "ouvrez-le dans le tableur et enregistrez le classeur au format CSV (« CSV UTF-8 » ou « CSV "
    "(séparateur : point-virgule) »), puis importez le fichier .csv obtenu"
)
_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".numbers"}


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
            suffix = Path(self.path).suffix.lower()
            field_word = {".yml": "champ", ".yaml": "champ", ".xml": "élément"}.get(suffix, "colonne")
            where += f", {field_word} « {self.column} »"
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

    def __init__(self, message: str, column: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.column = column
        self.line = line


_END = "\ue000fin-du-fichier\ue000"  # private-use marker: never in a real file


def csv_error(exc: csv.Error, line: int) -> FileRejected:
    """What the csv module could not read, in French: where, and what to do."""
    text = str(exc)
    if "field larger than field limit" in text:
        limit = f"{csv.field_size_limit():,}".replace(",", "\u202f")
        message = (
            f"ligne {line} : une cellule dépasse {limit} caractères. C'est souvent un guillemet ouvert et "
            "jamais refermé, qui avale la suite du fichier. Rien n'a été importé : vérifiez les guillemets "
            "de cette ligne."
        )
    elif "NUL" in text:
        message = f"ligne {line} : octet nul, ce n'est pas un fichier texte CSV. Rien n'a été importé."
    else:
        message = (
            f"ligne {line} : CSV mal formé (guillemets ou séparateurs). Rien n'a été importé : vérifiez "
            "cette ligne dans un éditeur de texte."
        )
    return FileRejected(message, line=line)


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def check_not_spreadsheet(data: bytes, name: str = "") -> None:
    """A workbook (.xlsx, .ods: zip; .xls: OLE) is refused with what to do instead."""
    suffix = Path(name).suffix.lower()
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) or suffix in _SPREADSHEET_SUFFIXES:
        raise FileRejected(
            "le fichier est binaire : c'est un classeur de tableur (Excel, LibreOffice) ou une archive, "
            f"pas un fichier CSV. Pour l'importer, {SAVE_AS_CSV}."
        )


def _unicode_without_bom(head: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 written without a BOM, told by where the zero bytes of ASCII characters fall."""
    sample = head[: 4096 - len(head[:4096]) % 4]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    zeros = [sum(1 for b in sample[i::4] if b == 0) / (len(sample) // 4) for i in range(4)]
    if zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.5:
        return "utf-32-le", "UTF-32"
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] < 0.5:
        return "utf-32-be", "UTF-32"
    if zeros[1] > 0.7 and zeros[3] > 0.7 and zeros[0] < 0.3 and zeros[2] < 0.3:
        return "utf-16-le", "UTF-16"
    if zeros[0] > 0.7 and zeros[2] > 0.7 and zeros[1] < 0.3 and zeros[3] < 0.3:
        return "utf-16-be", "UTF-16"
    return None


# Letters and signs of French text, and characters that only appear when bytes are read in the wrong
# legacy encoding (Mac Roman read as Windows-1252 gives « ˆ » for « à », « Ž » for « é »; the other way
# round gives « ‡ » for « à », « … » for « É » and capitals such as « È » inside lower-case words).
_FRENCH = frozenset("àâäçéèêëîïôöùûüÿœæ’«»–—€°")
_ODD = frozenset("\ufffdˆƒŽ‡·‚„‰ı˜¯˘˙˚¸˝˛ˇ√∫≈∆Ω∂∑∏π≠≤≥÷◊ﬁﬂ¬µ†¶ß®©™´¨ÆØ∞±¥ªºø¿¡‹›ŠšžŸ")
_CAPITALS = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÆÁÍÓÚÑÕÃÅ")
_WORD_CAPITALS = frozenset("ÀÂÇÉÈÊÎÔŒ")  # a French word may start with these (« École », « Œuvre »)


def _french_score(text: str) -> int:
    """How French a decoding looks: French letters and signs count for it, impossible ones against it.

    Capitals count by their place: at the start of a word (« Élodie », « À la mairie ») for, after a
    lower-case letter (« cafÈ ») against; « … » right before a letter (« …lodie ») is a misread « É ».
    """
    score = 0
    previous = " "
    for i, ch in enumerate(text):
        if ch in _FRENCH:
            score += 1
        elif ch in _ODD:
            score -= 2
        elif ch in _CAPITALS:
            if previous.islower():
                score -= 2
            elif not previous.isalpha() and ch in _WORD_CAPITALS:
                following = text[i + 1 : i + 2]
                score += 1 if following.isalpha() or ch == "À" else 0
        elif ch == "…":
            score += -1 if text[i + 1 : i + 2].isalpha() else 1
        previous = ch
    return score


def _legacy_codec(lines: list[bytes]) -> str:
    """Windows-1252 (Excel on a PC) or Mac Roman (Excel for Mac « CSV Macintosh ») for these lines."""
    sample = b"\n".join(lines)[:65536]
    pc = _french_score(sample.decode("cp1252", errors="replace"))
    mac = _french_score(sample.decode("mac_roman"))
    return "mac_roman" if mac > pc else "cp1252"


_LEGACY_NAMES = {"cp1252": "windows-1252", "mac_roman": "mac-roman"}


def _fallback_handler(codec: str) -> str:
    """The name of a codec error handler that reads the bytes UTF-8 refused in `codec` instead."""
    name = f"clocher-{codec}"
    try:
        codecs.lookup_error(name)
    except LookupError:

        def handler(exc: UnicodeError) -> tuple[str, int]:
            assert isinstance(exc, UnicodeDecodeError)
            bad = exc.object[exc.start : exc.end]
            return bad.decode(codec, errors="replace"), exc.end

        codecs.register_error(name, handler)
    return name


def decode(data: bytes, name: str = "", *, prefix: bool = False) -> Decoded:
    """Decode what a French office writes: UTF-8 (with or without BOM), Windows-1252, Mac Roman, UTF-16
    or UTF-32 (with or without BOM); line by line when a file mixes UTF-8 and a legacy encoding.

    prefix=True: `data` is the start of a file, possibly cut inside a character (format detection).
    """
    check_not_spreadsheet(data, name)
    unicode = next(((codec, label, len(bom)) for bom, codec, label in _BOMS if data.startswith(bom)), None)
    if unicode is None:
        found = _unicode_without_bom(data)
        if found is not None:
            unicode = (*found, 0)
    if unicode is not None and unicode[0] != "utf-8":
        codec, label, skip = unicode
        try:
            return Decoded(data[skip:].decode(codec, "ignore" if prefix else "strict"), label.lower())
        except UnicodeDecodeError as exc:
            raise FileRejected(
                f"problème d'encodage : le fichier se présente comme de l'{label} mais l'octet "
                f"{exc.start + skip} n'en est pas. Enregistrez-le de nouveau en « CSV UTF-8 »."
            ) from None
    if unicode is not None:
        data = data[unicode[2] :]
    if b"\x00" in data[:65536]:
        raise FileRejected(
            "le fichier est binaire (octets nuls) : ce n'est pas un fichier texte CSV ou YAML."
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    legacy_lines: list[int] = []
    out: list[str] = []
    unicode_lines = 0
    for i, raw in enumerate(lines):
        try:
            out.append(raw.decode("utf-8"))
            unicode_lines += not raw.isascii()
        except UnicodeDecodeError:
            legacy_lines.append(i)
            out.append("")
    codec = _legacy_codec([lines[i] for i in legacy_lines[:2000]])
    for i in legacy_lines:
        # A line may mix both (« d\xe9partemental … Saint-\xc3\x89tienne »): its UTF-8 sequences are read
        # as UTF-8 and only the bytes that are not UTF-8 in the legacy codec. A legacy French text
        # practically never holds a valid UTF-8 sequence (« Ã » then a byte from 0x80 to 0xBF).
        out[i] = lines[i].decode("utf-8", errors=_fallback_handler(codec))
    label = _LEGACY_NAMES[codec]
    if not unicode_lines:
        # Told from its accents: say so, so that a clerk sees it if a very short file was misread.
        note = ["lu comme un « CSV Macintosh » (Mac Roman, Excel pour Mac)."] if codec == "mac_roman" else []
        return Decoded("\n".join(out), label, note)
    return Decoded(
        "\n".join(out),
        "mixte",
        [
            f"encodage mixte : {len(legacy_lines)} ligne(s) avec du {label.capitalize()}, {unicode_lines} en "
            "UTF-8 (chaque caractère lu dans son encodage)."
        ],
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
    placeholders: frozenset[str] = _PLACEHOLDER_SPELLINGS  # cells read as missing

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

        Raises FileRejected for what the csv module reads wrongly or not at all: a quote opened and never
        closed (it silently swallows the rest of the file into one cell), a cell over the csv module's
        131 072-character limit, a NUL byte.
        """
        source = io.StringIO(self.text, newline="")
        reader = self._reader(source)
        next(reader, None)  # the header, read by read_csv
        last = (source.tell(), reader.line_num)
        while True:
            offset, before = source.tell(), reader.line_num
            try:
                raw = list(islice(reader, size))
            except csv.Error as exc:
                raise self._csv_error(exc, offset, before) from None
            if not raw:
                self._check_quotes_closed(*last)
                return
            last = (offset, before)
            after = reader.line_num
            if after - before == len(raw):
                yield raw, range(before + 1, after + 1)
                continue
            again = self._reader(io.StringIO(self.text[offset : source.tell()], newline=""))
            starts, line = [], before
            for _ in again:
                starts.append(line + 1)
                line = before + again.line_num
            yield raw, starts

    def _reader(self, source: io.StringIO) -> Iterator[list[str]]:
        return csv.reader(source, delimiter=self.separator, skipinitialspace=True)

    def _csv_error(self, exc: csv.Error, offset: int, before: int) -> FileRejected:
        """The csv module's error, in French, at the line where the failing row starts."""
        again = self._reader(io.StringIO(self.text[offset:], newline=""))
        line = before
        with contextlib.suppress(csv.Error):
            for _ in again:
                line = before + again.line_num  # type: ignore[attr-defined]
        return csv_error(exc, line + 1)

    def _check_quotes_closed(self, offset: int, before: int) -> None:
        """Refuse a file whose last row opens a quote it never closes (it swallowed the rest of the file).

        The last chunk is read again with a marker after the end: a closed quote leaves the marker alone
        on its own row, an open one takes it into its cell.
        """
        tail = self.text[offset:]
        if '"' not in tail:
            return
        again = self._reader(io.StringIO(tail + "\n" + _END, newline=""))
        line = start = before
        row: list[str] = []
        for read in again:
            start, line, row = line + 1, before + again.line_num, read  # type: ignore[attr-defined]
        if row == [_END] or not any(_END in cell for cell in row):
            return
        index = next(i for i, cell in enumerate(row) if _END in cell)
        column = self.header[index] if index < len(self.header) else f"n° {index + 1}"
        raise FileRejected(
            "un guillemet est ouvert et jamais refermé, si bien que "
            "toute la suite du fichier serait lue comme une seule cellule. Rien n'a été importé : refermez "
            "ce guillemet (un guillemet à l'intérieur d'un texte s'écrit \"\"), puis importez de nouveau.",
            column=column,
            line=start,
        )

    def clean_cells(self, cells: list[str]) -> list[str | None] | FieldError | None:
        """One csv row → its cells stripped, placeholders as None, padded to the header's width.

        None for a blank row; a FieldError when the row has more non-empty cells than the header.
        """
        width = len(self.keys)
        # Every upper/lower-case spelling of the placeholders: one set lookup per cell, no lower().
        placeholders = self.placeholders
        values: list[str | None] = [None if v in placeholders else v for v in map(str.strip, cells)]
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


def read_csv(path: str | Path, data: bytes | None = None, *, resident_text: bool = False) -> CsvTable:
    """Decode and split the header of a CSV file; raises FileRejected for empty, binary or junk files.

    resident_text=True reads what residents typed (the inbox export): « NC » or « - » stay as written,
    and control characters in the cells are theirs, not a sign of a binary file (the header is checked).
    """
    path = str(path)
    if data is None:
        data = Path(path).read_bytes()
    if not data.strip():
        raise FileRejected("le fichier est vide.")
    decoded = decode(data, path)
    text = decoded.text
    first = _first_line(text)
    if _control_ratio(first if resident_text else text) > 0.02:
        raise FileRejected("le fichier contient des octets illisibles : ce n'est pas un fichier CSV texte.")
    sep = sniff_separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, skipinitialspace=True)
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise csv_error(exc, 1) from None
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
        frozenset({""}) if resident_text else _PLACEHOLDER_SPELLINGS,
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
# Bigger than any French public budget (the State's is ≈ 10¹² €) and than SQLite's 64-bit integers in cents.
MAX_AMOUNT = Decimal(10) ** 14
_MAX_NUMBER_TEXT = 60  # characters: a longer « number » is not one (and Decimal would work hard on it)


def parse_amount(value: str | None, column: str) -> Decimal | None:
    """1234.56, 1234,56, 1 234,56 (space or no-break space thousands), optional € sign."""
    if value is None:
        return None
    text = _SPACES.sub("", value).replace("€", "")
    if len(text) > _MAX_NUMBER_TEXT:
        raise FieldError(column, value, "montant illisible : trop de chiffres")
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
    # adjusted() is the exponent of the leading digit: no arithmetic, so no decimal.Overflow on 1E1000000
    if amount and amount.adjusted() >= MAX_AMOUNT.adjusted():
        raise FieldError(column, value, "montant invraisemblable (cent mille milliards d'euros ou plus)")
    return amount


def parse_int(value: str | None, column: str) -> int | None:
    """A whole number; « 12.0 » from a spreadsheet is accepted, « douze » is not."""
    if value is None:
        return None
    text = _SPACES.sub("", value)
    if len(text) > _MAX_NUMBER_TEXT:
        raise FieldError(column, value, "nombre entier attendu (celui-ci a trop de chiffres)")
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise FieldError(column, value, "nombre entier attendu") from None
    if not number.is_finite() or (number and number.adjusted() >= 15):  # ≥ 10¹⁵, tested without arithmetic
        raise FieldError(column, value, "nombre entier attendu (celui-ci est trop grand)")
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
