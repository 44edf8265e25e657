"""Which arrêté decides a yes/no question on a place (bot/answers/arretes.py): a closure before a rule
for one class of vehicles the question does not speak of."""

from datetime import date, datetime
from types import SimpleNamespace

from bot.answers.arretes import asks_whether_any, decide
from bot.answers.base import Ask
from knowledge import Arrete, Source
from knowledge.retrieval import query_terms
from nlu.entities import Entity

ROAD = "route des Granges"


def arrete(key: str, objet: str, debut: date | None = None, fin: date | None = None) -> Arrete:
    return Arrete(
        id=key, date=date(2026, 11, 5), type="temporaire" if debut else "permanent", objet=objet,
        debut=debut, fin=fin, lieux=(ROAD,), matiere=None, url=None, text=None,
        source=Source("arrete", key, f"Arrêté n° {key}"), numbered=True,
    )  # fmt: skip


HEAVY = arrete("2023-027", "Circulation interdite aux véhicules de plus de 3,5 tonnes, route des Granges")
WINTER = arrete(
    "2026-051", "Fermeture hivernale de la route des Granges", date(2026, 11, 16), date(2027, 5, 14)
)


MAIRIE = SimpleNamespace(
    nom="Les Granges", telephone="04 00 00 00 00", email=None, adresse=None, site_web=None,
    source=Source("commune", "profil", "profil de la commune"),
)  # fmt: skip


def ask(text: str) -> Ask:
    return Ask(
        kb=None, text=text, entities=[], now=datetime(2026, 12, 5, 10), context={}, commune=MAIRIE,
        terms=query_terms(text),
    )  # fmt: skip


def test_a_car_is_stopped_by_the_closure_not_by_the_heavy_vehicles_ban():
    answer = decide(ask("je peux passer en voiture sur la route des Granges ?"), [HEAVY, WINTER], ROAD)
    first = answer.text.split("\n")[0]
    assert first.startswith("Non") and "2026-051" in first


def test_a_ban_for_one_class_of_vehicles_gives_no_verdict_to_a_car():
    answer = decide(ask("je peux passer en voiture sur la route des Granges ?"), [HEAVY], ROAD)
    assert not answer.text.startswith(("Oui", "Non")) and "3,5 tonnes" in answer.text
    # the measure is shown, nothing is asserted: the resident is told so and given the mairie's contacts
    assert answer.fallback and "ne me permettent pas de répondre par oui ou par non" in answer.text
    assert "04 00 00 00 00" in answer.text


def test_a_lorry_is_answered_by_the_ban_on_its_class():
    answer = decide(ask("un camion de 19 tonnes peut passer sur la route des Granges ?"), [HEAVY], ROAD)
    assert answer.text.startswith("Non") and "2023-027" in answer.text


def test_a_lorry_named_as_the_cause_of_a_closure_does_not_make_it_a_ban_on_lorries():
    delivery = arrete(
        "2026-053", "Interdiction de circuler route des Granges pour une livraison par camion-grue",
        date(2026, 12, 5), date(2026, 12, 5),
    )  # fmt: skip
    answer = decide(ask("je peux passer en voiture sur la route des Granges ?"), [delivery], ROAD)
    assert answer.text.startswith("Non") and "2026-053" in answer.text


FESTIVAL = arrete(
    "2026-058", "Fête de la musique : route des Granges fermée à la circulation de 18 h à 1 h",
    date(2026, 12, 21), date(2026, 12, 22),
)  # fmt: skip


def test_an_event_named_without_a_date_is_answered_for_the_days_of_its_arrete():
    """« fermée le soir de la fête de la musique ? » asks of the fête's days, not of today."""
    question = "la route des Granges est fermée le soir de la fête de la musique ?"
    answer = decide(ask(question), [FESTIVAL], ROAD)
    first = answer.text.split("\n")[0]
    assert first.startswith("Oui : d'après l'arrêté n° 2026-058") and "lundi 21 décembre 2026" in first


def test_a_question_on_today_is_not_answered_by_the_event_ahead():
    answer = decide(ask("la route des Granges est fermée en ce moment ?"), [FESTIVAL], ROAD)
    assert answer.text.startswith("Non : aucun arrêté publié ne ferme cette voie (route des Granges)")


