"""A yes/no question answered by a fiche (bot/answers/fiches.py): the fiche's own sentence on the subject
asked gives « Oui » or « Non »; a sentence on something else, or no rule at all, gives neither."""

from datetime import date, datetime, time
from types import SimpleNamespace

from bot.answers.base import Ask
from bot.answers.fiches import (
    asks_whether,
    cost_verdict,
    only_way_verdict,
    presence_verdict,
    quantity_verdict,
    rule_verdict,
    says_yes_or_no,
)
from french.facts import QUANTITY
from nlu.entities import Entity, extract_entities

from .test_arrete_verdicts import ask  # a question asked on 5 December 2026, without a knowledge base

GREEN_WASTE = SimpleNamespace(
    reponse=(
        "Le brûlage des déchets verts (tontes, tailles de haies, feuilles, branchages) est interdit toute "
        "l'année aux particuliers. Déposez-les à la déchèterie ou compostez-les."
    )
)


def test_the_fiche_s_sentence_on_the_subject_answers_no():
    lead = rule_verdict(ask("on a le droit de brûler les déchets verts du jardin ou pas ?"), GREEN_WASTE)
    assert lead is not None and lead.startswith("Non : d'après la fiche, « Le brûlage des déchets verts")


def test_a_question_on_another_subject_gets_no_verdict_from_the_fiche():
    assert rule_verdict(ask("on a le droit de garer un camping-car devant la mairie ?"), GREEN_WASTE) is None


def test_a_question_that_is_not_yes_or_no_gets_no_verdict():
    assert rule_verdict(ask("où déposer les déchets verts ?"), GREEN_WASTE) is None


def test_a_fiche_that_already_says_no_is_left_as_the_clerk_wrote_it():
    said = SimpleNamespace(reponse="Non : le brûlage des déchets verts est interdit toute l'année.")
    assert rule_verdict(ask("je peux brûler mes déchets verts ?"), said) is None


PASSPORTS = SimpleNamespace(
    reponse=(
        "La mairie ne délivre ni les cartes d'identité ni les passeports. Prenez rendez-vous à la mairie "
        "voisine, équipée d'une station biométrique."
    )
)


def test_a_sentence_that_negates_what_is_asked_answers_no():
    lead = rule_verdict(ask("on peut faire son passeport à la mairie ?"), PASSPORTS)
    assert lead is not None and lead.startswith("Non : d'après la fiche, « La mairie ne délivre ni")


def test_a_negated_prohibition_decides_nothing():
    said = SimpleNamespace(reponse="Le brûlage des déchets verts n'est pas interdit dans les vignes.")
    assert rule_verdict(ask("je peux brûler mes déchets verts dans les vignes ?"), said) is None


BUILDING = SimpleNamespace(
    reponse="Un permis de construire est obligatoire pour toute construction de plus de 20 m². Le délai "
    "d'instruction est de 2 mois."
)


def test_a_rule_beyond_a_quantity_does_not_answer_a_question_giving_its_own():
    shed = ask("je veux construire un abri de 12m2, faut un permis de construire ?")
    assert rule_verdict(shed, BUILDING) is None
    lead = rule_verdict(ask("faut un permis de construire pour une maison ?"), BUILDING)
    assert lead is not None and lead.startswith("Oui : d'après la fiche")


BIRTH_CERTIFICATE = SimpleNamespace(
    reponse="Demandez l'acte au secrétariat de mairie, par courrier ou en ligne. La délivrance est gratuite."
)
HALL = SimpleNamespace(reponse="La salle se loue 120 € le week-end aux habitants, caution 300 €.")
LIBRARY = SimpleNamespace(
    reponse="L'inscription est gratuite pour les habitants. Les autres paient 10 € par an."
)


def test_is_it_paid_answered_by_the_sentence_saying_it_is_free():
    lead = cost_verdict(ask("un acte de naissance c payant ?"), BIRTH_CERTIFICATE)
    assert lead == "Non : d'après la fiche, « La délivrance est gratuite. »"
    assert cost_verdict(ask("l'acte de naissance c'est gratuit ?"), BIRTH_CERTIFICATE).startswith("Oui")


def test_is_it_free_answered_by_a_price():
    assert cost_verdict(ask("la salle est gratuite pour les habitants ?"), HALL).startswith("Non : d'après")
    assert cost_verdict(ask("la salle c'est payant ?"), HALL).startswith("Oui : d'après")


def test_a_fiche_free_for_some_and_paid_for_others_gets_no_verdict():
    assert cost_verdict(ask("la médiathèque c'est payant ?"), LIBRARY) is None
    assert cost_verdict(ask("combien coûte la médiathèque ?"), HALL) is None


