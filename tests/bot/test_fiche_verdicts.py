"""A yes/no question answered by a fiche (bot/answers/fiches.py): the fiche's own sentence on the subject
asked gives « Oui » or « Non »; a sentence on something else, or no rule at all, gives neither."""

from types import SimpleNamespace

from bot.answers.fiches import rule_verdict

from .test_arrete_verdicts import ask  # a question asked on 5 December 2026, without a knowledge base

GREEN_WASTE = SimpleNamespace(
    reponse=(
        "Le brûlage des déchets verts (tontes, tailles de haies, feuilles, branchages) est interdit toute "
        "l'année aux particuliers. Déposez-les à la déchèterie ou compostez-les."
    )
)


def test_the_fiche_s_sentence_on_the_subject_answers_no():
    lead = rule_verdict(ask("on a le droit de brûler les déchets verts du jardin ou pas ?"), GREEN_WASTE)
    assert lead is not None and lead.startswith("Non : d'après la fiche, « Le brûlage des déchets verts")


def test_a_question_on_another_subject_gets_no_verdict_from_the_fiche():
    assert rule_verdict(ask("on a le droit de garer un camping-car devant la mairie ?"), GREEN_WASTE) is None


def test_a_question_that_is_not_yes_or_no_gets_no_verdict():
    assert rule_verdict(ask("où déposer les déchets verts ?"), GREEN_WASTE) is None


def test_a_fiche_that_already_says_no_is_left_as_the_clerk_wrote_it():
    said = SimpleNamespace(reponse="Non : le brûlage des déchets verts est interdit toute l'année.")
    assert rule_verdict(ask("je peux brûler mes déchets verts ?"), said) is None
