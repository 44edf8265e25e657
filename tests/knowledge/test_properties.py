# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Issue 14: property-based tests of every importer (hypothesis).

Whatever arrives — random bytes, a truncated file, an unclosed quote, a huge cell or number, nested YAML
aliases, any encoding a French office writes — an import never raises: it gives a report whose errors
are French, name the file (and the line and column when there is one), and a refused file leaves the
base exactly as it was (compared by a dump). The cases hypothesis found are kept below as @example.

Examples are derandomised (the same ones every run: the suite stays deterministic on a shared machine);
CLOCHER_HYPOTHESIS=thorough explores new ones, many more of them.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import knowledge
from knowledge.importers import UNEXPECTED
from knowledge.importers.detect import KINDS
from tests.conftest import DEMO

from .conftest import dump

THOROUGH = os.environ.get("CLOCHER_HYPOTHESIS") == "thorough"
PROPERTY = settings(
    max_examples=400 if THOROUGH else 30,
    derandomize=not THOROUGH,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
CSV_KINDS = [k for k in KINDS if k not in {"profile", "arretes_pdf"}]
DEMO_FILES = sorted(p for p in DEMO.iterdir() if p.suffix in {".csv", ".yml"})
# English that would betray a message passed through from a library (csv, PyYAML, sqlite3, decimal…).
ENGLISH = re.compile(
    r"\b(?:error|exception|traceback|invalid|expected|unexpected|found|token|field|line|column|cannot|"
    r"could not|not allowed|larger than|limit|decode|codec|utf-8' codec|ordinal|object|none|null)\b",
    re.I,
)
QUOTED = re.compile(r"«[^»]*»|\([^)]*\)")


_OPEN: list[Base] = []


@pytest.fixture(autouse=True)
def _remove_bases():
    """Hypothesis runs many examples in one test call: their bases are removed when it ends."""
    yield
    while _OPEN:
        base = _OPEN.pop()
        base.conn.close()
        shutil.rmtree(base.dir, ignore_errors=True)


class Base:
    """A fresh knowledge base in its own folder (hypothesis runs many examples per test function)."""

    def __init__(self, populated: bool = False) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="kb-prop-"))
        self.conn = knowledge.open_kb(self.dir / "kb.sqlite")
        _OPEN.append(self)
        if populated:
            knowledge.import_paths(self.conn, [DEMO])

    def write(self, name: str, data: bytes) -> Path:
        path = self.dir / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return path

    def check(self, path: Path, **options) -> knowledge.ImportReport:
        """Import `path`: no exception, French errors naming file/line/column, nothing changed on refusal."""
        before = dump(self.conn)
        (report,) = knowledge.import_paths(self.conn, [path], **options)
        for error in report.errors:
            text = str(error)
            assert text.startswith(path.name), text
            if error.line is not None:
                assert f"ligne {error.line}" in text, text
            if error.column:
                assert f"« {error.column} »" in text, text
            said = QUOTED.sub("", error.message)
            assert error.message and not ENGLISH.search(said), error.message
            assert error.message != UNEXPECTED, "an exception escaped an importer (see the log)"
        if not report.ok:
            assert report.added == report.updated == report.removed == 0
            assert dump(self.conn) == before, f"{path.name} refused but the base changed"
        return report


def _base(populated: bool = False) -> Base:
    return Base(populated)


# -- random bytes ----------------------------------------------------------------------------------


@PROPERTY
@given(data=st.binary(max_size=3000), kind=st.sampled_from([None, *KINDS]), suffix=st.sampled_from([".csv", ".yml", ".pdf", ".txt"]))
@example(data=b"\xff\xfe\x00\x00q\x00\x00\x00", kind=None, suffix=".csv")  # UTF-32 BOM then junk
@example(data=b'question;reponse\n"', kind=None, suffix=".csv")  # a lone quote at the end
@example(data=b"%PDF-1.4\n", kind=None, suffix=".pdf")  # a PDF header and nothing else
@example(data=b"nom: &a [*a]\n", kind="profile", suffix=".yml")  # an alias to itself
@example(data=b"PK\x03\x04", kind="fiches", suffix=".csv")  # a workbook forced as fiches
def test_random_bytes_never_raise(data, kind, suffix):
    base = _base()
    base.check(base.write(f"f{suffix}", data), fmt=kind)


