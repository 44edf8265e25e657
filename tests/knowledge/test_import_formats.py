# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Every format of FORMATS.md imports from a small file, its kind detected without --format."""

from datetime import date
from decimal import Decimal

import pytest

import knowledge

from .conftest import make_pdf, one

PROFILE = """\
nom: Sainte-Exemple
code_insee: "01999"
siret: "21019990000019"
population: 742
site_web: https://www.example.fr
maire: Jeanne Exemple
description: Commune fictive de démonstration
mairie:
  adresse: 1 place de la Mairie, 01999 Sainte-Exemple
  telephone: 04 74 00 00 00
  email: mairie@example.fr
  horaires: "Mo,Tu,Th,Fr 08:30-12:00; We 14:00-18:00; Sa 09:00-12:00; PH off"
"""

FICHES = """\
question,reponse,variantes,theme,lien
Quand passe le camion poubelle ?,"Le ramassage des ordures a lieu le mardi.",collecte des déchets|jour des poubelles,déchets,https://example.fr/dechets
Comment inscrire mon enfant à l'école ?,Inscription en mairie avec le livret de famille.,,école,
"""

ARRETES = """\
COLL_NOM;COLL_SIRET;ARR_ID;ARR_DATE;ARR_TYPE;ARR_MATIERE_CODE;ARR_MATIERE_NOM;ARR_OBJET;ARR_DEBUT;ARR_FIN;ARR_LIEU;PREF_ID;PREF_DATE;ARR_URL
Sainte-Exemple;21019990000019;2025-017;03/03/2025;temporaire;6.1;police municipale;Rue de la Gare fermée à la circulation pour travaux;10/03/2025;14/03/2025;rue de la Gare;;;https://example.fr/2025-017.pdf
Sainte-Exemple;21019990000019;2025-003;2025-01-13;permanent;6.1;police municipale;Stationnement interdit devant l'école;;;rue des Écoles;NC;NC;
Sainte-Exemple;21019990000019;2025-020;2025-04-01;réglementaire;6.1;police municipale;Marché hebdomadaire : stationnement réglementé;2025-04-05;2025-04-05;place de l'Église;;;
"""

CEREMA = """\
"ID","COLL_NOM","COLL_INSEE","ARR_DATE","ARR_REF","ARR_OBJET","ARR_CONSIDERANT","ARR_URL","REGL_ARTICLE","REGL_SOUS_ARTICLE","REGL_CONTEXTE","REGL_MODALITE","VEH_TYPES","VEH_TONNAGE_MODALITE","VEH_TONNAGE","VEH_USAGES","SAUF_VEH_USAGES","VEH_LONG","VEH_LARG","VEH_HAUT","VEH_MOTORS","VEH_CQAS","PERIODE_JH","PERIODE_DEBUT","PERIODE_FIN","EMPRISE_ZONE","EMPRISE_DESIGNATION","EMPRISE_DEBUT","EMPRISE_FIN","EMPRISE_SENS","INTERV_DUREE","INTERV_HMAX","GEOM_WKT","GEOM_DEBUT","GEOM_FIN","GEOM_SOURCE"
1,"Commune X","01999","2018-01-15","2018-4","NC","",,2,,,"Interdit","Poids lourds",,19,"",,,,,,,"",,,,"Chemin du Taude","","",,,,,,,
2,"Commune X","01999","2018-01-15","2018-4","NC","",,2,,,"Interdit","Poids lourds",,19,"",,,,,,,"",,,,"Chemin de la Tour","","",,,,,,,
3,"Commune X","01999","2006-09-21","NC","Heures de livraison","",,2,,,"Autorise","",,,"Livraison",,,,,,,"Mo-Su 05:00-10:00",,,,"Centre-ville","","",,,,,,,
"""

DELIBS = """\
COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL
X,21019990000019,D2025-01,2025-02-10,7.1,finances,"Vote du budget primitif
de la commune",2025,Budget principal,,,15,14,12,1,1,
X,21019990000019,D2025-02,10/02/2025,8.1,enseignement,Tarifs de la cantine scolaire,2025/2026,,,,15,14,14,0,0,
"""

