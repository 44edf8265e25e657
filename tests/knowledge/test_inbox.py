"""Residents' inbox, unanswered questions, RGPD access/erasure/purge."""

from datetime import UTC, datetime, timedelta

import pytest

import knowledge


def test_signalement_life_cycle(conn):
    year = datetime.now(UTC).year
    item = knowledge.add_inbox_item(
        conn,
        "signalement",
        "111",
        "Nid-de-poule rue Haute",
        photo_file_id="AgAD",
        latitude=45.1,
        longitude=4.2,
    )
    assert item.reference == f"SIG-{year}-0001" and item.status == "ouvert"
    assert (
        knowledge.add_inbox_item(conn, "signalement", "222", "Lampadaire cassé").reference
        == f"SIG-{year}-0002"
    )
    assert (
        knowledge.add_inbox_item(conn, "demande", "111", "Parler à un humain").reference == f"DEM-{year}-0001"
    )
    assert [i.reference for i in knowledge.list_inbox(conn)] == [
        f"SIG-{year}-0001",
        f"SIG-{year}-0002",
        f"DEM-{year}-0001",
    ]
    assert knowledge.pending_deliveries(conn) == []
    answered = knowledge.answer_inbox(conn, item.reference.lower(), "Réparé jeudi.", by="Marie")
    assert answered.status == "répondu" and answered.answer == "Réparé jeudi." and answered.answered_at
    assert [i.reference for i in knowledge.pending_deliveries(conn)] == [item.reference]
    knowledge.mark_delivered(conn, item.reference)
    assert knowledge.pending_deliveries(conn) == []
    assert knowledge.get_inbox_item(conn, item.reference).delivered_at is not None
    closed = knowledge.close_inbox(conn, item.reference)
    assert closed.status == "clos" and len(knowledge.list_inbox(conn, None)) == 3


def test_inbox_errors(conn):
    with pytest.raises(knowledge.KnowledgeError):
        knowledge.add_inbox_item(conn, "plainte", "1", "x")
    with pytest.raises(knowledge.KnowledgeError):
        knowledge.add_inbox_item(conn, "signalement", "1", "x", latitude=45.0)
    with pytest.raises(knowledge.KnowledgeError, match="SIG-2000-0001"):
        knowledge.answer_inbox(conn, "SIG-2000-0001", "x")


def test_unanswered_queue(conn):
    qid = knowledge.add_unanswered(conn, "Quand passe la balayeuse ?", chat_id="5", reason="fallback")
    knowledge.add_unanswered(conn, "Horaires piscine", chat_id=None, reason="avis négatif")
    assert [q.question for q in knowledge.list_unanswered(conn)] == [
        "Quand passe la balayeuse ?",
        "Horaires piscine",
    ]
    knowledge.resolve_unanswered(conn, qid)
    assert [q.id for q in knowledge.list_unanswered(conn)] != [qid]
    assert len(knowledge.list_unanswered(conn, include_resolved=True)) == 2
    with pytest.raises(knowledge.KnowledgeError):
        knowledge.add_unanswered(conn, "x", chat_id=None, reason="autre")
    with pytest.raises(knowledge.KnowledgeError):
        knowledge.resolve_unanswered(conn, 999)


def test_answering_an_unanswered_question_makes_a_request_to_deliver(conn):
    qid = knowledge.add_unanswered(conn, "Quand passe la balayeuse ?", chat_id="5", reason="fallback")
    asked = knowledge.list_unanswered(conn)[0].created_at
    item = knowledge.answer_unanswered(conn, qid, "  Le premier lundi du mois.  ", by="Martine")
    assert item.reference.startswith("DEM-") and item.kind == "demande" and item.status == "répondu"
    assert (item.chat_id, item.text) == ("5", "Quand passe la balayeuse ?")
    assert item.answer == "Le premier lundi du mois."
    assert item.created_at == asked  # purged on the question's schedule, not later
    assert [i.reference for i in knowledge.pending_deliveries(conn)] == [item.reference]
    assert knowledge.list_unanswered(conn) == []  # dealt with
    assert knowledge.data_about_chat(conn, "5")["signalements et demandes"][0]["answer"] == item.answer
    console = knowledge.add_unanswered(conn, "Question du terminal", chat_id=None, reason="fallback")
    with pytest.raises(knowledge.KnowledgeError, match="pas été posée sur Telegram"):
        knowledge.answer_unanswered(conn, console, "x")
    with pytest.raises(knowledge.KnowledgeError, match="vide"):
        knowledge.answer_unanswered(conn, qid, "  ")
    with pytest.raises(knowledge.KnowledgeError, match="n° 999"):
        knowledge.answer_unanswered(conn, 999, "x")
    assert len(knowledge.list_inbox(conn, status=None)) == 1  # the refusals changed nothing


def test_data_about_chat_and_erase(conn):
    knowledge.add_inbox_item(conn, "demande", "42", "Rappelez-moi")
    knowledge.add_unanswered(conn, "Et le marché ?", chat_id="42", reason="fallback")
    knowledge.add_inbox_item(conn, "demande", "43", "Autre habitant")
    data = knowledge.data_about_chat(conn, "42")
    assert [len(v) for v in data.values()] == [1, 1]
    assert knowledge.erase_chat(conn, "42") == 2
    assert all(v == [] for v in knowledge.data_about_chat(conn, "42").values())
    assert len(knowledge.list_inbox(conn)) == 1


def test_purge_older_than(conn):
    knowledge.add_inbox_item(conn, "demande", "1", "ancienne")
    knowledge.add_unanswered(conn, "vieille question", chat_id="1", reason="fallback")
    old = (datetime.now(UTC) - timedelta(days=400)).isoformat()
    conn.execute("UPDATE inbox SET created_at = ?", (old,))
    conn.execute("UPDATE unanswered SET created_at = ?", (old,))
    knowledge.add_inbox_item(conn, "demande", "2", "récente")
    assert knowledge.purge_resident_data(conn, 365) == 2
    assert [i.text for i in knowledge.list_inbox(conn, None)] == ["récente"]


def test_write_during_a_long_import_fails_cleanly(tmp_path):
    """While a clerk's import holds the write lock, the bot's write gives a French KnowledgeError."""
    path = tmp_path / "kb.sqlite"
    importer = knowledge.open_kb(path)
    bot = knowledge.open_kb(path)
    bot.execute("PRAGMA busy_timeout = 50")
    importer.execute("BEGIN IMMEDIATE")
    with pytest.raises(knowledge.KnowledgeError, match="occupée"):
        knowledge.add_inbox_item(bot, "demande", "1", "Bonjour")
    importer.execute("ROLLBACK")
    assert knowledge.add_inbox_item(bot, "demande", "1", "Bonjour").reference.startswith("DEM-")
