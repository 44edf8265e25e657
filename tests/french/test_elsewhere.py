"""Which other commune a question names after a profile fact (french/elsewhere.py)."""

import pytest

from french.elsewhere import other_commune, same_commune

OWN = "Vaulignac-sur-Doucette"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("c'est quoi le numéro de la mairie de Mâcon ?", "Mâcon"),
        ("qui est le maire de Lyon ?", "Lyon"),
        ("combien d'habitants à Arras", "Arras"),
        ("horaires de la mairie du Havre", "Havre"),
        ("horaires mairie de st fulbert en doucette svp", "st fulbert en doucette"),
        ("la mairie de Saint-Fulbert-en-Doucette est ouverte ?", "Saint-Fulbert-en-Doucette"),
    ],
)
def test_another_commune_is_named_as_written(question, named):
    assert other_commune(question, OWN) == named


@pytest.mark.parametrize(
    "question",
    [
        "qui est le maire ?",
        "qui est le maire de la commune ?",
        "le maire du village",
        "horaires de la mairie de Vaulignac le samedi",
        "la mairie de vaulignak est ouverte ?",  # misspelt, still this commune
        "mairie de vaulignac sur doucette",
        "horaires de la mairie du samedi",
        "la mairie de demain",
        "mairie de 9h à 12h ?",
        "qui est l'adjoint au maire de la culture ?",
    ],
)
def test_this_commune_or_no_commune_is_not_another(question):
    assert other_commune(question, OWN) is None


def test_same_commune_compares_the_first_distinctive_word():
    assert same_commune("st fulbert", "Saint-Fulbert-en-Doucette")
    assert not same_commune("Saint-Fulbert-en-Doucette", OWN)  # only the river in common
