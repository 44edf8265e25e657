"""The answer engine (bot/engine.py): one retrieval over every kind, composers that answer the question
asked, context that helps without hijacking.

Composers are tested by forcing the candidate they answer from (whatever the ranker would choose), so a
retrained ranker cannot hide a composer's mistake; the conversation tests go through the ranker.
"""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal

import knowledge
from bot.config import load_config
from bot.conversation import Conversation
from bot.engine import STREET_VIEW
from tests.conftest import DEMO

NOW = datetime(2026, 6, 17, 10, 30)  # a Wednesday


def forced(conv, question: str, kind: str, key: str | None = None, now: datetime = NOW):
    """The answer composed from one candidate of `kind` (and `key`), as if the ranker had chosen it."""
    decision = conv.decide(question, now)
    for r in decision.ranked:
        if r.doc.kind == kind and (key is None or r.doc.key == key):
            return conv.compose(decision, r, now, {})
    raise AssertionError(
        f"no {kind} {key} candidate among {[(r.doc.kind, r.doc.key) for r in decision.ranked]}"
    )


def test_every_kind_is_a_candidate(conversation):
    kinds = {
        r.doc.kind
        for r in conversation.decide("budget cantine arrêté mairie boulangerie conseil", NOW).ranked
    }
    assert {"fiche", "arrete", "deliberation", "acteur", "budget", "profil"} <= kinds


def test_a_closed_street_gets_yes_with_the_deciding_arrete(conversation):
    answer = forced(
        conversation,
        "est-ce que la rue de l'Église est fermée le 22 juin ?",
        "arrete",
        STREET_VIEW + "rue de l'Église",
    )
    assert answer.text.startswith("Oui") and "2026-018" in answer.text


def test_an_open_street_gets_no_and_nothing_irrelevant(conversation):
    answer = forced(
        conversation,
        "est-ce que la rue de l'Église est fermée le 20 août ?",
        "arrete",
        STREET_VIEW + "rue de l'Église",
    )
    assert answer.text.startswith("Non : aucun arrêté publié ne ferme cette voie (rue de l'Église)")
    assert "2026-018" not in answer.text and "Arrêté n°" not in answer.text


def test_may_i_park_gets_no_from_a_parking_ban(conversation):
    answer = forced(
        conversation, "je peux me garer rue du Lavoir le 18 juin ?", "arrete", STREET_VIEW + "rue du Lavoir"
    )
    assert answer.text.startswith("Non") and "2026-027" in answer.text


