# ruff: noqa: E501  (CSV lines are kept whole, as a clerk would see them)
"""An arrêté both in the CSV and as a signed PDF: the CSV's fields win, the PDF adds its text and fills only
what the CSV left empty, the report says what it added, and the files import again in any order to the
same base."""

from datetime import date

from click.testing import CliRunner

import knowledge
from knowledge.textnorm import numero_key

from .conftest import one
from .test_pdf_dates_places import LAYOUTS, _write

HEADER = "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_DEBUT;ARR_FIN;ARR_LIEU;PREF_ID\n"
OTHER = "2026-003;12/01/2026;permanent;Bruits de voisinage;;;territoire communal;\n"


def _csv(write, *rows):
    return write("arretes.csv", HEADER + "".join(rows) + OTHER)


def _row(conn, number):
    return conn.execute("SELECT * FROM arretes WHERE numero_key = ?", (numero_key(number),)).fetchone()


def test_the_csv_keeps_its_fields_and_the_pdf_adds_its_text(conn, write, tmp_path):
    csv = _csv(write, "2026-018;13/04/2026;temporaire;Brocante : Grande Rue fermée;10/05/2026;10/05/2026;Grande Rue;PREF-18\n")
    pdf = _write(tmp_path / "a.pdf", LAYOUTS["one-day-stamp-bottom"])
    assert one(conn, csv).added == 2
    report = one(conn, pdf)
    assert (report.added, report.updated) == (0, 1)
    arrete = knowledge.get_arrete(conn, "2026-018")
    assert arrete.objet == "Brocante : Grande Rue fermée" and arrete.lieux == ("Grande Rue",)
    assert (arrete.type, arrete.debut, arrete.fin) == ("temporaire", date(2026, 5, 10), date(2026, 5, 10))
    assert _row(conn, "2026-018")["pref_id"] == "PREF-18"  # the CSV's, not the stamp's
    assert [a.id for a in knowledge.search_arretes(conn, "exposants")] == ["2026-018"]  # the PDF's words
    (added,) = report.notes
    assert "n° 2026-018" in added and "texte intégral" in added and "réception en préfecture (14 avril 2026)" in added
    assert "lieux" not in added and "dates" not in added
    assert not report.warnings
    # again, in either order: nothing changes, nothing is said
    for path in (csv, pdf, csv):
        again = one(conn, path)
        assert again.added == again.updated == again.removed == 0 and not again.notes and not again.warnings


def test_the_pdf_fills_what_the_csv_left_empty(conn, write, tmp_path):
    one(conn, _csv(write, "2026-041;02/06/2026;temporaire;Travaux rue des Tanneurs;;;;\n"))
    report = one(conn, _write(tmp_path / "a.pdf", LAYOUTS["works-stamp-top-footer"]))
    arrete = knowledge.get_arrete(conn, "2026-041")
    assert arrete.objet == "Travaux rue des Tanneurs"
    assert (arrete.debut, arrete.fin) == (date(2026, 6, 15), date(2026, 7, 3))
    assert arrete.lieux == ("rue des Tanneurs", "avenue de la Libération")
    (added,) = report.notes
    assert "ses dates d'application (du 15 juin 2026 au 3 juillet 2026)" in added
    assert "ses lieux (rue des Tanneurs, avenue de la Libération)" in added
    assert "référence @ctes (001-210102521-20260602-2026_041-AR)" in added
    assert [a.id for a in knowledge.arretes_in_force(conn, date(2026, 6, 20), "rue des tanneurs")] == ["2026-041"]
    assert knowledge.arretes_in_force(conn, date(2026, 7, 4), "rue des tanneurs") == []


def test_the_order_of_the_files_does_not_matter(tmp_path, write):
    csv = _csv(write, "2026-041;02/06/2026;temporaire;Travaux rue des Tanneurs;;;;\n", "2026-050;20/08/2026;permanent;Alcool interdit au parc;;;parc des Sources;\n")
    pdfs = [_write(tmp_path / f"{n}.pdf", LAYOUTS[n]) for n in ("works-stamp-top-footer", "permanent-from-named-places", "days-list")]
    bases = []
    for name, order in (("csv-first", [csv, *pdfs]), ("pdf-first", [*pdfs, csv]), ("twice", [*pdfs, csv, *pdfs, csv])):
        conn = knowledge.open_kb(tmp_path / f"{name}.sqlite")
        for path in order:
            assert one(conn, path).ok
        bases.append((
            conn.execute("SELECT numero_key, type, objet, debut, fin, lieux, text, pref_id, start_day, end_day, origin, pdf_fields, source_file FROM arretes ORDER BY numero_key").fetchall(),
            conn.execute("SELECT a.numero_key, l.nom FROM arrete_lieux x JOIN arretes a ON a.id = x.arrete_id JOIN lieux l ON l.id = x.lieu_id ORDER BY 1, 2").fetchall(),
        ))
        conn.close()
    first = [[tuple(r) for r in part] for part in bases[0]]
    assert all([[tuple(r) for r in part] for part in b] == first for b in bases[1:])
    rows = {r[0]: r for r in bases[0][0]}
    assert rows["2026-50"][5] == "parc des Sources" and rows["2026-50"][3] == "2026-09-01"  # the CSV's place, the PDF's start
    assert rows["2026-50"][12] == "arretes.csv"  # the CSV's row: dropping it from the CSV removes it
    assert rows["2026-70"][10] == "pdf" and rows["2026-70"][12] == "days-list.pdf"  # known from its PDF only


