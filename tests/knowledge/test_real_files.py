# ruff: noqa: E501  (assertions on real files are kept whole)
"""The real files of ../shared/data/real import (with --skip-invalid where they break their schema),
with the right accents, and budget totals match an independent computation to the cent."""

import csv
from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest

import knowledge
from knowledge.importers import expand_paths

from .conftest import one


@pytest.fixture
def real(shared_dir):
    return shared_dir / "data" / "real"


def _hand_totals(path, year):
    """Independent computation: csv + Decimal over the raw file, rules of FORMATS.md written out plainly."""
    totals = defaultdict(Decimal)
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["BGT_ANNEE"] != str(year) or row["BGT_OPBUDG"] != "réel":
                continue
            if row["BGT_NATURE"] in ("001", "002"):  # carried-over results: not the year's (FORMATS.md §5)
                continue
            realised = row["BGT_NATDEC"].lower() in ("compte administratif", "compte financier unique")
            amount = Decimal(row["BGT_MTREAL"] or "0") if realised else Decimal(row["BGT_MTPREV"] or "0")
            section = row["BGT_SECTION"]
            if not section:
                nature = row["BGT_NATURE"]
                if nature.startswith("002") or nature[0] in "67":
                    section = "fonctionnement"
                else:
                    section = "investissement"
            direction = "dépenses" if row["BGT_CODRD"] == "dépense" else "recettes"
            totals[(section, direction)] += amount
    return dict(totals)


@pytest.mark.parametrize(
    "rel, year, expected_recettes_fonct",
    [
        # 1 699 232,83 € with the 002 carried-over result of 768 051,45 €
        ("budget-mohon-56/mohon_2023_cfu_scdl_budget.csv", 2023, Decimal("931181.38")),
        # 3 835 551,43 € with the 002 carried-over result of 835 043,06 €
        ("budget-crach-56/crach_2021_ca_budget_principal_scdl_budget.csv", 2021, Decimal("3000508.37")),
    ],
)
def test_budget_totals_to_the_cent(conn, real, rel, year, expected_recettes_fonct):
    report = one(conn, real / rel)
    assert report.ok and report.rejected == 0 and report.kind == "budget"
    got = {
        (t.section, t.direction): t.amount
        for t in knowledge.budget_totals(conn, year, "compte administratif")
    }
    assert got == _hand_totals(real / rel, year)
    assert got[("fonctionnement", "recettes")] == expected_recettes_fonct
    assert all(t.amount == t.amount.quantize(Decimal("0.01")) for t in knowledge.budget_totals(conn, year))


def test_mohon_line_by_label_and_account(conn, real):
    one(conn, real / "budget-mohon-56/mohon_2023_cfu_scdl_budget.csv")
    fctva = knowledge.budget_lines(conn, 2023, "FCTVA")[0]
    assert (fctva.nature, fctva.amount, fctva.direction) == ("10222", Decimal("29658.19"), "recettes")
    assert knowledge.budget_lines(conn, 2023, "10222")[0].nature_label == "FCTVA"


def test_osm_extracts_with_mixed_encodings(conn, real):
    folder = real / "acteurs-saint-etienne-metropole"
    report = one(conn, folder / "services-publics-osm-saint-etienne-metropole.csv")
    assert report.ok and report.added == 111 and not report.errors  # keyed by OSM id: no false duplicates
    names = knowledge.actor_names(conn)
    assert "Hotel de Ville de Roche-la-Molière" in names  # that line is Windows-1252 in the file
    assert "Mairie de Saint-Paul-en-Jarez" in names  # quoted name spread over two lines
    report = one(conn, folder / "commerces-osm-saint-etienne-metropole.csv")
    assert report.ok and report.added == 3062 - 174 and not report.errors  # every named object
    assert not any("\ufffd" in n or "Ã" in n for n in knowledge.actor_names(conn))
    # lines mixing both encodings: no « Saint-Ã‰tienne » in any field either
    assert not conn.execute("SELECT count(*) FROM acteurs WHERE adresse LIKE '%Ã%' OR nom LIKE '%Ã%'").fetchone()[0]
    assert knowledge.search_acteurs(conn, category="boulangerie", limit=500)
    assert "Nouvelle Société Picard Frères" in {
        a.description for a in knowledge.search_acteurs(conn, "husqvarna")
    }
    # two branches of one bank, same name and address text, are two entries (issue 12)
    keys = [r[0] for r in conn.execute("SELECT acteur_key FROM acteurs WHERE origin = 'osm'")]
    assert len(keys) == len(set(keys)) and all(k.split("/")[0] in {"osm:node", "osm:way", "osm:relation"} for k in keys)
    assert conn.execute(
        "SELECT count(*) FROM acteurs WHERE nom = 'Crédit Agricole' AND adresse = 'Saint-Étienne'"
    ).fetchone()[0] >= 2
    assert one(conn, folder / "commerces-osm-saint-etienne-metropole.csv").unchanged == 3062 - 174