def demo_chapter_total(chapter: str, year: str, natdec: str) -> Decimal:
    """Independent computation from demo/budget.csv: réel lines of one chapter, voted amounts."""
    total = Decimal(0)
    with (DEMO / "budget.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            wanted = row["BGT_ANNEE"] == year and row["BGT_NATDEC"] == natdec and row["BGT_OPBUDG"] == "réel"
            if wanted and row["BGT_CONTNAT"] == chapter:
                total += Decimal(row["BGT_MTPREV"] or "0")
    return total


def test_a_budget_chapter_is_summed_from_its_lines(conversation):
    from bot.french import format_money

    answer = forced(
        conversation, "combien pour les salaires du personnel en 2026 ?", "budget", "chapitre:012"
    )
    expected = demo_chapter_total("012", "2026", "budget primitif")
    assert expected > 0 and format_money(expected) in answer.text
    assert "budget primitif 2026" in answer.text and "compte administratif" not in answer.text


def test_a_budget_year_not_published_is_said(conversation):
    answer = forced(conversation, "le budget 2019", "budget", "total")
    assert answer.fallback and "2026" in answer.text and "2019" in answer.text


def test_a_households_own_tax_is_not_the_communes_budget(conversation):
    answer = forced(conversation, "ma taxe foncière est de combien ?", "budget")
    assert answer.fallback and "foyer" in answer.text


def test_profile_facts_are_answered(conversation):
    assert "Hélène Berthollet" in forced(conversation, "qui est le maire ?", "profil", "maire").text
    assert "812" in forced(conversation, "combien d'habitants ?", "profil", "population").text
    assert "69999" in forced(conversation, "code postal ?", "profil", "code_postal").text
    # « en ce moment » asks about now, not about the mairie's hours
    assert "Hélène Berthollet" in forced(conversation, "qui est maire en ce moment", "profil", "maire").text


def test_an_unpublished_fact_is_said_with_what_is_published(demo_db, models_dir, tmp_path):
    profile = tmp_path / "commune.yml"
    text = (DEMO / "commune.yml").read_text(encoding="utf-8")
    profile.write_text(
        "\n".join(line for line in text.splitlines() if "email:" not in line), encoding="utf-8"
    )
    conn = knowledge.open_kb(demo_db)
    try:
        assert knowledge.import_paths(conn, [profile])[0].ok
    finally:
        conn.close()
    conv = Conversation(load_config(home=tmp_path / "home", db_path=demo_db, models_dir=models_dir))
    try:
        answer = forced(conv, "l'adresse mail de la mairie ?", "profil", "email")
    finally:
        conv.close()
    assert answer.fallback and "n'a pas publié d'adresse électronique" in answer.text
    assert "04 74 27 51 30" in answer.text and "@" not in answer.text


def test_a_question_with_its_own_subject_is_not_hijacked(conversation):
    first = conversation.text("ctx1", "la mairie est ouverte samedi ?", now=NOW)
    assert "samedi 20 juin 2026" in first.text
    second = conversation.text("ctx1", "quels sont les horaires de la mairie ?", now=NOW)
    assert "lundi" in second.text and "samedi" in second.text  # the week, not Saturday only


def test_the_mairie_s_hours_asked_on_a_sunday_are_the_coming_week_s(conversation):
    sunday = datetime(2026, 6, 21, 11)
    answer = conversation.text("ctx-week", "c koi les horaires de la mairie", now=sunday)
    days = [line for line in answer.text.splitlines() if line.startswith("– ")]
    assert days[0].startswith("– dimanche 21 juin") and days[-1].startswith("– samedi 27 juin")


def test_a_follow_up_without_subject_keeps_it(conversation):
    conversation.text("ctx2", "la mairie est ouverte samedi ?", now=NOW)
    second = conversation.text("ctx2", "et lundi ?", now=NOW)
    assert "lundi 22 juin 2026" in second.text


def test_a_follow_up_asking_its_own_thing_is_not_answered_the_previous_question(conversation):
    """« et son numéro ? » after « la pharmacie est ouverte mardi ? » wants the pharmacy's number, not
    its Tuesday hours again; « et samedi ? » after an opening question asks it again of Saturday."""
    conversation.text("ctx3", "la pharmacie est ouverte mardi ?", now=NOW)
    number = conversation.text("ctx3", "et son numéro ?", now=NOW)
    assert "04 74 27 52 20" in number.text and not number.text.startswith("Oui")
    conversation.text("ctx4", "la mairie est ouverte vendredi ?", now=NOW)
    saturday = conversation.text("ctx4", "et samedi ?", now=NOW)
    assert saturday.text.startswith("Oui") and "samedi 20 juin 2026" in saturday.text


def test_a_question_during_a_report_is_answered_and_the_draft_waits(conversation):
    conversation.command("draft", "signaler", now=NOW)
    conversation.text("draft", "Un lampadaire est en panne devant le 4 rue du Lavoir depuis lundi", now=NOW)
    answer = conversation.text("draft", "au fait, la mairie est ouverte samedi ?", now=NOW)
    assert "9 h" in answer.text and "pas encore envoyé" in answer.text
    filed = conversation.text("draft", "envoyer", now=NOW)
    assert "signalement" in filed.text and filed.inbox_reference
    assert "lampadaire" in knowledge.get_inbox_item(conversation.writer, filed.inbox_reference).text


def test_a_question_we_cannot_answer_during_a_report_is_not_added_to_it(conversation):
    """A question asked while writing a report is not the report's text: « je ne sais pas »,
    the contacts, the clerks see it, and the report waits unchanged."""
    conversation.command("draft2", "signaler", now=NOW)
    conversation.text("draft2", "Un lampadaire est en panne devant le 4 rue du Lavoir depuis lundi", now=NOW)
    question = "est-ce que les poules ont le droit de divaguer dans le lotissement ?"
    answer = conversation.text("draft2", question, now=NOW)
    assert answer.fallback and "04 74 27 51 30" in answer.text and "pas encore envoyé" in answer.text
    assert question in [q.question for q in knowledge.list_unanswered(conversation.writer)]
    filed = conversation.text("draft2", "envoyer", now=NOW)
    text = knowledge.get_inbox_item(conversation.writer, filed.inbox_reference).text
    assert "lampadaire" in text and "poules" not in text


def test_a_communes_own_words_are_imported_and_used(demo_db, models_dir, tmp_path):
    conv = Conversation(load_config(home=tmp_path / "home", db_path=demo_db, models_dir=models_dir))
    try:
        question = "le pré rond est fermé la nuit ?"
        before = [r for r in conv.decide(question, NOW).ranked if "Tilleuls" in r.doc.title]
        vocabulary = tmp_path / "vocabulaire.txt"
        vocabulary.write_text("# surnoms\nle pré rond => parc des Tilleuls\n", encoding="utf-8")
        writer = knowledge.open_kb(demo_db)
        try:
            report = knowledge.import_paths(writer, [vocabulary])[0]
        finally:
            writer.close()
        assert report.ok and report.kind == "vocabulaire" and report.added == 1
        after = [r for r in conv.decide(question, NOW).ranked if "Tilleuls" in r.doc.title]
    finally:
        conv.close()
    assert after and max(r.match.coverage for r in after) > max((r.match.coverage for r in before), default=0)


def test_a_new_kind_is_one_registration(conversation, monkeypatch):
    """« Concessions du cimetière »: a Kind registered in knowledge.kinds is retrieved, ranked and answered
    (from its title and source, until it has a composer of its own) with no other change."""
    from knowledge import kinds
    from knowledge.records import Source

    def concessions(conn):
        source = Source("concession", "C-12", "Registre des concessions, carré B")
        return [
            kinds.make_doc(
                "concession",
                "C-12",
                "Concession trentenaire du carré B : 180 € (registre de 2026)",
                "concession cimetière carré B trentenaire",
                "tarif",
                None,
                source,
            )
        ]

    monkeypatch.setattr(
        kinds,
        "KINDS",
        (*kinds.KINDS, kinds.Kind("concession", "concessions", None, (), all_docs=concessions)),
    )
    monkeypatch.setattr("knowledge.retrieval._stats", {})
    answer = forced(conversation, "combien coûte une concession trentenaire au cimetière ?", "concession")
    assert "180 €" in answer.text and [s.kind for s in answer.sources] == ["concession"]


def test_open_in_the_afternoon_means_open_for_a_real_part_of_it(conversation):
    """The bakery opens 06:30–12:30 on Sundays: not « open on Sunday afternoon »; on Saturdays it reopens."""
    sunday = "la boulangerie est ouverte dimanche après-midi ?"
    answer = forced(conversation, sunday, "acteur")
    assert answer.text.startswith("Non") and "12 h 30" in answer.text
    answer = forced(conversation, "la boulangerie est ouverte samedi après-midi ?", "acteur")
    assert answer.text.startswith("Oui") and "15 h 30" in answer.text
    assert "Téléphone : 04 74 27 50 12" in answer.text  # asked before calling or going there


def test_the_afternoon_starts_after_lunch():
    from datetime import time

    from bot.answers.profil import DAY_PARTS, open_during

    assert not open_during([(time(9), time(13))], DAY_PARTS["afternoon"])  # a Sunday-morning pool
    assert open_during([(time(9), time(13)), (time(14), time(18))], DAY_PARTS["afternoon"])


def test_whether_there_is_one_is_answered_yes_with_the_entry(conversation):
    answer = forced(conversation, "y a une pharmacie a vaulignac ?", "acteur")
    assert answer.text.startswith("Oui : Pharmacie de la Doucette")
    answer = forced(conversation, "quel est le numero de la pharmacie ?", "acteur")
    assert answer.text.startswith("Pharmacie de la Doucette")


def test_a_place_named_only_in_an_arretes_object_counts_for_that_place():
    from types import SimpleNamespace

    from bot.answers.arretes import names_place

    through = SimpleNamespace(objet="Plus de 7,5 tonnes interdits dans la traversée du bourg", lieux=[])
    elsewhere = SimpleNamespace(objet="Poids lourds interdits", lieux=["chemin des Vignes"])
    assert names_place(through, "bourg")
    assert not names_place(elsewhere, "Grande Rue")
    assert names_place(elsewhere, "chemin des Vignes")


def test_a_ban_on_other_roads_does_not_answer_for_the_place_asked(conversation):
    question = "les poids lourds ont le droit de rouler Grande Rue ?"
    answer = forced(conversation, question, "arrete", "2025-007")
    assert "2025-007" not in answer.text.split("\n")[0]


def test_a_yes_no_on_a_council_decision_is_answered_by_its_vote(conversation):
    question = "est-ce que le budget primitif 2025 a été voté à l'unanimité ?"
    answer = forced(conversation, question, "deliberation", "D2025-007")
    assert answer.text.startswith("Non : délibération n° D2025-007")  # one abstention
    question = "le conseil a-t-il voté les taux d'imposition 2025 à l'unanimité ?"
    assert forced(conversation, question, "deliberation", "D2025-008").text.startswith("Oui")
    question = "la commune a eu une délibération sur l'éclairage public ?"
    assert forced(conversation, question, "deliberation", "D2025-029").text.startswith("Oui")
    question = "quand le conseil a-t-il voté les taux d'imposition 2025 ?"
    assert forced(conversation, question, "deliberation", "D2025-008").text.startswith("Délibération")


def test_about_one_road_only_its_clauses_of_the_object_are_shown():
    from bot.answers.arretes import object_for

    objet = (
        "Poids lourds de plus de 26 t interdits — Route de Cagnes ; "
        "plus de 19 t — Chemin du Taude, Chemin de la Tour"
    )
    assert object_for(objet, "chemin du Taude") == "plus de 19 t — Chemin du Taude, Chemin de la Tour"
    assert object_for(objet, "Route de Cagnes").startswith("Poids lourds de plus de 26 t")
    assert object_for(objet, "place de l'Église") == objet  # named by no clause: all of it
    assert object_for(objet, None) == objet
    works = "Réfection de la chaussée rue du Moulin : route barrée ; déviation par la rue de la Save"
    assert object_for(works, "rue du Moulin") == works  # a clerk's sentence, not a list of rules: whole
    # a road named only in another road's extent is not one the clause rules
    extent = objet.replace("Chemin de la Tour", "Chemin de la Clue (côté est de la route de Cagnes)")
    assert object_for(extent, "Route de Cagnes") == "Poids lourds de plus de 26 t interdits — Route de Cagnes"


def test_both_sections_named_are_both_given_and_a_receipt_verb_shows_receipts(conversation):
    question = "au total la commune a dépensé combien en 2026, fonctionnement et investissement ?"
    answer = forced(conversation, question, "budget", "total")
    assert "fonctionnement" in answer.text and "investissement" in answer.text
    assert "recettes" not in answer.text.split("Source")[0]
    answer = forced(conversation, "le budget 2026, la commune a encaissé combien ?", "budget", "total")
    assert "recettes" in answer.text and "dépenses" not in answer.text.split("Source")[0]


def test_a_yes_no_on_a_fiches_weekly_hours_is_answered_from_them(conversation):
    """The demo fiche on noisy work gives Sundays 10 h – 12 h: not the afternoon; Saturday afternoon: yes."""
    sunday = datetime(2026, 6, 21, 9, 0)
    answer = forced(conversation, "je peux passer la tondeuse dimanche après-midi ?", "fiche", now=sunday)
    assert answer.text.startswith("Non : d'après la fiche, le dimanche 21 juin 2026 : de 10 h à 12 h")
    answer = forced(conversation, "je peux passer la tondeuse samedi après-midi ?", "fiche", now=sunday)
    assert answer.text.startswith("Oui")
    answer = forced(conversation, "quelles sont les heures pour tondre le dimanche ?", "fiche", now=sunday)
    assert not answer.text.startswith(("Oui", "Non"))  # « quelles » asks for the hours: the fiche itself


def test_may_i_come_to_the_mairie_this_morning_is_a_question_on_its_hours(conversation):
    """The demo mairie opens on Wednesdays from 14 h: « je peux passer ce matin ? » is « Non »."""
    answer = forced(conversation, "je peux passer à la mairie ce matin ?", "profil", "horaires")
    assert answer.text.startswith("Non") and "14 h" in answer.text


def test_a_street_open_on_the_day_asked_says_when_the_coming_closure_starts(conversation):
    answer = forced(
        conversation,
        "est-ce que la rue de l'Église est fermée le 10 juin ?",
        "arrete",
        STREET_VIEW + "rue de l'Église",
    )
    assert answer.text.startswith("Non : aucun arrêté publié ne ferme cette voie (rue de l'Église)")
    assert "À venir : l'arrêté n° 2026-018" in answer.text
    assert "du lundi 15 juin 2026 au vendredi 3 juillet 2026" in answer.text


def test_of_an_arrete_on_several_places_the_article_on_the_place_asked_is_quoted():
    from datetime import date
    from types import SimpleNamespace

    from bot.answers.arretes import describe_for
    from knowledge.retrieval import query_terms

    fete = SimpleNamespace(
        numero="2026-024",
        date=date(2026, 6, 15),
        type="temporaire",
        debut=date(2026, 7, 13),
        fin=date(2026, 7, 14),
        objet="Circulation et stationnement pendant la fête du 13 juillet",
        lieux=["avenue de la Gare", "place du Marché"],
        url=None,
        text=(
            "Considérant que le bal a lieu place du Marché ; "
            "Article 1 La circulation est interdite avenue de la Gare le 13 juillet de 20 h à 1 h. "
            "Article 2 Le stationnement est interdit place du Marché du 13 juillet à 14 h "
            "au 14 juillet à 12 h."
        ),
    )
    terms = query_terms("stationnement place du Marché le 13 juillet")
    text = describe_for(fete, terms, "place du Marché")
    assert "Extrait : « Article 2 Le stationnement est interdit place du Marché" in text
    assert "Considérant" not in text
    # the article holding what is asked beats the one that only names the place
    parking = SimpleNamespace(
        **{k: v for k, v in vars(fete).items() if k not in ("objet", "text", "lieux")},
        objet="Réglementation du stationnement sur le parking du stade",
        lieux=["parking du stade", "rue du Stade"],
        text=(
            "Article 1 : Le stationnement sur le parking du stade est limité à 48 heures consécutives. "
            "Article 2 : Le stationnement des camping-cars et des caravanes y est interdit de 22 h à 7 h."
        ),
    )
    asked = query_terms("camping-car la nuit sur le parking du stade ?")
    # each word's rarity in the commune's records, as term_weights gives it (the rarest 1)
    rarity = {"camping": 0.5, "car": 0.4, "nuit": 0.6, "parking": 1.0, "stad": 1.0}
    text = describe_for(parking, asked, "parking du stade", weights=rarity)
    assert "Extrait : « Article 2" in text


def test_a_fiche_citing_an_arrete_gives_it_as_a_source(conversation):
    answer = forced(conversation, "qui doit déneiger le trottoir devant chez moi ?", "fiche")
    assert "Référence : Arrêté n° 2026-002 du" in answer.text
    assert {s.kind for s in answer.sources} >= {"fiche", "arrete"}


def test_asked_by_its_category_every_entry_is_weighed_and_the_open_one_answers_first(conversation):
    """Vaulignac's mairie opens on Wednesday afternoons only; Saint-Fulbert's every weekday morning."""
    wednesday_morning = datetime(2026, 6, 17, 9, 0)
    question = "il y a une mairie ouverte mercredi matin ?"
    answer = forced(conversation, question, "acteur", now=wednesday_morning)
    first, *others = answer.text.split("\n")
    assert first.startswith("Oui : Mairie de Saint-Fulbert")
    assert any(line.startswith("Non : Mairie de Vaulignac") for line in others)


def test_a_fiche_without_the_price_asked_is_backed_by_the_deliberation_that_sets_it():
    """« combien pour louer la salle polyvalente ? »: the fiche on renting it says the council sets the
    prices; the délibération that holds the fiche's subject (« louer », « salle polyvalente ») states them."""
    from types import SimpleNamespace as NS

    from bot.answers.base import Ask
    from bot.answers.fiches import backing

    def candidate(kind, facts, p, title=(), body=(), year_match=0.0):
        terms = [
            NS(term=NS(stem=stem), title=float(stem in title), body=float(stem in body))
            for stem in ("lou", "sal", "polyvalent", "hab")
        ]
        features = {"year_match": year_match}
        doc = NS(kind=kind, facts=frozenset(facts), record=NS(reponse="Voir la fiche."))
        return NS(doc=doc, match=NS(terms=terms), p=p, features=features)

    def asking(cues, chosen, ranked):
        ask = NS(cues=cues, chosen=chosen, ranked=ranked)
        ask.subject = lambda: Ask.subject(ask)
        return ask

    fiche = candidate("fiche", set(), 0.8, title={"lou", "sal", "polyvalent"})
    tariffs = candidate("deliberation", {"quantity"}, 0.2, title={"lou", "sal", "polyvalent"})
    elsewhere = candidate("deliberation", {"quantity"}, 0.3, title={"sal"}, body={"hab"})  # another hall
    assert backing(asking({"asks_how_much"}, fiche, [fiche, elsewhere, tariffs])) is tariffs
    assert backing(asking({"yes_no"}, fiche, [fiche, tariffs])) is None
    priced = candidate("fiche", {"quantity"}, 0.8, title={"lou", "sal"})
    assert backing(asking({"asks_how_much"}, priced, [priced, tariffs])) is None
    # a fiche whose title holds none of the question's words is no subject to back
    unrelated = candidate("fiche", set(), 0.4, body={"hab"})
    assert backing(asking({"asks_how_much"}, unrelated, [unrelated, tariffs])) is None
    # « louer la salle polyvalente »: a délibération on the « salle polyvalente » tariffs holds two thirds
    hall = candidate("deliberation", {"quantity"}, 0.2, title={"sal", "polyvalent"})
    assert backing(asking({"asks_how_much"}, fiche, [fiche, hall])) is hall
    # « combien … quand on habite ici ? » also asks « quand »: a fiche stating a date still lacks the price
    dated = candidate("fiche", {"moment"}, 0.8, title={"lou", "sal", "polyvalent"})
    assert backing(asking({"asks_how_much", "asks_when"}, dated, [dated, tariffs])) is tariffs
    # « et en 2025 ? » after this year's price: the délibération of the year asked, though less sure
    last_year = candidate(
        "deliberation", {"quantity"}, 0.1, title={"lou", "sal", "polyvalent"}, year_match=1.0
    )
    assert backing(asking({"asks_how_much"}, fiche, [fiche, tariffs, last_year])) is last_year


def test_a_deliberation_asked_of_a_year_is_that_year_s_on_the_same_subject(conversation):
    """2024's canteen prices chosen for « … 2026-2027 » give way to the 2026 délibération on them."""
    question = "délibération sur les tarifs de la cantine 2026-2027"
    answer = forced(conversation, question, "deliberation", "D2024-022")
    assert answer.text.startswith("Délibération n° D2026-028") and not answer.fallback


def test_a_council_decision_on_a_subject_no_deliberation_holds_is_not_asserted(conversation):
    """« a-t-il délibéré sur la vidéoprotection ? »: no délibération holds the word, so none is the answer."""
    question = "le conseil municipal a-t-il délibéré sur la vidéoprotection ?"
    answer = forced(conversation, question, "deliberation")
    assert answer.fallback
    assert answer.text.startswith("Je ne trouve aucune délibération publiée sur « vidéoprotection ».")
    assert "Le secrétariat de mairie pourra vous renseigner" in answer.text
    assert "La plus proche de votre question : Délibération n°" in answer.text


def test_an_entry_named_by_its_own_words_answers_alone(conversation):
    """« la mairie de Saint-Fulbert … ? » asks of that mairie, not of every mairie in the directory."""
    wednesday_morning = datetime(2026, 6, 17, 9, 0)
    question = "la mairie de saint fulbert est ouverte mercredi matin ?"
    answer = forced(conversation, question, "acteur", now=wednesday_morning)
    assert answer.text.startswith("Oui : Mairie de Saint-Fulbert")
    assert "Vaulignac" not in answer.text.split("Source")[0]


def test_suggested_deliberations_say_which_one():
    """Three years of « Tarifs de la restauration scolaire » offered as buttons must not look alike."""
    from types import SimpleNamespace as NS

    from bot.answers import suggestion

    def offered(number, day):
        record = NS(source=NS(title=f"Délibération n° {number} du {day}"))
        doc = NS(kind="deliberation", title="Tarifs de la restauration scolaire", record=record)
        return suggestion(NS(doc=doc), 0).label

    labels = {offered("D2026-028", "11 juin 2026"), offered("D2025-019", "26 juin 2025")}
    assert len(labels) == 2 and all(label.startswith("Délibération n° D202") for label in labels)


def test_a_place_named_without_asking_whether_gets_the_measures_on_that_place(conversation):
    """« … avait été barré en mars, c'était pour quoi ? » names the place and the month: the measures on
    that place then answer, whichever arrêté on works the ranker preferred."""
    question = "le chemin du Moulin avait été barré en mars, c'était pour quoi ?"
    answer = forced(conversation, question, "arrete", "2026-018")
    assert "2026-009" in answer.text and "2026-018" not in answer.text


def test_a_fiches_own_question_is_answered_from_it_whatever_the_ranker_scores(conversation):
    """The clerk wrote the answer for those words: asked word for word (case, accents and punctuation
    aside), the fiche is chosen even with a ranker that trusts nothing."""
    fiche = next(f for f in knowledge.list_fiches(conversation.kb) if f.variantes)
    for asked in (fiche.question.upper(), f"{fiche.variantes[0]} ?!"):
        decision = conversation.decide(asked, NOW)
        top = decision.ranked[0]
        assert (top.doc.kind, top.doc.key, top.p) == ("fiche", str(fiche.id), 1.0), asked
    reworded = conversation.decide(f"{fiche.question} et autre chose encore", NOW)
    assert all(r.p < 1.0 for r in reworded.ranked)
