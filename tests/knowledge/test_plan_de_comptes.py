# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""A commune's own plan de comptes (`<Nomenclature Norme=…>`): detected from its content, stored in the base,
and preferred over the bundled chart for budget labels and chapters once imported."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import knowledge
from knowledge import nomenclature
from knowledge.importers.detect import detect

from .conftest import dump, one

DATA = Path(__file__).with_name("data")
SYNTHETIC = DATA / "planDeCompte_M57_D_2030.xml"
REAL = "nomenclature-m57/planDeCompte_M57_A_2024.xml"
HEADER = "BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_NATURE,BGT_OPBUDG,BGT_CODRD,BGT_MTPREV\n"
# 70999 is in no chart but the synthetic one: the bundled chart files it with its neighbours (70).
BUDGET = HEADER + (
    "budget primitif,2030,21690999500016,COMMUNE,70999,réel,recette,1500.00\n"
    "budget primitif,2030,21690999500016,COMMUNE,7015,réel,recette,2000.00\n"
    "budget primitif,2030,21690999500016,COMMUNE,6015,réel,dépense,99.90\n"
)


def without_history(conn) -> list[str]:
    return [line for line in dump(conn).splitlines() if not line.startswith('INSERT INTO "imports"')]


def test_bundled_chart_until_the_commune_imports_its_own(conn):
    assert nomenclature.chart(conn) is nomenclature.bundled()
    assert nomenclature.chart(conn).name == "M57 M57_A 2024"
    report = one(conn, SYNTHETIC)
    assert report.ok and report.kind == "nomenclature" and not report.errors
    assert report.added == 5 + 6  # chapters (nature and functional), accounts (parents included)
    used = nomenclature.chart(conn)
    assert used.name == "M57 M57_D 2030"
    assert used.account_label("70999") == "Redevance inventée pour les tests"
    assert used.chapter_label("75") == "Autres produits de gestion courante (plan 2030)"
    assert used.chapter_of("70999", "recettes") == "75" and used.chapter_of("6015", "dépenses") == "011"
    assert nomenclature.bundled().account_label("70999") is None  # the bundled files stay as they are
    assert "plan de comptes utilisé pour les libellés et les chapitres du budget : M57 M57_D 2030." in report.warnings


def test_detected_from_its_content(write):
    data = SYNTHETIC.read_bytes()
    assert detect(write("plan.xml", data), data) == "nomenclature"
    assert detect(write("plan", data), data) == "nomenclature"


def test_budget_lines_follow_the_chart_in_use(conn, write):
    budget = write("budget.csv", BUDGET)
    one(conn, budget)
    chapters = dict(conn.execute("SELECT nature, chapitre FROM budget_lines"))
    assert chapters == {"70999": "70", "7015": "70", "6015": "011"}  # from the bundled chart

    report = one(conn, SYNTHETIC)
    assert "1 ligne(s) de budget rangée(s) dans leur chapitre selon ce plan." in report.warnings
    assert dict(conn.execute("SELECT nature, chapitre FROM budget_lines"))["70999"] == "75"
    (document,) = knowledge.budget_documents(conn)
    assert [a.amount for a in knowledge.document_amounts(conn, document, chapter="75")] == [Decimal("1500.00")]
    headings = {h.code: h for h in knowledge.budget_headings(conn)}
    assert headings["70999"].label == "Redevance inventée pour les tests"
    assert headings["6015"].label == "Terrains à aménager (plan 2030)"  # the file gave no label
    assert headings["75"].label == "Autres produits de gestion courante (plan 2030)"

    # the budget file again: its lines are filed as the chart files them, so nothing changes
    again = one(conn, budget)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)


def test_reimporting_the_chart_changes_nothing(conn):
    one(conn, SYNTHETIC)
    before = without_history(conn)
    again = one(conn, SYNTHETIC)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 11)
    assert without_history(conn) == before


