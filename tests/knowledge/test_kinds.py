"""How records are seen by the retrieval (knowledge/kinds.py): a délibération's object by its parts."""

from datetime import date

from knowledge.kinds import clauses, deliberation_doc
from knowledge.records import Deliberation, Source
from knowledge.retrieval import match, query_terms


def deliberation(objet: str) -> Deliberation:
    return Deliberation(
        "D2025-033", date(2025, 6, 12), objet, "Tarifs", None, 15, 15, 15, 0, 0, None,
        Source("deliberation", "D2025-033", f"Délibération n° D2025-033 : {objet}"),
    )  # fmt: skip


def test_an_object_is_cut_where_its_author_cut_it():
    assert clauses("Restaurant scolaire : prix du repas fixé à 3,80 €") == (
        "Restaurant scolaire",
        "prix du repas fixé à 3,80 €",
    )
    assert clauses("Subvention - club de football ; montant 600 €") == (
        "Subvention",
        "club de football",
        "montant 600 €",
    )
    assert clauses("Tarifs 2025-2026 de la cantine") == ()  # a hyphen inside a word or a year is no cut


def test_a_question_on_one_part_of_a_long_object_is_precise_about_it():
    """« prix du repas » says most of one part of « Restaurant scolaire : prix du repas fixé pour les
    enfants et les adultes de la commune », little of the whole object."""
    doc = deliberation_doc(
        deliberation("Restaurant scolaire : prix du repas fixé pour les enfants et les adultes de la commune")
    )
    whole = deliberation_doc(
        deliberation("Restaurant scolaire, prix du repas fixé pour les enfants et les adultes de la commune")
    )
    terms = query_terms("prix du repas adulte")
    assert match(terms, doc, lambda s: 1.0, "fts").title_precision > match(
        terms, whole, lambda s: 1.0, "fts"
    ).title_precision


def test_an_account_labelled_others_is_found_by_its_parent_s_words(conn, tmp_path):
    """« 65748 Autres personnes de droit privé » is where villages book their subsidies to associations:
    its parent's label (« 6574 Subventions … aux associations ») says so, its own does not."""
    from knowledge.kinds import budget_docs
    from knowledge.nomenclature import bundled

    from .conftest import one

    assert bundled().parent_labels("65748")[0].startswith("Subventions de fonctionnement aux personnes")
    budget = tmp_path / "budget.csv"
    budget.write_text(
        "BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_NATURE,BGT_OPBUDG,BGT_CODRD,BGT_MTPREV\n"
        "budget primitif,2026,21690999500016,COMMUNE,65748,réel,dépense,4800.00\n"
        "budget primitif,2026,21690999500016,COMMUNE,6531,réel,dépense,9000.00\n",
        encoding="utf-8",
    )
    one(conn, budget)
    docs = {d.key: d for d in budget_docs(conn)}
    terms = query_terms("subventions aux associations")
    assert match(terms, docs["compte:65748"], lambda s: 1.0, "fts").coverage == 1.0
    # a label complete in itself is not given its parent's words (« 653 Indemnités, frais … des élus »)
    assert docs["compte:6531"].body_stems.isdisjoint({"associ", "subvention"})


def test_the_mairie_s_opening_hours_state_a_moment(demo_conn):
    """« à quelle heure ferme la mairie ? » asks for a moment; the hours, written « Mo-Fr 08:30-12:00 »,
    state one although no French day name or « h » is in them."""
    import french
    from knowledge.kinds import profile_docs

    docs = {d.key: d for d in profile_docs(demo_conn)}
    assert french.facts.MOMENT in docs["horaires"].facts
    assert french.facts.MOMENT not in docs["telephone"].facts