BUDGET = """\
BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE
Budget primitif,2025,1,COMMUNE X,012,Personnel,6411,Personnel titulaire,,,,,réel,dépense,,,,,"120 000,50",,,
Budget primitif,2025,1,COMMUNE X,73,Impôts,73111,Impôts directs locaux,,,,,réel,recette,,,,,200000,,,
Budget primitif,2025,1,COMMUNE X,021,Virement,021,Virement de la section de fonctionnement,,,,,ordre,recette,,,,,5000,,,
Budget primitif,2025,1,COMMUNE X,21,Immobilisations,2151,Réseaux de voirie,,,,investissement,réel,dépense,,,,,"30 000",,,
Compte administratif,2024,1,COMMUNE X,012,Personnel,6411,Personnel titulaire,,,,fonctionnement,réel,dépense,118000.10,,,,125000,,,
Compte administratif,2024,1,COMMUNE X,,,002,Résultat reporté,,,,,réel,recette,,,,,,,,
"""

ANNUAIRE = """\
nom,categorie,adresse,telephone,email,site_web,horaires,description
Boulangerie du Centre,boulangerie,"3 Grande Rue, 01999 Sainte-Exemple",0474000001,,,"Tu-Sa 07:00-19:00; Su 07:00-12:30",Pain et viennoiseries
Docteur Martin,médecin généraliste,"5 rue des Écoles, 01999 Sainte-Exemple",04 74 00 00 02,,,,
"""

EQUIP = """\
COLL_NOM,COLL_SIRET,EQUIP_UID,EQUIP_THEME,EQUIP_CODE,EQUIP_TYPE,EQUIP_NOM,ADR_NUMERO,ADR_NOMVOIE,ADR_CODEPOSTAL,ADR_COMMUNE,ADR_CLE_INTEROP,ERP_ID,ERP_TYPE,ERP_CATEGORIE,EQUIP_LAT,EQUIP_LONG,EQUIP_OUVERTURE,EQUIP_TEL,EQUIP_EMAIL,EQUIP_WEB
X,1,01999-1,Equipement sportif,0101,Salle des fêtes,Salle polyvalente,2,rue du Stade,01999,Sainte-Exemple,,,,,46.1,4.1,Sa 09:00-12:00,+33 4 74 00 00 03,,
"""


def test_profile(conn, write):
    report = one(conn, write("commune.yml", PROFILE))
    assert (report.kind, report.added, report.ok) == ("profile", 1, True)
    c = knowledge.get_commune(conn)
    assert c.nom == "Sainte-Exemple" and c.code_insee == "01999" and c.population == 742
    assert c.horaires.startswith("Mo,Tu,Th,Fr") and c.description == "Commune fictive de démonstration"
    assert c.source.kind == "commune"
    assert not knowledge.is_empty(conn)


def test_profile_missing_mairie_is_rejected(conn, write):
    report = one(conn, write("commune.yml", "nom: X\ncode_insee: '01999'\n"))
    assert not report.ok and "mairie" in str(report.errors[0])
    assert knowledge.is_empty(conn)


def test_fiches(conn, write):
    report = one(conn, write("fiches.csv", FICHES))
    assert (report.kind, report.added) == ("fiches", 2)
    fiche, score = knowledge.search_fiches(conn, "quel jour passent les poubelles")[0]
    assert fiche.question == "Quand passe le camion poubelle ?"
    assert fiche.variantes == ("collecte des déchets", "jour des poubelles") and score > 0
    assert fiche.source.url == "https://example.fr/dechets"


def test_arretes(conn, write):
    report = one(conn, write("arretes.csv", ARRETES, "cp1252"))
    assert (report.kind, report.added, report.errors) == ("arretes", 3, [])
    a = knowledge.get_arrete(conn, "2025-17")
    assert a.id == "2025-017" and a.date == date(2025, 3, 3) and a.type == "temporaire"
    assert (a.debut, a.fin, a.lieux) == (date(2025, 3, 10), date(2025, 3, 14), ("rue de la Gare",))
    assert a.source.title == "Arrêté n° 2025-017 du 3 mars 2025"
    assert knowledge.get_arrete(conn, "2025-003").lieux == ("rue des Écoles",)
    assert knowledge.get_arrete(conn, "2025-020").type == "réglementaire"


