"""A street written out in a message (french/streets.py), known to the commune's files or not."""

from french.streets import street_phrase


def test_a_street_is_its_kind_of_way_and_its_capitalised_name_as_written():
    assert street_phrase("y a des travaux rue des Cerisiers demain ?") == "rue des Cerisiers"
    assert street_phrase("Rue Victor Hugo fermée ?") == "Rue Victor Hugo"
    assert street_phrase("travaux avenue du Général de Gaulle lundi") == "avenue du Général de Gaulle"
    assert street_phrase("sur la place de l'Église Saint-Martin") == "place de l'Église Saint-Martin"
    # the name ends where the phrase does
    assert street_phrase("rue des Zorglubs ; DROP TABLE arretes") == "rue des Zorglubs"
    assert street_phrase("travaux rue des Lilas, Bonjour") == "rue des Lilas"


def test_an_everyday_word_for_a_way_without_a_name_is_no_street():
    assert street_phrase("cours de gym à Vaulignac ?") is None
    assert street_phrase("les lampadaires sont éteints dans ma rue, c'est normal ?") is None
    assert street_phrase("je passe par la rue ce matin Bonjour") is None
    assert street_phrase("") is None and street_phrase(None) is None
