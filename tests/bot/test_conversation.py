"""The conversation core as every channel uses it: real KB file, real model, real state file."""

from __future__ import annotations

from datetime import datetime, timedelta

import knowledge
from bot.conversation import Conversation

NOW = datetime(2026, 6, 17, 10, 30)  # a Wednesday


def test_fallback_gives_contacts_and_queues_the_question(conversation, demo_db):
    reply = conversation.text("42", "quel temps fera-t-il demain à Lyon ?", now=NOW)
    assert reply.fallback
    assert "04 74 27 51 30" in reply.text
    with knowledge.open_kb(demo_db) as conn:
        questions = [q.question for q in knowledge.list_unanswered(conn)]
    assert "quel temps fera-t-il demain à Lyon ?" in questions


def test_a_request_for_help_about_a_subject_of_its_own_is_not_answered_by_the_menu(conversation):
    """« tu peux m'aider ? » gets what the bot can do; « … pour mon devoir de maths » asks something the
    commune's files do not hold: « je ne sais pas » and the mairie's contacts, not the list of topics."""
    menu = conversation.text("43", "tu peux m'aider ?", now=NOW)
    assert not menu.fallback and menu.text.startswith("Je peux vous renseigner")
    homework = conversation.text("44", "tu peux m'aider pour mon devoir de maths sur les fractions", now=NOW)
    assert homework.fallback and "04 74 27 51 30" in homework.text


def test_thumbs_down_queues_the_question_once(conversation, demo_db):
    reply = conversation.text("7", "comment refaire ma carte d'identité ?", now=NOW)
    assert reply.feedback and reply.reply_id
    assert "ANTS" in reply.text or "ants" in reply.text
    first = conversation.button("7", f"fb:{reply.reply_id}:d", now=NOW)
    second = conversation.button("7", f"fb:{reply.reply_id}:d", now=NOW)
    assert "transmise" in first.text
    assert "déjà" in second.text
    with knowledge.open_kb(demo_db) as conn:
        negatives = [
            q
            for q in knowledge.list_unanswered(conn)
            if q.question == "comment refaire ma carte d'identité ?"
        ]
    assert len(negatives) == 1


def test_signalement_gets_a_reference_and_the_staff_answer_comes_back(conversation):
    start = conversation.command("9", "signaler", now=NOW)
    assert "Décrivez" in start.text
    step = conversation.text(
        "9", "Un lampadaire ne s'allume plus devant le 4 chemin des Vignes depuis lundi", now=NOW
    )
    assert step.inbox_reference is None and "envoyer" in step.text
    conversation.location("9", 45.9, 4.6, now=NOW)
    filed = conversation.text("9", "envoyer", now=NOW)
    assert filed.inbox_reference and filed.inbox_reference in filed.text
    assert filed.staff_notice and "lampadaire" in filed.staff_notice
    chat_id, message = conversation.staff_answer(
        filed.inbox_reference, "Réparé ce matin, merci !", by="secrétariat"
    )
    assert chat_id == "9"
    assert "Réparé ce matin" in message and filed.inbox_reference in message


def test_handoff_from_the_cli_answer_is_delivered(conversation, demo_db):
    conversation.text("11", "je voudrais parler à quelqu'un de la mairie", now=NOW)
    filed = conversation.text(
        "11", "Bonjour, je souhaite réserver la salle des fêtes le 12 septembre.", now=NOW
    )
    assert filed.inbox_reference
    with knowledge.open_kb(demo_db) as conn:
        knowledge.answer_inbox(conn, filed.inbox_reference, "La salle est libre ce jour-là.")
    pending = conversation.pending_deliveries()
    assert [(ref, chat) for ref, chat, _ in pending] == [(filed.inbox_reference, "11")]
    conversation.mark_delivered(filed.inbox_reference)
    assert conversation.pending_deliveries() == []


def test_follow_up_keeps_the_subject(conversation):
    first = conversation.text("5", "la mairie est ouverte samedi ?", now=NOW)
    assert "samedi 20 juin 2026" in first.text
    second = conversation.text("5", "et lundi ?", now=NOW)
    assert "lundi 22 juin 2026" in second.text
    assert second.intent == "profil"


def test_context_expires(conversation):
    from bot import state

    conversation.text("6", "la mairie est ouverte samedi ?", now=NOW)
    ttl = timedelta(minutes=conversation.config.session_minutes)
    assert (
        state.load_chat(conversation.state, "6", NOW + timedelta(minutes=1), ttl)["intent"] == "profil"
    )
    assert state.load_chat(conversation.state, "6", NOW + ttl + timedelta(minutes=1), ttl) == {}