def test_cerema(conn, write):
    report = one(conn, write("vence.csv", CEREMA))
    assert report.kind == "cerema" and report.ok
    grouped = knowledge.get_arrete(conn, "2018-4")
    assert grouped.lieux == ("Chemin du Taude", "Chemin de la Tour")
    assert "poids lourds de plus de 19 t" in grouped.objet
    livraison = knowledge.arretes_in_force(conn, date(2024, 1, 1), "centre-ville")
    assert [a.objet for a in livraison] == ["Heures de livraison"]


def test_pdf_with_actes_stamp(conn, tmp_path):
    pdf = make_pdf(
        tmp_path / "arrete.pdf",
        [
            "ID : 001-210102521-20250315-2025_012-AR",
            "COMMUNE DE SAINTE-EXEMPLE",
            "ARRÊTÉ MUNICIPAL N° 2025-012",
            "Réglementation temporaire de la circulation rue du Moulin",
            "Le Maire de la commune,",
            "Vu le code de la route,",
            "ARRÊTE",
            "Article 1 : Du lundi 17 mars 2025 au vendredi 21 mars 2025, la circulation est interdite rue du Moulin "
            "et place de l'Église pour travaux de réfection de la chaussée.",
            "Fait à Sainte-Exemple, le 14 mars 2025.",
        ],
    )
    report = one(conn, pdf)
    assert report.kind == "arretes_pdf" and report.ok, report.errors
    a = knowledge.get_arrete(conn, "2025-012")
    assert a.date == date(2025, 3, 14) and a.type == "temporaire"
    assert (a.debut, a.fin) == (date(2025, 3, 17), date(2025, 3, 21))
    assert a.objet == "Réglementation temporaire de la circulation rue du Moulin"
    assert "rue du Moulin" in a.lieux and "place de l'Église" in a.lieux
    # The full text is searchable, inflections included.
    assert [x.id for x in knowledge.search_arretes(conn, "réfectionner la chaussée")] == ["2025-012"]
    assert knowledge.arretes_in_force(conn, date(2025, 3, 18), "place de l'eglise")[0].id == "2025-012"


