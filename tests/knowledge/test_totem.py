# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Budgets in TOTEM XML (`DocumentBudgetaire`, what finance software sends through @ctes): detected from the
root element, stored as the same budget lines as the SCDL CSV derived from them, totals to the cent against
an independent reading of the XML, idempotent, and a cut-off or broken file refused in French, base unchanged."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

import knowledge
from knowledge.importers.detect import detect

from .conftest import dump, one

DATA = Path(__file__).with_name("data")
SYNTHETIC = DATA / "totem_lotissement_dm_2026.xml"
REAL = "budget-crach-56/crach_2022_bp_lotissement_totem_docbudgetaire.xml"
NS = {"t": "http://www.minefi.gouv.fr/cp/demat/docbudgetaire"}
# What the SCDL conversion (yatotem2scdl) of the synthetic file writes, labels from the chart.
SCDL = """BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,011,Charges à caractère général,6015,Terrains à aménager,,,,fonctionnement,réel,dépense,,,,12500.50,12500.50,,,non spécialisé
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,011,Charges à caractère général,6015,Terrains à aménager,,,,fonctionnement,réel,dépense,,,,,499.49,,,non spécialisé
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,,,7015,"Ventes de terrains aménagés (lots 1 à 4, « Les Granges »)",,,,fonctionnement,réel,recette,,,,,30000.00,,,non spécialisé
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,16,Emprunts et dettes assimilées,1641,Emprunts en euros,,,,investissement,réel,recette,,40000.00,,,50000.00,,,non spécialisé
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,,,002,Résultat de fonctionnement reporté,,,,fonctionnement,réel,recette,,,,,1234.56,,,non spécialisé
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,042,Opérations d'ordre de transfert entre sections,71355,Variations des stocks de terrains aménagés,,,,fonctionnement,ordre,recette,,,,,8000.00,,,non spécialisé
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,040,Opérations d'ordre de transfert entre sections,3555,Terrains aménagés,,,,investissement,ordre,dépense,,,,,8000.00,,,non spécialisé
décision modificative,2026,21690999500024,LOTISSEMENT DES GRANGES,66,Charges financières,66111,Intérêts réglés à l'échéance,,,,,réel,dépense,999.99,,,,0.01,,,non spécialisé
"""
# English that would betray a message passed through from the XML parser.
ENGLISH = re.compile(r"\b(?:error|invalid|token|not well-formed|mismatched|unclosed|line|column|found)\b", re.I)


def xml_totals(path: Path) -> dict[tuple[str, str, str], Decimal]:
    """Independent reading (xml.etree, FORMATS.md §5 written out): real lines of each budget by SIRET,
    section and direction; the voted amount, or the realised one for a compte administratif / CFU;
    the carried-over results 001 and 002 left out."""
    totals: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    root = ET.parse(path).getroot()
    for budget in root.findall("t:Budget", NS):
        siret = budget.find("t:EnTeteBudget/t:IdEtab", NS).get("V")
        realised = budget.find("t:BlocBudget/t:NatDec", NS).get("V") in ("09", "10")
        for line in budget.findall("t:LigneBudget", NS):
            nature = line.find("t:Nature", NS).get("V")
            if line.find("t:OpBudg", NS).get("V") != "0" or nature in ("001", "002"):
                continue
            amount = line.find("t:MtReal" if realised else "t:MtPrev", NS)
            section = {"F": "fonctionnement", "I": "investissement"}.get(
                next((c.get("V") for c in line.findall("t:CaracSup", NS) if c.get("Code") == "Section"), ""),
                "fonctionnement" if nature[0] in "67" else "investissement",
            )
            direction = "dépenses" if line.find("t:CodRD", NS).get("V") == "D" else "recettes"
            totals[(siret, section, direction)] += Decimal(amount.get("V") if amount is not None else "0")
    return dict(totals)


def imported_totals(conn) -> dict[tuple[str, str, str], Decimal]:
    return {
        (d.siret or "", a.section, a.direction): a.amount
        for d in knowledge.budget_documents(conn)
        for a in knowledge.document_amounts(conn, d)
    }


def lines(conn) -> list[tuple]:
    """The stored budget lines without ids, keys and provenance: what both formats must agree on."""
    skip = {"id", "line_key", "row_hash", "source_file"}
    cols = [r[1] for r in conn.execute("PRAGMA table_info(budget_lines)") if r[1] not in skip]
    return sorted(tuple(map(str, r)) for r in conn.execute(f"SELECT {', '.join(cols)} FROM budget_lines"))