def test_a_newer_version_of_the_chart_replaces_its_accounts(conn, write):
    one(conn, SYNTHETIC)
    text = SYNTHETIC.read_text(encoding="utf-8")
    newer = text.replace('Libelle="Redevance inventée pour les tests"', 'Libelle="Redevance renommée"')
    newer = newer.replace('<Compte Code="1641" Libelle="Emprunts en euros" DR="16" RR="16"/>', "")
    report = one(conn, write("planDeCompte_corrige.xml", newer))
    assert (report.added, report.updated, report.removed) == (0, 1, 1)
    assert conn.execute("SELECT count(*) FROM nomenclatures").fetchone()[0] == 1  # same chart, corrected
    assert nomenclature.chart(conn).account_label("70999") == "Redevance renommée"
    assert nomenclature.chart(conn).account_label("1641") is None


def test_an_older_exercise_does_not_replace_the_chart_in_use(conn, write):
    one(conn, SYNTHETIC)
    older = SYNTHETIC.read_text(encoding="utf-8").replace('Exer="2030"', 'Exer="2029"')
    assert one(conn, write("planDeCompte_2029.xml", older)).ok
    assert conn.execute("SELECT count(*) FROM nomenclatures").fetchone()[0] == 2
    assert nomenclature.chart(conn).name == "M57 M57_D 2030"


def test_a_broken_chart_is_refused_in_french_and_changes_nothing(conn, write):
    one(conn, SYNTHETIC)
    before = dump(conn)
    data = SYNTHETIC.read_bytes()
    for name, broken, said in [
        ("coupe.xml", data[: len(data) // 2], "tronqué"),
        ("sans_norme.xml", data.replace(b'Norme="M57" ', b""), "fichier XML non reconnu"),
        ("sans_exercice.xml", data.replace(b'Exer="2030"', b'Exer="demain"'), "ne dit pas sa norme et son exercice"),
        ("vide.xml", b'<?xml version="1.0"?><Nomenclature Norme="M57" Exer="2030"/>', "aucun compte"),
    ]:
        report = one(conn, write(name, broken))
        assert not report.ok and said in report.errors[0].message, (name, [str(e) for e in report.errors])
        assert dump(conn) == before, name


def test_an_account_without_code_is_a_rejected_row(conn, write, tmp_path):
    data = SYNTHETIC.read_text(encoding="utf-8").replace('<Compte Code="1641" ', '<Compte Code="" ')
    path = write("planDeCompte_trou.xml", data)
    strict = one(conn, path)
    assert not strict.ok and str(strict.errors[0]).startswith("planDeCompte_trou.xml, ligne 20, élément « Code »")
    report = one(conn, path, skip_invalid=True)
    assert report.ok and (report.added, report.rejected) == (10, 1) and report.rejects_path


def test_export_writes_the_chart_and_imports_back(conn, tmp_path):
    one(conn, SYNTHETIC)
    written = knowledge.export_kb(conn, tmp_path / "export")
    assert [p.name for p in written] == ["planDeCompte_M57_D_2030.xml"]
    fresh = knowledge.open_kb(tmp_path / "fresh.sqlite")
    try:
        (report,) = knowledge.import_paths(fresh, [tmp_path / "export"])
        assert report.ok and report.added == 11
        a, b = nomenclature.chart(conn), nomenclature.chart(fresh)
        assert (a.name, a.accounts, a.chapters) == (b.name, b.accounts, b.chapters)
    finally:
        fresh.close()


# -- the real chart of ../shared ------------------------------------------------------------------------


def test_real_m57_chart(conn, shared_dir):
    path = shared_dir / "data" / "real" / REAL
    report = one(conn, path)
    assert report.ok and report.kind == "nomenclature" and not report.errors
    assert report.added == 91 + 2108  # nature and functional chapters, nature and functional accounts
    used = nomenclature.chart(conn)
    assert used.name == "M57 M57_A 2024"
    bundled = nomenclature.bundled()  # built from this very file: the same chart, labels trimmed
    assert used.accounts.keys() == bundled.accounts.keys() and used.chapters.keys() == bundled.chapters.keys()
    assert all(used.accounts[k] == tuple(v.strip() for v in bundled.accounts[k]) for k in bundled.accounts)
    assert used.chapter_of("7411", "recettes") == "74" and used.chapter_label("012").startswith("Charges de personnel")
    again = one(conn, path)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
