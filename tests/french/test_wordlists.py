"""The small word lists read from french/data/ (french/wordlists.py, french/schedule.py): each file is read,
folded, and given to the code that used to hold it as a Python literal."""

from __future__ import annotations

import pytest

import french
from french import schedule, wordlists


def test_category_synonyms_map_everyday_words_to_category_names():
    synonyms = french.category_synonyms()
    assert synonyms["toubib"] == "medecin"
    assert synonyms["nounou"] == "assistante maternelle"  # a name of several words
    assert synonyms["poste"] == "bureau de poste"
    assert list(synonyms)[:3] == ["toubib", "docteur", "doc"]  # the file's order
    with pytest.raises(TypeError):
        synonyms["toubib"] = "dentiste"  # type: ignore[index]  # shared, read once: not to be changed


def test_traffic_words_keep_their_spaces_and_are_matched_as_parts_of_text():
    words = french.traffic_words()
    assert "route barree" in words and "parking" in words
    assert all(w == w.strip() and "  " not in w for w in words)


def test_place_words_split_hyphenated_words_like_a_place_name():
    words = french.place_words()
    assert {"rue", "bd", "parking", "lieu", "dit", "rond", "point"} <= words
    assert "lieu-dit" not in words
    assert "pont" not in words  # « route du Pont » is told apart by « pont »


def test_street_links_and_numbers():
    assert french.street_links() == frozenset("de du des la le les l d a au aux en".split())
    numbers = french.number_words()
    assert numbers["quinze"] == 15 and numbers["une"] == 1
    assert list(numbers)[:2] == ["un", "une"]


def test_month_names_for_dates_add_short_names_in_calendar_order():
    months = schedule.date_months()
    assert months["janv"] == 1 and months["sept"] == 9 and months["decembre"] == 12
    assert list(months)[:4] == ["janvier", "janv", "jan", "fevrier"]
    assert "sept" not in schedule.month_words()  # the schedules read months in full only


def test_weekday_names_leave_out_plurals_and_groups():
    assert schedule.weekday_names() == {
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    }


def test_a_malformed_line_names_its_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "categories.txt").write_text("# header\ntoubib medecin\n", encoding="utf-8")
    (tmp_path / "numbers.txt").write_text("quinze\n", encoding="utf-8")
    monkeypatch.setattr(wordlists, "DATA", tmp_path)
    for loader, expected in (
        (wordlists.category_synonyms, "categories.txt, ligne 2"),
        (wordlists.number_words, "numbers.txt, ligne 1"),
    ):
        loader.cache_clear()
        try:
            with pytest.raises(french.LexiconError, match=expected):
                loader()
        finally:
            loader.cache_clear()