def test_where_they_disagree_the_csv_wins_and_the_clerk_is_told(conn, write, tmp_path):
    one(conn, _csv(write, "2026-041;02/06/2026;temporaire;Travaux rue des Tanneurs;15/06/2026;26/06/2026;rue des Tanneurs;\n",
                   "2026-018;13/04/2026;permanent;Brocante;;;;\n"))
    works = one(conn, _write(tmp_path / "a.pdf", LAYOUTS["works-stamp-top-footer"]))
    assert (knowledge.get_arrete(conn, "2026-041").debut, knowledge.get_arrete(conn, "2026-041").fin) == (date(2026, 6, 15), date(2026, 6, 26))
    assert any("du 15 juin 2026 au 3 juillet 2026, le CSV du 15 juin 2026 au 26 juin 2026" in w for w in works.warnings)
    brocante = one(conn, _write(tmp_path / "b.pdf", LAYOUTS["one-day-stamp-bottom"]))
    arrete = knowledge.get_arrete(conn, "2026-018")
    assert (arrete.type, arrete.debut, arrete.fin) == ("permanent", None, None)  # no end for what the CSV calls permanent
    assert arrete.lieux == ("Grande Rue", "place du Marché")  # the CSV had no place: the PDF's
    assert any("le CSV le dit permanent" in w and "ARR_TYPE" in w for w in brocante.warnings)


def test_what_the_pdf_filled_gives_way_to_a_newer_csv_and_comes_back(conn, write, tmp_path):
    pdf = _write(tmp_path / "a.pdf", LAYOUTS["works-stamp-top-footer"])
    one(conn, _csv(write, "2026-041;02/06/2026;temporaire;Travaux;;;;\n"))
    one(conn, pdf)
    assert knowledge.get_arrete(conn, "2026-041").lieux == ("rue des Tanneurs", "avenue de la Libération")
    newer = one(conn, _csv(write, "2026-041;02/06/2026;temporaire;Travaux;;;rue des Tanneurs (haut);\n"))
    assert newer.updated == 1 and any("complété par son PDF déjà importé" in n for n in newer.notes)
    assert knowledge.get_arrete(conn, "2026-041").lieux == ("rue des Tanneurs (haut)",)
    assert one(conn, pdf).unchanged == 1  # the PDF no longer fills the places: the CSV has them
    assert _row(conn, "2026-041")["pdf_fields"] == "text pref_id pref_date debut fin"
    one(conn, _csv(write, "2026-041;02/06/2026;temporaire;Travaux;;;;\n"))  # the CSV drops them again
    assert knowledge.get_arrete(conn, "2026-041").lieux == ("rue des Tanneurs", "avenue de la Libération")
    assert knowledge.search_arretes(conn, "déviation")[0].id == "2026-041"


def test_the_command_line_says_what_the_pdf_added(tmp_path, write):
    db = tmp_path / "kb.sqlite"
    knowledge.open_kb(db).close()
    csv = _csv(write, "2026-050;20/08/2026;permanent;Alcool interdit;;;;\n")
    _write(tmp_path / "in" / "arrete-2026-050.pdf", LAYOUTS["permanent-from-named-places"])
    from knowledge.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(csv.parent)])
    assert result.exit_code == 0, result.output
    assert "arrete-2026-050.pdf (" in result.output and "0 ajouté(s), 1 mis à jour" in result.output
    assert "    ajout : arrêté n° 2026-050, déjà connu par le CSV : le PDF ajoute son texte intégral (cherchable), ses dates d'application (à partir du 1er septembre 2026), ses lieux (parc des Sources, plan d'eau de la Prairie, aire de jeux)" in result.output
