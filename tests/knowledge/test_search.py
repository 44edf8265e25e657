# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""French search: case/accents/inflections, arrêtés in force for a place, structured look-ups."""

import threading
from datetime import date

import knowledge

from .conftest import one

ARRETES = """\
ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_DEBUT;ARR_FIN;ARR_LIEU
2025-017;2025-03-03;temporaire;Fermeture de la rue de la Gare pour travaux;2025-03-10;2025-03-14;rue de la Gare
2025-018;2025-03-04;temporaire;Stationnement interdit place de l'Église (marché);2025-03-12;2025-03-12;place de l'Église
2025-019;2025-03-05;temporaire;Vide-grenier : circulation interdite aux abords de la gare;2025-04-06;2025-04-06;
2024-001;2024-01-10;permanent;Interdiction de stationner devant la Poste;;;Grande Rue
2026-001;2026-01-10;permanent;Zone bleue Grande Rue;;;Grande Rue
"""


def _load(conn, write):
    assert one(conn, write("arretes.csv", ARRETES)).ok


def test_inflections_and_accents(conn, write):
    _load(conn, write)
    assert knowledge.search_arretes(conn, "rue fermée")[0].id == "2025-017"
    assert knowledge.search_arretes(conn, "STATIONNER")[0].id in {"2025-018", "2024-001"}
    assert {a.id for a in knowledge.search_arretes(conn, "stationnement", limit=10)} == {
        "2025-018",
        "2024-001",
    }
    assert knowledge.search_arretes(conn, "eglise")[0].id == "2025-018"


def test_resident_text_cannot_break_the_query(conn, write):
    _load(conn, write)
    for text in [
        '"',
        "NEAR(",
        "*",
        "gare OR",
        "lieux:gare",
        "AND",
        "-",
        "^gare",
        "'); DROP TABLE arretes; --",
    ]:
        knowledge.search_arretes(conn, text)
        knowledge.search_fiches(conn, text)
    assert knowledge.get_arrete(conn, "2025-017") is not None


def test_in_force_for_a_place(conn, write):
    _load(conn, write)
    on = knowledge.arretes_in_force
    assert [a.id for a in on(conn, date(2025, 3, 12), "rue de la Gare")] == ["2025-017"]
    assert [a.id for a in on(conn, date(2025, 3, 12), "gare")] == ["2025-017"]
    assert [a.id for a in on(conn, date(2025, 3, 12), "Place de l'eglise")] == ["2025-018"]
    assert on(conn, date(2025, 3, 15), "rue de la Gare") == []
    # a window catches what starts later; the text matches « gare » even without ARR_LIEU
    window = [a.id for a in on(conn, date(2025, 3, 15), "gare", until=date(2025, 4, 30))]
    assert window == ["2025-019"]
    # permanent ones apply from their signature on
    assert [a.id for a in on(conn, date(2025, 6, 1), "grande rue")] == ["2024-001"]
    assert [a.id for a in on(conn, date(2026, 6, 1), "Grande Rue")] == ["2026-001", "2024-001"]
    everything = {a.id for a in on(conn, date(2025, 3, 12))}
    assert everything == {"2025-017", "2025-018", "2024-001"}


def test_get_arrete_tolerant_and_recent(conn, write):
    _load(conn, write)
    for spelling in ("2025-17", "2025-017", "2025_017", "n°2025-017", "N° 2025/17"):
        assert knowledge.get_arrete(conn, spelling).id == "2025-017"
    assert knowledge.get_arrete(conn, "1999-1") is None
    assert [a.id for a in knowledge.recent_arretes(conn, 2)] == ["2026-001", "2025-019"]


def test_demo_questions(demo_conn):
    fiche, _ = knowledge.search_fiches(demo_conn, "CARTE D'IDENTITE")[0]
    assert "identité" in fiche.question
    assert knowledge.search_fiches(demo_conn, "")[:1] == []
    assert (
        knowledge.streets(demo_conn) and knowledge.categories(demo_conn) and knowledge.actor_names(demo_conn)
    )
    assert knowledge.get_commune(demo_conn).source.title.startswith("Mairie de ")
    assert knowledge.search_acteurs(demo_conn, category="boulangeries")


def test_the_street_gazetteer_keeps_to_the_commune(demo_conn):
    from knowledge.annuaire import town_of

    streets = knowledge.streets(demo_conn)
    assert "Grande Rue" in streets and "place de la Mairie" in streets
    # The directory lists a neighbouring town's services: their streets are not the commune's.
    assert "place de l'Hôtel de Ville" not in streets  # mairie of Saint-Fulbert-en-Doucette
    assert town_of("BP 12, 69999 Vaulignac-sur-Doucette Cedex") == town_of("1 rue X, 69999 Vaulignac sur Doucette")
    assert town_of("rue du Stade") is None  # no town written: taken as the commune's


