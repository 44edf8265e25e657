"""The price for the category the resident says they are in (bot/answers/tariffs.py)."""

from types import SimpleNamespace

from bot.answers.base import Answer
from bot.answers.tariffs import OUTSIDERS, RESIDENTS, category, for_category, trimmed

HALL = (
    "La salle des fêtes (200 personnes) se loue aux habitants 250,00 € le week-end, 480,00 € pour les "
    "personnes extérieures, caution 800,00 €. Réservation en mairie."
)


def test_where_one_lives_is_read_from_the_question():
    assert category("combien la salle pour quelqu'un du village ?") == RESIDENTS
    assert category("c combien si on habite la commune") == RESIDENTS
    assert category("combien si on habite pas le village") == OUTSIDERS
    assert category("tarif pour les non-résidents ?") == OUTSIDERS
    assert category("Habitant une commune voisine, quel tarif ?") == OUTSIDERS
    assert category("combien coûte la salle ?") is None


def test_the_other_category_s_price_goes_and_everything_else_stays():
    assert for_category(HALL, RESIDENTS) == (
        "La salle des fêtes (200 personnes) se loue aux habitants 250,00 € le week-end, caution 800,00 €. "
        "Réservation en mairie."
    )
    # the first clause says what is let, and how: it stays, so nothing can go for the others
    assert for_category(HALL, OUTSIDERS) is None
    listed = "Extérieurs : 300 €. Habitants : 150 €. Caution 500 €."
    assert for_category(listed, RESIDENTS) == "Habitants : 150 €. Caution 500 €."
    assert for_category(listed, OUTSIDERS) == "Extérieurs : 300 €. Caution 500 €."
    # a clause with two prices is not only the other category's
    both = "Habitants 150 € ; extérieurs 300 € et 50 € de ménage."
    assert for_category(both, RESIDENTS) is None
    assert for_category("Location : 150 € le week-end.", RESIDENTS) is None


def test_the_answer_says_that_other_prices_exist():
    answer = Answer(text=HALL)
    ask = SimpleNamespace(text="la salle c combien pour un habitant ?", cues={"asks_how_much"})
    assert trimmed(answer, ask, "la fiche")
    assert "480" not in answer.text and "250,00 €" in answer.text
    said = "(Seul le tarif des habitants de la commune est montré ; la fiche en donne d'autres.)"
    assert answer.text.endswith(said)
    unasked = Answer(text=HALL)
    plain = SimpleNamespace(text="la salle c combien ?", cues={"asks_how_much"})
    assert not trimmed(unasked, plain, "la fiche")
    assert unasked.text == HALL
