"""A message's signature is not part of the question (french/signature.py)."""

from __future__ import annotations

import french
from french.signature import without_signature


def test_the_name_after_a_closing_formula_is_dropped():
    assert without_signature("La déchetterie ouvre le lundi ? Bien cordialement, Mme Lefebvre") == (
        "la dechetterie ouvre le lundi ? bien cordialement, "
    )
    letter = (
        "Je souhaiterais connaître le tarif de la salle. Veuillez agréer mes salutations distinguées.\n"
        "J.-P. Marcoz"
    )
    assert without_signature(letter).endswith("salutations distinguees.\n")
    thanked = without_signature("horaires de la poste ? merci d'avance, famille Van Dijk")
    assert thanked.endswith("merci d'avance, ")


def test_a_question_after_thanks_is_kept():
    for text in (
        "Merci. La salle est libre samedi",  # the formula opens the message
        "c'est ouvert ? merci, et le 14 juillet",  # a number is no signature
        "merci pour la réponse, et la piscine ?",  # a question mark is no signature
        "Cordialement",
        "",
    ):
        assert without_signature(text) == french.fold(text).rstrip()


def test_the_signature_gives_no_search_terms():
    terms = [t.stem for t in french.analyzer().query("Horaires de la mairie ? Cordialement, Josiane Barthe")]
    assert "barth" not in terms and "josian" not in terms
    assert terms == [t.stem for t in french.analyzer().query("Horaires de la mairie ?")]
