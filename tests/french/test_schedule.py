"""Weekly hours read from French sentences (french/schedule.py)."""

from __future__ import annotations

from datetime import date, time

from french import schedule
from french.schedule import read


def hours(text: str) -> dict | None:
    found = read(text)
    if found is None:
        return None
    return {d: [(a.strftime("%H:%M"), b.strftime("%H:%M")) for a, b in spans] for d, spans in found.items()}


def test_a_day_named_alone_overrides_a_group_of_days():
    text = (
        "Travaux bruyants autorisés les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi "
        "de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement."
    )
    week = hours(text)
    assert week[0] == week[4] == [("08:30", "12:00"), ("14:30", "19:30")]
    assert week[5] == [("09:00", "12:00"), ("15:00", "19:00")] and week[6] == [("10:00", "12:00")]


def test_list_layout_ranges_and_closed_days():
    listed = (
        "Autorisés :\n- jours ouvrables : 8 h 30 - 12 h ;\n- samedis : 9 h - 12 h ;\n"
        "- dimanches : 10 h - 12 h"
    )
    assert hours(listed)[6] == [("10:00", "12:00")] and hours(listed)[5] == [("09:00", "12:00")]
    text = "Ouverte du mardi au samedi de 9 h à 12 h et de 14 h à 18 h. Fermée le lundi et le dimanche."
    week = hours(text)
    assert week[0] == [] and week[6] == [] and week[2] == [("09:00", "12:00"), ("14:00", "18:00")]
    assert hours("Le lundi : fermé. Mardi 9 h - 12 h.") == {0: [], 1: [("09:00", "12:00")]}


def test_what_is_not_one_weekly_schedule_is_not_read():
    assert read("Horaires d'été (avril à septembre) : lundi 9 h - 12 h") is None  # seasonal
    assert read("Lundi 9 h - 12 h. Lundi 14 h - 17 h.") is None  # one day, two sets of hours
    assert read("Inscription en mairie avant le 30 septembre.") is None
    assert read("Le lundi de 18 h à 9 h.") is None  # an end before its start
    assert read(None) is None


def test_midnight():
    assert read("le samedi de 20 h à 24 h")[5] == [(time(20), time.max)]


SEASONS = (
    "La bibliothèque est tenue par des bénévoles. Horaires d'hiver (du 1er décembre au 30 avril) : mercredi "
    "de 16h à 18h et samedi de 10h à 12h. Horaires d'été (du 1er mai au 30 novembre) : mercredi de 17h à "
    "19h ; en été la bibliothèque est fermée le samedi."
)


def test_dated_periods_read_on_the_day_asked():
    winter = read(SEASONS, on=date(2027, 1, 9))  # across the new year: « du 1er décembre au 30 avril »
    summer = read(SEASONS, on=date(2026, 7, 11))
    assert winter[5] == [(time(10), time(12))] and winter[2] == [(time(16), time(18))]
    assert summer[5] == [] and summer[2] == [(time(17), time(19))]


def test_seasonal_text_without_a_day_or_dates_is_not_a_schedule():
    assert read(SEASONS) is None
    undated = "Ouvert le samedi de 9 h à 12 h, en été le samedi de 9 h à 11 h."
    assert read(undated, on=date(2026, 7, 11)) is None


def test_months_in_another_sentence_do_not_make_a_weekly_schedule_seasonal():
    """« le premier mercredi de juin » is about the bulky-waste collection, not the déchetterie's hours."""
    text = (
        "Elle est ouverte du mardi au samedi de 9h à 12h et de 14h à 17h30 ; fermée le dimanche, le lundi "
        "et les jours fériés. Les encombrants sont collectés le premier mercredi de juin et d'octobre."
    )
    week = read(text, on=date(2026, 12, 7))
    assert week[0] == [] and week[1] == [(time(9), time(12)), (time(14), time(17, 30))]


def test_a_group_of_days_asked():
    """« il ouvre en semaine ? » asks of Monday to Friday; a single day is no group."""
    assert schedule.day_group("le domaine il ouvre en semaine ?") == (0, 1, 2, 3, 4)
    assert schedule.day_group("c'est ouvert le week-end ?") == (5, 6)
    assert schedule.day_group("ouvert samedi ?") == ()


def test_a_closed_season_closes_every_day_of_it():
    from datetime import date

    from french import schedule

    text = (
        "Horaires d'été (du 1er juillet au 31 août) : du lundi au samedi de 9 h 30 à 19 h. Horaires de "
        "printemps (du 1er avril au 30 juin) : du mardi au samedi de 10 h à 12 h. Fermé d'octobre à mars."
    )
    assert schedule.read(text, on=date(2026, 12, 5)) == dict.fromkeys(range(7), [])
    assert schedule.read(text, on=date(2026, 7, 10))[0]  # open in summer
    assert schedule.read(text, on=date(2026, 9, 15)) is None  # September: neither a season nor closed