def test_deliberations_real_file(conn, real):
    path = real / "deliberations-saint-etienne-metropole/deliberations-metropole-saint-etienne.csv"
    strict = one(conn, path)
    assert not strict.ok and "double" in strict.errors[0].message
    report = one(conn, path, skip_invalid=True)
    assert report.ok and report.added == 61 and report.rejected == 19
    assert any("ignorée" in w and "Nombre de délibération" in w for w in report.warnings)
    d = knowledge.search_deliberations(conn, "espace intergénérationnel")[0]
    assert d.objet.startswith("PLAN DE RELANCE METROPOLITAIN 2021-2023 - ATTRIBUTION D’UN FONDS DE CONCOURS")
    assert "\n" not in d.objet


def test_cerema_vence(conn, real):
    """Issue 12: the eight rows of 15 January 2018 are one arrêté published without a number."""
    path = real / "arretes-vence-06/vence-arretes-circulation-marchandises.csv"
    report = one(conn, path)
    assert report.ok and report.kind == "cerema" and report.added == 2
    in_force = knowledge.arretes_in_force(conn, date(2025, 6, 1), "route de Cagnes")
    (poids_lourds,) = [a for a in in_force if a.date == date(2018, 1, 15)]
    assert poids_lourds.numero is None and poids_lourds.source.title == "Arrêté du 15 janvier 2018"
    assert "sans-numero" not in poids_lourds.source.title and "n°" not in poids_lourds.source.title
    assert len(poids_lourds.lieux) == 8 and poids_lourds.lieux[0] == "Route de Cagnes"
    assert "poids lourds de plus de 26 t" in poids_lourds.objet and "de plus de 19 t" in poids_lourds.objet
    # each rule with its own roads, the stretch of road when the file gives it
    assert "26 t — Route de Cagnes (de giratoire BAGNIS à giratoire du Puits du Renard)" in poids_lourds.objet
    assert "19 t — Chemin du Taude, Chemin de la Tour" in poids_lourds.objet
    assert knowledge.get_arrete(conn, poids_lourds.id) == poids_lourds  # the internal key finds it again
    livraisons = knowledge.search_arretes(conn, "livraisons")[0]
    assert livraisons.date == date(2006, 9, 21) and livraisons.numero is None
    assert livraisons.objet.startswith("Arrêté règlementant les heures de livraison")
    again = one(conn, path)
    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 0, 2, 0)


def test_every_real_file_imports(conn, real, tmp_path):
    """Issue 12: every real file imports with no option; only rows that really break their schema are refused.

    Every file of the folder, whatever its format (CSV, the TOTEM budget and the plan de comptes in XML),
    its README aside. The délibérations keyed in by students repeat 19 DELIB_IDs (a natural key must be
    unique): those rows, and only those, need --skip-invalid, and every one of them lands in the
    rejected-rows file.
    """
    files = sorted(p for p in real.rglob("*") if p.is_file() and p.name != "README.md")
    assert len(files) >= 8
    kinds = {}
    for path in files:
        report = one(conn, path)
        kinds[path.name] = report.kind
        if path.name.startswith("deliberations"):
            assert not report.ok and report.rejected == 19
            assert {e.message.split(" (")[0] for e in report.errors} == {"clé en double"}
            report = one(conn, path, skip_invalid=True)
            assert report.ok and report.rejected == 19
            rejects = tmp_path / "home" / "rejets" / "deliberations-metropole-saint-etienne.rejets.csv"
            assert report.rejects_path == str(rejects)  # the shared folder is read-only: under CLOCHER_HOME
            rows = list(csv.reader(rejects.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
            assert len(rows) == 1 + 19 and rows[0][:5] == ["ligne", "colonne", "valeur", "erreur", "Nombre de délibération"]
        else:
            assert report.ok and not report.errors and report.added > 0, (path.name, [str(e) for e in report.errors])
    assert not list(real.rglob("*.rejets.csv"))
    assert kinds["crach_2022_bp_lotissement_totem_docbudgetaire.xml"] == "totem"
    assert kinds["planDeCompte_M57_A_2024.xml"] == "nomenclature"
    # a whole folder walks every one of them, the plan de comptes before the budgets it labels
    walked = expand_paths([real])
    assert sorted(walked) == files and walked[0].name == "planDeCompte_M57_A_2024.xml"
