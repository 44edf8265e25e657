"""Budgets as documents (FORMATS.md §5): a principal, an annexe and two DMs of one year never overwrite each
other, re-importing changes nothing, and every total equals, to the cent, an independent computation from
the raw CSV with the csv module.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

import knowledge

HEADER = (
    "BGT_NATDEC;BGT_ANNEE;BGT_SIRET;BGT_NOM;BGT_CONTNAT;BGT_NATURE;BGT_NATURE_LABEL;BGT_SECTION;BGT_OPBUDG;"
    "BGT_CODRD;BGT_MTREAL;BGT_MTPREV"
)
PRINCIPAL = "21019990000019"
ANNEXE = "21019990000027"


def budget_file(rows: list[str]) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


PRINCIPAL_BP = budget_file(
    [
        f"budget primitif;2026;{PRINCIPAL};SAINTE-EXEMPLE;;6411;Personnel titulaire;;réel;dépense;;120000,00",
        f"budget primitif;2026;{PRINCIPAL};SAINTE-EXEMPLE;;66111;Intérêts;;réel;dépense;;4000,00",
        f"budget primitif;2026;{PRINCIPAL};SAINTE-EXEMPLE;;1641;Emprunts;;réel;dépense;;18000,00",
        f"budget primitif;2026;{PRINCIPAL};SAINTE-EXEMPLE;;73111;Impôts directs;;réel;recette;;150000,00",
        f"budget primitif;2026;{PRINCIPAL};SAINTE-EXEMPLE;;002;Résultat reporté;;réel;recette;;50000,00",
        f"budget primitif;2026;{PRINCIPAL};SAINTE-EXEMPLE;;023;Virement;;ordre;dépense;;9000,00",
    ]
)
ANNEXE_BP = budget_file(
    [
        f"budget primitif;2026;{ANNEXE};SAINTE-EXEMPLE;;66111;Intérêts;;réel;dépense;;700,00",
        f"budget primitif;2026;{ANNEXE};SAINTE-EXEMPLE;;1641;Emprunts;;réel;dépense;;2500,00",
        f"budget primitif;2026;{ANNEXE};SAINTE-EXEMPLE;;002;Résultat reporté;;réel;recette;;1200,00",
    ]
)
DM1 = budget_file(
    [f"Décision modificative n°1;2026;{PRINCIPAL};COMMUNE;;6411;Personnel;;réel;dépense;;5000,00"]
)
DM2 = budget_file(
    [f"Décision modificative n°2;2026;{PRINCIPAL};COMMUNE;;6411;Personnel;;réel;dépense;;-2000,00"]
)
PROFILE = f"""\
nom: Sainte-Exemple
code_insee: "01999"
siret: "{PRINCIPAL}"
mairie:
  adresse: 1 place de la Mairie, 01999 Sainte-Exemple
  telephone: 04 74 00 00 00