MARKET = SimpleNamespace(
    reponse=(
        "Le marché se tient le dimanche matin, place de l'Église, seulement en été. Il n'y a pas de marché "
        "en hiver."
    )
)


def test_is_there_answered_no_by_a_sentence_saying_there_is_none():
    lead = rule_verdict(ask("y a toujours le marché en hiver ?"), MARKET)
    assert lead == "Non : d'après la fiche, « Il n'y a pas de marché en hiver. »"
    assert rule_verdict(ask("il y a quoi au marché en hiver ?"), MARKET) is None  # asks what


def test_a_fiche_leaving_prices_to_the_council_is_backed_by_its_deliberation_despite_a_deposit():
    """« c combien ? » on a hall whose fiche gives a 800 € deposit and says the council sets the prices."""
    from bot.answers.fiches import backing

    hall = SimpleNamespace(
        reponse="Une caution de 800 € est demandée. Les tarifs sont fixés chaque année par le conseil "
        "municipal."
    )
    terms = (SimpleNamespace(term=SimpleNamespace(stem="sall"), title=1.0, body=0.0),)
    fiche = SimpleNamespace(doc=SimpleNamespace(kind="fiche", record=hall, facts=frozenset({QUANTITY})))
    prices = SimpleNamespace(
        doc=SimpleNamespace(kind="deliberation", facts=frozenset({QUANTITY})),
        match=SimpleNamespace(terms=terms), features={"year_match": 0.0}, p=0.4,
    )  # fmt: skip
    question = ask("louer la salle c combien ?")
    question.chosen, question.ranked = fiche, [fiche, prices]
    question.subject = lambda: {"sall"}
    assert backing(question) is prices


DOGS = SimpleNamespace(
    reponse="Au parc et au stade municipal, les chiens doivent être tenus en laisse, déjections ramassées."
)


def test_must_asked_as_residents_say_it_is_read_as_an_obligation():
    asked = ("mon chien doit être en laisse au stade ?", "sommes-nous tenus de garder le chien en laisse ?")
    for question in asked:
        lead = rule_verdict(ask(question), DOGS)
        assert lead is not None and lead.startswith("Oui : d'après la fiche, « Au parc et au stade"), question


def test_of_sentences_holding_the_subject_alike_the_one_that_says_whether_answers():
    fiche = SimpleNamespace(
        reponse=(
            "La carte d'identité est gratuite, 25 € en timbre fiscal en cas de perte. "
            "La mairie de Mohon n'est pas équipée pour recueillir les demandes de carte d'identité."
        )
    )
    lead = rule_verdict(ask("j'ai perdu ma carte d'identité, je peux la refaire à la mairie ?"), fiche)
    assert lead is not None and lead.startswith("Non : d'après la fiche, « La mairie de Mohon n'est pas")


def test_the_place_asked_closed_decides_whatever_one_wanted_to_do_there():
    from datetime import date

    from bot.answers.fiches import deciding_arrete
    from knowledge import Arrete, Source
    from nlu.entities import Entity

    closed = Arrete(
        id="2026-071", date=date(2026, 11, 18), type="temporaire",
        objet="Fermeture de la cale de mise à l'eau du port pendant les travaux de réfection",
        debut=date(2026, 11, 30), fin=date(2026, 12, 18), lieux=("cale du port",), matiere=None, url=None,
        text=None, source=Source("arrete", "2026-071", "Arrêté n° 2026-071"), numbered=True,
    )  # fmt: skip
    text = "je voulais mettre mon bateau à l'eau à la cale du port, c'est possible ?"
    question = ask(text)
    at = text.index("cale du port")
    question.entities = [Entity("street", "cale du port", "cale du port", at, at + 12)]
    # the fiche chosen (on launching boats from the slipway) holds « bateau » and « eau »
    boat = {"bateau", "eau"}
    held = [SimpleNamespace(term=t, title=1.0, idf=2.0) for t in question.terms if t.word in boat]
    question.chosen = SimpleNamespace(match=SimpleNamespace(terms=held))
    question.ranked = [SimpleNamespace(doc=SimpleNamespace(kind="arrete", record=closed), match=None)]
    found = deciding_arrete(question)
    assert found is not None and found[1].startswith("Non : d'après l'arrêté n° 2026-071")


