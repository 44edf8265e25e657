from __future__ import annotations

import pytest

import french
from bot.answers.fallback import contacts_lines
from knowledge.records import Commune, Source


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Aubrevaz-sur-Lac", "d'Aubrevaz-sur-Lac"),
        ("Étretat", "d'Étretat"),
        ("Yerres", "d'Yerres"),
        ("Le Mans", "du Mans"),
        ("Les Mureaux", "des Mureaux"),
        ("La Rochelle", "de La Rochelle"),
        ("Lesneven", "de Lesneven"),
        ("Vaulignac-sur-Doucette", "de Vaulignac-sur-Doucette"),
        ("Hondschoote", "de Hondschoote"),
    ],
)
def test_de_elides_and_contracts_before_a_communes_name(name, said):
    assert french.de(name) == said


def test_the_mairies_contacts_name_it_as_french_does():
    commune = Commune(
        "Aubrevaz-sur-Lac", "74999", None, None, None, None, None, "04 50 00 00 00", None, None, None,
        Source("commune", "74999", "Mairie d'Aubrevaz-sur-Lac", None),
    )
    assert contacts_lines(commune)[0] == "Mairie d'Aubrevaz-sur-Lac"
