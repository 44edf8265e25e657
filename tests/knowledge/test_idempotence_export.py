# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Re-import is idempotent, a newer file updates what changed, history is kept, export → import round-trips."""

import sqlite3

import knowledge

from .conftest import make_pdf, one

FICHES_V1 = "question,reponse,theme\nHoraires de la mairie ?,Du lundi au vendredi.,mairie\nOù est la poste ?,Place de l'Église.,\n"
FICHES_V2 = "question,reponse,theme\nHoraires de la mairie ?,Du lundi au samedi.,mairie\nHoraires de la poste ?,9 h-12 h.,\n"


def test_reimport_is_idempotent_and_newer_file_updates(conn, write):
    path = write("fiches.csv", FICHES_V1)
    first = one(conn, path)
    again = one(conn, path)
    assert (first.added, again.added, again.updated, again.unchanged) == (2, 0, 0, 2)
    path = write("fiches.csv", FICHES_V2)
    newer = one(conn, path)
    assert (newer.added, newer.updated, newer.unchanged, newer.removed) == (1, 1, 0, 1)
    assert sorted(f.reponse for f in knowledge.list_fiches(conn)) == ["9 h-12 h.", "Du lundi au samedi."]
    history = conn.execute(
        "SELECT file_name, sha256, added, updated, unchanged FROM imports ORDER BY id"
    ).fetchall()
    assert [tuple(h)[2:] for h in history] == [(2, 0, 0), (0, 0, 2), (1, 1, 0)]
    assert history[0]["sha256"] == history[1]["sha256"] != history[2]["sha256"]
    assert all(h["file_name"] == "fiches.csv" for h in history)


def test_clerk_edits_survive_reimport_without_actif_column(conn, write):
    path = write("fiches.csv", FICHES_V1)
    one(conn, path)
    fiche = knowledge.list_fiches(conn)[0]
    knowledge.set_fiche_enabled(conn, fiche.id, False)
    report = one(conn, path)
    assert report.unchanged == 2
    assert not knowledge.get_fiche(conn, fiche.id).enabled
    assert knowledge.search_fiches(conn, "horaires mairie") == []


def _content(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every knowledge table without ids and provenance columns, sorted."""
    skip = {"id", "row_hash", "source_file", "origin", "pdf_fields", "edited_at", "import_key"}
    out = {}
    for table in ("commune", "fiches", "arretes", "deliberations", "budget_lines", "acteurs"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        out[table] = sorted(tuple("" if v is None else str(v) for v in r) for r in rows)
    out["lieux"] = sorted(
        r[0]
        for r in conn.execute(
            "SELECT l.lieu_key || '|' || a.numero_key FROM arrete_lieux x JOIN lieux l ON l.id = x.lieu_id "
            "JOIN arretes a ON a.id = x.arrete_id"
        )
    )
    return out


def test_export_then_import_gives_the_same_kb(demo_conn, tmp_path):
    # A clerk-disabled fiche and a PDF-only arrêté must survive the round trip too.
    knowledge.set_fiche_enabled(demo_conn, knowledge.list_fiches(demo_conn)[0].id, False)
    make_pdf(
        tmp_path / "a.pdf",
        [
            "ARRÊTÉ MUNICIPAL N° 2030-001",
            "Fermeture de la rue du Four",
            "Le Maire,",
            "Article 1 : Du 2 mars 2030 au 4 mars 2030, la rue du Four est fermée.",
            "Fait à Nulle-Part, le 1er mars 2030.",
        ],
    )
    assert knowledge.import_paths(demo_conn, [tmp_path / "a.pdf"])[0].ok
    written = knowledge.export_kb(demo_conn, tmp_path / "export")
    assert {p.name for p in written} >= {
        "commune.yml",
        "fiches.csv",
        "arretes.csv",
        "budget.csv",
        "deliberations.csv",
        "annuaire.csv",
    }
    fresh = knowledge.open_kb(tmp_path / "fresh.sqlite")
    reports = knowledge.import_paths(fresh, [tmp_path / "export"])
    assert all(r.ok and not r.errors for r in reports), [str(e) for r in reports for e in r.errors]
    assert _content(fresh) == _content(demo_conn)
    # and the search answers the same
    assert [f.id for f, _ in knowledge.search_fiches(fresh, "poubelles")] == [
        f.id for f, _ in knowledge.search_fiches(demo_conn, "poubelles")
    ]