def test_readers_keep_answering_during_an_import(demo_db, tmp_path):
    """WAL: a read-only connection in another thread answers while a writer holds an open transaction."""
    writer = knowledge.open_kb(demo_db)
    reader = knowledge.open_kb(demo_db, readonly=True)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM fiches")
    results = []
    t = threading.Thread(target=lambda: results.append(len(knowledge.list_fiches(reader))))
    t.start()
    t.join(5)
    writer.execute("ROLLBACK")
    assert results and results[0] > 0


def test_readonly_missing_file_says_how_to_import(tmp_path):
    try:
        knowledge.open_kb(tmp_path / "absent.sqlite", readonly=True)
    except knowledge.KnowledgeBaseMissing as exc:
        assert "python -m knowledge --db" in str(exc) and "import" in str(exc)
    else:
        raise AssertionError("KnowledgeBaseMissing expected")
    assert not (tmp_path / "absent.sqlite").exists()


def test_readonly_connection_cannot_write(demo_db):
    reader = knowledge.open_kb(demo_db, readonly=True)
    try:
        knowledge.add_unanswered(reader, "x", chat_id=None, reason="fallback")
    except Exception as exc:  # sqlite3.OperationalError: attempt to write a readonly database
        assert "readonly" in str(exc) or "read-only" in str(exc)
    else:
        raise AssertionError("a read-only connection must refuse writes")


def test_directory_words_match_as_prefixes(conn, write):
    annuaire = (
        "nom,categorie,adresse\n"
        "US Exemple football,association sportive,Stade\n"
        "Julien Rey,masseur-kinésithérapeute,5 rue Haute\n"
        "Boulangerie du Centre,boulangerie,3 Grande Rue\n"
    )
    assert one(conn, write("annuaire.csv", annuaire)).ok
    assert knowledge.search_acteurs(conn, "club de foot")[0].nom == "US Exemple football"
    assert knowledge.search_acteurs(conn, "un kiné")[0].nom == "Julien Rey"
    assert knowledge.search_acteurs(conn, "BOULANGERIES")[0].nom == "Boulangerie du Centre"


def test_fts_rebuild_gives_the_same_answers(conn, write):
    from knowledge import fts

    _load(conn, write)
    before = [a.id for a in knowledge.search_arretes(conn, "stationnement", limit=10)]
    conn.execute("BEGIN")
    fts.rebuild(conn, "arretes")
    conn.execute("COMMIT")
    assert [a.id for a in knowledge.search_arretes(conn, "stationnement", limit=10)] == before != []


def test_a_place_with_its_other_name_in_brackets_is_known_by_each(conn, write):
    text = (
        "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_DEBUT;ARR_FIN;ARR_LIEU\n"
        "2026-083;2026-11-09;temporaire;Route barrée pour travaux;2026-11-23;2026-12-18;rue du Moulin (Mühlgass)\n"
        "2018-001;2018-01-15;permanent;Poids lourds interdits;;;Chemin de la Clue (dans sa partie circulable)\n"
    )
    assert one(conn, write("arretes.csv", text)).ok
    names = knowledge.streets(conn)
    assert {"rue du Moulin (Mühlgass)", "rue du Moulin", "Mühlgass", "Chemin de la Clue"} <= set(names)
    assert "dans sa partie circulable" not in names
    assert [a.id for a in knowledge.arretes_in_force(conn, date(2026, 12, 6), "rue du Moulin")] == ["2026-083"]


def test_a_fiche_cites_the_arretes_it_names_by_number(conn, write):
    _load(conn, write)
    cited = knowledge.cited_arretes(conn, "Travaux interdits le dimanche (arrêté municipal n° 2025-17). Voir l'arrêté n°2024-001.")
    assert [a.id for a in cited] == ["2025-017", "2024-001"]
    assert knowledge.cited_arretes(conn, "arrêté préfectoral du 3 mars, arrêté n° 1999-999") == []


def test_a_street_named_only_in_the_visas_does_not_put_the_arrete_on_it(conn, tmp_path):
    """« Vu la demande de la cave coopérative, 5 rue du Pressoir » before Article 1 names the requester's
    address, not where the burning rules apply: the arrêté is not one of the rue du Pressoir's."""
    from .conftest import make_pdf

    pdf = make_pdf(
        tmp_path / "arrete-2030-029.pdf",
        [
            "ARRÊTÉ N° 2030-029",
            "Objet : réglementation du brûlage des sarments",
            "Le Maire de Vaulignac,",
            "Vu la demande de la cave coopérative, 5 rue du Pressoir ;",
            "ARRÊTE",
            "Article 1er - Du 1er décembre 2030 au 31 mars 2031, les exploitants viticoles sont autorisés à "
            "brûler les sarments dans les vignes, à plus de 50 mètres des habitations.",
            "Fait à Vaulignac, le 20 novembre 2030.",
        ],
    )
    assert one(conn, pdf).ok
    assert knowledge.arretes_in_force(conn, date(2030, 12, 5), "rue du Pressoir") == []
    assert [a.id for a in knowledge.arretes_in_force(conn, date(2030, 12, 5), "vignes")] == ["2030-029"]
