"""Schema history: the final schema from a blank file, and an old (m001-only) populated file upgraded."""

import sqlite3
from datetime import date

import knowledge
from knowledge.migrations import MIGRATIONS, apply_pending, m001_initial
from knowledge.textnorm import numero_key, stem_text


def _tables(conn):
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def test_blank_file_gets_final_schema(tmp_path):
    conn = knowledge.open_kb(tmp_path / "new.sqlite")
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert {
        "commune",
        "fiches",
        "fiches_fts",
        "arretes",
        "arretes_fts",
        "lieux",
        "arrete_lieux",
        "deliberations",
        "budget_lines",
        "acteurs",
        "acteurs_fts",
        "imports",
        "inbox",
        "unanswered",
        "nomenclatures",
        "nomenclature_chapitres",
        "nomenclature_comptes",
    } <= _tables(conn)
    delib_cols = {r[1] for r in conn.execute("PRAGMA table_info(deliberations)")}
    assert "budget_periode" in delib_cols
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Opening again applies nothing.
    assert apply_pending(conn) == []


def test_old_populated_file_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.create_function("stem_text", 1, stem_text)
    apply_pending(old, [m001_initial])
    old.execute(
        "INSERT INTO fiches(question_key, question, reponse) VALUES ('horaires mairie', 'Horaires mairie ?', "
        "'Du lundi au vendredi.')"
    )
    old.execute(
        "INSERT INTO deliberations(delib_key, delib_id, date, objet) "
        "VALUES ('d1', 'D1', '2024-01-05', 'Vote')"
    )
    old.execute(
        "INSERT INTO arretes(id, numero_key, numero, date, type, objet, lieux, start_day, end_day) "
        "VALUES (1, '2025-17', '2025-017', '2025-03-03', 'temporaire', 'Rue fermée', 'rue de la Gare', "
        "'2025-03-10', '2025-03-14')"
    )
    old.execute(
        "INSERT INTO lieux(id, lieu_key, core, nom) "
        "VALUES (1, 'rue de la gare', 'rue gare', 'rue de la Gare')"
    )
    old.execute("INSERT INTO arrete_lieux(lieu_id, arrete_id) VALUES (1, 1)")
    old.close()

    conn = knowledge.open_kb(path)
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert [f.question for f in knowledge.list_fiches(conn)] == ["Horaires mairie ?"]
    assert knowledge.search_fiches(conn, "horaire")[0][0].question == "Horaires mairie ?"
    ref = knowledge.add_inbox_item(conn, "demande", "42", "Rappelez-moi").reference
    assert ref.startswith("DEM-")
    assert knowledge.search_deliberations(conn, "vote")[0].id == "D1"
    # m004 re-indexed the arrêtés, m005 gave the place link its period
    assert [a.id for a in knowledge.search_arretes(conn, "fermeture")] == ["2025-017"]
    assert [a.id for a in knowledge.arretes_in_force(conn, date(2025, 3, 11), "gare")] == ["2025-017"]
    assert knowledge.arretes_in_force(conn, date(2025, 3, 20), "gare") == []


def test_arretes_from_a_pdf_alone_are_the_pdfs_after_m022(tmp_path, write):
    """m022: an arrêté imported from its PDF alone before the step is all the PDF's; the CSV imported next
    keeps its own fields and is completed from the stored PDF text (its dates, its places)."""
    from knowledge.importers.arretes_merge import PDF_ONLY
    from knowledge.migrations import m022_arrete_pdf_fields

    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.create_function("stem_text", 1, stem_text)
    apply_pending(old, MIGRATIONS[: MIGRATIONS.index(m022_arrete_pdf_fields)])
    text = (
        "ARRÊTÉ N° 2030-001\nFermeture de la rue du Four\nLe Maire,\nARRÊTE\n"
        "Article 1 : Du 2 mars 2030 au 4 mars 2030, la rue du Four est fermée.\nFait à X, le 1er mars 2030."
    )
    for number, origin, body in (("2030-001", "pdf", text), ("2025-003", "csv", None)):
        old.execute(
            "INSERT INTO arretes(numero_key, numero, date, type, objet, lieux, text, start_day, origin) "
            "VALUES (?, ?, '2030-03-01', 'permanent', 'Fermeture', '', ?, '2030-03-01', ?)",
            (numero_key(number), number, body, origin),
        )
    old.close()

    conn = knowledge.open_kb(path)
    fields = dict(conn.execute("SELECT numero, pdf_fields FROM arretes"))
    assert fields == {"2030-001": PDF_ONLY, "2025-003": ""}
    csv = "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_LIEU\n2030-001;01/03/2030;temporaire;Rue du Four fermée;\n"
    (report,) = knowledge.import_paths(conn, [write("arretes.csv", csv)])
    arrete = knowledge.get_arrete(conn, "2030-001")
    assert arrete.objet == "Rue du Four fermée"
    assert (arrete.debut, arrete.fin) == (date(2030, 3, 2), date(2030, 3, 4))
    assert arrete.lieux == ("rue du Four",) and "complété par son PDF" in report.notes[0]


def indexed_before(tmp_path, step, objet: str, old_stems: str) -> set[str]:
    """The index terms of a base holding one arrêté indexed as `old_stems` by an older analysis, after
    the migrations from `step` on have run."""
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.create_function("stem_text", 1, lambda text: old_stems if text else "")
    apply_pending(old, MIGRATIONS[: MIGRATIONS.index(step)])
    old.execute(
        "INSERT INTO arretes(numero_key, numero, date, type, objet, lieux, start_day, origin) "
        "VALUES ('2030-002', '2030-002', '2030-03-01', 'permanent', ?, '', '2030-03-01', 'csv')",
        (objet,),
    )
    old.execute(
        "INSERT INTO arretes_fts(rowid, objet, lieux, body) SELECT id, ?, '', '' FROM arretes", (old_stems,)
    )
    old.close()
    conn = knowledge.open_kb(path)
    return {r[0] for r in conn.execute("SELECT term FROM arretes_fts_vocab")}


def test_a_base_indexed_with_the_older_analysis_is_indexed_again_by_m024(tmp_path):
    """m024: « limitée » indexed before the step as its old stems finds « limité » after it."""
    from knowledge.migrations import m024_analysis_of_december

    held = indexed_before(tmp_path, m024_analysis_of_december, "Vitesse limitée à 30 km/h", "lim vites")
    assert "limit" in held and "lim" not in held


def test_a_breton_place_indexed_split_at_its_apostrophe_is_found_as_residents_type_it_after_m025(tmp_path):
    """m025: « Vourc'h » indexed as « vourc h » before the step is « vourch » after it."""
    from knowledge.migrations import m025_breton_ch

    held = indexed_before(tmp_path, m025_breton_ch, "Feux interdits plage du Vourc'h", "feux plag vourc h")
    assert "vourch" in held and "vourc" not in held


def test_plurals_and_homographs_indexed_by_the_older_analysis_are_indexed_again_by_m026(tmp_path):
    """m026: « rues » and « feux » indexed apart from « rue » and « feu », and « garer » as « gar » (the
    stem of « gare »), are « rue », « feu » and « garer » after it."""
    from knowledge.migrations import m026_plurals_and_homographs

    objet = "Feux interdits dans les rues ; défense de garer"
    held = indexed_before(tmp_path, m026_plurals_and_homographs, objet, "feux rues gar")
    assert {"feu", "rue", "garer"} <= held and not {"feux", "rues", "gar"} & held
