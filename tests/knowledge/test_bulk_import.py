"""The bulk paths of a big import (indexes built after the load, place links in one INSERT … SELECT)
store exactly what the row-by-row rules say, and a failed big import still changes nothing."""

from datetime import date

import knowledge
from knowledge.importers.base import BULK_MIN_ROWS

from .conftest import one

HEADER = "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_DEBUT;ARR_FIN;ARR_LIEU\n"


def _links(conn) -> list[tuple[str, str, str, str]]:
    return sorted(
        tuple(r)
        for r in conn.execute(
            "SELECT a.numero_key, l.lieu_key, x.start_day, x.end_day FROM arrete_lieux x "
            "JOIN lieux l ON l.id = x.lieu_id JOIN arretes a ON a.id = x.arrete_id"
        )
    )


def _indexes(conn) -> set[str]:
    return {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    }


def test_place_links_follow_updates_of_places_and_periods(conn, write):
    v1 = HEADER + (
        '2025-1;2025-03-01;temporaire;Travaux;2025-03-02;2025-03-05;"Rue de l\'Église; place du Marché"\n'
        "2025-2;2025-03-01;temporaire;Marché;02/03/2025;;rue de l'eglise\n"
        "2025-3;2025-03-01;permanent;Sens unique;;;Grande Rue\n"
    )
    path = write("arretes.csv", v1)
    assert one(conn, path).added == 3
    assert _links(conn) == [
        ("2025-1", "place du marche", "2025-03-02", "2025-03-05"),
        ("2025-1", "rue de l eglise", "2025-03-02", "2025-03-05"),
        ("2025-2", "rue de l eglise", "2025-03-02", "2025-03-02"),
        ("2025-3", "grande rue", "2025-03-01", "9999-12-31"),
    ]
    # Row 2 moves street and period, row 4 is new: the written ids (2 and 4) are not one range.
    v2 = HEADER + (
        '2025-1;2025-03-01;temporaire;Travaux;2025-03-02;2025-03-05;"Rue de l\'Église; place du Marché"\n'
        "2025-2;2025-03-01;temporaire;Marché;2025-04-01;2025-04-03;Grande Rue|Rue de l'Église\n"
        "2025-3;2025-03-01;permanent;Sens unique;;;Grande Rue\n"
        "2025-4;2025-03-09;temporaire;Déménagement;2025-03-10;2025-03-10;place du marche\n"
    )
    report = one(conn, write("arretes.csv", v2))
    assert (report.added, report.updated, report.unchanged) == (1, 1, 2)
    assert _links(conn) == [
        ("2025-1", "place du marche", "2025-03-02", "2025-03-05"),
        ("2025-1", "rue de l eglise", "2025-03-02", "2025-03-05"),
        ("2025-2", "grande rue", "2025-04-01", "2025-04-03"),
        ("2025-2", "rue de l eglise", "2025-04-01", "2025-04-03"),
        ("2025-3", "grande rue", "2025-03-01", "9999-12-31"),
        ("2025-4", "place du marche", "2025-03-10", "2025-03-10"),
    ]
    assert conn.execute("SELECT count(*) FROM lieux").fetchone()[0] == 3  # spellings share one place
    in_force = knowledge.arretes_in_force(conn, date(2025, 4, 2), "grande rue")
    assert [a.id for a in in_force] == ["2025-2", "2025-3"]


def _big_file(n: int, bad_line: int | None = None) -> str:
    rows = [
        f"2024-{i};2024-01-01;temporaire;Stationnement interdit rue {i % 7};"
        f"{'31/02/2024' if i == bad_line else '2024-02-01'};2024-02-03;rue {i % 7}\n"
        for i in range(n)
    ]
    return HEADER + "".join(rows)


def test_big_first_import_builds_indexes_after_and_answers_the_same(conn, write):
    before = _indexes(conn)
    report = one(conn, write("arretes.csv", _big_file(BULK_MIN_ROWS + 10)))
    assert report.ok and report.added == BULK_MIN_ROWS + 10
    assert _indexes(conn) == before  # dropped for the load, rebuilt in the same transaction
    assert conn.execute("SELECT count(*) FROM arrete_lieux").fetchone()[0] == BULK_MIN_ROWS + 10
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(knowledge.arretes_in_force(conn, date(2024, 2, 2), "rue 3")) == (BULK_MIN_ROWS + 10 + 3) // 7
    assert knowledge.search_arretes(conn, "stationner", limit=3)
    assert int(conn.execute("PRAGMA cache_size").fetchone()[0]) == -65536  # the import's cache is given back


def test_big_rejected_import_changes_nothing(conn, write):
    before = _indexes(conn)
    report = one(conn, write("arretes.csv", _big_file(BULK_MIN_ROWS + 10, bad_line=BULK_MIN_ROWS)))
    assert not report.ok
    assert any("ARR_DEBUT" in str(e) and f"ligne {BULK_MIN_ROWS + 2}" in str(e) for e in report.errors)
    assert _indexes(conn) == before
    assert conn.execute("SELECT count(*) FROM arretes").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM arretes_fts").fetchone()[0] == 0


