"""What « je n'ai pas d'information sur … » names when Clocher cannot answer (bot/answers/fallback.py)."""

from bot.answers.fallback import PERSONAL, not_known_subject
from nlu.entities import Entity


def nothing_holds(stems: list[str]) -> bool:
    return False


BUDGET = {"budget": 0.7, "fiche": 0.2}
FICHE = {"budget": 0.1, "fiche": 0.8}


def test_a_street_no_record_knows_is_named_back_to_the_resident():
    said = not_known_subject("y a des travaux rue des Cerisiers demain ?", [], nothing_holds, FICHE)
    assert said == "ce lieu : « rue des Cerisiers »"


def test_a_street_a_record_holds_or_the_extractor_knew_is_not_said_unknown():
    text = "y a des travaux rue des Cerisiers demain ?"
    assert not_known_subject(text, [], lambda stems: True, FICHE) is None
    known = Entity("street", "rue des Cerisiers", "rue des Cerisiers", 19, 36)
    assert not_known_subject(text, [known], nothing_holds, FICHE) is None


def test_ones_own_taxes_are_not_in_the_communes_budget():
    assert not_known_subject("ma taxe fonciere elle est de combien ?", [], nothing_holds, BUDGET) == PERSONAL
    assert not_known_subject("c'est ouvert demain ?", [], nothing_holds, BUDGET) is None
    # asking for help with one's bills is no budget question: the plain « je ne sais pas » and the mairie
    help_wanted = "j'ai du mal à payer mes factures, la mairie peut-elle m'aider ?"
    assert not_known_subject(help_wanted, [], nothing_holds, FICHE) is None