@PROPERTY
@given(data=st.binary(min_size=1, max_size=2000), name=st.sampled_from([p.name for p in DEMO_FILES]))
def test_random_bytes_after_a_real_header(data, name):
    """A real header (so the importer gets past detection), then junk."""
    header = (DEMO / name).read_bytes().split(b"\n", 1)[0] + b"\n"
    base = _base()
    base.check(base.write(name, header + data), skip_invalid=True)


# -- truncated files -------------------------------------------------------------------------------


@PROPERTY
@given(name=st.sampled_from([p.name for p in DEMO_FILES]), cut=st.floats(min_value=0, max_value=1))
@example(name="fiches.csv", cut=0.5)
@example(name="commune.yml", cut=0.3)
def test_truncated_demo_files(name, cut):
    data = (DEMO / name).read_bytes()
    base = _base()
    base.check(base.write(name, data[: int(len(data) * cut)]))
    base.check(base.write(name, data[: int(len(data) * cut)]), skip_invalid=True)


@PROPERTY
@given(cut=st.floats(min_value=0, max_value=1))
def test_truncated_pdf(cut):
    data = (DEMO / "arretes_pdf" / "arrete-2026-012.pdf").read_bytes()
    base = _base()
    base.check(base.write("a.pdf", data[: int(len(data) * cut)]))


XML_FILES = sorted((Path(__file__).with_name("data")).glob("*.xml"))  # a TOTEM budget, a plan de comptes


@PROPERTY
@given(path=st.sampled_from(XML_FILES), cut=st.floats(min_value=0, max_value=1), junk=st.binary(max_size=40))
@example(path=XML_FILES[0], cut=0.5, junk=b"&")  # an entity reference that was never declared
@example(path=XML_FILES[1], cut=0.5, junk=b"\x00")  # a NUL byte inside an XML file
def test_truncated_or_spoiled_xml(path, cut, junk):
    """A budget or a chart cut short or with junk inserted: refused (or read) in French, never a crash."""
    data = path.read_bytes()
    at = int(len(data) * cut)
    base = _base(populated=True)
    base.check(base.write(path.name, data[:at]))
    base.check(base.write(path.name, data[:at] + junk + data[at:]), skip_invalid=True)


# -- unclosed quotes -------------------------------------------------------------------------------

HEADER = "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_LIEU"


def _arretes(n: int) -> list[list[str]]:
    return [[f"2025-{i:03d}", f"2025-01-{i % 28 + 1:02d}", "permanent", f"Arrêté numéro {i}", f"rue {i}"] for i in range(1, n + 1)]


@PROPERTY
@given(n=st.integers(min_value=1, max_value=40), data=st.data(), skip=st.booleans())
def test_a_quote_opened_and_never_closed_refuses_the_file(n, data, skip):
    """Issue 14: the rows after the quote are never silently swallowed into one cell."""
    rows = _arretes(n)
    line = data.draw(st.integers(min_value=0, max_value=n - 1), label="row")
    column = data.draw(st.integers(min_value=0, max_value=4), label="column")
    rows[line][column] = '"' + rows[line][column]
    text = HEADER + "\n" + "\n".join(";".join(r) for r in rows) + data.draw(st.sampled_from(["", "\n", "\r\n"]))
    base = _base(populated=True)
    report = base.check(base.write("arretes.csv", text.encode()), skip_invalid=skip)
    assert not report.ok
    assert (report.errors[0].line, report.errors[0].column) == (line + 2, HEADER.split(";")[column])
    assert "guillemet" in report.errors[0].message
    assert str(report.errors[0]).count(" ligne ") == 1  # where it is, said once