def without_history(conn) -> list[str]:
    return [line for line in dump(conn).splitlines() if not line.startswith('INSERT INTO "imports"')]


def test_detected_from_its_root_element_whatever_its_name(write):
    data = SYNTHETIC.read_bytes()
    assert detect(write("document.xml", data), data) == "totem"
    assert detect(write("envoi-actes.dat", data), data) == "totem"  # no extension to rely on
    assert detect(write("budget.csv", data), data) == "totem"


def test_synthetic_totem_stores_what_its_scdl_csv_stores(conn, tmp_path, write):
    report = one(conn, SYNTHETIC)
    assert report.ok and report.kind == "totem" and not report.errors
    assert report.added == 8 and report.warnings == ["1 ligne(s) répètent la clé d'une autre ligne : toutes sont comptées."]
    csv_base = knowledge.open_kb(tmp_path / "csv.sqlite")
    try:
        assert one(csv_base, write("scdl.csv", SCDL)).ok
        assert lines(conn) == lines(csv_base)
    finally:
        csv_base.close()
    (document,) = knowledge.budget_documents(conn)
    assert (document.siret, document.year, document.document, document.budget_nom, document.source_file) == (
        "21690999500024", 2026, "décision modificative", "LOTISSEMENT DES GRANGES", SYNTHETIC.name,
    )
    labels = dict(conn.execute("SELECT nature, nature_label FROM budget_lines"))
    assert labels["7015"] == "Ventes de terrains aménagés (lots 1 à 4, « Les Granges »)"  # the XML's own label
    assert labels["6015"] == "Terrains à aménager"  # from the chart of accounts
    chapters = dict(conn.execute("SELECT nature, chapitre FROM budget_lines"))
    assert chapters["7015"] == "70" and chapters["6015"] == "011"  # no ContNat: the chart's chapter


def test_synthetic_totals_to_the_cent_and_reimport_changes_nothing(conn):
    one(conn, SYNTHETIC)
    assert imported_totals(conn) == xml_totals(SYNTHETIC)
    assert imported_totals(conn)[("21690999500024", "fonctionnement", "dépenses")] == Decimal("13000.00")
    before = without_history(conn)
    again = one(conn, SYNTHETIC)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 8)
    assert without_history(conn) == before


def test_an_annexe_beside_the_principal_and_its_csv_export(demo_conn, tmp_path):
    """The XML's budget annexe is a document of its own next to the demo's principal; exported as SCDL,
    it imports back to the same lines."""
    before = imported_totals(demo_conn)
    assert one(demo_conn, SYNTHETIC).ok
    documents = knowledge.budget_documents(demo_conn)
    annexe = next(d for d in documents if d.source_file == SYNTHETIC.name)
    assert not annexe.principal and "budget annexe « LOTISSEMENT DES GRANGES »" in annexe.source.title
    assert {k: v for k, v in imported_totals(demo_conn).items() if k[0] != "21690999500024"} == before
    knowledge.export_kb(demo_conn, tmp_path / "export")
    fresh = knowledge.open_kb(tmp_path / "fresh.sqlite")
    try:
        assert all(r.ok for r in knowledge.import_paths(fresh, [tmp_path / "export" / "budget.csv"]))
        assert lines(fresh) == lines(demo_conn) and imported_totals(fresh) == imported_totals(demo_conn)
    finally:
        fresh.close()


@pytest.mark.parametrize("cut", [0.02, 0.1, 0.33, 0.5, 0.77, 0.9, 0.97, 0.995])
def test_a_truncated_file_is_refused_in_french_and_changes_nothing(conn, write, cut):
    one(conn, SYNTHETIC)
    before = dump(conn)
    data = SYNTHETIC.read_bytes()
    report = one(conn, write("totem_coupe.xml", data[: int(len(data) * cut)]))
    assert not report.ok and report.added == report.updated == report.removed == 0
    message = report.errors[0].message
    assert "tronqué" in message and "Rien n'a été importé" in message, message
    assert not ENGLISH.search(message.replace("ligne", ""))
    assert dump(conn) == before