def test_pdf_without_text_layer_is_rejected(conn, tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.output(str(tmp_path / "scan.pdf"))
    report = one(conn, tmp_path / "scan.pdf")
    assert not report.ok and "couche texte" in str(report.errors[0])


def test_deliberations(conn, write):
    report = one(conn, write("delib.csv", DELIBS))
    assert report.kind == "deliberations" and report.added == 2, report.errors
    d = knowledge.search_deliberations(conn, "budget primitif")[0]
    assert d.objet == "Vote du budget primitif de la commune"
    assert (d.vote_pour, d.vote_contre, d.vote_abstention, d.budget_annee) == (12, 1, 1, 2025)
    assert knowledge.search_deliberations(conn, "cantine")[0].budget_annee == 2025


def test_budget(conn, write):
    report = one(conn, write("budget.csv", BUDGET))
    assert report.kind == "budget" and report.added == 6, report.errors
    assert knowledge.budget_years(conn) == [2024, 2025]
    assert knowledge.budget_documents_of_year(conn, 2025) == ["budget primitif"]
    totals = {(t.section, t.direction): t.amount for t in knowledge.budget_totals(conn, 2025)}
    assert totals == {
        ("fonctionnement", "dépenses"): Decimal("120000.50"),
        ("fonctionnement", "recettes"): Decimal("200000.00"),
        ("investissement", "dépenses"): Decimal("30000.00"),
    }  # the « ordre » 021 line is not counted
    ca = knowledge.budget_totals(conn, 2024, "Compte administratif")
    assert {(t.section, t.direction): t.amount for t in ca} == {
        ("fonctionnement", "dépenses"): Decimal("118000.10"),  # MTREAL, not MTPREV
    }  # 002, a carried-over result, is not a receipt of the year (FORMATS.md §5)
    line = knowledge.budget_lines(conn, 2025, "personnel titulaire")[0]
    assert (line.nature, line.amount, line.section) == ("6411", Decimal("120000.50"), "fonctionnement")
    assert knowledge.budget_lines(conn, 2025, "2151")[0].nature_label == "Réseaux de voirie"


def test_annuaire_and_equipements(conn, write):
    assert one(conn, write("annuaire.csv", ANNUAIRE)).added == 2
    assert one(conn, write("equipements.csv", EQUIP)).kind == "equipements"
    boulangerie = knowledge.search_acteurs(conn, category="Boulangeries")[0]
    assert boulangerie.telephone == "04 74 00 00 01" and boulangerie.horaires.startswith("Tu-Sa")
    salle = knowledge.search_acteurs(conn, "salle polyvalente")[0]
    assert salle.categorie == "salle des fêtes" and salle.adresse == "2 rue du Stade, 01999 Sainte-Exemple"
    assert (
        knowledge.search_acteurs(conn, "docteur", category="médecin généraliste")[0].nom == "Docteur Martin"
    )
    assert set(knowledge.categories(conn)) == {"boulangerie", "médecin généraliste", "salle des fêtes"}
    assert "Grande Rue" in knowledge.streets(conn) and "rue du Stade" in knowledge.streets(conn)


def test_osm_layout_mixed_encoding(conn, write):
    data = (
        b"X;Y;osm_id;type;name;opening_hours;phone;email;address;com_insee;com_nom\r\n"
        + b'4.5;45.4;node/1;townhall;"Mairie de \r\nVillars";Mo-Fr 08:30-12:00;33477911120;;;42330;Villars\r\n'
        + "4.5;45.4;node/2;bakery;Boulangerie Dupré;;;;2 rue Émile Zola;42218;Saint-Étienne\r\n".encode(
            "cp1252"
        )
        + "4.5;45.4;node/3;bakery;;;;;;42218;Saint-Étienne\r\n".encode()
    )
    report = one(conn, write("osm.csv", data))
    assert report.kind == "osm" and report.added == 2 and report.ok
    assert any("sans nom" in w for w in report.warnings) and any("mixte" in w for w in report.warnings)
    mairie = knowledge.search_acteurs(conn, category="mairie")[0]
    assert mairie.nom == "Mairie de Villars" and mairie.telephone == "04 77 91 11 20"
    assert knowledge.search_acteurs(conn, "dupre")[0].adresse == "2 rue Émile Zola, Saint-Étienne"


def test_format_can_be_forced(conn, write):
    path = write("liste.txt", "question;reponse\nA quelle heure ?;À 9 h.\n")
    assert one(conn, path, fmt="fiches").added == 1
    with pytest.raises(knowledge.KnowledgeError):
        knowledge.import_paths(conn, [path], fmt="inconnu")


def test_unknown_header_names_the_hint(conn, write):
    report = one(conn, write("x.csv", "foo,bar\n1,2\n"))
    assert not report.ok and "--format" in str(report.errors[0])


def test_directory_imports_profile_first(conn, write, tmp_path):
    write("b_fiches.csv", FICHES)
    write("commune.yml", PROFILE)
    write("notes.md", "ignored")
    reports = knowledge.import_paths(conn, [tmp_path / "in"])
    assert [r.kind for r in reports] == ["profile", "fiches"]


@pytest.mark.parametrize(
    "sentence, debut, fin",
    [
        ("du lundi 10 au vendredi 14 mars 2025", date(2025, 3, 10), date(2025, 3, 14)),
        ("du 28 février au 3 mars 2025", date(2025, 2, 28), date(2025, 3, 3)),
        ("du 10/03/2025 au 14/03/2025", date(2025, 3, 10), date(2025, 3, 14)),
        ("à compter du 10 mars 2025 à 8 h et jusqu'au 14 mars 2025", date(2025, 3, 10), date(2025, 3, 14)),
    ],
)
def test_pdf_validity_phrasings(sentence, debut, fin):
    from knowledge.importers.arretes_pdf import parse_text

    text = (
        f"ARRÊTÉ N° 2025-040\nStationnement interdit rue Haute\nLe Maire,\nArticle 1 : {sentence}, "
        "le stationnement est interdit rue Haute.\nFait à X, le 3 mars 2025."
    )
    info = parse_text(text, "x.pdf")
    assert (info["debut"], info["fin"], info["kind"]) == (debut, fin, "temporaire")
    assert info["objet"] == "Stationnement interdit rue Haute" and info["lieux"] == ["rue Haute"]