def test_the_article_on_the_subject_asked_decides_a_regulation():
    """A regulation permits burning in the vines and forbids it near houses: « brûler les sarments dans les
    vignes ? » is answered by the article that permits it, not by the prohibition of another case."""
    burning = Arrete(
        id="2026-029", date=date(2026, 11, 20), type="temporaire",
        objet="Réglementation du brûlage des sarments", debut=date(2026, 12, 1), fin=date(2027, 3, 31),
        lieux=(ROAD,), matiere=None, url=None,
        text="ARRÊTE Article 1er - Du 1er décembre au 31 mars, les exploitants sont autorisés à brûler les "
        "sarments dans les vignes. Article 2 - Le brûlage est interdit à moins de 50 mètres des habitations.",
        source=Source("arrete", "2026-029", "Arrêté n° 2026-029"), numbered=True,
    )  # fmt: skip
    answer = decide(ask("on peut brûler les sarments dans les vignes en ce moment ?"), [burning], ROAD)
    assert answer.text.startswith("Oui : d'après l'arrêté n° 2026-029")


def fire_ban(articles: str) -> Arrete:
    return Arrete(
        id="2026-024", date=date(2026, 5, 22), type="temporaire",
        objet="Interdiction des feux et des barbecues au charbon de bois route des Granges",
        debut=date(2026, 6, 1), fin=date(2027, 9, 30), lieux=(ROAD,), matiere=None, url=None,
        text=f"ARRÊTE {articles}", source=Source("arrete", "2026-024", "Arrêté n° 2026-024"), numbered=True,
    )  # fmt: skip


def test_an_article_saying_more_of_the_subject_than_the_ban_decides():
    """A ban on charcoal barbecues whose article 2 keeps gas ones allowed: asked of a gas barbecue, the
    article answers; asked of a charcoal one, the ban does."""
    ban = fire_ban(
        "Article 1er - Les feux et les barbecues au charbon de bois sont interdits. Article 2 - Les "
        "barbecues au gaz ou électriques restent autorisés dans les jardins."
    )
    gas = decide(ask("je peux faire un barbecue au gaz route des Granges ?"), [ban], ROAD)
    assert gas.text.startswith("Oui : d'après l'arrêté n° 2026-024")
    coal = decide(ask("je peux faire un barbecue au charbon route des Granges ?"), [ban], ROAD)
    assert coal.text.startswith("Non")


def test_an_article_holding_a_lesser_word_of_the_subject_does_not_overrule_the_ban():
    """« la baignade est autorisée face à la plage » says nothing of a dog on the beach."""
    ban = fire_ban("Article 1er - La baignade est autorisée face à la plage de 14 h à 19 h.")
    text = "je peux emmener mon chien et un barbecue sur la plage route des Granges ?"
    answer = decide(ask(text), [ban], ROAD)
    assert not answer.text.startswith("Oui")


def test_may_i_is_what_is_asked_though_a_ban_is_named_first():
    ban = fire_ban(
        "Article 1er - Les feux sont interdits. Article 2 - Les barbecues au gaz restent autorisés dans les "
        "jardins."
    )
    text = "pendant l'interdiction des feux, ai-je le droit d'utiliser mon barbecue au gaz dans mon jardin ?"
    assert decide(ask(text), [ban], ROAD).text.startswith("Oui")


PARK = Arrete(
    id="2025-022", date=date(2025, 5, 5), type="permanent",
    objet="Fermeture nocturne du parc des Tilleuls : accès interdit de 21 h à 7 h", debut=None, fin=None,
    lieux=("parc des Tilleuls", "impasse des Tilleuls"), matiere=None, url=None, text=None,
    source=Source("arrete", "2025-022", "Arrêté n° 2025-022"), numbered=True,
)  # fmt: skip


def test_a_measure_on_a_place_of_the_same_name_does_not_close_the_street_leading_to_it():
    lane = decide(ask("l'impasse des tilleuls est fermée demain ?"), [PARK], "impasse des Tilleuls")
    assert not lane.text.startswith("Oui")
    park = decide(ask("le parc des tilleuls est fermé demain ?"), [PARK], "parc des Tilleuls")
    assert park.text.startswith("Oui : d'après l'arrêté n° 2025-022")
    # the question's own words name the park, though its street was read as the place asked
    said = decide(ask("le parc des tilleuls est fermé demain ?"), [PARK], "impasse des Tilleuls")
    assert said.text.startswith("Oui")


