"""What kinds of fact a text states: what lets « c'est combien ? » prefer the record that gives a price."""

from french import facts


def test_a_price_is_a_quantity_and_an_hour_a_day_or_a_date_a_moment():
    assert facts.held("Repas enfant 3,25 €, repas adulte 6,60 €") == {facts.QUANTITY}
    assert facts.held("caution de 500 euros") == {facts.QUANTITY}
    assert facts.held("ouvert du lundi au vendredi de 9 h à 12 h") == {facts.MOMENT, facts.CLOCK}
    assert facts.held("fermé le 14 juillet") == {facts.MOMENT}
    assert facts.held("à rendre avant le 12/07") == {facts.MOMENT}


def test_a_procedure_states_neither():
    assert facts.held("Remplissez le dossier d'inscription et déposez-le à la mairie.") == frozenset()
    assert facts.held("arrêté n° 2026-018, valable 10 ans") == frozenset()
    assert facts.held(None) == frozenset()


def test_how_much_wants_a_quantity_and_when_a_moment():
    assert facts.wanted({"asks_how_much"}) == {facts.QUANTITY}
    assert facts.wanted({"asks_when", "yes_no"}) == {facts.MOMENT}
    assert facts.wanted({"yes_no"}) == frozenset()


def test_which_hour_or_which_day_asks_when():
    """« à partir de quelle heure ? », « c quel jour les poubelles ? » want a moment, as « quand ? » does."""
    import french

    for question in ("fermée à partir de quelle heure ?", "c quel jour les poubelles", "quand ?"):
        assert "asks_when" in french.cues().which(question), question
    assert "asks_when" not in french.cues().which("quel est le numéro de la mairie ?")