def test_a_fiche_leaving_the_date_to_an_arrete_is_completed_by_the_one_in_force():
    from datetime import date

    from bot.answers.fiches import referred_arrete
    from knowledge import Arrete, Source

    question = ask("avant quand il faut avoir sorti le bois de l'affouage ?")
    subject = {"affouage", "bois"}

    def candidate(kind: str, record):
        held = [t for t in question.terms if t.word in subject]
        terms = [SimpleNamespace(term=t, title=1.0, body=0.0, idf=2.0) for t in held]
        match = SimpleNamespace(terms=terms)
        return SimpleNamespace(doc=SimpleNamespace(kind=kind, record=record), match=match, p=0.3)

    def exploitation(key: str, debut: date, fin: date):
        return candidate("arrete", Arrete(
            id=key, date=debut, type="temporaire", objet="Affouage : exploitation des lots de bois",
            debut=debut, fin=fin, lieux=("forêt communale",), matiere=None, url=None, text=None,
            source=Source("arrete", key, f"Arrêté n° {key}"), numbered=True,
        ))  # fmt: skip

    fiche = SimpleNamespace(reponse="Le bois est sorti avant la date fixée par l'arrêté d'exploitation.")
    question.chosen = candidate("fiche", fiche)
    this_winter = exploitation("2026-040", date(2026, 11, 15), date(2027, 4, 30))
    last_winter = exploitation("2025-038", date(2025, 11, 15), date(2026, 4, 30))
    question.ranked = [question.chosen, last_winter, this_winter]
    assert referred_arrete(question) is this_winter
    fiche.reponse = "Le bois doit être sorti avant le 30 avril."  # no arrêté referred to: nothing added
    assert referred_arrete(question) is None


def test_what_everyone_must_do_answers_yes_to_whether_one_must():
    census = SimpleNamespace(
        reponse="Tout jeune de nationalité française doit se faire recenser dans les 3 mois suivant ses 16 "
        "ans, en ligne ou à la mairie."
    )
    lead = rule_verdict(ask("mon fils a eu 16 ans, il doit se faire recenser ?"), census)
    assert lead is not None and lead.startswith("Oui : d'après la fiche, « Tout jeune")


def test_a_sentence_doing_plainly_what_is_asked_answers_yes_to_whether_it_can_be_done():
    holidays = SimpleNamespace(
        reponse="Pendant vos absences, la police municipale surveille votre domicile. Inscription gratuite."
    )
    lead = rule_verdict(ask("la police peut surveiller mon domicile pendant les absences ?"), holidays)
    assert lead is not None and lead.startswith("Oui : d'après la fiche, « Pendant vos absences")
    assert rule_verdict(ask("la police peut garder mes clés pendant les absences ?"), holidays) is None


SUMMER_DOGS = SimpleNamespace(
    reponse=(
        "Du 1er juin au 30 septembre, les chiens sont interdits sur la plage de 10h à 19h. En dehors de "
        "cette période, ils sont admis tenus en laisse."
    )
)


def test_a_sentence_of_another_season_or_other_hours_gives_no_verdict():
    """Asked on 5 December, « du 1er juin au 30 septembre … interdits » does not say the dog is forbidden."""
    assert rule_verdict(ask("les chiens sont interdits sur la plage ?"), SUMMER_DOGS) is None
    summer = ask("les chiens sont interdits sur la plage ?")
    summer.now = summer.now.replace(month=7)
    lead = rule_verdict(summer, SUMMER_DOGS)
    assert lead is not None and lead.startswith("Oui : d'après la fiche, « Du 1er juin au 30 septembre")


def test_the_deliberation_backing_a_fiche_is_the_version_in_force():
    """« prix du repas à la cantine ? »: the fiche leaves the price to the council, which voted it in 2025
    and again in 2026; the ranker trusting the 2025 one more does not make it the price asked."""
    from datetime import date

    from bot.answers.fiches import backing_decision

    leaves = SimpleNamespace(reponse="Le prix est fixé par délibération.")
    fiche = SimpleNamespace(doc=SimpleNamespace(kind="fiche", facts=frozenset(), record=leaves))
    terms = (SimpleNamespace(term=SimpleNamespace(stem="cantin"), title=1.0, body=0.0),)

    def decision(number, voted, objet, p):
        record = SimpleNamespace(id=number, date=voted, objet=objet, budget_annee=None)
        doc = SimpleNamespace(kind="deliberation", facts=frozenset({QUANTITY}), record=record)
        return SimpleNamespace(doc=doc, match=SimpleNamespace(terms=terms), features={"year_match": 0.0}, p=p)

    old = decision("2025-030", date(2025, 6, 19), "Prix du repas à la cantine à la rentrée 2025", 0.5)
    new = decision("2026-033", date(2026, 6, 25), "Prix du repas à la cantine à la rentrée 2026", 0.3)
    question = ask("prix du repas a la cantine ?")
    question.chosen, question.ranked = fiche, [fiche, old, new]
    question.subject = lambda: {"cantin"}
    assert backing_decision(question) is new.doc.record