def test_forget_me_erases_everything(conversation, demo_db):
    conversation.text("13", "quel temps fait-il sur Mars ?", now=NOW)
    conversation.command("13", "abonner", now=NOW)
    assert "aucune" not in conversation.command("13", "mesdonnees", now=NOW).text
    erased = conversation.command("13", "oubli", now=NOW)
    assert "effacé" in erased.text
    assert "aucune donnée" in conversation.command("13", "mesdonnees", now=NOW).text


def test_state_survives_a_restart(bot_config):
    first = Conversation(bot_config)
    first.command("21", "signaler", now=NOW)
    first.text("21", "Nid-de-poule profond devant l'école, côté parking", now=NOW)
    first.close()
    second = Conversation(bot_config)
    try:
        filed = second.text("21", "envoyer", now=NOW)
        assert filed.inbox_reference, "the half-finished signalement must survive the restart"
    finally:
        second.close()


def test_absurd_messages_get_a_clear_answer_and_break_nothing(conversation, demo_db):
    for text in ("🤷‍♀️🙃", "a" * 10_000, "'; DROP TABLE fiches; --", 'fiche" OR 1=1 NEAR(', "\x00\x01\x02"):
        reply = conversation.text("66", text, now=NOW)
        assert reply.text and "Traceback" not in reply.text
    with knowledge.open_kb(demo_db) as conn:
        assert len(knowledge.list_fiches(conn)) > 20
    assert "ANTS" in conversation.text("66", "comment refaire ma carte d'identité ?", now=NOW).text


def _clerk_importing(demo_db):
    """A second connection holding the knowledge base's write lock, as a long import does."""
    clerk = knowledge.open_kb(demo_db)
    clerk.execute("BEGIN IMMEDIATE")
    return clerk


def test_a_clerks_import_parks_questions_instead_of_losing_or_waiting(conversation, demo_db):
    clerk = _clerk_importing(demo_db)
    try:
        started = datetime.now()
        reply = conversation.text("42", "quel temps fera-t-il demain à Lyon ?", now=NOW)
        assert reply.fallback and "04 74 27 51 30" in reply.text
        assert (datetime.now() - started).total_seconds() < 5  # not the import's duration
        assert [
            r["question"] for r in conversation.state.execute("SELECT question FROM parked_questions")
        ] == ["quel temps fera-t-il demain à Lyon ?"]
        assert conversation.pending_deliveries() == []  # still locked: the question stays parked
    finally:
        clerk.execute("ROLLBACK")
        clerk.close()
    conversation.text("43", "combien de lamas sur la lune ?", now=NOW)  # unparks first, in order
    with knowledge.open_kb(demo_db) as conn:
        questions = [q.question for q in knowledge.list_unanswered(conn)]
    assert questions[-2:] == ["quel temps fera-t-il demain à Lyon ?", "combien de lamas sur la lune ?"]
    assert conversation.state.execute("SELECT count(*) FROM parked_questions").fetchone()[0] == 0


def test_parked_questions_are_erased_by_forget_me_and_moved_on_close(bot_config, demo_db):
    conversation = Conversation(bot_config)
    clerk = _clerk_importing(demo_db)
    try:
        conversation.text("8", "quel temps fera-t-il demain à Lyon ?", now=NOW)
        conversation.text("9", "combien de lamas sur la lune ?", now=NOW)
        forgotten = conversation.command("8", "oubli", now=NOW)
        assert "effacées dans quelques minutes" in forgotten.text
        rows = conversation.state.execute("SELECT chat_id FROM parked_questions").fetchall()
        assert [r[0] for r in rows] == ["9"]
    finally:
        clerk.execute("ROLLBACK")
        clerk.close()
    conversation.close()  # the lock is gone: what was parked reaches the clerks' list
    with knowledge.open_kb(demo_db) as conn:
        questions = [(q.chat_id, q.question) for q in knowledge.list_unanswered(conn)]
    assert ("9", "combien de lamas sur la lune ?") in questions
    assert all(chat != "8" for chat, _ in questions)


def test_a_signalement_during_an_import_is_kept_for_later(conversation, demo_db):
    conversation.command("5", "signaler", now=NOW)
    conversation.text("5", "Un lampadaire est tombé rue des Écoles", now=NOW)
    clerk = _clerk_importing(demo_db)
    try:
        reply = conversation.text("5", "envoyer", now=NOW)
        assert "gardé" in reply.text and "envoyer" in reply.text
    finally:
        clerk.execute("ROLLBACK")
        clerk.close()
    reply = conversation.text("5", "envoyer", now=NOW)
    assert "référence" in reply.text


