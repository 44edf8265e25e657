# ruff: noqa: E501  (expected places are kept whole)
"""The signed PDFs of the development communes (commune-b, commune-d) and of the demo, imported with their
CSV as a clerk imports a folder: when and where each arrêté applies, the CSV's fields kept, the PDF's text
added, and a second import changes nothing."""

from datetime import date

import pytest

import knowledge
from tests.conftest import DEMO, REPO

FOLDERS = {
    "commune-b": REPO / "tests" / "communes" / "commune-b" / "files",
    "commune-d": REPO / "tests" / "communes" / "commune-d" / "files",
    "demo": DEMO,
}

# number → (type, start, end, places that must be read, places that must not)
EXPECTED = {
    "commune-b": {
        # in the CSV too: the CSV's type, dates and places are kept
        "2026-018": ("temporaire", date(2026, 5, 10), date(2026, 5, 10), ["Grande Rue", "place de la Fruitière"], []),
        "2026-027": ("temporaire", date(2026, 7, 1), date(2026, 9, 15), ["territoire communal"], []),
        # PDF only: read from the articles, not the visas (« 3 rue de la Gare ») nor the footer (« 4 place de la Fruitière »)
        "2026-024": ("temporaire", date(2026, 6, 15), date(2026, 6, 26), ["rue des Vergers", "Grande Rue", "rue du Stade", "chemin de la Côte"], ["rue de la Gare", "place de la Fruitière"]),
        "2026-029": ("temporaire", date(2026, 6, 29), date(2026, 7, 10), ["aire de jeux du parc du Moulin", "parc du Moulin"], ["place de la Fruitière"]),
    },
    "commune-d": {
        "2025-018": ("permanent", date(2025, 4, 7), None, ["parc du Château"], []),  # the CSV had no start: « à compter du 7 avril 2025 »
        "2026-029": ("temporaire", date(2026, 7, 4), date(2026, 8, 30), ["plan d'eau de la Font-Bramée"], []),
        "2026-024": ("temporaire", date(2026, 7, 13), date(2026, 7, 14), ["avenue de la Gare", "chemin du Plan-d'Eau", "place du Champ-de-Foire", "plan d'eau de la Font-Bramée", "stade municipal", "chemin de la Croix-Blanche"], ["Grand'Rue"]),
    },
    "demo": {
        "2026-012": ("permanent", date(2026, 3, 1), None, ["parking du stade", "rue du Stade"], []),
        "2026-036": ("temporaire", date(2026, 6, 22), date(2026, 6, 24), ["rue des Pressoirs"], []),
    },
}


@pytest.mark.parametrize("commune", sorted(FOLDERS))
def test_development_pdfs(tmp_path, commune):
    conn = knowledge.open_kb(tmp_path / "kb.sqlite")
    reports = knowledge.import_paths(conn, [FOLDERS[commune]], skip_invalid=True)
    pdf_reports = [r for r in reports if r.kind == "arretes_pdf"]
    assert len(pdf_reports) == len(EXPECTED[commune]) and all(r.ok for r in pdf_reports)
    assert not any("aucune rue ni place" in w for r in pdf_reports for w in r.warnings)
    for number, (kind, debut, fin, places, never) in EXPECTED[commune].items():
        arrete = knowledge.get_arrete(conn, number)
        assert (arrete.type, arrete.debut, arrete.fin) == (kind, debut, fin), number
        assert list(arrete.lieux) == places, number
        assert not set(never) & set(arrete.lieux), number
        assert arrete.text and "ARRÊTE" in arrete.text, number
    again = knowledge.import_paths(conn, [FOLDERS[commune]], skip_invalid=True)
    assert all(r.added == r.updated == r.removed == 0 and not r.notes for r in again), [r.summary() for r in again]
    conn.close()


def test_a_pdf_completing_the_csv_says_so_and_keeps_the_csv(tmp_path):
    """commune-d's README: « 1 mis à jour » for 2025-018 — the PDF must not replace the CSV's place."""
    conn = knowledge.open_kb(tmp_path / "kb.sqlite")
    files = FOLDERS["commune-d"]
    knowledge.import_paths(conn, [files / "arretes.csv"])
    (report,) = knowledge.import_paths(conn, [files / "arrete-2025-018-alcool-parc-du-chateau.pdf"])
    assert report.updated == 1 and not report.warnings
    assert report.notes == [
        "arrêté n° 2025-018, déjà connu par le CSV : le PDF ajoute son texte intégral (cherchable), ses dates "
        "d'application (à partir du 7 avril 2025) ; le reste vient du CSV."
    ]
    arrete = knowledge.get_arrete(conn, "2025-018")
    assert arrete.objet.startswith("Interdiction de la consommation de boissons alcoolisées dans le parc du Château")
    assert [a.id for a in knowledge.search_arretes(conn, "contenants en verre")] == ["2025-018"]  # only in the PDF
    assert "2025-018" in [a.id for a in knowledge.arretes_in_force(conn, date(2026, 7, 1), "parc du chateau")]
    conn.close()
