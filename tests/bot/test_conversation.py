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
    assert second.intent == "mairie_hours"


def test_context_expires(conversation):
    from bot import state

    conversation.text("6", "la mairie est ouverte samedi ?", now=NOW)
    ttl = timedelta(minutes=conversation.config.session_minutes)
    assert (
        state.load_chat(conversation.state, "6", NOW + timedelta(minutes=1), ttl)["intent"] == "mairie_hours"
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