LEASH = Arrete(
    id="2026-058", date=date(2026, 7, 20), type="permanent",
    objet="Obligation de tenir les chiens en laisse au parc de la Birsel et au cimetière", debut=None,
    fin=None, lieux=("parc de la Birsel", "cimetière communal"), matiere=None, url=None, text=None,
    source=Source("arrete", "2026-058", "Arrêté n° 2026-058"), numbered=True,
)  # fmt: skip


def test_doing_without_what_a_measure_requires_is_not_allowed():
    park = "parc de la Birsel"
    answer = decide(ask("mon chien peut courir sans laisse au parc de la birsel ?"), [LEASH], park)
    assert answer.text.startswith("Non : d'après l'arrêté n° 2026-058")
    # with the leash nobody asked about, the obligation says neither yes nor no
    plain = decide(ask("mon chien peut venir au parc de la birsel ?"), [LEASH], park)
    assert not plain.text.startswith("Non")


def test_whether_there_is_an_arrete_on_a_place_is_answered_by_the_one_in_force():
    answer = decide(ask("y a t il un arreté pour le parc de la birsel"), [LEASH], "parc de la Birsel")
    assert answer.text.startswith("Oui : d'après l'arrêté n° 2026-058")


def test_a_measure_shown_without_verdict_for_the_coming_weeks_is_not_dated_by_the_window_asked():
    answer = decide(ask("on pourra passer en voiture sur la route des Granges ?"), [HEAVY], ROAD)
    said = "Celui qui s'applique dans les semaines à venir (route des Granges) :"
    assert answer.fallback and said in answer.text


CAMPERS = arrete("2019-033", "Interdiction du stationnement des camping-cars et caravanes de 22 h à 7 h")
FIRES = arrete("2024-019", "Interdiction des feux, barbecues et feux de camp route des Granges")


def test_a_ban_on_camping_cars_does_not_say_whether_a_car_may_park():
    answer = decide(ask("je peux me garer route des Granges ?"), [CAMPERS], ROAD)
    assert not answer.text.startswith(("Oui", "Non"))
    asked = decide(ask("on peut dormir en camping-car route des Granges ?"), [CAMPERS], ROAD)
    assert asked.text.startswith("Non") and "2019-033" in asked.text


def test_a_rule_on_the_place_about_something_else_decides_nothing():
    answer = decide(ask("on peut faire du vélo route des Granges ?"), [FIRES], ROAD)
    assert not answer.text.startswith(("Oui", "Non"))
    assert decide(ask("on peut faire un barbecue route des Granges ?"), [FIRES], ROAD).text.startswith("Non")


def excerpt(question: str, text: str, **fields) -> str:
    """The winter closure with these articles (and fields), described for the question."""
    from dataclasses import replace

    from bot.answers.arretes import describe_for

    asked = ask(question)
    return describe_for(replace(WINTER, text=text, **fields), asked.terms, None, frozenset(asked.cues))


def test_where_to_go_instead_is_the_article_naming_the_way_round():
    said = excerpt(
        "pendant les travaux on passe par où ?",
        "Article 1 : La circulation est interdite route des Granges pendant les travaux. "
        "Article 2 : Une déviation est mise en place par le chemin du Moulin.",
    )
    assert "Extrait : « Article 2 : Une déviation est mise en place par le chemin du Moulin. »" in said


def test_until_what_hour_is_the_article_giving_an_hour_not_the_one_giving_days():
    said = excerpt(
        "jusqu a quelle heure on a le droit de bruler les sarments ?",
        "Article 1 : Le brûlage des sarments est interdit les dimanches et jours fériés. "
        "Article 2 : Le brûlage des sarments est autorisé de 9 h à 16 h, par temps calme.",
        objet="Réglementation du brûlage des sarments pendant la taille de la vigne",
    )
    assert "Extrait : « Article 2 : Le brûlage des sarments est autorisé de 9 h à 16 h" in said


def test_whether_there_is_a_measure_is_answered_yes_by_the_one_in_force():
    removal = arrete(
        "2026-110", "Réservation de places de stationnement pour un déménagement route des Granges",
        date(2026, 12, 5), date(2026, 12, 5),
    )  # fmt: skip
    question = ask("les places pour le déménagement sont bien réservées route des Granges ?")
    answer = decide(question, [removal], ROAD)
    assert answer.text.startswith("Oui : d'après l'arrêté n° 2026-110")


def dated(text: str, entity: Entity) -> Ask:
    question = ask(text)
    question.entities = [entity]
    return question