def test_hours_without_a_weekday_are_every_day_s():
    barbecues = "barbecues interdits de 10h à 21h du 15 juin au 15 septembre"
    assert schedule.daily_hours(barbecues) == [(time(10), time(21))]
    assert schedule.daily_hours("fermeture de 21 h à 6 h") == [(time(21), time(6))]  # past midnight
    assert schedule.daily_hours("stationnement interdit le mercredi de 6 h à 14 h") == []  # `read` does
    assert schedule.daily_hours("travaux rue du Moulin") == []


def test_a_sentence_dated_by_a_season_says_nothing_of_other_days():
    text = "Du 1er juin au 30 septembre, les chiens sont interdits sur la plage."
    assert schedule.out_of_its_period(text, date(2026, 10, 10))
    assert not schedule.out_of_its_period(text, date(2026, 7, 14))
    assert not schedule.out_of_its_period("Les chiens sont interdits sur la plage.", date(2026, 10, 10))


def test_a_dated_text_s_season_does_not_make_its_hours_doubtful():
    text = "Piétonnisation estivale : circulation interdite les samedis et dimanches de 10h00 à 19h00"
    assert read(text, date(2026, 7, 12)) is None  # a fiche's « estivale » may change its hours
    assert read(text, date(2026, 7, 12), dated=True) == {5: [(time(10), time(19))], 6: [(time(10), time(19))]}


def test_every_day_is_a_weekly_schedule():
    text = "Horaires d'été (du 1er juillet au 31 août) : tous les jours de 10h à 19h. "
    text += "Reste de l'année (du 1er septembre au 30 juin) : mardi et jeudi de 12h à 13h30."
    assert read(text, date(2026, 7, 27)) == {day: [(time(10), time(19))] for day in range(7)}
    assert read(text, date(2026, 10, 5)) == {1: [(time(12), time(13, 30))], 3: [(time(12), time(13, 30))]}


def test_days_after_sauf_are_an_exception():
    """« du lundi au samedi …, sauf dimanches et jours fériés » does not hold on Sunday."""
    blue = "stationnement limité, du lundi au samedi de 9 h à 12 h, sauf dimanches et jours fériés"
    assert schedule.weekdays_named(blue) == frozenset(range(6))
    assert schedule.weekdays_named("marché tous les jours sauf le lundi") == frozenset(range(1, 7))
    assert schedule.weekdays_named("interdit sauf samedi et dimanche") == frozenset(range(5))
    assert schedule.weekdays_named("fermeture les lundis et jeudis") == frozenset({0, 3})


def test_months_named_without_a_period_bound_the_sentence_too():
    summer = "En juillet et août, un marché nocturne a lieu le jeudi soir."
    assert schedule.in_its_months(summer, date(2026, 8, 6))
    assert not schedule.in_its_months(summer, date(2026, 10, 8))
    # a « du … au … » period is read as a period, not as the two months it names
    assert schedule.in_its_months("Du 1er juin au 30 septembre, baignade surveillée.", date(2026, 7, 14))
    assert not schedule.in_its_months("Du 1er juin au 30 septembre, baignade surveillée.", date(2026, 10, 1))
    assert schedule.in_its_months("Le marché a lieu le jeudi matin.", date(2026, 12, 3))


def test_a_sentence_giving_hours_for_two_periods_is_cut_to_the_period_asked():
    text = (
        "Le cimetière est ouvert du 1er avril au 31 octobre de 8 h à 19 h, et du 1er novembre au 31 mars de "
        "8 h à 17 h 30. Concessions en mairie."
    )
    assert schedule.for_period(text, date(2026, 5, 10)) == (
        "Le cimetière est ouvert du 1er avril au 31 octobre de 8 h à 19 h. Concessions en mairie."
    )
    assert schedule.for_period(text, date(2027, 1, 4)) == (
        "Le cimetière est ouvert du 1er novembre au 31 mars de 8 h à 17 h 30. Concessions en mairie."
    )
    # one period, or none: nothing to leave out
    assert schedule.for_period("Ouvert du 1er avril au 31 octobre de 8 h à 19 h.", date(2026, 5, 10)) is None
    assert schedule.for_period("Ouvert tous les jours de 8 h à 19 h.", date(2026, 5, 10)) is None


def test_sentences_giving_hours_for_one_period_each_keep_the_one_asked():
    text = (
        "Gérée par la communauté de communes. Horaires d'été (du 1er avril au 30 septembre) : de 9 h à 18 h. "
        "Horaires d'hiver (du 1er octobre au 31 mars) : de 9 h à 17 h.\nSource : fiche."
    )
    assert schedule.for_period(text, date(2026, 12, 10)) == (
        "Gérée par la communauté de communes. Horaires d'hiver (du 1er octobre au 31 mars) : de 9 h à 17 h."
        "\nSource : fiche."
    )
    # sentences on other rules, without hours, are never cut
    rules = "Du 1er juin au 30 septembre, chiens interdits. Du 1er juillet au 31 août, baignade surveillée."
    assert schedule.for_period(rules, date(2026, 6, 10)) is None