@pytest.mark.parametrize(
    "old, new, said",
    [
        (b"</LigneBudget>", b"</Ligne>", "mal formé"),  # mismatched closing tag
        (b'<Nature V="7015"/>', b'<Nature V="7015>', "mal formé"),  # unclosed quote
        (b"<CodRD", b"<Cod RD", "mal formé"),
        (b'<NatDec V="02"/>', b'<NatDec V="07"/>', "NatDec"),  # a nature of document TOTEM does not have
        (b'<Exer V="2026"/>', b'<Exer V="deux mille"/>', "exercice"),
        (b"<DocumentBudgetaire xmlns", b"<!DOCTYPE d [<!ENTITY x \"xx\">]>\r\n<DocumentBudgetaire xmlns", "entités"),
    ],
)
def test_a_malformed_file_is_refused_in_french_and_changes_nothing(conn, write, old, new, said):
    one(conn, SYNTHETIC)
    before = dump(conn)
    data = SYNTHETIC.read_bytes()
    assert old in data
    report = one(conn, write("totem_abime.xml", data.replace(old, new, 1)))
    assert not report.ok and said in report.errors[0].message, [str(e) for e in report.errors]
    assert str(report.errors[0]).startswith("totem_abime.xml")
    assert not ENGLISH.search(re.sub(r"«[^»]*»|ligne", "", report.errors[0].message))
    assert dump(conn) == before


def test_a_bad_line_names_its_line_and_element_and_skip_invalid_keeps_the_others(conn, write, tmp_path):
    data = SYNTHETIC.read_bytes().replace(b'<MtPrev V="30000.00"/>', b'<MtPrev V="trente mille"/>', 1)
    path = write("totem_montant.xml", data)
    strict = one(conn, path)
    assert not strict.ok
    (error,) = strict.errors
    line = data[: data.index(b"trente mille")].count(b"\n") + 1
    assert str(error).startswith(f"totem_montant.xml, ligne {line}, élément « MtPrev », valeur « trente mille »")
    report = one(conn, path, skip_invalid=True)
    assert report.ok and (report.added, report.rejected) == (7, 1)
    rows = Path(report.rejects_path).read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 2 and rows[1].startswith(f"{line};MtPrev;trente mille;montant illisible")


def test_other_xml_is_refused_with_what_clocher_reads(conn, write):
    report = one(conn, write("flux.xml", '<?xml version="1.0"?><rss version="2.0"><channel/></rss>'))
    assert not report.ok and "fichier XML non reconnu (élément racine « rss »)" in report.errors[0].message
    cfu = '<?xml version="1.0"?><doccfu:CompteFinancierUnique xmlns:doccfu="http://www.minefi.gouv.fr/cp/demat/doccfu"/>'
    report = one(conn, write("cfu.xml", cfu))
    assert not report.ok and "compte financier unique" in report.errors[0].message


# -- the real file of ../shared -------------------------------------------------------------------------


def test_real_totem_file(conn, shared_dir):
    path = shared_dir / "data" / "real" / REAL
    report = one(conn, path)
    assert report.ok and report.kind == "totem" and not report.errors and report.added == 21
    got = imported_totals(conn)
    assert got == xml_totals(path)
    assert got[("21560046100085", "fonctionnement", "recettes")] == Decimal("456247.01")
    assert got[("21560046100085", "investissement", "dépenses")] == Decimal("2500000.00")
    (document,) = knowledge.budget_documents(conn)
    assert (document.document, document.year, document.budget_nom) == ("budget primitif", 2022, "LOTISSEMENT LE BOCENO")
    assert conn.execute("SELECT count(*) FROM budget_lines WHERE opbudg = 'ordre'").fetchone()[0] == 6
    before = without_history(conn)
    again = one(conn, path)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 21)
    assert without_history(conn) == before


def test_real_totem_beside_the_scdl_principal(conn, shared_dir):
    """Crach's lotissement (XML) and its budget principal (SCDL CSV) are two budgets of one commune."""
    real = shared_dir / "data" / "real" / "budget-crach-56"
    reports = knowledge.import_paths(conn, [real])
    assert [r.kind for r in reports] == ["budget", "totem"] and all(r.ok for r in reports)
    documents = knowledge.budget_documents(conn)
    assert [(d.siret, d.principal) for d in documents] == [("21560046100010", True), ("21560046100085", False)]