def test_a_fire_ban_in_force_does_not_answer_for_the_evening_of_the_fireworks():
    """« le soir du feu d'artifice » names the fireworks' arrêté; today's fire ban holds one word of it."""
    fires = arrete("2024-019", "Interdiction des feux et barbecues route des Granges")
    fireworks = arrete(
        "2026-056", "Interdiction du stationnement route des Granges pour le feu d'artifice",
        date(2026, 12, 31), date(2027, 1, 1),
    )  # fmt: skip
    question = ask("le soir du feu d'artifice on peut se garer route des Granges ?")
    answer = decide(question, [fires, fireworks], ROAD)
    assert answer.text.startswith("Non : d'après l'arrêté n° 2026-056")


def test_parking_reserved_to_others_answers_no_to_may_i_park():
    reserved = arrete(
        "2026-045", "Stationnement réservé aux professionnels de la pêche route des Granges",
        date(2026, 12, 1), date(2027, 1, 31),
    )  # fmt: skip
    answer = decide(ask("je peux me garer route des Granges ?"), [reserved], ROAD)
    assert answer.text.startswith("Non : d'après l'arrêté n° 2026-045")


def test_over_a_month_asked_the_measure_covering_it_decides_before_a_one_day_one():
    one_day = arrete(
        "2027-002", "Interdiction du stationnement route des Granges pour la foire", date(2027, 1, 14),
        date(2027, 1, 14),
    )  # fmt: skip
    month = arrete(
        "2027-001", "Interdiction du stationnement route des Granges pour travaux", date(2027, 1, 1),
        date(2027, 1, 31),
    )  # fmt: skip
    january = Entity("date_range", (date(2027, 1, 1), date(2027, 1, 31)), "en janvier", 0, 10)
    answer = decide(dated("je peux me garer route des Granges en janvier ?", january), [one_day, month], ROAD)
    assert answer.text.startswith("Non : d'après l'arrêté n° 2027-001")


def test_a_later_measure_is_not_announced_when_another_day_is_asked():
    later = arrete("2026-070", "Fermeture de la route des Granges", date(2026, 12, 20), date(2026, 12, 20))
    saturday = Entity("date", date(2026, 12, 12), "samedi", 0, 6)
    question = dated("la route des Granges est fermée samedi ?", saturday)
    question.commune = SimpleNamespace(source=Source("profil", "commune", "Profil de la commune"))
    asked = decide(question, [later], ROAD)
    assert asked.text.startswith("Non") and "2026-070" not in asked.text
    today = decide(ask("la route des Granges est fermée ?"), [later], ROAD)
    assert "À venir : l'arrêté n° 2026-070" in today.text



def test_a_subject_a_place_and_a_question_mark_ask_whether_there_is_a_measure():
    """« des travaux route des Granges la semaine prochaine ? » wants « Oui » or « Aucun arrêté »."""
    assert asks_whether_any(ask("des travaux route des Granges la semaine prochaine ?"), ROAD)
    assert not asks_whether_any(ask("quand finissent les travaux route des Granges ?"), ROAD)
    assert not asks_whether_any(ask("des travaux route des Granges"), ROAD)
    works = arrete("2026-074", "Travaux de raccordement : circulation alternée route des Granges",
                   date(2026, 12, 5), date(2026, 12, 18))  # fmt: skip
    answer = decide(ask("des travaux route des Granges ?"), [works], ROAD)
    assert answer.text.startswith("Oui : d'après l'arrêté n° 2026-074")


def test_from_a_date_on_is_the_period_not_the_subject():
    from bot.answers.arretes import topic_terms

    text = "des travaux rue des Tilleuls à partir du 14 ?"
    question = ask(text)
    start = text.index("du 14")
    question.entities = [Entity("date", date(2026, 12, 14), "du 14", start, start + 5)]
    assert [t.word for t in topic_terms(question, "rue des Tilleuls")] == ["travaux"]
    question.entities = []  # without the date, « partir » may well be the subject (« partir en cure »)
    assert "partir" in [t.word for t in topic_terms(question, "rue des Tilleuls")]


