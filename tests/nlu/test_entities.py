from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from nlu import Gazetteers, extract_entities

TODAY = date(2025, 6, 18)  # a Wednesday


def values(text, kind, gazetteers=None, today=TODAY):
    return [e.value for e in extract_entities(text, today=today, gazetteers=gazetteers) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la rue est fermée demain ?", date(2025, 6, 19)),
        ("et après-demain", date(2025, 6, 20)),
        ("ouvert aujourd'hui ?", date(2025, 6, 18)),
        ("c'était hier", date(2025, 6, 17)),
        ("on peut se garer samedi ?", date(2025, 6, 21)),
        ("samedi prochain", date(2025, 6, 21)),
        ("mercredi prochain", date(2025, 6, 25)),
        ("dimanche dernier", date(2025, 6, 15)),
        ("le 14 juillet", date(2025, 7, 14)),
        ("le 1er mars", date(2026, 3, 1)),  # more than 3 months ago: the next one
        ("le 20 décembre", date(2025, 12, 20)),
        ("le conseil du 3 mai", date(2025, 5, 3)),  # less than 3 months ago: that one
        ("le 15/03/2024", date(2024, 3, 15)),
        ("dans 3 jours", date(2025, 6, 21)),
        ("dans deux semaines", date(2025, 7, 2)),
        ("la mairie est ouverte à noël ?", date(2025, 12, 25)),
        ("le lundi de Pâques", date(2026, 4, 6)),
        ("pour la Toussaint", date(2025, 11, 1)),
        ("réunion jeudi 26", date(2025, 6, 26)),
        ("le conseil de jeudi 12", date(2025, 6, 12)),  # last week
        ("vendredi 1er", date(2025, 8, 1)),
        ("on pourra se garer place de l'église le 19 ?", date(2025, 6, 19)),  # a day of this month
        ("c'est ouvert le 3 ?", date(2025, 7, 3)),  # past this month: next month's
        ("des travaux rue des Tilleuls à partir du 19 ?", date(2025, 6, 19)),
    ],
)
def test_dates_resolve_against_today(text, expected):
    assert values(text, "date") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ce week-end", (date(2025, 6, 21), date(2025, 6, 22))),
        ("ce we", (date(2025, 6, 21), date(2025, 6, 22))),
        ("la semaine prochaine", (date(2025, 6, 23), date(2025, 6, 29))),
        ("cette semaine", (date(2025, 6, 16), date(2025, 6, 22))),
        ("en juillet", (date(2025, 7, 1), date(2025, 7, 31))),
        ("en avril", (date(2025, 4, 1), date(2025, 4, 30))),
        ("en janvier", (date(2026, 1, 1), date(2026, 1, 31))),
        ("en février 2024", (date(2024, 2, 1), date(2024, 2, 29))),
        ("le mois prochain", (date(2025, 7, 1), date(2025, 7, 31))),
        ("du 3 au 5 mars 2026", (date(2026, 3, 3), date(2026, 3, 5))),
        ("le marché de juillet", (date(2025, 7, 1), date(2025, 7, 31))),
        ("depuis août", (date(2025, 8, 1), date(2025, 8, 31))),
        ("mi-juillet", (date(2025, 7, 1), date(2025, 7, 31))),
        ("ouvert de mars à octobre ?", (date(2025, 3, 1), date(2025, 10, 31))),
        ("fermé d'octobre à février", (date(2025, 10, 1), date(2026, 2, 28))),
    ],
)
def test_date_ranges(text, expected):
    assert values(text, "date_range") == [expected]


def test_weekend_asked_on_a_sunday_is_the_current_one():
    assert values("fermé ce week-end ?", "date_range", today=date(2025, 6, 22)) == [
        (date(2025, 6, 21), date(2025, 6, 22))
    ]


def test_bare_weekday_gives_weekday_and_date():
    entities = extract_entities("la pharmacie est ouverte dimanche ?", today=TODAY)
    assert [(e.type, e.value, e.text) for e in entities] == [
        ("date", date(2025, 6, 22), "dimanche"),
        ("weekday", 6, "dimanche"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le budget en 2024", [2024]),
        ("les délibérations de l'an dernier", [2024]),
        ("cette année", [2025]),
        ("budget 2023-2024", [2023, 2024]),
    ],
)
def test_years(text, expected):
    assert values(text, "year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("à 18h", time(18, 0)),
        ("vers 18h30", time(18, 30)),
        ("à 9 h 15", time(9, 15)),
        ("17:45", time(17, 45)),
    ],
)
def test_times(text, expected):
    assert values(text, "time") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plus de 10 000 €", Decimal("10000")),
        ("1 234,56 euros", Decimal("1234.56")),
        ("5000 euros", Decimal("5000")),
        ("1,5 million d'euros", Decimal("1500000")),
    ],
)
def test_amounts(text, expected):
    assert values(text, "amount") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arrêté 2025-017", "2025-017"),
        ("l'arrêté n° 2024-112", "2024-112"),
        ("arrete n°12/2024", "2024-012"),
        ("arrêté 45 de 2024", "2024-045"),
        ("arrete 2025 017", "2025-017"),
        ("l'arrêté 2023_105", "2023-105"),
    ],
)
def test_arrete_numbers(text, expected):
    assert values(text, "arrete_number") == [expected]
    assert values(text, "date") == []


