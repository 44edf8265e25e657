"""Which délibération answers (bot/answers/deliberations.py): « le budget 2026 » is the commune's own budget,
not a budget annexe's, unless the question names the annexe."""

from types import SimpleNamespace

from bot.answers.deliberations import main_budget

from .test_arrete_verdicts import ask

ANNEX = SimpleNamespace(objet="Vote du budget primitif 2026 du budget annexe du camping municipal")
MAIN = SimpleNamespace(objet="Vote du budget primitif 2026 du budget principal")


def asked(text: str):
    question = ask(text)
    candidates = [SimpleNamespace(doc=SimpleNamespace(record=r)) for r in (ANNEX, MAIN)]
    question.on_subject = lambda kind: candidates  # the délibérations holding the subject, best first
    return question


def test_the_budget_asked_is_the_main_one():
    assert main_budget(asked("le budget 2026 a été voté à l'unanimité ?"), ANNEX) is MAIN


def test_an_annex_named_is_the_annex():
    assert main_budget(asked("le budget annexe du camping a été voté à l'unanimité ?"), ANNEX) is ANNEX