def test_a_measure_for_some_weekdays_does_not_close_the_road_on_another():
    school = arrete(
        "2026-005",
        "Rue scolaire : fermeture de la route des Granges les lundis, mardis, jeudis et vendredis, de 8 h 15 "
        "à 8 h 45",
    )
    wednesday = Entity("date", date(2026, 12, 9), "mercredi", 0, 8)
    answer = decide(dated("la route des Granges est fermée le mercredi aussi ?", wednesday), [school], ROAD)
    assert answer.text.startswith("Non : aucun arrêté publié ne ferme cette voie")
    assert "En vigueur d'autres jours ou à d'autres heures : Arrêté n° 2026-005" in answer.text
    thursday = Entity("date", date(2026, 12, 10), "jeudi", 0, 5)
    answer = decide(dated("la route des Granges est fermée jeudi ?", thursday), [school], ROAD)
    assert answer.text.startswith("Oui")


def test_whether_a_measure_is_still_in_force_is_no_when_none_is():
    one_way = arrete("2026-045", "Sens unique route des Granges", date(2026, 6, 8), date(2026, 7, 3))
    answer = decide(ask("route des Granges toujours en sens unique ?"), [one_way], ROAD)
    assert answer.text.startswith("Non : aucun arrêté publié ne s'applique")
    assert "3 juillet 2026" in answer.text  # the last measure says when it ended


def test_days_named_restrict_a_measure_dates_do_not():
    from french.schedule import weekdays_named

    assert weekdays_named("fermeture les lundis, mardis, jeudis et vendredis") == {0, 1, 3, 4}
    assert weekdays_named("marché chaque vendredi de 5 h à 14 h") == {4}
    assert weekdays_named("fermeture du lundi 3 au vendredi 14 août") == frozenset()
    assert weekdays_named("travaux rue du Moulin") == frozenset()


def test_nothing_forbidding_what_one_may_do_is_yes():
    answer = decide(ask("on peut se garer route des Granges la nuit ?"), [], ROAD)
    assert answer.text.startswith("Oui : aucun arrêté publié ne l'interdit")
    answer = decide(ask("stationner route des Granges c'est bon ?"), [], ROAD)
    assert answer.text.startswith("Oui : aucun arrêté publié ne l'interdit")


def test_a_measure_at_other_hours_does_not_forbid_at_the_hour_asked():
    from datetime import time

    market = arrete("2026-024", "Marché : stationnement interdit chaque mercredi de 6 h à 14 h")
    wednesday = Entity("date", date(2026, 12, 9), "mercredi", 0, 8)
    question = dated("je peux me garer route des Granges mercredi vers 15h ?", wednesday)
    question.entities.append(Entity("time", time(15), "15h", 0, 3))
    answer = decide(question, [market], ROAD)
    assert answer.text.startswith("Oui") and "d'autres heures : Arrêté n° 2026-024" in answer.text
    question.entities[-1] = Entity("time", time(9), "9h", 0, 2)
    assert decide(question, [market], ROAD).text.startswith("Non : d'après l'arrêté n° 2026-024")


def test_an_arrete_lifting_a_ban_permits_what_it_names():
    from bot.answers.arretes import orders_in

    assert orders_in("Levée de l'interdiction de baignade à la plage de la Grève") == {"permission"}
    assert "prohibition" in orders_in("Interdiction de baignade à la plage de la Grève")


def at_hour(text: str, hour: int, minute: int = 0) -> Ask:
    from datetime import time

    question = ask(text)
    question.entities.append(Entity("time", time(hour, minute), f"{hour}h", 0, 3))
    return question


def test_hours_given_without_a_weekday_hold_every_day_for_their_own_clause():
    """« barbecues interdits de 10 h à 21 h ; feux de camp interdits à toute heure »: a barbecue at 21 h 30
    is allowed, at noon it is not; the hours of a clause on another subject do not decide."""
    barbecues = arrete(
        "2026-032",
        "Interdiction des barbecues route des Granges de 10h à 21h ; "
        "les feux de camp y sont interdits à toute heure",
        date(2026, 6, 15), date(2026, 12, 15),
    )  # fmt: skip
    question = "on peut faire un barbecue route des Granges vers 21h30 ?"
    late = decide(at_hour(question, 21, 30), [barbecues], ROAD)
    assert late.text.startswith("Oui : aucun arrêté publié ne l'interdit")
    assert "d'autres heures : Arrêté n° 2026-032" in late.text
    noon = decide(at_hour("on peut faire un barbecue route des Granges vers 12h ?", 12), [barbecues], ROAD)
    assert noon.text.startswith("Non : d'après l'arrêté n° 2026-032")
    from dataclasses import replace

    night = replace(
        arrete("2026-040", "Interdiction de l'alcool route des Granges de 21 h à 7 h"),
        text="Article 1 : La consommation d'alcool est interdite route des Granges de 21 h à 7 h.\n"
        "Article 2 : Les bouteilles et contenants en verre y sont interdits à toute heure.",
    )
    question = "on peut apporter des bouteilles en verre route des Granges a 15h ?"
    glass = decide(at_hour(question, 15), [night], ROAD)
    assert glass.text.startswith("Non : d'après l'arrêté n° 2026-040")  # its article's hours
    late = decide(at_hour("alcool route des Granges vers 23h c'est interdit ?", 23), [night], ROAD)
    assert late.text.startswith("Oui : d'après l'arrêté n° 2026-040")


