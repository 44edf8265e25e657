"""Inbox and unanswered questions: the answer reaches the bot's delivery path, duplicates are grouped,
a question becomes a fiche or a training example in two clicks."""

from __future__ import annotations

import knowledge
from web import examples

from .conftest import post_form


def _kb(db):
    return knowledge.open_kb(db)


def test_answering_a_request_queues_it_for_the_bots_delivery(clerk, bot_config, conversation):
    conn = _kb(bot_config.db_path)
    item = knowledge.add_inbox_item(conn, "demande", "4242", "Le marché a-t-il lieu lundi de Pâques ?")
    conn.close()
    url = f"/demandes/{item.reference}"
    response = post_form(clerk, url, url + "/repondre", {"texte": "Oui, comme chaque lundi."})
    assert response.status_code == 303
    # What the running bot's delivery round sends (bot/channels/telegram sends these to the chat).
    pending = conversation.pending_deliveries()
    assert [(ref, chat) for ref, chat, _ in pending] == [(item.reference, "4242")]
    assert pending[0][2].endswith("Oui, comme chaque lundi.")


def test_duplicates_are_grouped_and_one_answer_settles_them(clerk, bot_config):
    conn = _kb(bot_config.db_path)
    ids = [
        knowledge.add_unanswered(conn, "Horaires de la piscine ?", chat_id="1", reason="fallback"),
        knowledge.add_unanswered(conn, "piscine horaires", chat_id="2", reason="fallback"),
        knowledge.add_unanswered(conn, "Où est la poste ?", chat_id="3", reason="fallback"),
    ]
    conn.close()
    page = clerk.get("/questions").text
    assert "Posée 2 fois" in page
    response = post_form(
        clerk,
        "/questions",
        f"/questions/{ids[0]}/repondre",
        {"texte": "La piscine ouvre à 10 h.", "ids": f"{ids[0]},{ids[1]}"},
    )
    assert response.status_code == 303
    conn = _kb(bot_config.db_path)
    left = [q.id for q in knowledge.list_unanswered(conn)]
    pending = knowledge.pending_deliveries(conn)
    conn.close()
    assert left == [ids[2]]
    assert sorted(i.chat_id for i in pending) == ["1", "2"]


def test_a_question_becomes_a_fiche_in_two_clicks(clerk, bot_config):
    conn = _kb(bot_config.db_path)
    qid = knowledge.add_unanswered(
        conn, "Peut-on louer la salle des fêtes ?", chat_id=None, reason="fallback"
    )
    conn.close()
    form = clerk.get("/questions").text
    link = (
        f"/fiches/nouvelle?question=Peut-on%20louer%20la%20salle%20des%20f%C3%AAtes%20%3F&amp;questions={qid}"
    )
    assert link in form  # first click
    new = f"/fiches/nouvelle?question=Peut-on louer la salle des fêtes ?&questions={qid}"
    response = post_form(
        clerk,
        new,
        "/fiches/nouvelle",
        {  # second click: « Enregistrer »
            "question": "Peut-on louer la salle des fêtes ?",
            "reponse": "Oui, 150 € le week-end.",
            "questions": str(qid),
        },
    )
    assert response.status_code == 303
    conn = _kb(bot_config.db_path)
    assert knowledge.list_unanswered(conn) == []
    assert any(f.question == "Peut-on louer la salle des fêtes ?" for f in knowledge.list_fiches(conn))
    conn.close()


def test_a_question_becomes_a_training_example(clerk, bot_config):
    conn = _kb(bot_config.db_path)
    qid = knowledge.add_unanswered(conn, "ya piscine l'été ?", chat_id=None, reason="fallback")
    conn.close()
    response = post_form(clerk, "/questions", f"/questions/{qid}/exemple", {"intent": "faq", "ids": str(qid)})
    assert response.status_code == 303
    data = examples.load(bot_config.home)
    assert ("ya piscine l'été ?", "faq") in [(e.text, e.intent) for e in data.examples]