def asked_on(text: str, today: date) -> Ask:
    """A question with its days and hours read as the bot reads them (nlu.entities), asked on `today`."""
    question = ask(text)
    question.entities = extract_entities(text, today=today)
    question.now = datetime.combine(today, time(10))
    return question


COLLECTION = SimpleNamespace(
    question="Quels jours passe le ramassage des poubelles ?",
    reponse=(
        "Les ordures ménagères sont collectées le mardi matin. Du 1er juillet au 31 août, une collecte "
        "supplémentaire des ordures a lieu le samedi matin dans le secteur du port."
    ),
)
EVENING_MARKET = SimpleNamespace(
    question="Quand a lieu le marché ?",
    reponse=(
        "Le marché se tient le mercredi matin de 7 h 30 à 13 h. En juillet et août, un marché nocturne "
        "a lieu le jeudi soir de 18 h à 22 h sur le quai."
    ),
)


def test_is_there_answered_yes_by_the_sentence_naming_the_day_and_season_asked():
    july = date(2026, 7, 20)
    lead = presence_verdict(asked_on("y a une collecte des poubelles le samedi ?", july), COLLECTION)
    assert lead is not None and lead.startswith("Oui : d'après la fiche, « Du 1er juillet au 31 août")
    lead = presence_verdict(asked_on("y a un marché le jeudi soir ?", july), EVENING_MARKET)
    assert lead is not None and "jeudi soir de 18 h à 22 h" in lead


def test_is_there_gets_no_yes_out_of_the_day_season_or_hours_the_fiche_gives():
    july, october = date(2026, 7, 20), date(2026, 10, 5)
    # other weekdays, another season, other hours: the fiche is shown as it is, nothing asserted
    assert (
        presence_verdict(asked_on("y a une collecte des poubelles le dimanche ?", july), COLLECTION) is None
    )
    assert presence_verdict(asked_on("y a une collecte le samedi ?", october), COLLECTION) is None
    assert presence_verdict(asked_on("y a un marché le jeudi soir ?", october), EVENING_MARKET) is None
    assert presence_verdict(asked_on("y a un marché le mercredi soir ?", july), EVENING_MARKET) is None


def test_is_there_gets_no_yes_from_a_sentence_on_something_else_or_saying_it_is_elsewhere():
    pool = SimpleNamespace(question="Piscine", reponse="La piscine la plus proche est à Morteau, à 12 km.")
    assert presence_verdict(asked_on("il y a une piscine ?", date(2026, 7, 20)), pool) is None
    # « taxi » is what is asked for: a sentence on the convention of a PACS does not hold it
    pacs = SimpleNamespace(question="PACS", reponse="La convention de PACS se signe en mairie.")
    assert presence_verdict(asked_on("il y a un taxi conventionné ?", date(2026, 7, 20)), pacs) is None
    dropped = SimpleNamespace(question="Marché", reponse="Le marché du jeudi est supprimé depuis janvier.")
    assert presence_verdict(asked_on("y a un marché le jeudi ?", date(2026, 7, 20)), dropped) is None


def test_is_there_gets_no_yes_when_the_fiche_lacks_a_detail_of_the_question():
    prices = SimpleNamespace(
        question="Tarifs", reponse="Un tarif réduit de 3 € est accordé aux moins de 18 ans."
    )
    assert (
        presence_verdict(asked_on("y a un tarif réduit pour les étudiants ?", date(2026, 7, 20)), prices)
        is None
    )


PERMITS = SimpleNamespace(
    question="Faut-il un permis de construire ?",
    reponse=(
        "Un permis de construire est obligatoire pour une construction ou une extension de plus de 20 m². "
        "Une déclaration préalable suffit pour un abri de jardin de 5 à 20 m²."
    ),
)


def test_a_surface_asked_is_compared_with_the_size_condition_of_the_clause_naming_what_is_asked():
    big = quantity_verdict(ask("je veux agrandir de 30 m2, faut-il un permis de construire ?"), PERMITS)
    assert big == (
        "Oui : d'après la fiche, « Un permis de construire est obligatoire pour une construction ou une "
        "extension de plus de 20 m². »"
    )
    small = quantity_verdict(ask("faut il un permis de construire pour un abri de 12 m² ?"), PERMITS)
    assert small is not None and small.startswith("Non : d'après la fiche, « Un permis de construire")
    declared = quantity_verdict(ask("il faut une déclaration préalable pour un abri de 12 m2 ?"), PERMITS)
    assert declared is not None and declared.startswith("Oui : d'après la fiche, « Une déclaration")