def test_a_measure_outside_given_hours_holds_at_the_other_hours():
    bathing = arrete(
        "2026-012", "Baignade interdite route des Granges en dehors des heures de surveillance (14h à 19h)"
    )
    morning = decide(at_hour("on peut se baigner route des Granges vers 10h ?", 10), [bathing], ROAD)
    assert morning.text.startswith("Non : d'après l'arrêté n° 2026-012")
    afternoon = decide(at_hour("on peut se baigner route des Granges vers 15h ?", 15), [bathing], ROAD)
    assert afternoon.text.startswith("Oui : aucun arrêté publié ne l'interdit")


def test_alternating_traffic_is_not_a_closure():
    works = arrete(
        "2026-061",
        "Travaux route des Granges : circulation alternée par feux tricolores et stationnement interdit "
        "au droit du chantier",
        date(2026, 12, 1), date(2026, 12, 18),
    )  # fmt: skip
    answer = decide(ask("la route des Granges est fermée à la circulation ?"), [works], ROAD)
    assert answer.text.startswith("Non : d'après l'arrêté n° 2026-061") and "alternée" in answer.text
    parking = decide(ask("le stationnement est interdit route des Granges ?"), [works], ROAD)
    assert parking.text.startswith("Oui : d'après l'arrêté n° 2026-061")


def test_a_ban_no_longer_in_force_is_no():
    ended = arrete(
        "2026-032", "Interdiction des barbecues route des Granges", date(2026, 6, 15), date(2026, 9, 15)
    )
    answer = decide(ask("les barbecues route des Granges c'est encore interdit ?"), [ended], ROAD)
    assert answer.text.startswith("Non : aucun arrêté publié ne l'interdit")
    assert "15 septembre 2026" in answer.text


def test_a_standing_rule_for_when_something_happens_is_shown_not_asserted():
    tides = arrete(
        "2025-130", "Fermeture de la route des Granges lors des grandes marées de coefficient 95 ou plus"
    )
    answer = decide(ask("la route des Granges sera fermée le 5 février ?"), [tides], ROAD)
    assert answer.fallback and "ne me permettent pas de répondre par oui ou par non" in answer.text
    assert "lors des grandes marées" in answer.text
    dated = arrete(
        "2026-019", "Fermeture de la route des Granges lors des grandes marées",
        date(2026, 12, 4), date(2026, 12, 6),
    )  # fmt: skip
    assert decide(ask("la route des Granges est fermée ?"), [tides, dated], ROAD).text.startswith(
        "Oui : d'après l'arrêté n° 2026-019"
    )


def test_traffic_banned_closes_the_way_a_parking_ban_does_not():
    fair = arrete(
        "2026-070", "Marché de Noël : circulation et stationnement interdits route des Granges",
        date(2026, 12, 5), date(2026, 12, 6),
    )  # fmt: skip
    closed = decide(ask("la route des Granges est fermée ?"), [fair], ROAD)
    assert closed.text.startswith("Oui : d'après l'arrêté n° 2026-070")
    parking = arrete(
        "2026-071", "Stationnement interdit route des Granges", date(2026, 12, 5), date(2026, 12, 6)
    )
    assert not decide(ask("la route des Granges est fermée ?"), [parking], ROAD).text.startswith("Oui")


BLUE_ZONE = arrete(
    "2026-004",
    "Zone bleue route des Granges : stationnement limité à 1 h 30 avec disque, du lundi au samedi de 9 h à "
    "12 h, sauf dimanches et jours fériés",
)


def test_the_disc_is_required_on_the_blue_zone_s_days_only():
    saturday = decide(ask("faut mettre le disque route des Granges ?"), [BLUE_ZONE], ROAD)
    assert saturday.text.startswith("Oui : d'après l'arrêté n° 2026-004")
    question = ask("faut mettre le disque dimanche route des Granges ?")
    question.entities = [Entity("date", date(2026, 12, 6), "dimanche", 0, 8)]
    assert decide(question, [BLUE_ZONE], ROAD).text.startswith("Non")