def test_suggestion_buttons_offer_records_in_french_never_a_kind_name():
    from bot.answers import LABELS
    from bot.engine import KINDS

    for kind in KINDS:
        assert LABELS[kind] != kind and LABELS[kind][0].isupper(), kind


def test_a_report_starts_by_itself_only_when_the_model_is_sure(conversation, monkeypatch):
    """Below DIALOGUE_SURE the resident gets « je ne sais pas » with the report as a button, and the next
    message is a new question, not the draft's description."""
    from dataclasses import replace

    from bot import conversation as conversation_module

    understand = conversation.understand

    def unsure(text, now):
        understanding, entities = understand(text, now)
        low = conversation_module.DIALOGUE_SURE - 0.2
        return replace(understanding, intent="signalement", confidence=low, fallback=False), entities

    monkeypatch.setattr(conversation, "understand", unsure)
    reply = conversation.text("31", "j'ai mal au dos depuis trois jours, zzzqx", now=NOW)
    assert reply.fallback and ("Signaler un problème à la mairie", "m:signaler") in [
        (b.label, b.data) for b in reply.buttons
    ]
    monkeypatch.setattr(conversation, "understand", understand)
    after = conversation.text("31", "horaires de la mairie", now=NOW)
    assert "envoyer" not in after.text and "mairie" in after.text.lower()


def test_a_letter_asking_for_someone_is_not_asked_to_be_written_again(conversation, monkeypatch):
    """A whole letter the intent model reads as « handoff » gets « je ne sais pas » and the button to write
    to the mairie: a draft would ask its author to write it all again."""
    from dataclasses import replace

    understand = conversation.understand

    def handoff(text, now):
        understanding, entities = understand(text, now)
        return replace(understanding, intent="handoff", confidence=0.95, fallback=False), entities

    monkeypatch.setattr(conversation, "understand", handoff)
    letter = (
        "Madame, Monsieur, souhaitant déposer en personne un dossier zzzqx concernant la succession de mon "
        "époux, je souhaiterais m'entretenir avec une personne zzzqx qui connaisse bien ce genre de dossier. "
        "Veuillez agréer mes salutations respectueuses."
    )
    reply = conversation.text("32", letter, now=NOW)
    assert reply.fallback and ("Écrire à la mairie", "x") in [(b.label, b.data) for b in reply.buttons]
    short = conversation.text("33", "je veux parler à quelqu'un", now=NOW)
    assert not short.fallback and "secrétariat" in short.text


def test_polite_words_end_a_message_but_do_not_swallow_a_question(conversation):
    """« merci, bonne journée » is thanks and goodbye at once; « bonne soirée, c'est quand la brocante ? »
    asks something the commune did not publish: « je ne sais pas » and the contacts, not « au revoir »."""
    goodbye = conversation.text("31", "merci, bonne journée", now=NOW)
    assert not goodbye.fallback and "je ne sais pas" not in goodbye.text.lower()
    question = conversation.text("32", "bonne soirée, c'est quand la prochaine brocante ?", now=NOW)
    assert question.fallback and "04 74 27 51 30" in question.text
    assert "Au revoir" not in question.text


def test_another_communes_mairie_is_not_answered_with_this_ones(conversation):
    """« la mairie de Mâcon ? » gets neither this mairie's number as Mâcon's nor a bare « je ne sais pas »;
    a neighbour's mairie the directory lists is answered from its entry."""
    macon = conversation.text("45", "c'est quoi le numéro de la mairie de Mâcon ?", now=NOW)
    assert macon.fallback and macon.text.startswith("Je ne renseigne que sur Vaulignac-sur-Doucette")
    assert "Mâcon" in macon.text and "service-public.fr" in macon.text
    neighbour = conversation.text("46", "horaires de la mairie de saint fulbert", now=NOW)
    assert not neighbour.fallback and neighbour.text.startswith("Mairie de Saint-Fulbert-en-Doucette")
    own = conversation.text("47", "qui est le maire de Vaulignac ?", now=NOW)
    assert "Hélène Berthollet" in own.text


def test_hopeless_candidates_are_not_offered_as_topics():
    from types import SimpleNamespace as NS

    from bot.conversation import MAX_SUGGESTIONS, MIN_SUGGESTED, near

    def cand(p, coverage=0.5):
        return NS(p=p, match=NS(coverage=coverage))

    ranked = [cand(0.4), cand(0.3, coverage=0.0), cand(0.2), cand(MIN_SUGGESTED / 2), cand(0.1), cand(0.09)]
    offered = near(NS(ranked=ranked))
    assert [r.p for r in offered] == [0.4, 0.2, 0.1][:MAX_SUGGESTIONS]