@PROPERTY
@given(n=st.integers(min_value=1, max_value=30), data=st.data())
def test_a_stray_quote_anywhere_loses_no_row_silently(n, data):
    """A quote inserted anywhere: either the file is refused, or every row is imported or named."""
    text = HEADER + "\n" + "\n".join(";".join(r) for r in _arretes(n)) + "\n"
    at = data.draw(st.integers(min_value=len(HEADER) + 1, max_value=len(text) - 1), label="at")
    text = text[:at] + '"' + text[at:]
    base = _base()
    report = base.check(base.write("arretes.csv", text.encode()), skip_invalid=True)
    if report.ok:
        stored = base.conn.execute("SELECT count(*) FROM arretes").fetchone()[0]
        assert stored + report.rejected >= n - 1  # a quote closing on the next row may join two rows, no more


# -- huge cells and numbers ------------------------------------------------------------------------


@PROPERTY
@given(size=st.integers(min_value=100_000, max_value=400_000), quoted=st.booleans(), kind=st.sampled_from(["fiches", "arretes", "annuaire"]))
@example(size=131_073, quoted=True, kind="arretes")
def test_huge_cells(size, quoted, kind):
    cell = "é" * size
    cell = f'"{cell}"' if quoted else cell
    text = {
        "fiches": f"question;reponse\nQuestion ?;{cell}\n",
        "arretes": f"{HEADER}\n2025-001;2025-01-02;permanent;{cell};rue\n",
        "annuaire": f"nom;categorie\n{cell};boulangerie\n",
    }[kind]
    base = _base()
    report = base.check(base.write(f"{kind}.csv", text.encode()))
    assert not report.ok or report.added == 1


NUMBERS = st.one_of(
    st.integers(min_value=-(10**500), max_value=10**500).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.from_regex(r"-?[0-9 ]{0,30}([.,][0-9]{0,30})?([eE][+-]?[0-9]{1,12})?", fullmatch=True),
    st.sampled_from(["1e400", "9" * 400, "NaN", "-Infinity", "sNaN", "1,2,3", "1 234,56", "0x1F", "١٢٣"]),
)


@PROPERTY
@given(number=NUMBERS, column=st.sampled_from(["VOTE_POUR", "VOTE_EFFECTIF", "BUDGET_ANNEE"]))
@example(number="9" * 400, column="VOTE_POUR")
@example(number="1e400", column="VOTE_POUR")
def test_huge_numbers_in_deliberations(number, column):
    text = f"DELIB_ID;DELIB_DATE;DELIB_OBJET;{column}\nD1;2025-01-02;Vote;{number}\n"
    base = _base()
    base.check(base.write("delib.csv", text.encode()))


@PROPERTY
@given(number=NUMBERS, column=st.sampled_from(["BGT_MTPREV", "BGT_MTREAL", "BGT_ANNEE"]))
@example(number="1e400", column="BGT_MTPREV")
@example(number="9" * 400, column="BGT_MTREAL")
@example(number="1E1000000", column="BGT_MTPREV")  # found by hypothesis: decimal.Overflow in abs()
@example(number="1E1000000", column="BGT_ANNEE")  # found by hypothesis: the same in parse_int
def test_huge_numbers_in_a_budget(number, column):
    header = "BGT_NATDEC;BGT_ANNEE;BGT_NOM;BGT_NATURE;BGT_OPBUDG;BGT_CODRD;BGT_MTPREV;BGT_MTREAL"
    values = {"BGT_NATDEC": "budget primitif", "BGT_ANNEE": "2025", "BGT_NOM": "Commune", "BGT_NATURE": "60611",
              "BGT_OPBUDG": "réel", "BGT_CODRD": "dépense", "BGT_MTPREV": "10", "BGT_MTREAL": ""}
    values[column] = number
    text = header + "\n" + ";".join(values[h] for h in header.split(";")) + "\n"
    base = _base()
    base.check(base.write("budget.csv", text.encode()))