STREETS = [
    "Boulevard de la République",
    "Rue de la Gare",
    "Chemin des Vignes",
    "Place du 14 Juillet",
    "Rue Saint-Martin",
    "Impasse des Tilleuls",
    "Avenue Foch",
]
GAZ = Gazetteers(
    streets=STREETS,
    categories=["Boulangerie", "Médecin généraliste", "Pharmacie", "Association sportive"],
    actors=["Boulangerie Martin", "Club de football", "Pharmacie du Centre"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stationnement bd de la republique ?", "Boulevard de la République"),
        ("BOULEVARD DE LA REPUBLIQUE fermé", "Boulevard de la République"),
        ("la gare est fermée demain ?", "Rue de la Gare"),
        ("travaux ch. des vignes", "Chemin des Vignes"),
        ("r st martin bloquée", "Rue Saint-Martin"),
        ("imp des tilleuls", "Impasse des Tilleuls"),
        ("av. Foch samedi", "Avenue Foch"),
        ("rue de la gar fermée", "Rue de la Gare"),  # small typo after a street type
        ("marché place du 14 juillet", "Place du 14 Juillet"),  # a street, not a date
    ],
)
def test_streets_tolerate_case_accents_abbreviations(text, expected):
    assert values(text, "street", GAZ) == [expected]


@pytest.mark.parametrize("text", ["rue de la mare fermée", "rue de la caure fermée"])
def test_a_street_the_commune_does_not_have_is_not_its_neighbour(text):
    """Only « rue de la » is shared with « Rue de la Gare »: not a typo of it."""
    assert values(text, "street", GAZ) == []


def test_street_named_after_a_date_is_not_a_date():
    assert values("marché place du 14 juillet", "date", GAZ) == []


def test_verb_is_not_a_street():
    assert values("où est-ce que je me gare ?", "street", GAZ) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("y a une boulangerie ?", ["Boulangerie"]),
        ("un toubib dans le coin", ["Médecin généraliste"]),
        ("des médecins ?", ["Médecin généraliste"]),
        ("les pharmacies", ["Pharmacie"]),
    ],
)
def test_categories(text, expected):
    assert values(text, "category", GAZ) == expected


def test_actor_wins_over_its_category_word():
    entities = extract_entities("la boulangerie martin est ouverte ?", today=TODAY, gazetteers=GAZ)
    assert [(e.type, e.value) for e in entities] == [("actor", "Boulangerie Martin")]


def test_spans_point_into_the_original_text():
    text = "Bonjour, l'Église… rue de la Gare fermée le 3 août ?"
    for entity in extract_entities(text, today=TODAY, gazetteers=GAZ):
        assert text[entity.start : entity.end] == entity.text


@pytest.mark.parametrize(
    "text",
    [
        "le marché de Noël c'est où ?",
        "pendant les vacances de Pâques",
        "j'habite le 19 rue des Lilas",
        "le 12 h",
    ],
)
def test_an_event_named_after_a_holiday_or_a_number_is_not_a_date(text):
    assert values(text, "date") == []


def test_a_month_without_its_year_is_the_last_one_when_the_question_speaks_of_the_past():
    """Asked in December: « fermée en février » is coming, « avait été fermée en février » is over."""
    today = date(2026, 12, 5)

    def dates(text):
        return [e.value for e in extract_entities(text, today=today) if e.type in {"date", "date_range"}]

    assert dates("la route sera fermée en février ?") == [(date(2027, 2, 1), date(2027, 2, 28))]
    assert dates("la route avait été fermée en février, c'était quel arrêté ?") == [
        (date(2026, 2, 1), date(2026, 2, 28))
    ]
    assert dates("c'était fermé le 20 janvier ?") == [date(2026, 1, 20)]
    assert dates("la fête a eu lieu le 14 juillet 2025 ?") == [date(2025, 7, 14)]  # a year given stays


def test_a_holiday_is_the_last_one_when_the_question_speaks_of_the_past():
    today = date(2026, 12, 5)

    def dates(text):
        return [e.value for e in extract_entities(text, today=today) if e.type == "date"]

    assert dates("la mairie sera ouverte à la Toussaint ?") == [date(2027, 11, 1)]
    assert dates("le stationnement était interdit à la Toussaint ?") == [date(2026, 11, 1)]
    assert dates("c'était fermé à Pâques ?") == [date(2026, 4, 5)]  # Easter's own date, a year back


def test_word_lists_read_from_french_data():
    """Short months, weekdays and numbers in words come from french/data/ (days.txt, numbers.txt)."""
    assert values("le 3 janv", "date") == [date(2026, 1, 3)]
    assert values("rdv le 12 sept 2025", "date") == [date(2025, 9, 12)]
    assert values("du 2 au 5 oct", "date_range") == [(date(2025, 10, 2), date(2025, 10, 5))]
    assert values("dans quinze jours", "date") == [date(2025, 7, 3)]
    assert values("fermé lundi ?", "weekday") == [0]
    assert values("fermé les lundis ?", "weekday") == []  # a plural names no date
    found = Gazetteers(categories=["Médecin généraliste"]).match("il y a un toubib ?")
    assert [(e.type, e.value, e.text) for e in found] == [("category", "Médecin généraliste", "toubib")]
