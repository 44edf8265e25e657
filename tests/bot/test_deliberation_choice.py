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


def test_prices_voted_in_advance_are_the_year_they_name():
    from datetime import date

    from bot.answers.deliberations import years_of

    ahead = SimpleNamespace(objet="Tarifs 2027 du camping", date=date(2026, 11, 26), budget_annee=None)
    plain = SimpleNamespace(objet="Tarifs du camping", date=date(2026, 3, 12), budget_annee=None)
    assert years_of(ahead) == {2027} and years_of(plain) == {2026}