# -- YAML ------------------------------------------------------------------------------------------

PROFILE = "nom: Sainte-Exemple\ncode_insee: '01999'\nmairie:\n  adresse: 1 place de la Mairie\n"


@PROPERTY
@given(depth=st.integers(min_value=1, max_value=12), width=st.integers(min_value=1, max_value=12), where=st.sampled_from(["nom", "extra", "mairie"]))
@example(depth=9, width=9, where="extra")  # the billion laughs of issue 14
def test_nested_yaml_aliases_are_refused(depth, width, where):
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, depth + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    last = f"*a{depth}"
    body = {"nom": PROFILE.replace("nom: Sainte-Exemple", f"nom: {last}"), "extra": PROFILE + f"extra: {last}\n",
            "mairie": PROFILE + f"  telephone: {last}\n"}[where]
    base = _base()
    report = base.check(base.write("commune.yml", ("\n".join(lines) + "\n" + body).encode()))
    assert not report.ok and "alias" in report.errors[0].message


YAML_JUNK = st.text(alphabet=st.sampled_from(list("nom:code_insee mairie-[]{}&*!|>'\"#%@`\t\n ,?é01")), max_size=300)


@PROPERTY
@given(text=YAML_JUNK)
@example(text="nom: a\n\tcode: 1\n")
@example(text="nom: " + "[" * 50)
@example(text="!!python/object:os.system ls\n")
def test_yaml_junk_gives_french_errors(text):
    base = _base()
    base.check(base.write("commune.yml", text.encode()))


# -- encodings -------------------------------------------------------------------------------------

WORDS = (
    "mairie école église déchèterie crèche cantine ramassage ordures verre épicerie boulangerie rue "
    "à où été fête marché château forêt garçon français cœur œuvre hôtel île âge naïf noël façade "
    "Élodie Émile Étienne Ève Œuf À Ça « » ’ … – € ° 12 h 30 le la les des du pour avec sans"
).split()
ACCENTED = [w for w in WORDS if not w.isascii()]
# Legacy encodings are told apart by how French the text reads, so a text needs some evidence: three
# accented words at least (a real file has many). A file whose only accent is one ambiguous letter
# (« Ève » in Mac Roman reads as « éve » in Windows-1252) cannot be told apart by anyone.
SENTENCE = st.tuples(
    st.lists(st.sampled_from(ACCENTED), min_size=3, max_size=6), st.lists(st.sampled_from(WORDS), max_size=6)
).map(lambda parts: " ".join(parts[0] + parts[1]))
OFFICE_ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "mac_roman", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]


@PROPERTY
@given(rows=st.lists(st.tuples(SENTENCE, SENTENCE), min_size=1, max_size=15), encoding=st.sampled_from(OFFICE_ENCODINGS), separator=st.sampled_from([";", ",", "\t"]), newline=st.sampled_from(["\n", "\r\n"]))
@example(rows=[("À quelle heure ?", "Ça ouvre à 8 h 30")], encoding="mac_roman", separator=";", newline="\r\n")
@example(rows=[("Été", "été")], encoding="cp1252", separator=",", newline="\n")
@example(rows=[("«", "mairie"), ("Élodie", "À côté")], encoding="cp1252", separator=";", newline="\n")  # found by hypothesis
def test_every_office_encoding_keeps_the_accents(rows, encoding, separator, newline):
    unique = {}
    for question, answer in rows:
        if knowledge_key(question):  # a question without a word is refused, rightly
            unique.setdefault(knowledge_key(question + " ?"), (question + " ?", answer))
    if not unique:
        return
    lines = ["question" + separator + "reponse"] + [f'"{q}"{separator}"{a}"' for q, a in unique.values()]
    data = (newline.join(lines) + newline).encode(encoding)
    base = _base()
    report = base.check(base.write("fiches.csv", data))
    assert report.ok and report.added == len(unique), [str(e) for e in report.errors]
    stored = {f.question: f.reponse for f in knowledge.list_fiches(base.conn)}
    assert stored == {q: a for q, a in unique.values()}
    assert not any("mixte" in w for w in report.warnings)