def test_big_import_with_skip_invalid_keeps_good_rows_and_indexes(conn, write):
    before = _indexes(conn)
    report = one(conn, write("arretes.csv", _big_file(BULK_MIN_ROWS + 10, bad_line=5)), skip_invalid=True)
    assert (report.added, report.rejected) == (BULK_MIN_ROWS + 9, 1)
    assert _indexes(conn) == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_fingerprints_keep_their_old_formula(conn, write):
    """Bases imported before the faster fingerprint must still see a re-import as « unchanged »."""
    import hashlib

    from knowledge.importers import arretes
    from knowledge.importers.base import row_hash

    one(conn, write("arretes.csv", HEADER + "2025-7;2025-03-01;permanent;Sens unique;;;Grande Rue\n"))
    row = conn.execute(f"SELECT {', '.join(arretes.COLUMNS)}, row_hash FROM arretes").fetchone()
    values = tuple(row)[:-1]
    old = hashlib.blake2b("\x1f".join(map(str, values)).encode("utf-8"), digest_size=16).hexdigest()
    assert (
        row["row_hash"] == old == row_hash(dict(zip(arretes.COLUMNS, values, strict=True)), arretes.COLUMNS)
    )
    assert (
        row_hash({"a": 1, "b": None}, ["a", "b"]) == hashlib.blake2b(b"1\x1fNone", digest_size=16).hexdigest()
    )


def test_cells_and_picker_read_what_rows_reads():
    from knowledge.importers.csvread import FieldError, read_csv

    table = read_csv("x.csv", b"a;b;a;c\n1; NC ;3\n\n4;5;6;7;;\n8;9;10;11;12\n")
    rows, cells = list(table.rows()), list(table.cells())
    assert [line for line, _ in rows] == [line for line, _ in cells] == [2, 4, 5]
    assert rows[0][1] == {"a": "3", "b": None, "c": None} and cells[0][1] == ["1", None, "3", None]
    assert isinstance(rows[2][1], FieldError) and isinstance(cells[2][1], FieldError)
    for _, values in cells[:2]:
        row = dict(zip(table.keys, values, strict=True))
        assert table.picker(["c", "a", "zz"])(values) == (row["c"], row["a"], None)  # last « a » wins
        assert table.picker(["b"])(values) == (row["b"],)
        assert table.picker(["a", "b"])(values) == (row["a"], row["b"])


IRREGULAR = (
    "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_DEBUT;ARR_FIN;ARR_LIEU;ARR_URL\n"
    "2025-001;2025-03-01;temporaire;Travaux;2025-03-02;2025-03-05;Rue de l'Église;NC\n"
    "2025-002;01/03/2025;Temporaire;Marché;02/03/2025;;rue de l'eglise | place du Marché;\n"
    "2025-003;2025-03-01;permanent;Sens unique;;;Grande Rue;https://exemple.fr/a.pdf\n"
    "2025-004;2025-13-01;permanent;Date impossible;;;;\n"  # bad date: its chunk goes row by row
    "\n"
    '2025-005;2025-03-01;temporaire;"Objet sur\ndeux lignes";;;Rue Haute;\n'
    "2025-0001;2025-03-01;permanent;Doublon de 2025-001;;;;\n"  # duplicate number, earlier chunk
    "2025-006;2025-03-01;réglementaire;  Espaces autour  ;;; rue  Basse ;\n"
    "2025-007;2025-03-01;temporaire;Fin avant début;2025-03-05;2025-03-01;;\n"
    "2025-008;2025-03-01;permanent;Trop de cellules;;;;;en trop\n"
    "2025-009;2025-03-01;permanent;Pas de lieu;;;;\n"
    '"2025\n010";2025-03-01;permanent;Numéro sur deux lignes;;;;\n'
)


def test_chunks_by_columns_give_what_rows_give(tmp_path, monkeypatch):
    """Whatever the chunk size, reading a chunk column by column gives the rows, fingerprints, errors and
    lines of the row-by-row reader (which words the errors); irregular chunks fall back to it."""
    from knowledge.importers import arretes_rows
    from knowledge.importers.csvread import read_csv

    path = tmp_path / "arretes.csv"
    path.write_text(IRREGULAR, encoding="utf-8")

    def read(size: int) -> tuple[list, list]:
        rows, errors = [], []
        for chunk in arretes_rows.chunks(read_csv(path), size):
            rows.extend(chunk.rows)
            errors.extend(chunk.errors)
        return rows, errors

    by_columns = {size: read(size) for size in (1, 2, 3, 50)}

    def irregular(*args):
        raise arretes_rows._Irregular

    monkeypatch.setattr(arretes_rows, "_by_columns", irregular)
    by_rows = read(50)
    for size, got in by_columns.items():
        assert got == by_rows, size
    rows, errors = by_rows
    assert [v[1] for v, _ in rows] == [
        "2025-001", "2025-002", "2025-003", "2025-005", "2025-006", "2025-009", "2025\n010"
    ]  # fmt: skip
    assert rows[-1][0][0] == "2025-10"
    assert [(e.line, e.column) for e in errors] == [
        (5, "ARR_DATE"),
        (9, "ARR_ID"),
        (11, "ARR_FIN"),
        (12, None),
    ]
    assert "déjà présente ligne 2" in errors[1].message
    second = rows[1][0]
    assert (
        second[3] == "temporaire"
        and second[5] == "2025-03-02"
        and second[9] == "rue de l'eglise; place du Marché"
    )
    assert rows[0][0][10] is None  # « NC » is a placeholder


def test_empty_cells_are_stored_as_null(conn, write):
    """Importers bind '' for NULL cells (faster in sqlite3) and SQLite turns them back into NULL."""
    path = write(
        "arretes.csv",
        HEADER
        + "2025-1;2025-03-01;permanent;Sens unique;;;\n2025-2;2025-03-01;temporaire;Travaux;;;Rue Haute\n",
    )
    assert one(conn, path).added == 2
    assert (
        conn.execute(
            "SELECT count(*) FROM arretes "
            "WHERE debut IS NULL AND fin IS NULL AND url IS NULL AND text IS NULL"
        ).fetchone()[0]
        == 2
    )
    assert conn.execute("SELECT lieux FROM arretes WHERE numero = '2025-1'").fetchone()[0] == ""
    assert conn.execute("SELECT end_day FROM arretes WHERE numero = '2025-1'").fetchone()[0] is None
