"""The judge of the residents' question sets (bot/evaluation.py): what counts as right, honest, wrong."""

from __future__ import annotations

from bot import evaluation


def reply(answer: str, *, fallback: bool = False, kinds: tuple[str, ...] = ()) -> dict:
    return {"answer": answer, "fallback": fallback, "sources": [{"kind": k} for k in kinds]}


def outcome(case: dict, r: dict) -> str:
    return evaluation.classify(case, r, evaluation.check(case, r))


def test_a_right_answer_with_its_facts_and_source():
    case = {"must": ["1 200 €"], "source_kind": "deliberation", "fallback": False}
    assert outcome(case, reply("Subvention de 1 200 €.", kinds=("deliberation",))) == evaluation.RIGHT


def test_a_source_named_by_the_kind_of_question_is_the_records_kind():
    case = {"must": ["04 77"], "source_kind": "annuaire"}
    assert outcome(case, reply("Téléphone : 04 77 19 60 50", kinds=("acteur",))) == evaluation.RIGHT
    case = {"must": ["9 h"], "source_kind": "mairie"}
    assert outcome(case, reply("La mairie ouvre à 9 h", kinds=("commune",))) == evaluation.RIGHT


def test_a_fallback_is_never_confident_wrong():
    """« Aucun arrêté ne … » was wanted, with a source; « je ne sais pas » asserts nothing false."""
    case = {"fallback": True, "source_kind": "arrete"}
    r = reply("Je ne sais pas répondre…", fallback=True, kinds=("commune",))
    assert outcome(case, r) == evaluation.HONEST_FALLBACK
    case = {"must": ["26 t"], "fallback": False}
    assert outcome(case, reply("Je ne sais pas…", fallback=True)) == evaluation.HONEST_FALLBACK


def test_a_wrong_fact_or_a_missing_one_is_confident_wrong():
    case = {"must": ["19 t"], "must_not": ["26 t"]}
    assert outcome(case, reply("Interdit aux plus de 26 t et 19 t.")) == evaluation.CONFIDENT_WRONG
    assert outcome(case, reply("Interdit aux camions.")) == evaluation.CONFIDENT_WRONG
    case = {"fallback": True}
    assert outcome(case, reply("Voici la fiche piscine.")) == evaluation.CONFIDENT_WRONG


def test_an_hour_is_the_same_fact_with_or_without_its_spaces():
    from bot.evaluation import normalise

    assert normalise("Ouvert de 8 h 30 à 12 h, puis à 19 h.") == "ouvert de 8h30 à 12h, puis à 19h."
    assert normalise("1 234,56 €") == "1234,56 €"
    assert normalise("3 hectares") == "3 hectares"
    assert normalise("de 08:30 à 18:00") == normalise("de 8 h 30 à 18 h") == "de 8h30 à 18h"
    assert normalise("18h00") == "18h"
    assert normalise("arrêté 2026-027, 1:2, 31:45") == "arrêté 2026-027, 1:2, 31:45"
