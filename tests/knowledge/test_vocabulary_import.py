"""The commune's own words (knowledge/importers/vocabulaire.py): a line that cannot be read is refused with
its line, and the file's name said once."""

from __future__ import annotations

from .conftest import one


def test_a_bad_line_is_refused_with_its_line_and_nothing_changes(conn, write):
    report = one(conn, write("vocabulaire.txt", "la Vogue, fête patronale\n=> parking\n"))
    assert not report.ok
    said = " ".join(str(e) for e in report.errors)
    assert "ligne 2" in said and "de chaque côté de « => »" in said
    assert said.count("vocabulaire.txt") == 1, said
    assert conn.execute("SELECT count(*) FROM vocabulaire").fetchone()[0] == 0


def test_good_rules_are_kept_as_the_clerk_wrote_them(conn, write):
    text = "la Vogue, fête patronale\nparking (plage) => parking de l'Estran\n"
    report = one(conn, write("vocabulaire.txt", text))
    assert report.ok and report.added == 2
    assert conn.execute("SELECT text FROM vocabulaire").fetchone()[0] == text