def test_a_figure_given_per_season_keeps_the_season_asked():
    """« 5 semaines en été, 3 semaines le reste de l'année »: in August the summer's delay, in November the
    rest of the year's; what is measured (« Délai actuel : environ ») stays in both."""
    text = (
        "Prenez rendez-vous. Délai actuel : environ 5 semaines en été, 3 semaines le reste de l'année. Merci."
    )
    assert schedule.for_season(text, date(2026, 8, 3)) == (
        "Prenez rendez-vous. Délai actuel : environ 5 semaines en été. Merci."
    )
    assert schedule.for_season(text, date(2026, 11, 3)) == (
        "Prenez rendez-vous. Délai actuel : environ 3 semaines le reste de l'année. Merci."
    )


def test_prices_per_season_keep_the_months_asked_and_the_other_prices():
    text = (
        "Forfait 2 personnes avec véhicule 19,50 € la nuit en basse saison (mai, juin, septembre) et 27,80 € "
        "la nuit en haute saison (juillet et août) ; électricité 5,10 €."
    )
    assert schedule.for_season(text, date(2026, 7, 14)) == (
        "Forfait 2 personnes avec véhicule 27,80 € la nuit en haute saison (juillet et août) ; "
        "électricité 5,10 €."
    )
    assert schedule.for_season(text, date(2026, 6, 1)) == (
        "Forfait 2 personnes avec véhicule 19,50 € la nuit en basse saison (mai, juin, septembre) ; "
        "électricité 5,10 €."
    )
    # what is said of the whole sentence after its last figure stays
    voted = "Gîte : 420 € la semaine en été, 300 € hors saison (adoptée à l'unanimité : 9 pour, 0 contre)."
    assert schedule.for_season(voted, date(2026, 7, 4)) == (
        "Gîte : 420 € la semaine en été (adoptée à l'unanimité : 9 pour, 0 contre)."
    )
    assert schedule.for_season(voted, date(2026, 10, 4)) == (
        "Gîte : 300 € hors saison (adoptée à l'unanimité : 9 pour, 0 contre)."
    )
    # a month no season holds, a figure without a season, or parts that do not read alike: left whole
    assert schedule.for_season(text, date(2026, 1, 10)) is None
    assert (
        schedule.for_season("Inscriptions du 1er mars au 30 avril, 15 € par enfant.", date(2026, 3, 5))
        is None
    )
    dated = "Jusqu'au 15 juin 2026, 12 € ; à partir du 1er juillet 2026, 14 €."
    assert schedule.for_season(dated, date(2026, 7, 5)) is None


def test_hours_given_from_one_date_to_another_are_cut_to_the_period_asked():
    """« ouvert du 1er avril au 31 octobre de 8h00 à 19h00, et du 1er novembre au 31 mars de 8h00 à
    17h30 »: the months between the two dates are the period, and asked in winter only its hours are said."""
    hours = (
        "Le cimetière, route de la Croix-Blanche, est ouvert du 1er avril au 31 octobre de 8h00 à 19h00, "
        "et du 1er novembre au 31 mars de 8h00 à 17h30. Pour une concession, adressez-vous à la mairie."
    )
    winter = schedule.for_season(hours, date(2027, 1, 10))
    assert "17h30" in winter and "19h00" not in winter and "du 1er novembre au 31 mars" in winter
    assert winter.startswith("Le cimetière, route de la Croix-Blanche, est ouvert du 1er novembre")
    summer = schedule.for_season(hours, date(2026, 7, 10))
    assert "19h00" in summer and "17h30" not in summer and "concession" in summer
    # a date opening a sentence goes with what follows it: no period of its own to cut the price away
    dated = (
        "À compter du 1er septembre 2026, le repas coûte de 0,90 € à 4,60 € selon le quotient familial "
        "(délibération du 21 mai 2026). Jusqu'au 31 août 2026, le tarif allait de 0,85 € à 4,45 €."
    )
    assert schedule.for_season(dated, date(2026, 9, 1)) is None


def test_a_season_named_stands_for_its_next_days():
    assert schedule.season_day("ça ferme à quelle heure en hiver ?", date(2026, 6, 17)) == date(2026, 12, 1)
    assert schedule.season_day("ça ferme à quelle heure en hiver ?", date(2027, 1, 10)) == date(2027, 1, 10)
    assert schedule.season_day("et cet été ?", date(2026, 12, 8)) == date(2027, 6, 1)
    assert schedule.season_day("ça ferme à quelle heure ?", date(2026, 12, 8)) is None
