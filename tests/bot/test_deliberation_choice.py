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


def test_a_list_annexed_to_a_decision_is_no_budget_annexe():
    """« selon tableau annexé » folds as « annexe »: the subsidies' décision is not swapped for the next
    délibération on the subject, a décision modificative naming one association."""
    grants = SimpleNamespace(objet="Subventions 2026 : SNSM 6 000 € ; autres selon tableau annexé")
    amending = SimpleNamespace(objet="Décision modificative n° 1 : subvention exceptionnelle à la SNSM")
    question = ask("la snsm touche combien de la commune ?")
    question.on_subject = lambda kind: [SimpleNamespace(doc=SimpleNamespace(record=r)) for r in (amending,)]
    assert main_budget(question, grants) is grants


def test_an_annex_named_is_the_annex():
    assert main_budget(asked("le budget annexe du camping a été voté à l'unanimité ?"), ANNEX) is ANNEX


def test_prices_voted_in_advance_are_the_year_they_name():
    from datetime import date

    from bot.answers.deliberations import years_of

    ahead = SimpleNamespace(objet="Tarifs 2027 du camping", date=date(2026, 11, 26), budget_annee=None)
    plain = SimpleNamespace(objet="Tarifs du camping", date=date(2026, 3, 12), budget_annee=None)
    assert years_of(ahead) == {2027} and years_of(plain) == {2026}


def _rates(objet: str):
    return SimpleNamespace(objet=objet, vote_pour=15, vote_contre=0, vote_abstention=0)


def test_a_rate_kept_answers_no_to_whether_it_rose():
    from bot.answers.deliberations import verdict

    kept = _rates("Vote des taux d'imposition 2026, inchangés : taxe foncière 38,42 %")
    assert verdict(ask("les taux des impots ont augmenté cette annee ?"), kept) == "Non"


def test_a_new_figure_alone_says_neither_yes_nor_no_to_a_change():
    from bot.answers.deliberations import verdict

    priced = _rates("Tarifs de la garderie à compter du 1er septembre 2026 : 1,60 € le matin")
    assert verdict(ask("la garderie a augmenté ?"), priced) is None
    raised = _rates("Majoration de 40 % de la taxe d'habitation sur les résidences secondaires")
    assert verdict(ask("le conseil a décidé une hausse pour les résidences secondaires ?"), raised) == "Oui"
    assert verdict(ask("la taxe a baissé ?"), raised) == "Non"


def test_whether_one_may_do_something_is_not_answered_by_a_decision_on_it():
    from bot.answers.deliberations import verdict

    camping = _rates("Tarifs 2026 du camping municipal : emplacement 17,50 € la nuit")
    assert verdict(ask("on peut faire un feu de camp au camping, c'est permis ?"), camping) is None
    assert verdict(ask("est-ce que le conseil a délibéré sur le camping ?"), camping) == "Oui"


def test_how_the_council_dealt_with_a_subject_is_not_the_subject():
    from bot.answers.deliberations import missing_subject

    term = lambda word, idf, held: SimpleNamespace(  # noqa: E731
        term=SimpleNamespace(word=word, stem=word), idf=idf, title=float(held), body=0.0
    )
    question = ask("les élus ont parlé des AESH ?")
    terms = [term("parle", 5.0, False), term("aesh", 4.0, True)]
    question.chosen = SimpleNamespace(match=SimpleNamespace(terms=terms))
    question.ranked = []
    assert missing_subject(question) is None
    question.chosen.match.terms[0] = term("eoliennes", 5.0, False)
    assert missing_subject(question) == "eoliennes"


def _voted(objet: str, day):
    return SimpleNamespace(objet=objet, date=day, budget_annee=None)


def test_asked_without_a_year_the_latest_version_of_a_decision_answers():
    from datetime import date

    from bot.answers.deliberations import latest_version

    old = _voted("Prix de l'eau au 1er juillet 2025 : 1,38 € le mètre cube", date(2025, 4, 11))
    new = _voted("Prix de l'eau au 1er juillet 2026 : 1,45 € le mètre cube", date(2026, 5, 22))
    ahead = _voted("Prix de l'eau au 1er juillet 2027 : 1,52 € le mètre cube", date(2026, 11, 20))
    other = _voted("Tarifs du cimetière au 1er juillet 2026", date(2026, 6, 2))
    question = ask("c combien le m3 d'eau ?")  # on 5 December 2026
    records = (old, new, ahead, other)
    question.on_subject = lambda kind: [SimpleNamespace(doc=SimpleNamespace(record=r)) for r in records]
    assert latest_version(question, old) is new  # not next year's, voted in advance
    records = (old, ahead, other)
    assert latest_version(question, old) is old


def test_two_works_of_one_programme_are_not_two_versions():
    from bot.answers.deliberations import object_words, same_object

    def alike(a: str, b: str) -> bool:
        return same_object(object_words(_voted(a, None)), object_words(_voted(b, None)))

    assert not alike(
        "Travaux de dissimulation de réseaux Grande Rue Saint-Ennemond : fonds de concours",
        "Travaux de dissimulation de réseaux rue Jean Macé : fonds de concours",
    )
    assert alike("Tarifs 2025 du port", "Tarifs 2026 du port")


def test_another_years_version_is_not_listed_with_the_answer():
    """« le mouillage cette année ? » gets this year's tariffs alone: next year's, voted in advance and also
    trusted by the ranker, would give the resident two prices for one question."""
    from datetime import date

    from bot.answers.deliberations import compose
    from nlu.entities import Entity

    def voted(number, objet, day):
        return SimpleNamespace(
            id=number, objet=objet, date=day, budget_annee=None, url=None, source=number,
            vote_pour=19, vote_contre=0, vote_abstention=0,
        )  # fmt: skip

    this = voted("D1", "Tarifs du port pour l'année 2026 : mouillage 560 €", date(2025, 12, 11))
    ahead = voted("D2", "Tarifs du port pour l'année 2027 : mouillage 575 €", date(2026, 11, 20))
    grant = voted("D3", "Subvention à la station SNSM du port : 3 500 €", date(2026, 3, 2))
    docs = [SimpleNamespace(record=r, kind="deliberation") for r in (this, ahead, grant)]
    ranked = [SimpleNamespace(doc=doc, p=0.9) for doc in docs]
    for text, entities in (
        ("combien le mouillage cette année ?", [Entity("year", 2026, "cette année", 17, 28)]),
        ("combien le mouillage ?", []),
    ):
        question = ask(text)
        question.entities, question.chosen, question.ranked = entities, ranked[0], ranked
        question.on_subject = lambda kind: ranked[:2]
        said = compose(question).text
        assert "560 €" in said and "575 €" not in said, text
    assert "3 500 €" in said  # another decision the ranker trusts is still listed