def test_a_size_condition_that_depends_on_something_else_gives_no_verdict():
    zoned = SimpleNamespace(
        question="Permis",
        reponse="Un permis de construire est nécessaire au-delà de 20 m² (plus de 40 m² en zone urbaine).",
    )
    assert quantity_verdict(ask("faut il un permis de construire pour 30 m2 ?"), zoned) is None
    # no surface given, or a clause without a size: the other verdicts, or none
    assert quantity_verdict(ask("faut il un permis de construire pour une véranda ?"), PERMITS) is None
    unsized = SimpleNamespace(question="Permis", reponse="Un permis de construire est nécessaire au-delà.")
    assert quantity_verdict(ask("faut il un permis de construire pour 30 m2 ?"), unsized) is None


def test_is_asked_yes_or_no_tells_a_request_for_something_apart():
    assert asks_whether(ask("je peux brûler mes branches dans le jardin ?"))
    assert asks_whether(ask("y a une garderie le mercredi ?"))
    assert not asks_whether(ask("quels sont les horaires de la garderie ?"))
    assert not asks_whether(ask("c'est combien la garderie ?"))


def test_a_fiche_opening_on_yes_or_no_settles_the_question_by_itself():
    assert says_yes_or_no(SimpleNamespace(reponse="Non : le brûlage des déchets verts est interdit."))
    assert says_yes_or_no(SimpleNamespace(reponse=" oui, sur rendez-vous."))
    assert not says_yes_or_no(GREEN_WASTE)


def test_a_seasonal_ban_asked_of_a_moment_outside_its_season_or_hours_is_answered_the_other_way():
    """« en ce moment », asked on 5 December, of « du 1er juin au 30 septembre … interdits »: not then."""
    lead = rule_verdict(ask("les chiens sont interdits sur la plage en ce moment ?"), SUMMER_DOGS)
    assert lead is not None and lead.startswith("Non : d'après la fiche, cette règle ne vaut pas ")
    assert "« Du 1er juin au 30 septembre" in lead
    allowed = rule_verdict(ask("les chiens sont autorisés sur la plage en ce moment ?"), SUMMER_DOGS)
    assert allowed is not None and allowed.startswith("Oui : d'après la fiche, cette règle ne vaut pas ")
    evening = ask("les chiens sont autorisés sur la plage ce soir à 20h30 ?")
    evening.now = evening.now.replace(month=7)
    evening.entities = [Entity("time", time(20, 30), "20h30", 0, 5)]
    lead = rule_verdict(evening, SUMMER_DOGS)
    assert lead is not None and lead.startswith("Oui : d'après la fiche, cette règle ne vaut pas à 20 h 30 :")
    asked_of_no_moment = ask("les chiens sont autorisés sur la plage ?")
    assert rule_verdict(asked_of_no_moment, SUMMER_DOGS) is None


BY_APPOINTMENT = SimpleNamespace(
    reponse=(
        "La mairie est équipée d'une station de recueil : la demande se fait uniquement sur rendez-vous, au "
        "03 21 33 58 00. Faites d'abord une pré-demande en ligne."
    )
)


def test_what_a_fiche_makes_the_only_way_is_required():
    lead = only_way_verdict(ask("passeport faut prendre rdv ?"), BY_APPOINTMENT)
    assert lead is not None and lead.startswith("Oui : d'après la fiche, « La mairie est équipée")


def test_a_requirement_asked_of_something_else_than_the_only_way_gets_no_verdict():
    paper = ask("faut-il un justificatif de domicile pour le rendez-vous ?")
    assert only_way_verdict(paper, BY_APPOINTMENT) is None
    assert only_way_verdict(ask("où prendre rendez-vous pour le passeport ?"), BY_APPOINTMENT) is None


def test_a_fiche_opening_on_yes_is_not_given_a_second_yes():
    """The fiche's own « Oui : la navette relie … » answers « il y a une navette pour aller skier ? »; a
    lead « Oui : d'après la fiche, « La navette est gratuite pour tous. » » before it would only repeat it."""
    shuttle = SimpleNamespace(
        question="Y a-t-il une navette pour aller au ski ?",
        reponse="Oui : la navette relie la place de la Poste à la station le samedi. Elle est gratuite.",
    )
    january = date(2026, 1, 8)
    assert presence_verdict(asked_on("il y a une navette pour aller skier ?", january), shuttle) is None
    plain = SimpleNamespace(question=shuttle.question, reponse=shuttle.reponse.removeprefix("Oui : "))
    assert presence_verdict(asked_on("il y a une navette pour aller skier ?", january), plain) is not None