def test_open_again_is_told_when_the_closure_ended():
    rockfall = arrete(
        "2026-072", "Fermeture de la route des Granges à la suite d'une chute de pierres",
        date(2026, 11, 20), date(2026, 12, 3),
    )  # fmt: skip
    answer = decide(ask("la route des Granges est de nouveau accessible ?"), [rockfall], ROAD)
    assert answer.text.startswith("Oui") and "2026-072" in answer.text and "3 décembre 2026" in answer.text


def test_possible_asks_whether_one_may():
    ban = arrete(
        "2026-073", "Interdiction des barbecues route des Granges", date(2026, 12, 1), date(2026, 12, 31)
    )
    assert decide(ask("barbecue route des Granges possible ?"), [ban], ROAD).text.startswith("Non")


def test_an_alcohol_ban_does_not_say_a_place_is_closed():
    alcohol = arrete(
        "2026-074", "Interdiction de la consommation d'alcool route des Granges de 20 h à 6 h",
        date(2026, 12, 1), date(2026, 12, 31),
    )  # fmt: skip
    assert not decide(ask("la route des Granges c rouvert ?"), [alcohol], ROAD).text.startswith("Non")
    assert not decide(ask("la route des Granges est fermée ?"), [alcohol], ROAD).text.startswith("Oui")


def test_what_an_arrete_exempts_is_not_what_it_rules():
    """« poids lourds interdits, sauf … collecte des déchets »: a question on the déchetterie's hours is not
    decided by it (a fiche on the déchetterie was answered « Non : d'après l'arrêté … » by such a ban)."""
    from types import SimpleNamespace

    import french
    from bot.answers.arretes import restricted_stems

    ban = SimpleNamespace(
        objet="Interdiction de circulation des poids lourds chemin des Vignes, sauf desserte locale, engins "
        "agricoles et véhicules de collecte des déchets.",
        lieux=["chemin des Vignes"],
        text="Article 1 : La circulation des poids lourds est interdite. Article 2 : Sont exceptés les "
        "véhicules de secours et de collecte des déchets.",
    )
    ruled = restricted_stems(ban)
    assert set(french.stems("poids lourds circulation vignes")) <= ruled
    assert not set(french.stems("déchets secours agricoles")) & ruled


def test_the_article_naming_the_place_asked_decides_there():
    """« baignade interdite à la plage centrale » whose article says « la baignade reste possible à la plage
    des Sables »: asked of the plage des Sables, « Oui »; of the plage centrale, « Non »."""
    from dataclasses import replace

    ban = replace(
        arrete("2026-075", "Interdiction temporaire de la baignade à la plage centrale", date(2026, 12, 1),
               date(2026, 12, 9)),
        lieux=("plage centrale", "plage des Sables"),
        text="Article 1 : La baignade est interdite à la plage centrale du 1er au 9 décembre 2026. "
        "Article 2 : La baignade reste possible à la plage des Sables, non surveillée.",
    )  # fmt: skip
    sands = decide(ask("on peut se baigner plage des Sables ?"), [ban], "plage des Sables")
    assert sands.text.startswith("Oui") and "2026-075" in sands.text
    centre = decide(ask("on peut se baigner plage centrale ?"), [ban], "plage centrale")
    assert centre.text.startswith("Non") and "2026-075" in centre.text


def test_two_places_words_together_do_not_name_a_third():
    """An alcohol ban on « avenue de la Gare » and « parking de la gare parc Nord » is not a measure on
    the avenue du Parc: asked there, it neither is found nor decides."""
    from dataclasses import replace

    from bot.answers.arretes import names_place

    alcohol = replace(
        arrete("2026-076", "Alcool interdit aux abords de la gare", date(2026, 12, 1), date(2026, 12, 31)),
        lieux=("avenue de la Gare", "parking de la gare parc Nord"),
    )  # fmt: skip
    assert not names_place(alcohol, "avenue du Parc")
    assert names_place(alcohol, "avenue de la Gare") and names_place(alcohol, "parking de la gare parc Nord")