@PROPERTY
@given(name=SENTENCE, encoding=st.sampled_from(OFFICE_ENCODINGS))
@example(name="Élodie à l'école", encoding="cp1252")  # found by hypothesis: « …lodie », read as Mac Roman
@example(name="À côté de l'église", encoding="cp1252")
@example(name="12 € à régler", encoding="mac_roman")
@example(name="Fêtes… à venir", encoding="mac_roman")  # found by hypothesis: « … » read as « É »
def test_profile_in_every_office_encoding(name, encoding):
    text = PROFILE.replace("Sainte-Exemple", f'"{name}"')
    base = _base()
    report = base.check(base.write("commune.yml", text.encode(encoding)))
    assert report.ok and knowledge.get_commune(base.conn).nom == name


def knowledge_key(text: str) -> str:
    from knowledge.textnorm import key

    return key(text)


# -- export → import round trip --------------------------------------------------------------------

CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00") | st.sampled_from(list(';,"\n«»€œ')), min_size=1, max_size=80)


def _clean(text: str) -> str | None:
    text = text.strip()
    if not text or text.lower() in {"", "nc", "na", "n/a", "-", "n.c.", "n.a.", "null", "none"}:
        return None
    return text


@PROPERTY
@given(fiches=st.lists(st.tuples(CELL, CELL, st.lists(CELL, max_size=3)), min_size=1, max_size=8), messages=st.lists(CELL, max_size=4))
@example(fiches=[("0", "0", [])], messages=["0", "0"])  # found by hypothesis: one question asked twice in a second
def test_export_import_round_trip(fiches, messages):
    base = _base()
    added = set()
    for question, answer, variantes in fiches:
        q, a = _clean(question), _clean(answer)
        if q is None or a is None or not knowledge_key(q) or knowledge_key(q) in added:
            continue
        variantes = [v for v in (_clean(x.replace("|", " ")) for x in variantes) if v]
        knowledge.add_fiche(base.conn, q, a, variantes=variantes)
        added.add(knowledge_key(q))
    for text in messages:
        if text.strip():
            knowledge.add_inbox_item(base.conn, "signalement", "7", text)
            knowledge.add_unanswered(base.conn, text, chat_id="7", reason="fallback")
    out = base.dir / "export"
    knowledge.export_kb(base.conn, out)
    fresh = Base()
    reports = knowledge.import_paths(fresh.conn, [out])
    assert all(r.ok and not r.errors for r in reports), [str(e) for r in reports for e in r.errors]

    def content(conn):
        fiches = sorted(tuple(r) for r in conn.execute("SELECT question, reponse, variantes, enabled FROM fiches"))
        inbox = sorted(tuple(r) for r in conn.execute("SELECT reference, text, created_at FROM inbox"))
        questions = sorted(tuple(r) for r in conn.execute("SELECT question, created_at, chat_id FROM unanswered"))
        return fiches, inbox, questions

    assert content(fresh.conn) == content(base.conn)


# -- the command line ------------------------------------------------------------------------------


@settings(PROPERTY, max_examples=60 if THOROUGH else 10)
@given(data=st.binary(max_size=1000), suffix=st.sampled_from([".csv", ".yml", ".pdf", ".xlsx"]))
def test_cli_import_never_shows_a_traceback(data, suffix):
    from click.testing import CliRunner

    from knowledge.cli import cli

    base = _base()
    path = base.write(f"f{suffix}", data)
    result = CliRunner().invoke(cli, ["--db", str(base.dir / "kb.sqlite"), "import", str(path)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_unicode_files_are_not_called_unknown(encoding, tmp_path):
    """Issue 14: a UTF-32 file was « type de fichier non reconnu »."""
    base = _base()
    report = base.check(base.write("fiches.csv", "question;reponse\nOù ?;Là.\n".encode(encoding)))
    assert report.ok and report.kind == "fiches"