"""


def raw_totals(text: str, realised: bool) -> dict[tuple[str, str, str], Decimal]:
    """(SIRET, section, direction) → total, computed from the CSV alone, as FORMATS.md §5 says."""
    sample = text[:2000]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    out: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for row in csv.DictReader(io.StringIO(text), delimiter=delimiter):
        if not (row["BGT_OPBUDG"] or "").lower().startswith("r"):
            continue
        nature = row["BGT_NATURE"].strip()
        if nature in {"001", "002"}:
            continue
        section = (row.get("BGT_SECTION") or "").lower()
        section = section if section else ("fonctionnement" if nature[:1] in "67" else "investissement")
        direction = "dépenses" if row["BGT_CODRD"].lower().startswith("d") else "recettes"
        raw = row["BGT_MTREAL" if realised else "BGT_MTPREV"] or "0"
        out[(row.get("BGT_SIRET", ""), section, direction)] += Decimal(raw.replace(" ", "").replace(",", "."))
    return out


@pytest.fixture
def base(tmp_path) -> tuple:
    folder = tmp_path / "files"
    folder.mkdir()
    files = {
        "commune.yml": PROFILE,
        "bp.csv": PRINCIPAL_BP,
        "annexe.csv": ANNEXE_BP,
        "dm1.csv": DM1,
        "dm2.csv": DM2,
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    conn = knowledge.open_kb(tmp_path / "kb.sqlite")
    reports = knowledge.import_paths(conn, [folder])
    assert all(r.ok and not r.errors for r in reports), [r.errors for r in reports]
    yield conn, folder, files
    conn.close()


def totals(conn, document) -> dict[tuple[str, str], Decimal]:
    return {(a.section, a.direction): a.amount for a in knowledge.document_amounts(conn, document)}


def test_documents_coexist_and_the_principal_is_the_profiles_siret(base):
    conn, _, files = base
    docs = knowledge.budget_documents(conn)
    assert len(docs) == 4  # principal BP, two DMs, annexe BP: none overwrote another
    principal = [d for d in docs if d.principal]
    assert {d.siret for d in principal} == {PRINCIPAL}
    assert sorted(d.natdec for d in principal) == [
        "Décision modificative n°1",
        "Décision modificative n°2",
        "budget primitif",
    ]
    for d in docs:
        source = {
            ("budget primitif", PRINCIPAL): "bp.csv",
            ("budget primitif", ANNEXE): "annexe.csv",
            ("Décision modificative n°1", PRINCIPAL): "dm1.csv",
            ("Décision modificative n°2", PRINCIPAL): "dm2.csv",
        }[(d.natdec, d.siret)]
        raw = raw_totals(files[source], realised=False)
        assert totals(conn, d) == {(s, dirn): v for (siret, s, dirn), v in raw.items()}


def test_carried_over_results_stay_apart(base):
    conn, _, _ = base
    bp = next(d for d in knowledge.budget_documents(conn) if d.principal and d.document == "budget primitif")
    assert totals(conn, bp)[("fonctionnement", "recettes")] == Decimal("150000.00")
    reported = knowledge.document_amounts(conn, bp, nature="002")
    assert [a.amount for a in reported] == [Decimal("50000.00")]


def test_chapters_come_from_the_national_chart(base):
    conn, _, _ = base
    bp = next(d for d in knowledge.budget_documents(conn) if d.principal and d.document == "budget primitif")
    staff = knowledge.document_amounts(conn, bp, chapter="012")
    assert [(a.direction, a.amount) for a in staff] == [("dépenses", Decimal("120000.00"))]
    debt = knowledge.document_amounts(conn, bp, chapter="16")
    assert [a.amount for a in debt] == [Decimal("18000.00")]


def test_reimporting_unchanged_files_updates_nothing(base):
    conn, folder, _ = base
    again = knowledge.import_paths(conn, [folder])
    assert sum(r.added + r.updated + r.removed for r in again) == 0
    assert len(knowledge.budget_documents(conn)) == 4


REAL = [
    ("budget-mohon-56/mohon_2023_cfu_scdl_budget.csv", True),
    ("budget-crach-56/crach_2021_ca_budget_principal_scdl_budget.csv", True),
]


@pytest.mark.parametrize("rel, realised", REAL)
def test_real_budgets_to_the_cent(shared_dir, tmp_path, rel, realised):
    path = shared_dir / "data" / "real" / rel
    conn = knowledge.open_kb(tmp_path / "kb.sqlite")
    try:
        knowledge.import_paths(conn, [path])
        raw = raw_totals(Path(path).read_bytes().decode("utf-8-sig"), realised)
        got = {}
        for d in knowledge.budget_documents(conn):
            for a in knowledge.document_amounts(conn, d):
                got[(d.siret or "", a.section, a.direction)] = a.amount
        assert got == {k: v for k, v in raw.items() if v or k in got}
    finally:
        conn.close()


def test_a_file_with_account_and_chapter_columns_swapped_is_read_right_and_said(tmp_path):
    """« 011 » under BGT_NATURE and « 60611 » under BGT_CONTNAT on most lines: a hand-made export swapped
    the columns. The lines are read the right way round, the clerk is told, and the totals by chapter and
    by account are those of the straight file."""
    bp = f"budget primitif;2026;{PRINCIPAL};X"
    straight = (
        "BGT_NATDEC;BGT_ANNEE;BGT_SIRET;BGT_NOM;BGT_CONTNAT;BGT_CONTNAT_LABEL;BGT_NATURE;BGT_NATURE_LABEL;"
        "BGT_SECTION;BGT_OPBUDG;BGT_CODRD;BGT_MTPREV\n"
        f"{bp};011;Charges générales;60611;Eau;fonctionnement;réel;dépense;4200\n"
        f"{bp};011;Charges générales;60612;Énergie;fonctionnement;réel;dépense;9000\n"
        f"{bp};012;Personnel;6411;Titulaires;fonctionnement;réel;dépense;80000\n"
        f"{bp};731;Fiscalité;73111;Impôts;fonctionnement;réel;recette;150000\n"
    )
    head, *lines = straight.splitlines()
    columns = "BGT_CONTNAT;BGT_CONTNAT_LABEL;BGT_NATURE;BGT_NATURE_LABEL"
    swapped_head = head.replace(columns, "BGT_NATURE;BGT_NATURE_LABEL;BGT_CONTNAT;BGT_CONTNAT_LABEL")
    swapped = "\n".join([swapped_head, *lines]) + "\n"
    found = {}
    for name, text in (("straight", straight), ("swapped", swapped)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "bp.csv").write_text(text, encoding="utf-8")
        conn = knowledge.open_kb(tmp_path / f"{name}.sqlite")
        (report,) = knowledge.import_paths(conn, [folder])
        assert report.ok and not report.errors
        found[name] = (
            sorted((h.level, h.code, h.chapter) for h in knowledge.budget.budget_headings(conn)),
            [w for w in report.warnings if "inversées" in w],
        )
        conn.close()
    assert found["swapped"][0] == found["straight"][0]
    assert ("compte", "60611", "011") in found["straight"][0]
    assert found["straight"][1] == [] and len(found["swapped"][1]) == 1


def test_a_chapter_s_largest_account_is_given_where_the_chapter_holds_several(base):
    conn, folder, _ = base
    (folder / "bp2027.csv").write_text(
        budget_file(
            [
                f"budget primitif;2027;{PRINCIPAL};SAINTE-EXEMPLE;;{line}"
                for line in (
                    "1641;Emprunts en euros;;réel;dépense;;18000,00",
                    "165;Dépôts et cautionnements;;réel;dépense;;600,00",
                    "1641;Emprunts en euros;;réel;recette;;30000,00",
                    "6411;Personnel titulaire;;réel;dépense;;9000,00",
                )
            ]
        ),
        encoding="utf-8",
    )
    assert all(r.ok for r in knowledge.import_paths(conn, [folder / "bp2027.csv"]))
    bp = next(d for d in knowledge.budget_documents(conn) if d.principal and d.year == 2027)
    # chapter 16 holds the deposits received beside the loans: its main account is named apart
    spent = knowledge.largest_accounts(conn, bp, "16")
    assert [(a.code, a.direction, a.amount) for a in spent] == [("1641", "dépenses", Decimal("18000.00"))]
    # a chapter holding one account (012 here, 16 in receipts) has nothing more to say
    assert knowledge.largest_accounts(conn, bp, "012") == []