def placed(key: str, objet: str, lieux: tuple, signed: date, debut=None, fin=None, text=None) -> Arrete:
    return Arrete(
        id=key, date=signed, type="temporaire" if debut else "permanent", objet=objet, debut=debut,
        fin=fin, lieux=lieux, matiere=None, url=None, text=text,
        source=Source("arrete", key, f"Arrêté n° {key}"), numbered=True,
    )  # fmt: skip


def test_an_article_ordering_on_the_place_asked_is_not_a_measure_elsewhere():
    """The object names the park where the fireworks are fired; its article forbids parking on the
    avenue du Parc itself, which the arrêté lists: that article answers « me garer avenue du Parc ? »."""
    fireworks = placed(
        "2026-058", "Feu d'artifice tiré au parc de la Roseraie le 13 juillet 2026",
        ("parc de la Roseraie", "avenue du Parc"), date(2026, 7, 1), date(2026, 7, 13), date(2026, 7, 14),
        text="ARRÊTE\nArticle 1 - Le 13 juillet 2026 de 18 h à 2 h, la circulation et le stationnement "
        "sont interdits avenue du Parc.\nArticle 2 - Le parc de la Roseraie est fermé au public.",
    )  # fmt: skip
    question = Ask(
        kb=None, text="je peux me garer avenue du parc ce soir ?", entities=[],
        now=datetime(2026, 7, 13, 19), context={}, commune=MAIRIE,
        terms=query_terms("je peux me garer avenue du parc ce soir ?"),
    )  # fmt: skip
    answer = decide(question, [fireworks], "avenue du Parc")
    assert answer.text.startswith("Non") and "2026-058" in answer.text


def test_a_ban_listing_a_car_park_among_its_places_says_nothing_of_parking():
    """An alcohol ban whose places include « parking de la gare » does not forbid parking there."""
    alcohol = placed(
        "2026-031", "Interdiction de la consommation de boissons alcoolisées sur la voie publique",
        (ROAD, "parking de la gare"), date(2026, 4, 27), date(2026, 5, 1), date(2026, 9, 30),
    )  # fmt: skip
    question = Ask(
        kb=None, text="je peux me garer route des Granges ?", entities=[], now=datetime(2026, 7, 13, 10),
        context={}, commune=MAIRIE, terms=query_terms("je peux me garer route des Granges ?"),
    )  # fmt: skip
    answer = decide(question, [alcohol], ROAD)
    assert not answer.text.startswith("Non")


def test_a_ban_lifted_by_a_later_arrete_no_longer_decides():
    """« Levée de l'interdiction … prononcée par l'arrêté n° 2026-034 » ends 2026-034, though it was
    given no end date; and the lifting permits what it lifts."""
    ban = placed(
        "2026-034", "Interdiction de la baignade à la plage de la Grève", ("plage de la Grève",),
        date(2026, 7, 10), date(2026, 7, 10),
    )  # fmt: skip
    lifting = placed(
        "2026-036", "Levée de l'interdiction de baignade à la plage de la Grève prononcée par l'arrêté "
        "n° 2026-034 : la baignade est de nouveau autorisée", ("plage de la Grève",), date(2026, 7, 27),
        date(2026, 7, 28),
    )  # fmt: skip
    text = "la baignade est autorisée à la plage de la Grève ?"
    question = Ask(
        kb=None, text=text, entities=[], now=datetime(2026, 8, 3, 10), context={}, commune=MAIRIE,
        terms=query_terms(text),
    )  # fmt: skip
    answer = decide(question, [ban, lifting], "plage de la Grève")
    assert answer.text.startswith("Oui") and "2026-036" in answer.text.split("\n")[0]


def test_a_seasonal_ban_outside_its_dates_leaves_nothing_forbidding_it():
    """The summer's dog ban, asked in December, with a fire ban in force on the same road: the fire ban
    says nothing of dogs, and the dog ban, ended, says when it applied."""
    dogs = arrete(
        "2026-015", "Interdiction des chiens route des Granges", date(2026, 5, 15), date(2026, 9, 15)
    )
    answer = decide(ask("les chiens sont autorisés route des Granges ?"), [FIRES, dogs], ROAD)
    assert answer.text.startswith("Oui : aucun arrêté publié ne l'interdit")
    assert "2026-015" in answer.text and "15 septembre 2026" in answer.text
    assert "2024-019" not in answer.text
    summer = ask("les chiens sont autorisés route des Granges ?")
    summer.now = datetime(2026, 7, 14, 10)
    assert decide(summer, [FIRES, dogs], ROAD).text.startswith("Non : d'après l'arrêté n° 2026-015")
